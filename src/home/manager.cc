#include "home/manager.hh"

#include "home/activate/context.hh"
#include "home/lock.hh"
#include "home/manifest.hh"
#include "home/news.hh"
#include "home/process.hh"
#include "home/profile.hh"
#include "store/profiles.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>

namespace hearth::home {

namespace fs = std::filesystem;

namespace {

const char* const entry_expression = "<home-manager/home-manager/home-manager.nix>";

bool exists(const std::string& p) {
    struct stat st;
    return ::stat(p.c_str(), &st) == 0;
}

std::string home() {
    return env_or("HOME");
}

std::string state_home() {
    std::string s = env_or("XDG_STATE_HOME");
    return s.empty() ? home() + "/.local/state" : s;
}

std::string user() {
    std::string u = env_or("USER");
    return u.empty() ? env_or("LOGNAME") : u;
}

void error_line(const std::string& msg) {
    std::fprintf(stderr, "%s\n", msg.c_str());
}

std::map<std::string, std::string> activation_env(const ManagerOptions& o) {
    std::map<std::string, std::string> env;
    // The generation's `activate` runs this same binary, wherever it is,
    // rather than whichever `hearth` PATH finds (generation.nix).
    if (!o.self_exe.empty()) env["HEARTH_BIN"] = o.self_exe;
    if (!o.backup_ext.empty()) env["HOME_MANAGER_BACKUP_EXT"] = o.backup_ext;
    if (!o.backup_command.empty()) env["HOME_MANAGER_BACKUP_COMMAND"] = o.backup_command;
    if (o.dry_run) env["DRY_RUN"] = "1";
    if (o.verbose) env["VERBOSE"] = "1";
    return env;
}

int activate_generation(const ManagerOptions& o, const std::string& gen, int driver_version) {
    std::string activate = gen + "/activate";
    if (!o.specialisation.empty()) {
        activate = gen + "/specialisation/" + o.specialisation + "/activate";
        if (!exists(activate)) {
            error_line("The configuration does not contain the specialisation \"" +
                       o.specialisation + "\"");
            return 1;
        }
    }
    std::vector<std::string> argv = {activate};
    if (driver_version > 0) argv.insert(argv.end(), {"--driver-version", "1"});
    ProcessOptions options;
    options.env = activation_env(o);
    auto r = run_process(argv, options);
    if (!r.ok()) return error_line(r.error().message), 1;
    return r->status;
}

// Writes down the Debian packages the build took from the apt index (a
// lock that cannot be written is worth a warning, not a failed switch).
void pin_packages(const ManagerOptions& o, const std::string& gen) {
    auto config = find_configuration(o);
    if (o.dry_run || !config.ok()) return;
    std::string lock = lock_file_path(*config);
    auto added = pin_debian_packages(gen, lock);
    if (!added.ok())
        error_line("warning: cannot write the lock file " + lock + ": " + added.error().message);
    else if (*added > 0)
        error_line("Pinned " + std::to_string(*added) + " Debian package" +
                   (*added == 1 ? "" : "s") + " in " + lock);
}

std::string strip_store_hash(const std::string& path) {
    std::string base = fs::path(path).filename().string();
    if (base.size() > 33 && base[32] == '-') return base.substr(33);
    return base;
}

} // namespace

std::vector<std::string> builder_command(const ManagerOptions& o) {
    std::string custom = env_or("HEARTH_HOME_BUILDER");
    std::vector<std::string> argv;
    // Hearth's own builder may reuse the last evaluation while nothing it
    // read has changed (the no-op switch).
    if (custom.empty()) return {o.self_exe, "build", "--eval-cache"};
    for (size_t start = 0; start < custom.size();) {
        size_t end = custom.find(' ', start);
        if (end == std::string::npos) end = custom.size();
        if (end > start) argv.push_back(custom.substr(start, end - start));
        start = end + 1;
    }
    return argv;
}

WorkDir::WorkDir() {
    std::string tmpl = (env_or("TMPDIR").empty() ? std::string("/tmp") : env_or("TMPDIR")) +
                       "/home-manager-build.XXXXXXXXXX";
    if (::mkdtemp(tmpl.data())) path = tmpl;
}

WorkDir::~WorkDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
}

// The Debian packages' pins live next to the configuration
// (docs/debian-packages.md); the package set reads them from here.
ProcessOptions builder_options(const std::string& config) {
    ProcessOptions options;
    options.env["HEARTH_LOCK_FILE"] = lock_file_path(config);
    return options;
}

std::string lock_file_path(const std::string& config) {
    std::string set = env_or("HEARTH_LOCK_FILE");
    return set.empty() ? (fs::path(config).parent_path() / "hearth.lock.json").string() : set;
}

std::vector<std::string> entry_args(const ManagerOptions& o, const std::string& config) {
    std::vector<std::string> args = o.eval_args;
    args.insert(args.end(), {entry_expression, "--argstr", "confPath", config});
    if (!o.attr.empty()) args.insert(args.end(), {"--argstr", "confAttr", o.attr});
    return args;
}

Result<util::Json> eval_json(const ManagerOptions& o, const std::string& file,
                             const std::vector<std::string>& extra) {
    std::string config = HEARTH_TRY(find_configuration(o));
    std::vector<std::string> argv = {o.self_exe, "instantiate", "--eval", "--strict", "--json"};
    argv.insert(argv.end(), o.eval_args.begin(), o.eval_args.end());
    argv.insert(argv.end(), {file, "--argstr", "confPath", config});
    if (!o.attr.empty()) argv.insert(argv.end(), {"--argstr", "confAttr", o.attr});
    argv.insert(argv.end(), extra.begin(), extra.end());
    ProcessOptions options = builder_options(config);
    options.capture = true;
    auto r = HEARTH_TRY(run_process(argv, options));
    if (r.status != 0) {
        Error e{ErrorKind::command, {}, {}, {}, r.status};
        return Unexpected{std::move(e)};
    }
    auto json = util::Json::parse(r.output);
    if (!json.ok()) return fail(ErrorKind::command, "the evaluator printed no JSON: " + r.output);
    return std::move(*json);
}

Result<std::string> find_configuration(const ManagerOptions& o) {
    std::string file = o.file.empty() ? env_or("HOME_MANAGER_CONFIG") : o.file;
    if (!file.empty()) {
        if (!exists(file)) return fail(ErrorKind::usage, "No configuration file found at " + file);
        return fs::absolute(file).lexically_normal().string();
    }
    std::string config_home = env_or("XDG_CONFIG_HOME");
    if (config_home.empty()) config_home = home() + "/.config";
    std::string preferred = config_home + "/home-manager/home.nix";
    if (exists(preferred)) return preferred;
    for (const std::string& old :
         {home() + "/.config/nixpkgs/home.nix", home() + "/.nixpkgs/home.nix"})
        if (exists(old)) {
            error_line(
                "Keeping your Home Manager home.nix in " + fs::path(old).parent_path().string() +
                " is deprecated,\nplease move it to " + fs::path(preferred).parent_path().string());
            return old;
        }
    return fail(ErrorKind::usage, "No configuration file found. Please create one at " + preferred);
}

std::string nix_string_literal(const std::string& s) {
    std::string out = "\"";
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '"' || s[i] == '\\' || (s[i] == '$' && i + 1 < s.size() && s[i + 1] == '{'))
            out += '\\';
        out += s[i];
    }
    return out + "\"";
}

std::string home_manager_profile() {
    return profiles_directory(state_home(), user()) + "/home-manager";
}

Result<std::string> build_generation(const ManagerOptions& o, const std::string& out_link,
                                     bool quiet) {
    std::string config = HEARTH_TRY(find_configuration(o));
    std::vector<std::string> argv = builder_command(o);
    for (auto& a : entry_args(o, config)) argv.push_back(std::move(a));
    argv.insert(argv.end(), {"-A", "activationPackage", "-o", out_link});
    ProcessOptions options = builder_options(config);
    options.capture = quiet;
    auto r = HEARTH_TRY(run_process(argv, options));
    if (r.status != 0) {
        Error e{ErrorKind::command, {}, {}, {}, r.status};
        return Unexpected{std::move(e)};
    }
    auto gen = resolve_link(out_link);
    if (gen) return *gen;
    // The link is there but leads nowhere: a store whose nix/store is
    // elsewhere than /nix/store (HEARTH_STORE set to a plain directory).
    std::error_code ec;
    auto dest = std::filesystem::read_symlink(out_link, ec);
    if (ec) return fail(ErrorKind::command, "the build did not produce " + out_link);
    return fail(ErrorKind::command,
                "the build made " + dest.string() +
                    ", which does not exist on this machine\n"
                    "hint: a home needs its store's nix/store at /nix/store: mount it there, or "
                    "unset HEARTH_STORE");
}

int hm_build(const ManagerOptions& o) {
    WorkDir work;
    std::string link = o.no_out_link ? work.path + "/result" : "result";
    auto gen = build_generation(o, link);
    if (!gen.ok()) {
        if (!gen.error().message.empty()) error_line(gen.error().message);
        return gen.error().exit_code;
    }
    pin_packages(o, *gen);
    if (!o.quiet_news) present_news(o);
    return 0;
}

int hm_instantiate(const ManagerOptions& o) {
    auto config = find_configuration(o);
    if (!config.ok()) return error_line(config.error().message), 1;
    std::vector<std::string> argv = {o.self_exe, "instantiate"};
    for (auto& a : entry_args(o, *config)) argv.push_back(std::move(a));
    argv.insert(argv.end(), {"-A", "activationPackage"});
    auto r = run_process(argv, builder_options(*config));
    return r.ok() ? r->status : 1;
}

int hm_repl(const ManagerOptions& o) {
    auto config = find_configuration(o);
    if (!config.ok()) return error_line(config.error().message), 1;
    std::vector<std::string> argv = {o.self_exe, "repl"};
    for (auto& a : entry_args(o, *config)) argv.push_back(std::move(a));
    // config, options and pkgs come from the entry file; Home Manager's has lib too.
    argv.insert(argv.end(), {"--expr", "{ lib = pkgs.lib; }"});
    for (auto& [name, value] : builder_options(*config).env)
        ::setenv(name.c_str(), value.c_str(), 1);
    std::vector<char*> args;
    for (auto& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    return error_line("cannot run " + o.self_exe), 1;
}

int hm_switch(const ManagerOptions& o) {
    std::string profile = home_manager_profile();
    std::string gen;
    WorkDir work;
    if (o.rollback) {
        auto n = store::rollback(profile);
        if (!n.ok()) return error_line(n.error().message), 1;
        auto current = resolve_link(profile);
        if (!current) return error_line("cannot read the profile " + profile), 1;
        gen = *current;
    } else {
        auto built = build_generation(o, work.path + "/generation");
        if (!built.ok()) {
            if (!built.error().message.empty()) error_line(built.error().message);
            return built.error().exit_code;
        }
        gen = *built;
        pin_packages(o, gen);
        // A generation without gen-version manages its own profile.
        if (!exists(gen + "/gen-version")) return activate_generation(o, gen, 0);
        if (o.dry_run) {
            std::printf("nix-env --profile %s --set %s\n", profile.c_str(), gen.c_str());
        } else if (auto n = set_profile(profile, gen); !n.ok()) {
            return error_line(n.error().message), 1;
        }
    }
    int status = activate_generation(o, gen, 1);
    if (status == 0 && !o.rollback && !o.quiet_news) present_news(o);
    return status;
}

int hm_generations() {
    std::string profile = home_manager_profile();
    auto gens = store::list_generations(profile);
    if (!gens.ok()) return error_line(gens.error().message), 1;
    for (auto it = gens->rbegin(); it != gens->rend(); ++it) {
        char when[32];
        std::strftime(when, sizeof when, "%Y-%m-%d %H:%M", std::localtime(&it->created));
        std::printf("%s : id %d -> %s%s\n", when, it->number, it->target.c_str(),
                    it->current ? " (current)" : "");
    }
    return 0;
}

int hm_remove_generations(const std::vector<std::string>& ids) {
    std::string profile = home_manager_profile();
    auto gens = store::list_generations(profile);
    if (!gens.ok()) return error_line(gens.error().message), 1;
    int status = 0;
    for (const auto& id : ids) {
        auto g = std::find_if(gens->begin(), gens->end(), [&](const store::Generation& g) {
            return std::to_string(g.number) == id;
        });
        if (g == gens->end()) {
            error_line("No generation with ID " + id);
            status = 1;
        } else if (g->current) {
            error_line("Cannot remove the current generation " + id);
            status = 1;
        } else {
            std::printf("Removing generation %s\n", id.c_str());
            if (!env_or("DRY_RUN").empty()) continue;
            auto r = store::delete_generations(profile, {g->number});
            if (!r.ok()) error_line(r.error().message), status = 1;
        }
    }
    return status;
}

int hm_expire_generations(const std::string& timestamp, bool verbose) {
    // `date -d` understands every form Home Manager documents ("-30 days").
    ProcessOptions capture;
    capture.capture = true;
    auto date = run_process({"date", "-d", timestamp, "+%s"}, capture);
    if (!date.ok() || date->status != 0)
        return error_line("invalid timestamp '" + timestamp + "'"), 1;
    std::time_t cutoff = std::atoll(date->output.c_str());
    std::string profile = home_manager_profile();
    auto gens = store::list_generations(profile);
    if (!gens.ok()) return error_line(gens.error().message), 1;
    std::set<int> doomed;
    for (const auto& g : *gens)
        if (!g.current && g.created <= cutoff) doomed.insert(g.number);
    if (doomed.empty()) {
        if (verbose) std::printf("No generations to expire\n");
        return 0;
    }
    for (int n : doomed) std::printf("Removing generation %d\n", n);
    if (!env_or("DRY_RUN").empty()) return 0;
    auto r = store::delete_generations(profile, doomed);
    if (!r.ok()) return error_line(r.error().message), 1;
    return 0;
}

int hm_packages() {
    auto current = resolve_link(home_manager_profile());
    std::optional<Manifest> manifest;
    if (current) {
        if (auto m = Manifest::load(physical_path(*current) + "/manifest.json"); m.ok())
            manifest = std::move(*m);
    }
    if (!manifest || manifest->packages.empty()) {
        std::printf("No home-manager packages seem to be installed.\n");
        return 0;
    }
    std::vector<std::string> names;
    for (const auto& p : manifest->packages) names.push_back(strip_store_hash(p));
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        return std::lexicographical_compare(
            a.begin(), a.end(), b.begin(), b.end(),
            [](char x, char y) { return std::tolower(x) < std::tolower(y); });
    });
    for (const auto& n : names) std::printf("%s\n", n.c_str());
    return 0;
}

} // namespace hearth::home
