#include "store/build/sandbox.hh"

#include "store/build/sandbox_root.hh"

#include <fcntl.h>
#include <net/if.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <csignal>
#include <cstring>
#include <memory>

namespace hearth::store {

namespace {

// Nix's auto-allocate-uids range starts here: far above any real account.
constexpr uid_t root_build_uid = 872415232;
// Inside the sandbox, as Nix has it.
constexpr uid_t sandbox_uid = 1000;
constexpr gid_t sandbox_gid = 100;
// The first process's own stack; it only makes syscalls before exec.
constexpr size_t child_stack_size = 256 * 1024;
// Generous: a loaded machine may take seconds to set up mounts.
constexpr int sandbox_setup_timeout_ms = 60 * 1000;

// Steps of the first process that are not in the planned root; those are
// numbered from 0 by their index.
enum Step : int {
    step_wait = -1,
    step_hostname = -2,
    step_private = -3,
    step_root_mount = -4,
    step_loopback = -5,
    step_pivot = -6,
    step_ids = -7,
    step_parent = -8,
    step_chdir = -9,
    step_stdio = -10,
    step_exec = -11,
    step_fs_ids = -12,
    step_root_read_only = -13,
};

const char* step_name(int step) {
    switch (step) {
    case step_wait:
        return "waiting for the parent";
    case step_hostname:
        return "setting the hostname";
    case step_private:
        return "making mounts private";
    case step_root_mount:
        return "mounting the root";
    case step_fs_ids:
        return "switching to the build user's file system ids";
    case step_root_read_only:
        return "making the root read-only";
    case step_loopback:
        return "bringing up the loopback interface";
    case step_pivot:
        return "changing root";
    case step_ids:
        return "switching to the build user";
    case step_parent:
        return "checking the parent";
    case step_chdir:
        return "entering the build directory";
    case step_stdio:
        return "setting up standard streams";
    case step_exec:
        return "executing the builder";
    }
    return "setting up the sandbox";
}

std::string step_what(const SandboxStep& s) {
    bool mount = s.kind == SandboxStep::bind || s.kind == SandboxStep::fs;
    return (mount ? "mounting '/" : "creating '/") + s.path + "'";
}

using FdPath = std::array<char, 32>;

// Everything the first process needs, computed before clone(). It shares
// the memory of this multithreaded process (CLONE_VM: copying the page
// tables of an evaluator's heap for every build cost more than the build)
// until it executes the builder, so it may not allocate, and it writes only
// its own stack and fd_paths (and runs none of our signal handlers: see
// reset_signals). It also shares the calling thread's errno,
// so the parent's wait for it does not trust errno.
struct ChildPlan {
    int go_fd, err_fd, log_fd;
    // The parent's ends of the three pipes, copied into the child by clone.
    int parent_fds[3];
    const char* root_mount;
    const char* root_options; // the tmpfs's, giving it to the build user
    const std::vector<SandboxStep>* steps;
    std::vector<FdPath>* fd_paths; // one per step, filled in by the first process
    bool loopback;
    const sigset_t* parent_mask; // to restore once our handlers are gone
    const char* builder;
    char* const* argv;
    char* const* envp;
};

[[noreturn]] void child_fail(const ChildPlan& p, int step) {
    int msg[2] = {step, errno};
    (void)!::write(p.err_fd, msg, sizeof msg);
    ::_exit(127);
}

bool bring_up_loopback() {
    int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return false;
    struct ifreq ifr {};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = ::ioctl(fd, SIOCGIFFLAGS, &ifr) == 0;
    ifr.ifr_flags |= IFF_UP | IFF_LOOPBACK | IFF_RUNNING;
    ok = ok && ::ioctl(fd, SIOCSIFFLAGS, &ifr) == 0;
    ::close(fd);
    return ok;
}

bool write_all(int fd, const std::string& text) {
    size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += size_t(n);
    }
    return true;
}

// "/proc/self/fd/N" into `out`, without allocating.
void fd_path(int fd, FdPath& out) {
    constexpr char prefix[] = "/proc/self/fd/";
    std::memcpy(out.data(), prefix, sizeof prefix - 1);
    char digits[12];
    int n = 0;
    do digits[n++] = char('0' + fd % 10);
    while ((fd /= 10) > 0);
    size_t at = sizeof prefix - 1;
    while (n > 0) out[at++] = digits[--n];
    out[at] = '\0';
}

bool run_step(const SandboxStep& s, const char* bind_source) {
    const char* path = s.path.c_str();
    switch (s.kind) {
    case SandboxStep::dir:
        return ::mkdir(path, s.mode) == 0;
    case SandboxStep::file: {
        int fd = ::open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, s.mode);
        if (fd < 0) return false;
        bool ok = write_all(fd, s.source);
        ::close(fd);
        return ok;
    }
    case SandboxStep::link:
        return ::symlink(s.source.c_str(), path) == 0;
    case SandboxStep::bind:
        if (::mount(bind_source, path, nullptr, s.flags, nullptr) != 0) return false;
        return !s.read_only ||
               ::mount(nullptr, path, nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | s.locked_flags,
                       nullptr) == 0;
    case SandboxStep::fs:
        return ::mount(s.source.c_str(), path, s.fstype.c_str(), s.flags,
                       s.data.empty() ? nullptr : s.data.c_str()) == 0;
    }
    return false;
}

// Builds the root in a fresh tmpfs on the shared mount point, working
// relative to it. The tmpfs belongs to the build user, who creates what is
// in it: the file system uid of this process (the caller's) has no mapping
// here, and the kernel refuses to create files for it. The build user may
// not look up the bind sources (a store under a private directory), so
// they are opened first and mounted through /proc/self/fd; opened here and
// not by the parent, since a bind's source must be in this namespace.
void child_root(const ChildPlan& p) {
    const auto& steps = *p.steps;
    for (size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].kind != SandboxStep::bind) continue;
        int fd = ::open(steps[i].source.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) child_fail(p, int(i));
        fd_path(fd, (*p.fd_paths)[i]);
    }
    if (::mount("none", p.root_mount, "tmpfs", MS_NOSUID | MS_NODEV, p.root_options) != 0 ||
        ::chdir(p.root_mount) != 0)
        child_fail(p, step_root_mount);
    ::syscall(SYS_setfsgid, sandbox_gid);
    ::syscall(SYS_setfsuid, sandbox_uid);
    if (::syscall(SYS_setfsuid, -1) != long(sandbox_uid)) child_fail(p, step_fs_ids);
    for (size_t i = 0; i < steps.size(); ++i)
        if (!run_step(steps[i], (*p.fd_paths)[i].data()) && !steps[i].optional)
            child_fail(p, int(i));
}

// We start with every signal blocked: a handler of the parent's must not
// run here, in its memory. Handlers go back to the default (an ignored
// signal stays ignored, as across exec), then the parent's mask returns.
void reset_signals(const ChildPlan& p) {
    for (int sig = 1; sig < NSIG; ++sig) {
        struct sigaction current {};
        if (::sigaction(sig, nullptr, &current) != 0) continue;
        bool handled = (current.sa_flags & SA_SIGINFO) ||
                       (current.sa_handler != SIG_DFL && current.sa_handler != SIG_IGN);
        if (!handled) continue;
        struct sigaction dfl {};
        dfl.sa_handler = SIG_DFL;
        ::sigaction(sig, &dfl, nullptr);
    }
    ::sigprocmask(SIG_SETMASK, p.parent_mask, nullptr);
}

int child_main(void* arg) {
    const ChildPlan& p = *static_cast<const ChildPlan*>(arg);
    reset_signals(p);
    char go;
    // Holding the go pipe's write end ourselves would keep the read below
    // from ever seeing EOF: a parent killed before it wrote "g" would leave
    // us blocked forever, still holding the parent's output lock.
    for (int fd : p.parent_fds) ::close(fd);
    if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) child_fail(p, step_parent);
    // The parent writes our uid and gid maps first.
    if (::read(p.go_fd, &go, 1) != 1) child_fail(p, step_wait);
    if (::sethostname("localhost", 9) != 0 || ::setdomainname("(none)", 6) != 0)
        child_fail(p, step_hostname);
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        child_fail(p, step_private);
    child_root(p);
    if (p.loopback && !bring_up_loopback()) child_fail(p, step_loopback);
    // Only the binds under it stay writable (the store dir, /build, /dev).
    if (::mount(nullptr, ".", nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV,
                nullptr) != 0)
        child_fail(p, step_root_read_only);
    if (::syscall(SYS_pivot_root, ".", ".") != 0 || ::umount2(".", MNT_DETACH) != 0 ||
        ::chdir("/") != 0)
        child_fail(p, step_pivot);
    // Only a parent with CAP_SETGID may leave setgroups allowed; otherwise
    // the supplementary groups are already just the ones we had.
    // Raw syscalls: glibc's wrappers would wait for the parent's other
    // threads to change ids too, and in this copy those threads are gone.
    if (::syscall(SYS_setgroups, 0, nullptr) != 0 && errno != EPERM) child_fail(p, step_ids);
    if (::syscall(SYS_setgid, sandbox_gid) != 0 || ::syscall(SYS_setuid, sandbox_uid) != 0)
        child_fail(p, step_ids);
    // Set after the uid change, which clears it. If the parent died before
    // this, its end of the go pipe is closed.
    if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) child_fail(p, step_parent);
    struct pollfd pfd = {p.go_fd, POLLIN, 0};
    if (::poll(&pfd, 1, 0) != 0) child_fail(p, step_parent);
    if (::chdir(sandbox_build_dir) != 0) child_fail(p, step_chdir);
    ::umask(022); // as Nix gives builders
    int null_fd = ::open("/dev/null", O_RDONLY);
    if (null_fd < 0 || ::dup2(null_fd, 0) < 0 || ::dup2(p.log_fd, 1) < 0 || ::dup2(p.log_fd, 2) < 0)
        child_fail(p, step_stdio);
    ::execve(p.builder, p.argv, p.envp);
    child_fail(p, step_exec);
}

// A pipe whose ends close themselves.
struct Pipe {
    int r = -1, w = -1;
    ~Pipe() {
        close_r();
        close_w();
    }
    bool open() {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) return false;
        r = fds[0];
        w = fds[1];
        return true;
    }
    void close_r() {
        if (r >= 0) ::close(r);
        r = -1;
    }
    void close_w() {
        if (w >= 0) ::close(w);
        w = -1;
    }
};

Unexpected<Error> sys_error(const std::string& what) {
    return fail(ErrorKind::build_failed, what + ": " + std::strerror(errno));
}

bool write_text(const std::string& path, const std::string& text) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return false;
    bool ok = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    ::close(fd);
    return ok;
}

Result<void> write_id_maps(pid_t pid, HostIds ids) {
    std::string proc = "/proc/" + std::to_string(pid);
    // An unprivileged parent must give up setgroups before mapping gids.
    if (::geteuid() != 0) write_text(proc + "/setgroups", "deny");
    if (!write_text(proc + "/uid_map",
                    std::to_string(sandbox_uid) + " " + std::to_string(ids.uid) + " 1\n"))
        return sys_error("writing the sandbox's uid map");
    if (!write_text(proc + "/gid_map",
                    std::to_string(sandbox_gid) + " " + std::to_string(ids.gid) + " 1\n"))
        return sys_error("writing the sandbox's gid map");
    return {};
}

std::vector<char*> c_strings(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (auto& s : strings) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

} // namespace

HostIds build_host_ids() {
    if (::geteuid() == 0) return {root_build_uid, root_build_uid};
    return {::getuid(), ::getgid()};
}

std::string sandbox_host_path(const SandboxSpec& spec, const std::string& logical) {
    auto under = [&](const std::string& dir) {
        return logical == dir || (logical.starts_with(dir) && logical[dir.size()] == '/');
    };
    if (under(spec.store_dir))
        return sandbox_host_store_dir(spec) + logical.substr(spec.store_dir.size());
    if (under(sandbox_build_dir))
        return sandbox_host_build_dir(spec) + logical.substr(std::strlen(sandbox_build_dir));
    return {};
}

Result<SandboxProcess> start_sandbox(const SandboxSpec& spec) {
    HostIds ids = build_host_ids();
    auto root = HEARTH_TRY(prepare_sandbox_root(spec, ids));
    std::vector<FdPath> fd_paths(root.size());
    std::string root_options =
        "mode=0755,uid=" + std::to_string(sandbox_uid) + ",gid=" + std::to_string(sandbox_gid);

    std::vector<std::string> argv_s;
    auto slash = spec.builder.rfind('/');
    argv_s.push_back(slash == std::string::npos ? spec.builder : spec.builder.substr(slash + 1));
    argv_s.insert(argv_s.end(), spec.args.begin(), spec.args.end());
    std::vector<std::string> env_s;
    for (const auto& [k, v] : spec.env.vars) env_s.push_back(k + "=" + v);
    auto argv = c_strings(argv_s);
    auto envp = c_strings(env_s);

    Pipe go, err, log;
    if (!go.open() || !err.open() || !log.open()) return sys_error("creating a pipe");
    sigset_t all, parent_mask;
    ::sigfillset(&all);
    ChildPlan plan{go.r,
                   err.w,
                   log.w,
                   {go.w, err.r, log.r},
                   spec.root_mount.c_str(),
                   root_options.c_str(),
                   &root,
                   &fd_paths,
                   !spec.network,
                   &parent_mask,
                   spec.builder.c_str(),
                   argv.data(),
                   envp.data()};
    int flags = CLONE_VM | CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWUTS |
                CLONE_NEWIPC | SIGCHLD;
    if (!spec.network) flags |= CLONE_NEWNET;
    // Freed only after the child has executed or been reaped (`proc` is
    // destroyed first), since it runs on it in our memory.
    auto stack = std::make_unique_for_overwrite<char[]>(child_stack_size);
    ::pthread_sigmask(SIG_SETMASK, &all, &parent_mask);
    pid_t pid = ::clone(child_main, stack.get() + child_stack_size, flags, &plan);
    ::pthread_sigmask(SIG_SETMASK, &parent_mask, nullptr);
    if (pid < 0) return sys_error("creating the build sandbox (are user namespaces enabled?)");
    SandboxProcess proc(pid, -1);
    go.close_r();
    err.close_w();
    log.close_w();
    HEARTH_TRY(write_id_maps(pid, ids));
    if (::write(go.w, "g", 1) != 1) return sys_error("starting the sandbox");
    // EOF means the builder was executed; otherwise the step that failed.
    // Setting up takes milliseconds; a first process that hangs (it runs
    // in a copy of a multithreaded process) must not hang the build.
    // Any failure of poll or read on our own pipe is an interruption.
    auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(sandbox_setup_timeout_ms);
    struct pollfd pfd = {err.r, POLLIN, 0};
    while (::poll(&pfd, 1, 100) <= 0)
        if (std::chrono::steady_clock::now() > deadline)
            return fail(ErrorKind::build_failed, "setting up the build sandbox timed out");
    int msg[2];
    ssize_t n;
    while ((n = ::read(err.r, msg, sizeof msg)) < 0) {
    }
    if (n == sizeof msg) {
        std::string what = msg[0] >= 0 ? step_what(root.at(size_t(msg[0]))) : step_name(msg[0]);
        errno = msg[1];
        if (msg[0] == step_exec)
            return fail(ErrorKind::build_failed, "executing '" + spec.builder +
                                                     "' in the sandbox: " + std::strerror(msg[1]));
        return sys_error("setting up the build sandbox: " + what);
    }
    SandboxProcess started(proc.release(), log.r);
    log.r = -1;
    return started;
}

SandboxProcess::~SandboxProcess() {
    if (m_pid > 0) {
        kill();
        wait();
    }
    if (m_log_fd >= 0) ::close(m_log_fd);
}

SandboxProcess::SandboxProcess(SandboxProcess&& o) noexcept : m_pid(o.m_pid), m_log_fd(o.m_log_fd) {
    o.m_pid = -1;
    o.m_log_fd = -1;
}

SandboxProcess& SandboxProcess::operator=(SandboxProcess&& o) noexcept {
    if (this != &o) {
        this->~SandboxProcess();
        m_pid = o.m_pid;
        m_log_fd = o.m_log_fd;
        o.m_pid = -1;
        o.m_log_fd = -1;
    }
    return *this;
}

void SandboxProcess::kill() {
    if (m_pid > 0) ::kill(m_pid, SIGKILL);
}

int SandboxProcess::wait() {
    int status = 0;
    if (m_pid <= 0) return status;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = -1;
    return status;
}

Result<void> check_sandbox_support() {
    // The namespaces alone, in a child that exits at once.
    auto stack = std::make_unique<char[]>(child_stack_size);
    int flags = CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWUTS | CLONE_NEWIPC |
                CLONE_NEWNET | SIGCHLD;
    pid_t pid = ::clone([](void*) { return 0; }, stack.get() + child_stack_size, flags, nullptr);
    if (pid < 0) return sys_error("cannot create build namespaces");
    int status;
    ::waitpid(pid, &status, 0);
    return {};
}

} // namespace hearth::store
