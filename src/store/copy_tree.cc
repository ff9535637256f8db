#include "store/copy_tree.hh"

#include "util/fd.hh"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

namespace hearth::store {

namespace {

Result<void> copy_file(const std::string& from, const std::string& to, mode_t mode) {
    util::Fd in{::open(from.c_str(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0) return sys_error("opening", from);
    // Written as 0600 and given its mode after: a read-only source mode
    // would otherwise stop the writes of a non-root user.
    util::Fd out{::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)};
    if (out.fd < 0) return sys_error("creating", to);
    while (true) {
        ssize_t n = ::copy_file_range(in.fd, nullptr, out.fd, nullptr, 1 << 30, 0);
        if (n == 0) break;
        if (n > 0) continue;
        if (errno == EINTR) continue;
        if (errno != EXDEV && errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP)
            return sys_error("copying to", to);
        // Kernels before 5.3 refuse copy_file_range across filesystems.
        std::vector<char> buf(1 << 16);
        while (true) {
            ssize_t r = ::read(in.fd, buf.data(), buf.size());
            if (r < 0 && errno == EINTR) continue;
            if (r < 0) return sys_error("reading", from);
            if (r == 0) break;
            for (ssize_t done = 0; done < r;) {
                ssize_t w = ::write(out.fd, buf.data() + done, size_t(r - done));
                if (w < 0 && errno == EINTR) continue;
                if (w < 0) return sys_error("writing", to);
                done += w;
            }
        }
        break;
    }
    if (::fchmod(out.fd, mode & 0777) != 0) return sys_error("changing mode of", to);
    return {};
}

} // namespace

Result<void> copy_tree(const std::string& from, const std::string& to) {
    struct stat st;
    if (::lstat(from.c_str(), &st) != 0) return sys_error("getting status of", from);
    if (S_ISREG(st.st_mode)) return copy_file(from, to, st.st_mode);
    if (S_ISLNK(st.st_mode)) {
        std::string target(size_t(st.st_size) + 1, '\0');
        ssize_t n = ::readlink(from.c_str(), target.data(), target.size());
        if (n < 0) return sys_error("reading link", from);
        target.resize(size_t(n));
        if (::symlink(target.c_str(), to.c_str()) != 0) return sys_error("creating link", to);
        return {};
    }
    if (!S_ISDIR(st.st_mode))
        return fail(ErrorKind::io, "cannot copy '" + from + "': not a file, directory or symlink",
                    from);
    // Filled while writable, then given the source's mode.
    if (::mkdir(to.c_str(), 0700) != 0) return sys_error("creating directory", to);
    std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(from.c_str()), ::closedir);
    if (!dir) return sys_error("opening directory", from);
    errno = 0;
    while (const dirent* e = ::readdir(dir.get())) {
        std::string name = e->d_name;
        if (name != "." && name != "..") HEARTH_TRY(copy_tree(from + "/" + name, to + "/" + name));
        errno = 0;
    }
    if (errno != 0) return sys_error("reading directory", from);
    if (::chmod(to.c_str(), st.st_mode & 0777) != 0) return sys_error("changing mode of", to);
    return {};
}

} // namespace hearth::store
