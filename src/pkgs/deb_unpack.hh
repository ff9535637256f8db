// Unpacking a .deb into a directory with dpkg-deb, as a package's files
// would land under / but without running its maintainer scripts. Absolute
// symlinks that point at the package's own files are made relative, so
// they keep pointing into the same tree wherever it ends up. The control
// members named in `control` (postinst, for its alternatives) are kept
// where dpkg keeps them: var/lib/dpkg/info/<package>.<member>.
#pragma once

#include "pkgs/error.hh"

#include <string>
#include <vector>

namespace hearth::pkgs {

Result<void> unpack_deb(const std::string& deb, const std::string& dest, const std::string& package,
                        const std::vector<std::string>& control);

} // namespace hearth::pkgs
