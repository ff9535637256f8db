#pragma once
// Copying a tree across filesystems, for when a rename into the store
// cannot be done (the store dir is a mount point of its own).
#include "store/error.hh"

#include <string>

namespace hearth::store {

// Copies `from` (a file, symlink or directory tree) to `to`, which must
// not exist: contents, symlinks and the executable bit; nothing else of a
// file's metadata (the caller canonicalises). Anything but a regular file,
// a directory or a symlink is an error, as it is in a store path.
Result<void> copy_tree(const std::string& from, const std::string& to);

} // namespace hearth::store
