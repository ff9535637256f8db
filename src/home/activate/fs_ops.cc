// Small filesystem operations the steps share.
#include "home/activate/steps.hh"

#include "util/fd.hh"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>

namespace hearth::home {

void crash_point() {
    static const char* at = std::getenv("HEARTH_TEST_CRASH_AT");
    static const char* counter = std::getenv("HEARTH_TEST_CRASH_COUNTER");
    if (!at || !counter) return;
    // linkGeneration's threads share the count.
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    long n = 0;
    if (FILE* f = std::fopen(counter, "r")) {
        if (std::fscanf(f, "%ld", &n) != 1) n = 0;
        std::fclose(f);
    }
    ++n;
    if (FILE* f = std::fopen(counter, "w")) {
        std::fprintf(f, "%ld\n", n);
        std::fclose(f);
    }
    if (n == std::atol(at)) ::kill(::getpid(), SIGKILL);
}

Result<void> replace_symlink(const std::string& target, const std::string& link) {
    crash_point();
    // A new name needs no rename: symlink(2) makes it whole or not at all,
    // and on a first switch that halves the directory operations.
    if (::symlink(target.c_str(), link.c_str()) == 0) return {};
    if (errno != EEXIST)
        return fail(ErrorKind::io, "cannot create link '" + link + "': " + std::strerror(errno),
                    link);
    std::string tmp = link + ".hearth-tmp-" + std::to_string(::getpid());
    ::unlink(tmp.c_str());
    if (::symlink(target.c_str(), tmp.c_str()) != 0)
        return fail(ErrorKind::io, "cannot create link '" + tmp + "': " + std::strerror(errno),
                    tmp);
    if (::rename(tmp.c_str(), link.c_str()) != 0) {
        int e = errno;
        ::unlink(tmp.c_str());
        return fail(ErrorKind::io,
                    "cannot link '" + link + "' to '" + target + "': " + std::strerror(e), link);
    }
    return {};
}

Result<void> make_dirs(const std::string& dir) {
    crash_point();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return fail(ErrorKind::io, "cannot create directory '" + dir + "': " + ec.message(), dir);
    return {};
}

std::optional<std::string> read_link(const std::string& path) {
    char buf[PATH_MAX];
    ssize_t n = ::readlink(path.c_str(), buf, sizeof buf);
    if (n < 0 || static_cast<size_t>(n) == sizeof buf) return std::nullopt;
    return std::string(buf, static_cast<size_t>(n));
}

bool same_contents(const std::string& a, const std::string& b) {
    struct stat sa, sb;
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
    if (!S_ISREG(sa.st_mode) || !S_ISREG(sb.st_mode) || sa.st_size != sb.st_size) return false;
    util::Fd fa{::open(a.c_str(), O_RDONLY | O_CLOEXEC)},
        fb{::open(b.c_str(), O_RDONLY | O_CLOEXEC)};
    if (fa.fd < 0 || fb.fd < 0) return false;
    char ba[65536], bb[65536];
    while (true) {
        ssize_t na = ::read(fa.fd, ba, sizeof ba);
        if (na < 0) return false;
        if (na == 0) return true;
        ssize_t got = 0;
        while (got < na) {
            ssize_t nb = ::read(fb.fd, bb + got, na - got);
            if (nb <= 0) return false;
            got += nb;
        }
        if (std::memcmp(ba, bb, na) != 0) return false;
    }
}

} // namespace hearth::home
