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

Result<FileLock> FileLock::acquire_byte(const std::string& path, uint64_t offset, LockWait wait) {
    FileLock lock;
    lock.m_path = path;
    lock.m_shared_file = true;
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(ErrorKind::io, "opening lock file '" + path + "': " + std::strerror(errno),
                    path);
    struct flock fl {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = off_t(offset);
    fl.l_len = 1;
    while (::fcntl(fd, wait == LockWait::no ? F_OFD_SETLK : F_OFD_SETLKW, &fl) != 0) {
        if (errno == EINTR) continue;
        int e = errno;
        ::close(fd);
        if (e == EAGAIN || e == EACCES) return lock;
        return fail(ErrorKind::io, "locking '" + path + "': " + std::strerror(e), path);
    }
    lock.m_fd = fd;
    return lock;
}

FileLock::~FileLock() {
    release();
}

FileLock::FileLock(FileLock&& o) noexcept
    : m_fd(o.m_fd), m_shared_file(o.m_shared_file), m_path(std::move(o.m_path)) {
    o.m_fd = -1;
}

FileLock& FileLock::operator=(FileLock&& o) noexcept {
    if (this != &o) {
        release();
        m_fd = o.m_fd;
        m_shared_file = o.m_shared_file;
        m_path = std::move(o.m_path);
        o.m_fd = -1;
    }
    return *this;
}

void FileLock::remove_file() {
    if (m_fd >= 0 && !m_shared_file) ::unlink(m_path.c_str());
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

bool is_byte_locked(const std::string& path, uint64_t offset) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct flock fl {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = off_t(offset);
    fl.l_len = 1;
    bool locked = ::fcntl(fd, F_OFD_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

} // namespace hearth::store
