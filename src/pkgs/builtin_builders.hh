// The builders of the Debian layer's derivations (share/hearth/nixpkgs/
// debian/package.nix), for the store's builder to run in-process when a
// derivation's builder is "builtin:NAME", as Nix runs builtin:fetchurl:
//   hearth-apt-fetch   url, package, size; fixed-output (outputHash)
//   hearth-deb-unpack  deb (a store path), package
//   hearth-deb-env     package, version, nodes (store paths, the package's
//                      own first), nodePackages (their names)
#pragma once

#include "pkgs/error.hh"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace hearth::pkgs {

struct BuiltinContext {
    std::map<std::string, std::string> env; // the derivation's environment
    std::string out;                        // where to create the output
    // A logical store path's location on disk (differs under a store root).
    std::function<std::string(const std::string&)> real_path;
};

using BuiltinBuilder = Result<void> (*)(const BuiltinContext&);

// "hearth-apt-fetch" -> its function; null for a name this layer lacks.
BuiltinBuilder find_builtin_builder(const std::string& name);

// Every name find_builtin_builder knows, sorted.
std::vector<std::string> builtin_builder_names();

} // namespace hearth::pkgs
