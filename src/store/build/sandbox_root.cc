#include "store/build/sandbox_root.hh"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace hearth::store {

namespace {

// The host's toolchain, visible read-only (see sandbox.hh for why).
constexpr const char* host_dirs[] = {"/bin",   "/sbin",  "/usr",   "/lib",
                                     "/lib32", "/lib64", "/libx32"};
// Toolchain files that live in /etc on Debian: /usr/bin/cc and friends
// are symlinks through /etc/alternatives, and ld.so reads its cache.
constexpr const char* host_etc[] = {"/etc/alternatives", "/etc/ld.so.cache"};
// What fixed-output builds also see, to resolve names.
constexpr const char* host_net_etc[] = {"/etc/hosts", "/etc/resolv.conf", "/etc/services"};
constexpr const char* dev_nodes[] = {"null", "zero", "full", "random", "urandom", "tty"};

constexpr const char* etc_passwd = "root:x:0:0:Nix build user:/build:/noshell\n"
                                   "nixbld:x:1000:100:Nix build user:/build:/noshell\n"
                                   "nobody:x:65534:65534:Nobody:/:/noshell\n";
constexpr const char* etc_group = "root:x:0:\n"
                                  "nixbld:!:100:\n"
                                  "nogroup:x:65534:\n";
constexpr const char* etc_hosts = "127.0.0.1 localhost\n::1 localhost\n";

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

// "/nix/store" -> "nix/store": steps are relative to the new root.
std::string relative(const std::string& path) {
    size_t i = path.find_first_not_of('/');
    return i == std::string::npos ? std::string() : path.substr(i);
}

class Planner {
  public:
    explicit Planner(std::vector<SandboxStep>& steps) : m_steps(steps) {}

    void dir(const std::string& path, mode_t mode = 0755) {
        for (size_t slash = path.find('/'); slash != std::string::npos;
             slash = path.find('/', slash + 1))
            add_dir(path.substr(0, slash), 0755);
        add_dir(path, mode);
    }
    void file(const std::string& path, std::string contents, mode_t mode = 0444) {
        parent(path);
        m_steps.push_back({SandboxStep::file, path, std::move(contents), "", "", 0, mode});
    }
    void link(const std::string& path, std::string target) {
        parent(path);
        m_steps.push_back({SandboxStep::link, path, std::move(target), "", "", 0, 0});
    }
    void fs(const std::string& path, std::string name, std::string type, unsigned long flags,
            std::string data, bool optional = false) {
        dir(path);
        SandboxStep s{SandboxStep::fs, path, std::move(name), std::move(type),
                      std::move(data), flags};
        s.optional = optional;
        m_steps.push_back(std::move(s));
    }

    // Mirrors host path `source` at sandbox path `path`: a symlink is
    // copied, anything else becomes a mount point (a directory, or a file
    // for a file) and a bind, read-only unless `writable`. With
    // `mount_point`, the mount point exists already (it is on the host).
    // A missing source is skipped.
    Result<void> mirror(const std::string& source, const std::string& path, bool writable = false,
                        bool mount_point = false) {
        struct stat st;
        if (::lstat(source.c_str(), &st) != 0) return {};
        if (S_ISLNK(st.st_mode) && !mount_point) {
            char target[4096];
            ssize_t n = ::readlink(source.c_str(), target, sizeof target);
            if (n < 0) return sys_error("reading link", source);
            link(path, std::string(target, size_t(n)));
            return {};
        }
        if (!mount_point) {
            if (S_ISDIR(st.st_mode))
                dir(path);
            else
                file(path, "");
        }
        SandboxStep s{SandboxStep::bind, path, source, "", "", MS_BIND | MS_REC};
        s.read_only = !writable;
        if (!writable) s.locked_flags = locked_flags_of(source);
        m_steps.push_back(std::move(s));
        return {};
    }

  private:
    void add_dir(const std::string& path, mode_t mode) {
        if (path.empty() || std::find(m_dirs.begin(), m_dirs.end(), path) != m_dirs.end()) return;
        m_dirs.push_back(path);
        m_steps.push_back({SandboxStep::dir, path, "", "", "", 0, mode});
    }
    void parent(const std::string& path) {
        auto slash = path.rfind('/');
        if (slash != std::string::npos) dir(path.substr(0, slash));
    }

    std::vector<SandboxStep>& m_steps;
    std::vector<std::string> m_dirs;
};

Result<void> plan_dev(Planner& p) {
    for (auto name : dev_nodes)
        HEARTH_TRY(p.mirror(std::string("/dev/") + name, std::string("dev/") + name, true));
    p.fs("dev/shm", "none", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777");
    p.fs("dev/pts", "none", "devpts", MS_NOSUID | MS_NOEXEC, "newinstance,mode=0620,ptmxmode=0666",
         true);
    for (auto [name, to] : {std::pair{"fd", "/proc/self/fd"},
                            {"stdin", "/proc/self/fd/0"},
                            {"stdout", "/proc/self/fd/1"},
                            {"stderr", "/proc/self/fd/2"},
                            {"ptmx", "pts/ptmx"}})
        p.link(std::string("dev/") + name, to);
    return {};
}

// The input's mount point in the host store directory, of its type; a
// symlink is copied instead. Returns whether it is a mount point.
Result<bool> make_mount_point(const SandboxSpec& spec, const std::string& source,
                              const std::string& target) {
    struct stat st;
    if (::lstat(source.c_str(), &st) != 0) return sys_error("getting status of", source);
    if (S_ISLNK(st.st_mode)) {
        char to[4096];
        ssize_t n = ::readlink(source.c_str(), to, sizeof to - 1);
        if (n < 0) return sys_error("reading link", source);
        to[n] = '\0';
        if (::symlink(to, target.c_str()) != 0) return sys_error("creating link", target);
        return false;
    }
    bool directory = S_ISDIR(st.st_mode);
    if (spec.mount_point) {
        HEARTH_TRY(spec.mount_point(target, directory));
    } else if (directory) {
        if (::mkdir(target.c_str(), 0555) != 0) return sys_error("creating", target);
    } else {
        int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444);
        if (fd < 0) return sys_error("creating", target);
        ::close(fd);
    }
    return true;
}

} // namespace

std::string sandbox_host_build_dir(const SandboxSpec& spec) {
    return spec.dir + "/build";
}

std::string sandbox_host_store_dir(const SandboxSpec& spec) {
    return spec.dir + "/store";
}

Result<std::vector<SandboxStep>> prepare_sandbox_root(const SandboxSpec& spec, HostIds ids) {
    std::vector<SandboxStep> steps;
    Planner p(steps);
    HEARTH_TRY(make_dir(spec.dir, 0700));

    // The store dir: group-writable for the build gid, sticky like /tmp.
    std::string store = sandbox_host_store_dir(spec);
    HEARTH_TRY(make_dir(store, 01775));
    if (::chown(store.c_str(), ::geteuid(), ids.gid) != 0)
        return sys_error("changing owner of", store);
    if (::chmod(store.c_str(), 01775) != 0) return sys_error("changing mode of", store);
    HEARTH_TRY(p.mirror(store, relative(spec.store_dir), true));
    for (const auto& [logical, real] : spec.inputs) {
        std::string point = sandbox_host_path(spec, logical);
        // Bound on top of the store dir's bind, so the mount point is the
        // host's and not one in the tmpfs.
        if (HEARTH_TRY(make_mount_point(spec, real, point)))
            HEARTH_TRY(p.mirror(real, relative(logical), false, true));
    }

    std::string build = sandbox_host_build_dir(spec);
    HEARTH_TRY(make_dir(build, 0700));
    for (const auto& [name, contents] : spec.env.files) {
        std::string f = build + "/" + name;
        HEARTH_TRY(make_file(f, contents, 0600));
        if (::chown(f.c_str(), ids.uid, ids.gid) != 0) return sys_error("changing owner of", f);
    }
    if (::chown(build.c_str(), ids.uid, ids.gid) != 0) return sys_error("changing owner of", build);
    HEARTH_TRY(p.mirror(build, relative(sandbox_build_dir), true));

    p.file("etc/passwd", etc_passwd);
    p.file("etc/group", etc_group);
    if (spec.network) {
        for (auto f : host_net_etc) HEARTH_TRY(p.mirror(f, relative(f)));
    } else {
        p.file("etc/hosts", etc_hosts);
    }
    for (auto f : host_etc) HEARTH_TRY(p.mirror(f, relative(f)));
    for (auto d : host_dirs) HEARTH_TRY(p.mirror(d, relative(d)));
    HEARTH_TRY(plan_dev(p));
    p.fs("proc", "proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "");
    return steps;
}

} // namespace hearth::store
