#include "store/build/sandbox_root.hh"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace hearth::store {

namespace fs = std::filesystem;

namespace {

// The host's toolchain, visible read-only (see sandbox.hh for why).
constexpr const char* host_dirs[] = {"/bin",   "/sbin",  "/usr",   "/lib",
                                     "/lib32", "/lib64", "/libx32"};
// Toolchain files that live in /etc on Debian: /usr/bin/cc and friends
// are symlinks through /etc/alternatives, and ld.so reads its cache.
constexpr const char* host_etc[] = {"/etc/alternatives", "/etc/ld.so.cache"};
// What fixed-output builds also see, to resolve names.
constexpr const char* host_net_etc[] = {"/etc/resolv.conf", "/etc/services"};
constexpr const char* dev_nodes[] = {"null", "zero", "full", "random", "urandom", "tty"};

constexpr const char* etc_passwd = "root:x:0:0:Nix build user:/build:/noshell\n"
                                   "nixbld:x:1000:100:Nix build user:/build:/noshell\n"
                                   "nobody:x:65534:65534:Nobody:/:/noshell\n";
constexpr const char* etc_group = "root:x:0:\n"
                                  "nixbld:!:100:\n"
                                  "nogroup:x:65534:\n";
constexpr const char* etc_hosts = "127.0.0.1 localhost\n::1 localhost\n";

Unexpected<Error> sys_error(const std::string& what, const std::string& path) {
    return fail(ErrorKind::io, what + " '" + path + "': " + std::strerror(errno), path);
}

Result<void> make_dir(const std::string& path, mode_t mode) {
    if (::mkdir(path.c_str(), mode) != 0 && errno != EEXIST)
        return sys_error("creating directory", path);
    if (::chmod(path.c_str(), mode) != 0) return sys_error("changing mode of", path);
    return {};
}

Result<void> make_file(const std::string& path, const std::string& contents, mode_t mode) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) return sys_error("creating", path);
    size_t done = 0;
    while (done < contents.size()) {
        ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ::close(fd);
            return sys_error("writing", path);
        }
        done += size_t(n);
    }
    ::close(fd);
    if (::chmod(path.c_str(), mode) != 0) return sys_error("changing mode of", path);
    return {};
}

// The mount flags a read-only remount of a bind of `source` must keep.
unsigned long locked_flags_of(const std::string& source) {
    struct statvfs st;
    if (::statvfs(source.c_str(), &st) != 0) return 0;
    unsigned long f = 0;
    if (st.f_flag & ST_NOSUID) f |= MS_NOSUID;
    if (st.f_flag & ST_NODEV) f |= MS_NODEV;
    if (st.f_flag & ST_NOEXEC) f |= MS_NOEXEC;
    if (st.f_flag & ST_NOATIME) f |= MS_NOATIME;
    if (st.f_flag & ST_NODIRATIME) f |= MS_NODIRATIME;
    if (st.f_flag & ST_RELATIME) f |= MS_RELATIME;
    return f;
}

// Mirrors host path `source` at `target`: a symlink is copied, anything
// else becomes a mount point (a directory, or a file for a file) and a
// read-only bind. A missing source is skipped.
Result<void> mirror(const std::string& source, const std::string& target,
                    std::vector<SandboxMount>& mounts) {
    struct stat st;
    if (::lstat(source.c_str(), &st) != 0) return {};
    std::error_code ec;
    fs::create_directories(fs::path(target).parent_path(), ec);
    if (ec) return fail(ErrorKind::io, "creating '" + target + "': " + ec.message(), target);
    if (S_ISLNK(st.st_mode)) {
        auto to = fs::read_symlink(source, ec);
        if (ec) return fail(ErrorKind::io, "reading link '" + source + "': " + ec.message());
        fs::create_symlink(to, target, ec);
        if (ec) return fail(ErrorKind::io, "creating link '" + target + "': " + ec.message());
        return {};
    }
    if (S_ISDIR(st.st_mode))
        HEARTH_TRY(make_dir(target, 0755));
    else
        HEARTH_TRY(make_file(target, "", 0444));
    SandboxMount m;
    m.source = source;
    m.target = target;
    m.flags = MS_BIND | MS_REC;
    m.read_only = true;
    m.locked_flags = locked_flags_of(source);
    mounts.push_back(std::move(m));
    return {};
}

Result<void> make_dev(const std::string& root, std::vector<SandboxMount>& mounts) {
    std::string dev = root + "/dev";
    HEARTH_TRY(make_dir(dev, 0755));
    for (auto name : dev_nodes) {
        HEARTH_TRY(make_file(dev + "/" + name, "", 0666));
        mounts.push_back(
            {std::string("/dev/") + name, dev + "/" + name, "", MS_BIND, "", false, 0, false});
    }
    HEARTH_TRY(make_dir(dev + "/shm", 0755));
    mounts.push_back(
        {"none", dev + "/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777", false, 0, false});
    HEARTH_TRY(make_dir(dev + "/pts", 0755));
    mounts.push_back({"none", dev + "/pts", "devpts", MS_NOSUID | MS_NOEXEC,
                      "newinstance,mode=0620,ptmxmode=0666", false, 0, true});
    std::error_code ec;
    for (auto [name, to] : {std::pair{"fd", "/proc/self/fd"},
                            {"stdin", "/proc/self/fd/0"},
                            {"stdout", "/proc/self/fd/1"},
                            {"stderr", "/proc/self/fd/2"},
                            {"ptmx", "pts/ptmx"}}) {
        fs::create_symlink(to, dev + "/" + name, ec);
        if (ec) return fail(ErrorKind::io, "creating link in '" + dev + "': " + ec.message());
    }
    return {};
}

} // namespace

Result<std::vector<SandboxMount>> prepare_sandbox_root(const SandboxSpec& spec, HostIds ids) {
    std::vector<SandboxMount> mounts;
    std::string root = spec.dir + "/root";
    HEARTH_TRY(make_dir(spec.dir, 0700));
    // The root must be reachable by the build uid once it is "/".
    HEARTH_TRY(make_dir(root, 0755));

    // The store dir: group-writable for the build gid, sticky like /tmp.
    std::string store = root + spec.store_dir;
    std::error_code ec;
    fs::create_directories(store, ec);
    if (ec) return fail(ErrorKind::io, "creating '" + store + "': " + ec.message(), store);
    if (::chown(store.c_str(), ::geteuid(), ids.gid) != 0)
        return sys_error("changing owner of", store);
    if (::chmod(store.c_str(), 01775) != 0) return sys_error("changing mode of", store);
    for (const auto& [logical, real] : spec.inputs)
        HEARTH_TRY(mirror(real, root + logical, mounts));

    std::string build = root + sandbox_build_dir;
    HEARTH_TRY(make_dir(build, 0700));
    for (const auto& [name, contents] : spec.env.files) {
        std::string f = build + "/" + name;
        HEARTH_TRY(make_file(f, contents, 0600));
        if (::chown(f.c_str(), ids.uid, ids.gid) != 0) return sys_error("changing owner of", f);
    }
    if (::chown(build.c_str(), ids.uid, ids.gid) != 0) return sys_error("changing owner of", build);

    HEARTH_TRY(make_dir(root + "/etc", 0755));
    HEARTH_TRY(make_file(root + "/etc/passwd", etc_passwd, 0444));
    HEARTH_TRY(make_file(root + "/etc/group", etc_group, 0444));
    if (spec.network) {
        HEARTH_TRY(mirror("/etc/hosts", root + "/etc/hosts", mounts));
        for (auto f : host_net_etc) HEARTH_TRY(mirror(f, root + f, mounts));
    } else {
        HEARTH_TRY(make_file(root + "/etc/hosts", etc_hosts, 0444));
    }
    for (auto f : host_etc) HEARTH_TRY(mirror(f, root + f, mounts));
    for (auto d : host_dirs) HEARTH_TRY(mirror(d, root + d, mounts));

    HEARTH_TRY(make_dev(root, mounts));
    HEARTH_TRY(make_dir(root + "/proc", 0555));
    mounts.push_back(
        {"proc", root + "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "", false, 0, false});
    return mounts;
}

} // namespace hearth::store
