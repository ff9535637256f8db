// What every activation step reads: the generation being activated, the
// one it replaces, the user's environment (HOME, DRY_RUN, VERBOSE, the
// backup settings) and the state paths of Home Manager's setupVars. Built
// once by the driver and again, from the same inputs, by each builtin step
// that bash calls back (`hearth activate --step NAME`).
#pragma once

#include "home/activate/links_seen.hh"
#include "home/activate/log.hh"
#include "home/error.hh"
#include "home/generation.hh"

#include <optional>
#include <string>
#include <vector>

namespace hearth::home {

struct ActivateOptions {
    std::string generation;
    int driver_version = 0;
    std::string self_exe; // the hearth binary, for bash to call back
};

struct Context {
    ActivateOptions options;
    Generation new_gen;
    // The generation the home currently reflects (gcroots/current-home).
    // Of the older generations only the link farm is read, not the manifest.
    std::optional<Generation> old_gen;
    // Generations whose links may be in the home besides old_gen's: one a
    // crashed activation left in gcroots/new-home.
    std::vector<Generation> stale_gens;

    std::string home, user;
    bool dry_run = false;
    bool verbose = false;
    bool skip_sanity_checks = false;
    std::string backup_ext;     // HOME_MANAGER_BACKUP_EXT
    std::string backup_command; // HOME_MANAGER_BACKUP_COMMAND
    bool backup_overwrite = false;

    std::string state_home;    // $XDG_STATE_HOME or ~/.local/state
    std::string hm_state_path; // <state_home>/home-manager
    std::string hm_data_path;  // <XDG_DATA_HOME>/home-manager
    std::string profiles_dir;
    std::string gen_profile_path; // <profiles_dir>/home-manager
    std::string new_gen_gc_path;  // <hm_state_path>/gcroots/new-home
    std::string current_gen_gc_path;
    std::string legacy_gen_gc_path;

    // Directories a link must point into (as `<dir>/*-home-manager-files/*`)
    // to count as Home Manager's: the store, seen by every name it has.
    std::vector<std::string> store_dirs;

    Log log;

    // Set by checkLinkTargets for linkGeneration when both run in this
    // process; empty otherwise.
    LinksSeen links_seen;

    static Result<Context> create(ActivateOptions options);

    // Whether a symlink with this destination belongs to a generation.
    bool owns_link(const std::string& destination) const;
    // Every older generation whose links may be in the home.
    std::vector<const Generation*> previous_generations() const;
};

// Reads the environment variable, or "" when unset.
std::string env_or(const char* name, const std::string& fallback = {});
// readlink -e: the fully resolved destination, or nullopt.
std::optional<std::string> resolve_link(const std::string& path);

} // namespace hearth::home
