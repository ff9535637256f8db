#include "home/activate/context.hh"

#include "home/profile.hh"
#include "store/local_store.hh"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace hearth::home {

namespace fs = std::filesystem;

std::string env_or(const char* name, const std::string& fallback) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : fallback;
}

std::optional<std::string> resolve_link(const std::string& path) {
    std::error_code ec;
    auto p = fs::canonical(path, ec);
    if (ec) return std::nullopt;
    return p.string();
}

namespace {

void add_store_dir(std::vector<std::string>& dirs, const std::string& dir) {
    if (dir.empty()) return;
    auto add = [&](std::string d) {
        while (d.size() > 1 && d.back() == '/') d.pop_back();
        if (std::find(dirs.begin(), dirs.end(), d) == dirs.end()) dirs.push_back(d);
    };
    add(dir);
    if (auto real = resolve_link(dir)) add(*real);
}

// Setup of Home Manager's setupVars, except that with neither profile
// directory present Hearth uses (and later creates) the per-user one: a
// machine without Nix has neither.
void setup_vars(Context& c) {
    std::string nix_state = env_or("NIX_STATE_DIR", "/nix/var/nix");
    c.state_home = env_or("XDG_STATE_HOME");
    if (c.state_home.empty()) c.state_home = c.home + "/.local/state";
    std::string data_home = env_or("XDG_DATA_HOME");
    if (data_home.empty()) data_home = c.home + "/.local/share";
    c.hm_state_path = c.state_home + "/home-manager";
    c.hm_data_path = data_home + "/home-manager";
    c.profiles_dir = profiles_directory(c.state_home, c.user);
    c.gen_profile_path = c.profiles_dir + "/home-manager";
    c.new_gen_gc_path = c.hm_state_path + "/gcroots/new-home";
    c.current_gen_gc_path = c.hm_state_path + "/gcroots/current-home";
    c.legacy_gen_gc_path = nix_state + "/gcroots/per-user/" + c.user + "/current-home";
}

std::string default_user() {
    if (auto* pw = ::getpwuid(::getuid())) return pw->pw_name;
    return {};
}

// The previous generations: the driver passes them to the steps bash calls
// back, since the GC roots it reads them from change during activation.
Result<void> find_old_generations(Context& c) {
    const char* passed = std::getenv("HEARTH_ACTIVATE_OLD_GENERATIONS");
    std::vector<std::string> paths;
    if (passed) {
        std::string s = passed;
        for (size_t start = 0; start <= s.size();) {
            size_t end = s.find(':', start);
            if (end == std::string::npos) end = s.size();
            paths.push_back(s.substr(start, end - start));
            start = end + 1;
        }
    } else {
        auto current = resolve_link(c.current_gen_gc_path);
        paths.push_back(current ? *current : "");
        if (auto crashed = resolve_link(c.new_gen_gc_path)) paths.push_back(*crashed);
    }
    for (size_t i = 0; i < paths.size(); ++i) {
        if (paths[i].empty() || paths[i] == c.new_gen.path) continue;
        auto g = Generation::open_link_farm(paths[i]);
        if (!g.ok()) {
            // An old generation that is gone or not ours: its links are
            // simply not cleaned up, as Home Manager does without home-files.
            c.log.verbose("Ignoring previous generation " + paths[i] + ": " + g.error().message);
            continue;
        }
        if (i == 0)
            c.old_gen = std::move(*g);
        else
            c.stale_gens.push_back(std::move(*g));
    }
    return {};
}

} // namespace

Result<Context> Context::create(ActivateOptions options) {
    bool verbose = std::getenv("VERBOSE") != nullptr;
    Context c;
    c.options = std::move(options);
    c.log = Log(verbose);
    c.verbose = verbose;
    c.dry_run = std::getenv("DRY_RUN") != nullptr;
    c.skip_sanity_checks = std::getenv("SKIP_SANITY_CHECKS") != nullptr;
    c.backup_ext = env_or("HOME_MANAGER_BACKUP_EXT");
    c.backup_command = env_or("HOME_MANAGER_BACKUP_COMMAND");
    c.backup_overwrite = !env_or("HOME_MANAGER_BACKUP_OVERWRITE").empty();
    c.home = env_or("HOME");
    if (c.home.empty()) return fail(ErrorKind::sanity, "HOME is not set");
    while (c.home.size() > 1 && c.home.back() == '/') c.home.pop_back();
    c.user = env_or("USER", default_user());

    c.new_gen = HEARTH_TRY(Generation::open(c.options.generation));
    setup_vars(c);
    HEARTH_TRY(find_old_generations(c));

    add_store_dir(c.store_dirs, fs::path(c.new_gen.home_files).parent_path().string());
    for (const Generation* g : c.previous_generations())
        add_store_dir(c.store_dirs, fs::path(g->home_files).parent_path().string());
    add_store_dir(c.store_dirs, env_or("NIX_STORE_DIR", "/nix/store"));
    add_store_dir(c.store_dirs, store::StoreConfig::from_environment().real_store_dir());
    return c;
}

std::vector<const Generation*> Context::previous_generations() const {
    std::vector<const Generation*> out;
    if (old_gen) out.push_back(&*old_gen);
    for (const auto& g : stale_gens) out.push_back(&g);
    return out;
}

bool Context::owns_link(const std::string& destination) const {
    for (const auto& dir : store_dirs) {
        std::string_view rest(destination);
        if (!rest.starts_with(dir) || rest.size() <= dir.size() || rest[dir.size()] != '/')
            continue;
        rest.remove_prefix(dir.size() + 1);
        size_t slash = rest.find('/');
        if (slash == std::string_view::npos || slash + 1 == rest.size()) continue;
        if (rest.substr(0, slash).ends_with("-home-manager-files")) return true;
    }
    return false;
}

} // namespace hearth::home
