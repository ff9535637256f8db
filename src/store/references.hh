// Finding which store paths a file tree refers to, as Nix does: by looking
// for their 32-character hash parts anywhere in the tree's NAR (contents,
// symlink targets and file names alike).
#pragma once

#include "store/error.hh"

#include <set>
#include <string>

namespace hearth::store {

// The subset of `candidates` (hash parts) that occur in the NAR of `path`.
Result<std::set<std::string>> scan_references(const std::string& path,
                                              const std::set<std::string>& candidates);

} // namespace hearth::store
