// What happens to a build's outputs after the builder exits successfully:
// each must exist; a fixed-output one must match its declared hash; all are
// canonicalised as Nix does (owner ours, no group or other write, no
// setuid/setgid, mtime 1); references are found by scanning for the hash
// parts of the inputs' closure and of the outputs themselves; then they
// are moved into the store and registered in one transaction, so either
// all of them become valid, complete, or none does.
#pragma once

#include "store/local_store.hh"

#include <set>
#include <string>
#include <vector>

namespace hearth::store {

struct BuiltOutput {
    std::string name;      // "out", "dev"...
    StorePath path;        // its store path
    std::string host_path; // where the builder left it
};

// The caller holds the outputs' path locks. `outputs` are those that are
// not valid yet; `inputs` is the closure the builder could see.
Result<void> register_outputs(LocalStore& store, const std::string& drv_path, const Derivation& drv,
                              const std::vector<BuiltOutput>& outputs,
                              const std::set<StorePath>& inputs);

// Owner (when we are root), permissions and timestamps as Nix leaves a
// store path; the top stays writable by us when it is a directory so that
// it can still be renamed.
Result<void> canonicalise_path(const std::string& path);

} // namespace hearth::store
