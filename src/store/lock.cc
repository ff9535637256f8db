#include "store/lock.hh"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace hearth::store {

Result<FileLock> FileLock::acquire(const std::string& path, LockMode mode, LockWait wait) {
    FileLock lock;
    lock.m_path = path;
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(ErrorKind::io, "opening lock file '" + path + "': " + std::strerror(errno),
                    path);
    int op = (mode == LockMode::shared ? LOCK_SH : LOCK_EX) | (wait == LockWait::no ? LOCK_NB : 0);
    while (::flock(fd, op) != 0) {
        if (errno == EINTR) continue;
        int e = errno;
        ::close(fd);
        if (e == EWOULDBLOCK) return lock;
        return fail(ErrorKind::io, "locking '" + path + "': " + std::strerror(e), path);
    }
    lock.m_fd = fd;
    return lock;
}

FileLock::~FileLock() {
    release();
}

FileLock::FileLock(FileLock&& o) noexcept : m_fd(o.m_fd), m_path(std::move(o.m_path)) {
    o.m_fd = -1;
}

FileLock& FileLock::operator=(FileLock&& o) noexcept {
    if (this != &o) {
        release();
        m_fd = o.m_fd;
        m_path = std::move(o.m_path);
        o.m_fd = -1;
    }
    return *this;
}

void FileLock::remove_file() {
    if (m_fd >= 0) ::unlink(m_path.c_str());
}

void FileLock::release() {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
}

bool is_locked(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    bool locked = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return locked;
}

} // namespace hearth::store
