#include "system/fs.hh"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace hearth::system {

Unexpected<Error> fail_errno(const std::string& what, const std::string& path) {
    return fail(ErrorKind::io, what + " '" + path + "': " + std::strerror(errno), path);
}

Result<void> make_dirs(const std::string& dir, mode_t mode) {
    if (dir.empty()) return {};
    struct stat st;
    if (::stat(dir.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) return {};
        errno = ENOTDIR;
        return fail_errno("creating directory", dir);
    }
    auto slash = dir.rfind('/');
    if (slash != std::string::npos && slash > 0) HEARTH_TRY(make_dirs(dir.substr(0, slash), 0755));
    if (::mkdir(dir.c_str(), mode) != 0 && errno != EEXIST)
        return fail_errno("creating directory", dir);
    return {};
}

Result<std::optional<std::string>> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (errno == ENOENT) return std::optional<std::string>();
        return fail_errno("reading", path);
    }
    std::ostringstream s;
    s << in.rdbuf();
    return std::optional<std::string>(s.str());
}

namespace {

std::string temp_beside(const std::string& path) {
    return path + ".hearth-tmp-" + std::to_string(::getpid());
}

} // namespace

Result<void> write_file_atomic(const std::string& path, const std::string& text, mode_t mode,
                               uid_t uid, gid_t gid) {
    std::string tmp = temp_beside(path);
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) return fail_errno("creating", tmp);
    size_t done = 0;
    bool ok = true;
    while (ok && done < text.size()) {
        ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            ok = false;
        else
            done += size_t(n);
    }
    // The umask may have taken bits away; the mode is what the caller asked.
    ok = ok && ::fchmod(fd, mode) == 0;
    if (ok && (uid != uid_t(-1) || gid != gid_t(-1))) ok = ::fchown(fd, uid, gid) == 0;
    ok = ok && ::fsync(fd) == 0;
    int saved = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(tmp.c_str());
        errno = saved;
        return fail_errno("writing", tmp);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        saved = errno;
        ::unlink(tmp.c_str());
        errno = saved;
        return fail_errno("replacing", path);
    }
    return {};
}

Result<void> write_symlink_atomic(const std::string& link, const std::string& dest) {
    std::string tmp = temp_beside(link);
    ::unlink(tmp.c_str());
    if (::symlink(dest.c_str(), tmp.c_str()) != 0) return fail_errno("creating symlink", tmp);
    if (::rename(tmp.c_str(), link.c_str()) != 0) {
        int saved = errno;
        ::unlink(tmp.c_str());
        errno = saved;
        return fail_errno("replacing", link);
    }
    return {};
}

std::optional<std::string> read_link(const std::string& path) {
    char buf[4096];
    ssize_t n = ::readlink(path.c_str(), buf, sizeof buf);
    if (n < 0) return std::nullopt;
    return std::string(buf, size_t(n));
}

bool exists_no_follow(const std::string& path) {
    struct stat st;
    return ::lstat(path.c_str(), &st) == 0;
}

} // namespace hearth::system
