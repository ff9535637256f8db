// The environment a builder starts with, as Nix gives it: a few fixed
// variables, then the derivation's env (passAsFile attributes written to
// files under the build dir instead), then the build-dir variables.
// __structuredAttrs is not supported yet.
#pragma once

#include "store/derivation.hh"

#include <map>
#include <string>

namespace hearth::store {

// Where the build directory is inside the sandbox (Nix's sandbox-build-dir).
inline constexpr const char* sandbox_build_dir = "/build";
// Nix's HOME for builders: a path that does not exist, so nothing leaks in.
inline constexpr const char* homeless_shelter = "/homeless-shelter";

struct BuilderEnvironment {
    std::map<std::string, std::string> vars;
    // passAsFile: file name under the build dir -> contents.
    std::map<std::string, std::string> files;
};

// `cores` is NIX_BUILD_CORES; `host_env` supplies impureEnvVars of
// fixed-output derivations (nullptr: none).
BuilderEnvironment builder_environment(const Derivation& drv, const std::string& store_dir,
                                       int cores, const char* const* host_env = nullptr);

} // namespace hearth::store
