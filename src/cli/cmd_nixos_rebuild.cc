// `nixos-rebuild` (also `hearth system`): build a system configuration and
// make it the machine's, with nixos-rebuild's actions and flags, plus
// --root DIR (apply inside a directory instead of /) and --toplevel PATH
// (activate an already built configuration).
#include "cli/commands.hh"

#include "cli/search_path.hh"
#include "glue/eval_cache.hh"
#include "store/gc.hh"
#include "store/local_store.hh"
#include "system/build_configuration.hh"
#include "system/generations.hh"
#include "system/switch.hh"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace hearth::cli {

namespace {

const char* usage_text =
    "usage: nixos-rebuild ACTION [--rollback] [-I PATH] [--show-trace] [-v] [--root DIR] [--store "
    "DIR]\n"
    "                     [--toplevel PATH] [--no-eval-cache]\n"
    "actions: switch boot test build dry-build dry-activate list-generations\n"
    "  --root DIR       apply everything inside DIR instead of / (no systemctl calls)\n"
    "  --store DIR      the store's root (default: the --root, i.e. /nix/store itself)\n"
    "  --toplevel PATH  activate this built hearth-system path instead of evaluating\n"
    "  --no-eval-cache  evaluate even when no file, variable or path the last evaluation\n"
    "                   read has changed (the new evaluation is kept for the next one)\n";

struct Args {
    std::string action;
    bool rollback = false, show_trace = false, verbose = false, eval_cache = true;
    std::vector<std::string> include;
    std::string root, store, toplevel;
};

int usage_error(const std::string& msg) {
    std::fprintf(stderr, "error: %s\n%s", msg.c_str(), usage_text);
    return 1;
}

// 1 on a usage error (already reported), 0 when parsed.
int parse(int argc, char** argv, Args& a) {
    for (int i = 1; i < argc; ++i) {
        std::string s = argv[i];
        auto operand = [&](std::string& out) {
            if (i + 1 >= argc) return false;
            out = argv[++i];
            return true;
        };
        std::string inc;
        if (s == "--rollback")
            a.rollback = true;
        else if (s == "--show-trace")
            a.show_trace = true;
        else if (s == "--no-eval-cache")
            a.eval_cache = false;
        else if (s == "-v" || s == "--verbose")
            a.verbose = true;
        else if (s == "-I") {
            if (!operand(inc)) return usage_error("-I needs an argument"), 1;
            a.include.push_back(inc);
        } else if (s.starts_with("-I") && s.size() > 2)
            a.include.push_back(s.substr(2));
        else if (s == "--root") {
            if (!operand(a.root)) return usage_error("--root needs a directory"), 1;
        } else if (s == "--store") {
            if (!operand(a.store)) return usage_error("--store needs a directory"), 1;
        } else if (s == "--toplevel") {
            if (!operand(a.toplevel)) return usage_error("--toplevel needs a store path"), 1;
        } else if (s == "--help" || s == "-h") {
            std::fputs(usage_text, stdout);
            std::exit(0);
        } else if (!s.starts_with("-") && a.action.empty())
            a.action = s;
        else
            return usage_error("unknown argument '" + s + "'"), 1;
    }
    static const char* actions[] = {
        "switch", "boot", "test", "build", "dry-build", "dry-activate", "list-generations"};
    for (auto* x : actions)
        if (a.action == x) return 0;
    return usage_error(a.action.empty() ? "no action given" : "unknown action '" + a.action + "'"),
           1;
}

void print_error(const system::Error& e) {
    std::fprintf(stderr, "error: %s\n", e.message.c_str());
    for (auto& line : e.trail) std::fprintf(stderr, "       … %s\n", line.c_str());
}

std::string self_exe() {
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, size_t(n)) : "hearth";
}

std::string absolute(std::string p) {
    if (p.empty() || p[0] == '/') return p;
    char buf[4096];
    return std::string(::getcwd(buf, sizeof buf) ? buf : ".") + "/" + p;
}

// nixos-config from -I or NIX_PATH, else the target's
// /etc/nixos/configuration.nix.
std::string nixos_config(const Args& a, const std::vector<lang::SearchPathEntry>& path) {
    for (auto& e : path)
        if (e.prefix == "nixos-config") return absolute(e.path);
    return a.root.empty() ? "/etc/nixos/configuration.nix"
                          : absolute(a.root) + "/etc/nixos/configuration.nix";
}

// The configuration to act on: --rollback's generation, --toplevel, or
// the evaluated and built configuration.
system::Result<std::string> configuration(store::LocalStore& store, const Args& a) {
    if (a.rollback) {
        int prev = HEARTH_TRY(system::previous_generation(store));
        auto top = HEARTH_TRY(system::generation_toplevel(store, prev));
        if (a.action != "test") {
            HEARTH_TRY(system::set_current_generation(store, prev));
            std::fprintf(stderr, "rolling back to system generation %d\n", prev);
        }
        return top;
    }
    if (!a.toplevel.empty()) {
        auto p = HEARTH_TRY(store.parse(a.toplevel));
        return store.print(p);
    }
    system::BuildRequest r;
    set_search_paths(r.eval, a.include);
    r.nixos_dir = share_dir() + "/nixos";
    r.configuration = nixos_config(a, r.eval.search_path);
    r.show_trace = a.show_trace;
    r.verbose = a.verbose;
    r.dry_run = a.action == "dry-build";
    r.eval_cache = glue::eval_cache_file(store, "nixos-rebuild");
    r.reuse_evaluation = a.eval_cache;
    std::fprintf(stderr, "building the system configuration %s...\n", r.configuration.c_str());
    return system::build_configuration(store, r);
}

int run(const Args& a) {
    auto target = system::Target::at_root(absolute(a.root), "");
    store::StoreConfig config;
    if (!a.store.empty())
        config.root = absolute(a.store);
    else if (const char* env = std::getenv("HEARTH_STORE"); env && *env)
        config.root = env;
    else
        config.root = target.root;
    while (config.root.size() > 1 && config.root.back() == '/') config.root.pop_back();
    target.store_root = config.root;

    auto store = store::LocalStore::open(config);
    if (!store) return print_error(system::Error(std::move(store).error())), 1;
    if (a.action == "list-generations") {
        auto text = system::list_generations_text(**store);
        if (!text) return print_error(text.error()), 1;
        std::fputs(text->c_str(), stdout);
        return 0;
    }
    auto top = configuration(**store, a);
    if (!top) return print_error(top.error()), 1;
    if (a.action == "dry-build") return 0;
    if (a.action == "build") {
        // nixos-rebuild build leaves ./result pointing at the configuration.
        auto path = (*store)->parse(*top);
        if (path) {
            auto r = store::add_perm_root(**store, *path, absolute("result"));
            if (!r) return print_error(system::Error(std::move(r).error())), 1;
        }
        std::printf("%s\n", top->c_str());
        return 0;
    }
    if ((a.action == "switch" || a.action == "boot") && !a.rollback) {
        auto gen = system::add_system_generation(**store, *top);
        if (!gen) return print_error(gen.error()), 1;
        std::fprintf(stderr, "system generation %d: %s\n", *gen, top->c_str());
    }
    system::ActivateOptions o;
    o.toplevel = *top;
    o.hearth_exe = self_exe();
    o.action = a.action == "boot"           ? system::Activation::boot
               : a.action == "test"         ? system::Activation::test
               : a.action == "dry-activate" ? system::Activation::dry_activate
                                            : system::Activation::switch_now;
    bool live = target.is_live() && system::systemd_running();
    auto services = live ? system::make_systemctl() : system::make_no_service_manager();
    system::Report report;
    auto status = system::activate_configuration(**store, target, o, *services, report);
    if (!status) return print_error(status.error()), 1;
    return *status;
}

} // namespace

int cmd_nixos_rebuild(int argc, char** argv) {
    Args a;
    if (parse(argc, argv, a)) return 1;
    return run(a);
}

} // namespace hearth::cli
