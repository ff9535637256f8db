// Unpacking a .deb into a directory with dpkg-deb, as a package's files
// would land under / but without running its maintainer scripts. Absolute
// symlinks that point at the package's own files are made relative, so
// they keep pointing into the same tree wherever it ends up.
#pragma once

#include "pkgs/error.hh"

#include <string>

namespace hearth::pkgs {

Result<void> unpack_deb(const std::string& deb, const std::string& dest,
                        const std::string& package);

} // namespace hearth::pkgs
