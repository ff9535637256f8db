// Garbage collection: roots are the symlinks under gcroots/ (followed one
// step when they point outside the store: an indirect root) and under
// profiles/; everything reachable from a root through references is live,
// and so is any path whose lock a build or an add is holding. GC runs with
// the store's GC lock held exclusively, so no other process is adding.
#pragma once

#include "store/local_store.hh"

#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace hearth::store {

// root link -> store path it keeps alive.
Result<std::map<std::string, StorePath>> find_roots(LocalStore& store);

// Makes `link` (outside the store) a symlink to `path` and registers it as
// an indirect root under gcroots/auto, as `nix-build -o` does.
Result<void> add_perm_root(LocalStore& store, const StorePath& path, const std::string& link);
// Registers an existing symlink (e.g. a profile generation) as an indirect root.
Result<void> add_indirect_root(LocalStore& store, const std::string& link);

struct GcOptions {
    bool dry_run = false;
    uint64_t max_freed = std::numeric_limits<uint64_t>::max();
    // If non-empty: delete exactly these (refusing live ones) instead of all dead paths.
    std::set<StorePath> only;
    int lock_timeout_seconds = 60;
};

struct GcResult {
    std::vector<StorePath> deleted; // or, with dry_run, would be
    uint64_t bytes_freed = 0;
};

Result<GcResult> collect_garbage(LocalStore& store, const GcOptions& options);

} // namespace hearth::store
