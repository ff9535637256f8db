// What checkLinkTargets saw at each link's place, kept for linkGeneration
// in the same process so that it need not look again: on a no-op switch
// the second look is a third of activation's time (5,000 readlinkat).
// What was seen is only used for a directory that provably has not
// changed since: its ctime (which every entry created, removed or renamed
// in it moves, and no user call can set back) is the same, and it was
// already in the past when it was read, so that a change in the same
// clock tick cannot hide behind an equal timestamp (git's "racy"
// timestamps). Only filesystems that keep ctime that way locally are
// trusted; elsewhere (NFS: the server's clock) linking looks again. What
// this cannot see is the system clock set back, between the two steps, to
// the very tick the directory last changed in.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hearth::home {

struct DirStamp {
    dev_t dev;
    ino_t ino;
    struct timespec ctime, mtime;
};

// The directory's stamp, taken before its entries are read; nullopt when
// a later stamp could not tell a change (unknown filesystem, or changed
// in the current clock tick).
std::optional<DirStamp> stamp_dir(int dir_fd);
// Whether the directory is the one stamped, with no entry changed since.
bool unchanged(int dir_fd, const DirStamp& stamp);

struct LinksSeen {
    enum class Seen : std::uint8_t {
        unknown, // not looked at, or something linkGeneration must look at
        absent,  // nothing there
        right,   // the link the new generation wants
        stale,   // a link into a generation, pointing elsewhere
    };
    // By index into the new generation's leaves().
    std::vector<Seen> leaves;
    // By directory relative to the home; only directories with a stamp.
    std::unordered_map<std::string, DirStamp> dirs;
};

} // namespace hearth::home
