// Building one derivation whose inputs are all valid: lock its outputs,
// run its builder (sandboxed, or a registered builtin), keep the log, and
// register what it produced. The scheduler (builder.cc) decides when.
#pragma once

#include "store/build/build_dirs.hh"
#include "store/build/builder.hh"

namespace hearth::store {

struct GoalOutcome {
    bool built = false;     // false: another process had built it meanwhile
    bool timed_out = false; // the error is a timeout
};

// The build runs in a directory lent by `dirs`.
Result<void> build_derivation(LocalStore& store, const StorePath& drv_path, const Derivation& drv,
                              const BuildOptions& options, BuildDirPool& dirs,
                              GoalOutcome& outcome);

} // namespace hearth::store
