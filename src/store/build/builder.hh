// Building derivations: find which of them (and of their input
// derivations) have outputs that are not valid, and build those in
// dependency order, up to max_jobs at a time, each in a sandbox
// (sandbox.hh). Outputs become valid only when complete (outputs.hh).
//
// Several processes may build at once: each build holds the locks of its
// outputs, and a build that gets them after someone else finds the outputs
// valid and does nothing.
//
// A derivation whose builder is "builtin:NAME" runs the C++ function
// registered as NAME in BuildOptions::builtins, in this process and
// outside the sandbox, writing its outputs where the sandbox would have;
// the input closure is linked in beside them.
#pragma once

#include "store/build/environment.hh"
#include "store/local_store.hh"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::store {

struct BuiltinContext {
    const std::string& drv_path;
    const Derivation& drv;
    const BuilderEnvironment& env;
    // Output name -> host path to create.
    const std::map<std::string, std::string>& outputs;
    std::string build_dir; // host path of the (empty) build directory
    std::function<void(std::string_view)> log;
};
using BuiltinBuilder = std::function<Result<void>(const BuiltinContext&)>;

struct BuildOptions {
    int max_jobs = 1;
    int cores = 0; // NIX_BUILD_CORES; 0: this machine's
    bool keep_failed = false;
    bool keep_going = false;
    int timeout_seconds = 0; // 0: none
    // "fetchurl" for builder "builtin:fetchurl".
    std::map<std::string, BuiltinBuilder> builtins;
    // Progress lines ("building '...'...", notes); called from one thread at a time.
    std::function<void(const std::string&)> on_message;
    // Each line a builder prints; called from one thread at a time.
    std::function<void(const std::string& drv, std::string_view line)> on_log_line;
    // Failures other than the one build() returns (dependencies, other
    // top-level derivations), as they happen.
    std::function<void(const Error&)> on_error;
    // When set, failures say "last 25 log lines" (the log was not shown).
    bool log_tail_in_errors = true;
};

class BuildPlan;

class Builder {
  public:
    Builder(LocalStore& store, BuildOptions options);
    ~Builder();

    // The derivations that building `drvs` would build, in the order of
    // their paths (as Nix lists them).
    Result<std::vector<StorePath>> plan(const std::vector<StorePath>& drvs);
    // Builds what is missing (what plan() found, if it was asked about the
    // same derivations). On failure, the error of the one failed top-level
    // derivation, or a summary when several failed.
    Result<void> build(const std::vector<StorePath>& drvs);
    // nix-build's exit status for the last build(): 0, or 100 plus 1 if a
    // build timed out and 2 if a fixed-output hash did not match.
    int exit_status() const { return m_exit_status; }

  private:
    LocalStore& m_store;
    BuildOptions m_options;
    int m_exit_status = 0;
    // The last plan(): outputs found valid then are not checked again.
    std::unique_ptr<BuildPlan> m_plan;
    std::vector<StorePath> m_plan_drvs;
};

// Removes build directories left by processes that died mid-build.
void remove_stale_build_dirs(LocalStore& store);

} // namespace hearth::store
