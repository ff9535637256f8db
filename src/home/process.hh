// Running helper programs (bash, systemctl, nix-env) from activation:
// fork and exec with the current environment plus overrides, wait, and
// optionally capture standard output.
#pragma once

#include "home/error.hh"

#include <map>
#include <string>
#include <vector>

namespace hearth::home {

struct ProcessResult {
    int status = 0; // exit status, or 128 + signal
    std::string output;
};

struct ProcessOptions {
    std::map<std::string, std::string> env; // set in the child
    bool capture = false;                   // collect stdout instead of passing it on
    bool quiet_stderr = false;              // send stderr to /dev/null
};

Result<ProcessResult> run_process(const std::vector<std::string>& argv,
                                  const ProcessOptions& options = {});

// The first PATH directory holding an executable `name`, or "".
std::string find_in_path(const std::string& name);

} // namespace hearth::home
