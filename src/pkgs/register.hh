// Hands the package layer's builtin builders (builtin_builders.hh) to the
// store's builder, which runs a derivation whose builder is "builtin:NAME"
// with the function registered as NAME. The store knows nothing of Debian
// packages; whoever builds (the CLI) registers them once at startup.
#pragma once

#include "store/build/builder.hh"
#include "store/local_store.hh"

namespace hearth::pkgs {

// Adds hearth-apt-fetch, hearth-deb-unpack and hearth-deb-env to
// options.builtins. `store` resolves input paths to where they are on disk;
// it must outlive the builds.
void register_builtin_builders(store::LocalStore& store, store::BuildOptions& options);

} // namespace hearth::pkgs
