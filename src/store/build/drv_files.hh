// .drv files that are in the store directory but not registered: written
// there by another tool sharing the directory (Nix with
// `--store local?root=R` writes R/nix/store, the same directory as a Hearth
// store rooted at R). Registering them lets `hearth build X.drv` build what
// nix-instantiate made; the glue layer's own .drv files are registered as
// they are written.
#pragma once

#include "store/local_store.hh"

namespace hearth::store {

// Registers `drv` and, first, the input derivations it needs, each of
// which must parse and hash to its own path. Input sources must be valid.
Result<void> register_derivation_file(LocalStore& store, const StorePath& drv);

} // namespace hearth::store
