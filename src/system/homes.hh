// Home directories: created when the manifest says createHome and the
// directory is missing, owned by the user and their primary group with the
// configured mode (700 by default). An existing home keeps its mode and
// content but is given to the user and their group, as NixOS's createHome
// does (a home made before the account, or left by an earlier owner).
// /etc/skel is not copied, as NixOS does not copy it either.
#pragma once

#include "system/account_files.hh"
#include "system/manifest.hh"
#include "system/report.hh"

namespace hearth::system {

Result<std::vector<std::string>> create_homes(const Target& target, const Manifest& m,
                                              const AccountFiles& accounts, Report& report,
                                              bool dry);

} // namespace hearth::system
