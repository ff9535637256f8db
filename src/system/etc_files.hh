// environment.etc: each entry becomes /etc/<target>, a symlink straight to
// its store source (NixOS goes through /etc/static; a host that is not
// NixOS has no such link, and one hop fewer changes nothing for readers) or
// a copy with the entry's mode and owner. Ownership of what is installed
// is kept in the "etc-files" record (owned_files.hh), so files Hearth did
// not create are never removed.
#pragma once

#include "system/account_files.hh"
#include "system/manifest.hh"
#include "system/owned_files.hh"

#include <map>

namespace hearth::system {

// `links` adds symlinks that are not manifest entries (absolute /etc paths
// to destinations): the per-user profiles. Manifest entries under
// profiles/per-user/ are skipped, as `links` replaces them.
Result<OwnedFiles> install_etc(const Target& target, const Manifest& m,
                               const AccountFiles& accounts,
                               const std::map<std::string, std::string>& links, Report& report,
                               bool dry);

} // namespace hearth::system
