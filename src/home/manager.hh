// What the `home-manager` command does (spec §5), apart from parsing its
// arguments (src/cli/cmd_home_manager.cc): finding the configuration,
// building the generation with `hearth build`, switching the profile and
// activating, and the generation commands. Messages are Home Manager's.
#pragma once

#include "home/error.hh"
#include "home/process.hh"
#include "util/json.hh"

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
    bool quiet_news = false;    // no news after build/switch (uninstall)
};

// A temporary directory (home-manager-build.XXXXXXXXXX) removed with the
// object, like the CLI's WORK_DIR; `path` is empty if it could not be made.
struct WorkDir {
    std::string path;
    WorkDir();
    ~WorkDir();
    WorkDir(const WorkDir&) = delete;
    WorkDir& operator=(const WorkDir&) = delete;
};

// The configuration file: -f or $HOME_MANAGER_CONFIG, else
// ~/.config/home-manager/home.nix, else the deprecated locations (with a
// warning on stderr).
Result<std::string> find_configuration(const ManagerOptions& o);

// The home-manager profile: <profiles>/home-manager, where <profiles> is
// $XDG_STATE_HOME/nix/profiles, or Nix's per-user directory when a
// home-manager profile already lives there.
std::string home_manager_profile();

// The lock file of the Debian packages: $HEARTH_LOCK_FILE, else
// hearth.lock.json beside the configuration.
std::string lock_file_path(const std::string& config);
// The builder's command line before its arguments: `hearth build
// --eval-cache`, or $HEARTH_HOME_BUILDER split at spaces.
std::vector<std::string> builder_command(const ManagerOptions& o);
// How the builder and the evaluator are run for `config` (the lock file).
ProcessOptions builder_options(const std::string& config);
// The arguments selecting home-manager.nix for `config`: the -I/--arg
// flags given, the entry expression, confPath and confAttr.
std::vector<std::string> entry_args(const ManagerOptions& o, const std::string& config);
// `hearth instantiate --eval --strict --json` of `file` (a <...> path or
// a file) with confPath/confAttr and `extra` arguments; evaluation errors
// go to stderr and fail with the evaluator's exit status.
Result<util::Json> eval_json(const ManagerOptions& o, const std::string& file,
                             const std::vector<std::string>& extra);

// `s` as a Nix string literal, quotes included.
std::string nix_string_literal(const std::string& s);

// Builds the generation into `out_link` (or a temporary link) and returns
// its store path. The builder is `hearth build`, or $HEARTH_HOME_BUILDER.
// With `quiet`, the builder's standard output (the built path) is dropped.
Result<std::string> build_generation(const ManagerOptions& o, const std::string& out_link,
                                     bool quiet = false);

int hm_build(const ManagerOptions& o);
int hm_switch(const ManagerOptions& o);
int hm_instantiate(const ManagerOptions& o);
int hm_repl(const ManagerOptions& o); // runs `hearth repl` on the configuration
int hm_generations();
int hm_remove_generations(const std::vector<std::string>& ids);
int hm_expire_generations(const std::string& timestamp, bool verbose);
int hm_packages();

// news.cc, option.cc, init.cc, uninstall.cc, diff.cc
int hm_news(const ManagerOptions& o);
int hm_option(const ManagerOptions& o, const std::vector<std::string>& names, bool recursive);
int hm_init(const ManagerOptions& o, bool do_switch, const std::string& dir);
// The home.nix `init` writes for this user and home directory.
std::string initial_home_nix(const std::string& user, const std::string& home);
int hm_uninstall(const ManagerOptions& o);
int hm_diff(const ManagerOptions& o);

} // namespace hearth::home
