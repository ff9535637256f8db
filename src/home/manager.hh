// What the `home-manager` command does (spec §5), apart from parsing its
// arguments (src/cli/cmd_home_manager.cc): finding the configuration,
// building the generation with `hearth build`, switching the profile and
// activating, and the generation commands. Messages are Home Manager's.
#pragma once

#include "home/error.hh"

#include <ctime>
#include <string>
#include <vector>

namespace hearth::home {

struct ManagerOptions {
    std::string self_exe;               // the hearth binary
    std::string file;                   // -f / HOME_MANAGER_CONFIG
    std::string attr;                   // -A
    std::vector<std::string> eval_args; // -I, --arg, --argstr, --show-trace... for the builder
    std::string backup_ext;             // -b
    std::string backup_command;         // -B
    bool dry_run = false;               // -n
    bool verbose = false;               // -v
    bool no_out_link = false;
    bool rollback = false;      // switch --rollback
    std::string specialisation; // switch -c
};

// The configuration file: -f or $HOME_MANAGER_CONFIG, else
// ~/.config/home-manager/home.nix, else the deprecated locations (with a
// warning on stderr).
Result<std::string> find_configuration(const ManagerOptions& o);

// The home-manager profile: <profiles>/home-manager, where <profiles> is
// $XDG_STATE_HOME/nix/profiles, or Nix's per-user directory when a
// home-manager profile already lives there.
std::string home_manager_profile();

// Builds the generation into `out_link` (or a temporary link) and returns
// its store path. The builder is `hearth build`, or $HEARTH_HOME_BUILDER.
Result<std::string> build_generation(const ManagerOptions& o, const std::string& out_link);

int hm_build(const ManagerOptions& o);
int hm_switch(const ManagerOptions& o);
int hm_instantiate(const ManagerOptions& o);
int hm_generations();
int hm_remove_generations(const std::vector<std::string>& ids);
int hm_expire_generations(const std::string& timestamp, bool verbose);
int hm_packages();

} // namespace hearth::home
