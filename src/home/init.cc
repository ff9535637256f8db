// `home-manager init [--switch] [DIR]`: writes a first home.nix (never over
// an existing one) and, with --switch, makes the first generation from it.
// Hearth evaluates non-flake configurations only, so no flake.nix is
// written (--no-flake is accepted and changes nothing).
#include "home/manager.hh"

#include "home/activate/context.hh"
#include "home/activate/steps.hh"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>

namespace hearth::home {

namespace {

// The release a new configuration starts at (spec §5: `init` writes 26.05).
const char* const init_state_version = "26.05";

// xdg.*Home lines for XDG variables set to something else than the default.
std::string xdg_lines(const std::string& home) {
    struct Dir {
        const char* var;
        const char* option;
        std::string fallback;
    };
    const Dir dirs[] = {{"XDG_CACHE_HOME", "cacheHome", home + "/.cache"},
                        {"XDG_CONFIG_HOME", "configHome", home + "/.config"},
                        {"XDG_DATA_HOME", "dataHome", home + "/.local/share"},
                        {"XDG_STATE_HOME", "stateHome", home + "/.local/state"}};
    std::string lines;
    for (const auto& d : dirs) {
        std::string v = env_or(d.var);
        if (!v.empty() && v != d.fallback)
            lines += std::string("  xdg.") + d.option + " = " + nix_string_literal(v) + ";\n";
    }
    return lines;
}

} // namespace

std::string initial_home_nix(const std::string& user, const std::string& home) {
    std::string xdg = xdg_lines(home);
    return "{ config, pkgs, ... }:\n"
           "\n"
           "{\n"
           "  # Who you are and which directory Home Manager manages.\n"
           "  home.username = " +
           nix_string_literal(user) +
           ";\n"
           "  home.homeDirectory = " +
           nix_string_literal(home) + ";\n" + (xdg.empty() ? "" : "\n" + xdg) +
           "\n"
           "  # The release this configuration was first written for. It keeps\n"
           "  # defaults that would break data in your home from changing under\n"
           "  # you; read the release notes before you raise it.\n"
           "  home.stateVersion = \"" +
           init_state_version +
           "\";\n"
           "\n"
           "  # Programs to install into your profile, for example\n"
           "  #   home.packages = [ pkgs.hello pkgs.ripgrep ];\n"
           "  home.packages = [ ];\n"
           "\n"
           "  # Files to put in your home directory, for example\n"
           "  #   home.file.\".screenrc\".source = ./screenrc;\n"
           "  #   home.file.\".config/app/settings\".text = ''\n"
           "  #     colour = blue\n"
           "  #   '';\n"
           "  home.file = { };\n"
           "\n"
           "  # Environment variables for your login shells, for example\n"
           "  #   home.sessionVariables.EDITOR = \"vim\";\n"
           "  home.sessionVariables = { };\n"
           "\n"
           "  # Install the home-manager command and keep it in step.\n"
           "  programs.home-manager.enable = true;\n"
           "}\n";
}

int hm_init(const ManagerOptions& o, bool do_switch, const std::string& dir_arg) {
    std::string home = env_or("HOME");
    std::string dir = dir_arg;
    if (dir.empty()) {
        std::string config_home = env_or("XDG_CONFIG_HOME");
        dir = (config_home.empty() ? home + "/.config" : config_home) + "/home-manager";
    }
    std::string file = dir + "/home.nix";
    struct stat st;
    if (::stat(file.c_str(), &st) == 0) {
        std::printf("The file %s already exists, leaving it unchanged...\n", file.c_str());
    } else {
        std::printf("Creating %s...\n", file.c_str());
        if (auto r = make_dirs(dir); !r.ok())
            return std::fprintf(stderr, "%s\n", r.error().message.c_str()), 1;
        std::string user = env_or("USER");
        if (user.empty()) user = env_or("LOGNAME");
        std::ofstream out(file);
        out << initial_home_nix(user, home);
        if (!out.flush()) return std::fprintf(stderr, "cannot write %s\n", file.c_str()), 1;
    }
    if (!do_switch) return 0;
    std::printf("Creating initial Home Manager generation...\n");
    std::fflush(stdout);
    ManagerOptions first = o;
    first.file = file;
    if (hm_switch(first) != 0) {
        // Home Manager's words, but its tracker is not where Hearth's
        // faults belong.
        std::fprintf(stderr,
                     "Uh oh, the installation failed! The error above says why; if it\n"
                     "seems to be the fault of Hearth rather than of %s,\n"
                     "please report it to Hearth's developers.\n",
                     file.c_str());
        return 1;
    }
    // Home Manager points at its man page here; Hearth builds none yet
    // (modules/manual.nix), so at what it has instead.
    std::printf("All done! The home-manager tool should now be installed and you can edit\n"
                "\n"
                "    %s\n"
                "\n"
                "to configure Home Manager. Run 'home-manager option NAME' to see an\n"
                "option's value and description.\n",
                file.c_str());
    return 0;
}

} // namespace hearth::home
