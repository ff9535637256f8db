// `home-manager uninstall`: after a confirmation, switches to a
// configuration with `uninstall = true` (modules/misc/uninstall.nix), whose
// activation unlinks every managed file, takes home-manager-path out of the
// profile and removes Home Manager's state, profile links and GC roots.
// The user's own configuration is not touched.
#include "home/manager.hh"

#include "home/activate/context.hh"

#include <cstdio>
#include <fstream>
#include <iostream>

namespace hearth::home {

int hm_uninstall(const ManagerOptions& o) {
    std::printf("This will remove Home Manager from your system.\n");
    if (o.dry_run) std::printf("This is a dry run, nothing will actually be uninstalled.\n");
    std::printf("Really uninstall Home Manager? [y/n] ");
    std::fflush(stdout);
    std::string answer;
    std::getline(std::cin, answer);
    std::printf("\n");
    if (answer.empty() || (answer[0] != 'y' && answer[0] != 'Y')) {
        std::printf("Yay!\n");
        return 0;
    }
    std::printf("Switching to empty Home Manager configuration...\n");
    std::fflush(stdout);
    WorkDir work;
    if (work.path.empty()) return std::fprintf(stderr, "cannot make a temporary directory\n"), 1;
    std::string user = env_or("USER");
    if (user.empty()) user = env_or("LOGNAME");
    std::string config = work.path + "/home.nix";
    std::ofstream(config) << "{\n  uninstall = true;\n  home.username = "
                          << nix_string_literal(user)
                          << ";\n  home.homeDirectory = " << nix_string_literal(env_or("HOME"))
                          << ";\n}\n";
    ManagerOptions empty = o;
    empty.file = config;
    empty.attr.clear();
    empty.specialisation.clear();
    empty.quiet_news = true;
    if (int status = hm_switch(empty); status != 0) return status;
    std::printf("Home Manager is uninstalled but your home.nix is left untouched.\n");
    return 0;
}

} // namespace hearth::home
