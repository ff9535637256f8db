// Running programs for a switch (systemctl, a user's activation): fork and
// exec, optionally as another user with a clean login-like environment,
// and wait. Output is captured or passed through.
#pragma once

#include "system/error.hh"

#include <sys/types.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hearth::system {

struct RunAs {
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups;
};

struct ProcessOptions {
    // With run_as the child gets only these variables (like a service);
    // otherwise they are added to ours.
    std::map<std::string, std::string> env;
    std::optional<RunAs> run_as;
    bool capture = false; // collect stdout and stderr instead of passing them on
    std::string cwd;      // "" keeps ours
    // In a private mount namespace, bind this host directory over the
    // given path first (a sandbox root's /home over /home), so a user
    // activated under --root sees their home at its configured name.
    std::vector<std::pair<std::string, std::string>> binds;
    // A host directory shown at /nix (a sandbox root's), so that the
    // root's logical store paths resolve while a user is activated under
    // --root. On a host without /nix the child runs chrooted into a view
    // of the host's / with this directory added: `view_dir` (empty, and
    // inside the sandbox root) is where that view is assembled.
    std::string nix_dir;
    std::string view_dir;
};

struct ProcessResult {
    int status = 0; // exit status, or 128 + signal
    std::string output;
};

Result<ProcessResult> run_process(const std::vector<std::string>& argv,
                                  const ProcessOptions& options = {});

} // namespace hearth::system
