// The hearth binary: dispatches on the name it was called by (nix-instantiate,
// home-manager, nixos-rebuild...) or on its first argument.
#include "cli/commands.hh"

#include <cstdio>
#include <cstring>
#include <string_view>

namespace {

struct Command {
    const char* name;  // hearth NAME
    const char* alias; // or called as ALIAS (argv[0])
    int (*fn)(int, char**);
    const char* help;
};

const Command commands[] = {
    {"instantiate", "nix-instantiate", hearth::cli::cmd_instantiate,
     "evaluate Nix expressions, as nix-instantiate"},
    {"eval", nullptr, hearth::cli::cmd_eval, "evaluate a file and print the result"},
    {"repl", nullptr, hearth::cli::cmd_repl, "evaluate expressions interactively, as nix repl"},
    {"activate", nullptr, hearth::cli::cmd_activate, "activate a built home generation"},
    {"home-manager", "home-manager", hearth::cli::cmd_home_manager,
     "build and switch home configurations, as home-manager"},
    {"home", nullptr, hearth::cli::cmd_home_manager, "the same as home-manager"},
    {"build", "nix-build", hearth::cli::cmd_build,
     "build derivations and link their outputs, as nix-build"},
    {"lock", nullptr, hearth::cli::cmd_lock, "pin and fetch Debian packages (hearth.lock.json)"},
    {"store", nullptr, hearth::cli::cmd_store,
     "inspect and maintain the store (path-info, query, gc...)"},
    {"system", "nixos-rebuild", hearth::cli::cmd_nixos_rebuild,
     "build and switch a system configuration, as nixos-rebuild"},
    {"channel", "nix-channel", hearth::cli::cmd_channel,
     "manage channels for <name> lookups, as nix-channel"},
    {"options", nullptr, hearth::cli::cmd_options,
     "document a module set's options (--json: nixpkgs' options.json)"},
};

int usage(FILE* out) {
    std::fprintf(out, "usage: hearth COMMAND [ARGS...]\n\ncommands:\n");
    for (auto& c : commands) std::fprintf(out, "  %-14s %s\n", c.name, c.help);
    return out == stderr ? 1 : 0;
}

} // namespace

int main(int argc, char** argv) {
    std::string_view self = argv[0];
    if (auto slash = self.rfind('/'); slash != std::string_view::npos)
        self = self.substr(slash + 1);
    for (auto& c : commands)
        if (c.alias && self == c.alias) return c.fn(argc, argv);
    if (argc < 2) return usage(stderr);
    std::string_view cmd = argv[1];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") return usage(stdout);
    if (cmd == "--version") {
        std::printf("hearth %s\n", HEARTH_VERSION);
        return 0;
    }
    for (auto& c : commands)
        if (cmd == c.name) return c.fn(argc - 1, argv + 1);
    std::fprintf(stderr, "hearth: unknown command '%s'\n", argv[1]);
    return usage(stderr);
}
