// Unit files: each manifest unit is written to /etc/systemd/system (user
// units to /etc/systemd/user) as a regular file with the text NixOS would
// have rendered, a disabled one is masked (a link to /dev/null), and
// wantedBy / requiredBy / upheldBy / aliases become the links `systemctl
// enable` would make. A host that is not NixOS keeps its own units in the
// same directories, so the "unit-files" record (owned_files.hh) decides
// what Hearth may replace or remove.
#pragma once

#include "system/manifest.hh"
#include "system/owned_files.hh"

namespace hearth::system {

Result<OwnedFiles> install_units(const Target& target, const Manifest& m, Report& report, bool dry);

} // namespace hearth::system
