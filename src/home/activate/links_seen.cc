#include "home/activate/links_seen.hh"

#include <linux/magic.h>
#include <sys/vfs.h>

#include <ctime>

namespace hearth::home {

namespace {

// Local filesystems whose ctime is the kernel's clock at the change.
bool trusted_filesystem(int dir_fd) {
    struct statfs fs;
    if (::fstatfs(dir_fd, &fs) != 0) return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case EXT4_SUPER_MAGIC: // also ext2 and ext3
    case TMPFS_MAGIC:
    case BTRFS_SUPER_MAGIC:
    case XFS_SUPER_MAGIC:
        return true;
    default:
        return false;
    }
}

bool before(const struct timespec& a, const struct timespec& b) {
    return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

bool same(const struct timespec& a, const struct timespec& b) {
    return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

} // namespace

std::optional<DirStamp> stamp_dir(int dir_fd) {
    struct stat st;
    if (::fstat(dir_fd, &st) != 0 || !trusted_filesystem(dir_fd)) return std::nullopt;
    // Timestamps come from the coarse clock (or finer): a change after
    // this moment gets a ctime at least `now`, so one before `now` cannot
    // be repeated by it.
    struct timespec now;
    if (::clock_gettime(CLOCK_REALTIME_COARSE, &now) != 0) return std::nullopt;
    if (!before(st.st_ctim, now) || !before(st.st_mtim, now)) return std::nullopt;
    return DirStamp{st.st_dev, st.st_ino, st.st_ctim, st.st_mtim};
}

bool unchanged(int dir_fd, const DirStamp& stamp) {
    struct stat st;
    return ::fstat(dir_fd, &st) == 0 && st.st_dev == stamp.dev && st.st_ino == stamp.ino &&
           same(st.st_ctim, stamp.ctime) && same(st.st_mtim, stamp.mtime);
}

} // namespace hearth::home
