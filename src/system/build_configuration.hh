// From a configuration file to a built `hearth-system` toplevel: evaluate
// <nixos> (share/hearth/nixos) with the configuration, write the
// toplevel's derivation and everything it needs into the store, and build
// it (with the Debian layer's builtin builders). What nixos-rebuild does
// before it activates anything.
#pragma once

#include "lang/state.hh"
#include "store/local_store.hh"
#include "system/error.hh"

#include <string>

namespace hearth::system {

struct BuildRequest {
    lang::EvalOptions eval; // search path (-I, NIX_PATH, channels, share/)
    std::string nixos_dir;  // share/hearth/nixos, unless <nixos> resolves
    std::string configuration;
    bool show_trace = false;
    bool dry_run = false; // plan only: print what would be built
    bool verbose = false;
    // Where the last evaluation's inputs and result are kept, so that an
    // unchanged configuration is not evaluated again; "" keeps none.
    std::string eval_cache;
    // False evaluates even when the kept result is current (and keeps the
    // new one): --no-eval-cache.
    bool reuse_evaluation = true;
};

// Returns the toplevel's output path (for a dry run: the path it will have).
Result<std::string> build_configuration(store::LocalStore& store, const BuildRequest& request);

} // namespace hearth::system
