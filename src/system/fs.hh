// Small filesystem steps the resource files share: errno-checked, and
// atomic where a crash could otherwise leave a half-written file (a
// temporary beside the target, renamed over it).
#pragma once

#include "system/error.hh"

#include <sys/types.h>

#include <optional>
#include <string>

namespace hearth::system {

Result<void> make_dirs(const std::string& dir, mode_t mode = 0755);
// The file's bytes, or nullopt when it does not exist.
Result<std::optional<std::string>> read_file(const std::string& path);
// Writes `text` to a temporary in the same directory with `mode` and owner
// (unchanged when uid is -1), fsyncs it and renames it over `path`.
Result<void> write_file_atomic(const std::string& path, const std::string& text, mode_t mode,
                               uid_t uid = uid_t(-1), gid_t gid = gid_t(-1));
// Points `link` at `dest` by renaming a fresh symlink over it.
Result<void> write_symlink_atomic(const std::string& link, const std::string& dest);
// readlink, or nullopt when `path` is not a symlink.
std::optional<std::string> read_link(const std::string& path);
bool exists_no_follow(const std::string& path);

} // namespace hearth::system
