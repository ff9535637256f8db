// Running another program from the REPL (:b, :e, :sh), waiting for it.
#pragma once

#include <string>
#include <vector>

namespace hearth::cli::repl {

// Runs argv (looked up on PATH), with `env` as its environment when given;
// `quiet` sends its stdout to /dev/null. Returns its exit status, -1 if it
// did not start or was killed.
int run_program(const std::vector<std::string>& argv, bool quiet,
                const std::vector<std::string>* env = nullptr);

} // namespace hearth::cli::repl
