// The Debian lock file (hearth.lock.json beside the configuration, see
// docs/debian-packages.md) after a build: every Debian package the
// generation was built from is pinned there. Evaluation without a lock
// takes the current apt index; this writes down what it took, so the next
// build uses the same versions. Pins already in the file are kept.
#pragma once

#include "home/error.hh"

#include <string>
#include <vector>

namespace hearth::home {

// The Debian packages (the `package` of each builtin:hearth-deb-unpack
// derivation) below the derivation of `out_path` in Hearth's store,
// sorted; empty when the store does not know how the path was built.
Result<std::vector<std::string>> debian_packages_of(const std::string& out_path);

// Adds the packages `generation` was built from, and the dependencies the
// host lacks, to the lock at `lock_path` unless they are all there.
// Returns how many pins were added.
Result<size_t> pin_debian_packages(const std::string& generation, const std::string& lock_path);

} // namespace hearth::home
