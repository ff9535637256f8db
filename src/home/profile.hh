// The home-manager profile (~/.local/state/nix/profiles/home-manager and its
// home-manager-N-link generations) and other profiles the home layer
// points at store paths, through store/profiles. A path that Hearth's
// store holds also becomes an indirect GC root there.
#pragma once

#include "home/error.hh"

#include <string>

namespace hearth::home {

// The directory of the home-manager profile: <state_home>/nix/profiles, or
// Nix's per-user directory when a home-manager profile already lives there
// and the former does not exist (Home Manager uses Nix's whenever it
// exists; Hearth never writes into Nix's state on a machine without it).
std::string profiles_directory(const std::string& state_home, const std::string& user);

// Makes `path` the current generation of `profile` (a new generation unless
// the current one already points there); returns its number.
Result<int> set_profile(const std::string& profile, const std::string& path);

// Makes `link` a symlink to `path` atomically, registering it as an
// indirect GC root when Hearth's store holds `path`.
Result<void> add_gc_root(const std::string& link, const std::string& path);

} // namespace hearth::home
