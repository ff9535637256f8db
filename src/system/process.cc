#include "system/process.hh"

#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

extern char** environ;

namespace hearth::system {

namespace {

// Everything the child needs is prepared before fork: after it only
// async-signal-safe calls are made.
struct ChildPlan {
    std::vector<std::string> argv_store, env_store;
    std::vector<char*> argv, envp;
    // For a composed view of / (see ProcessOptions::nix_dir): each entry of
    // the host's / as the view's path, the host's path, and a symlink's
    // target or "" for a directory or file to bind.
    bool compose_view = false;
    struct Entry {
        std::string in_view, host, link_target;
        bool is_dir;
    };
    std::vector<Entry> view_entries;
    std::string view_nix;
};

// Whether the host has a /nix to bind the sandbox root's over. Tests force
// the composed view with HEARTH_TEST_COMPOSE_VIEW, since the machines that
// run them have Nix installed.
bool host_has_nix_dir() {
    if (std::getenv("HEARTH_TEST_COMPOSE_VIEW")) return false;
    struct stat st;
    return ::stat("/nix", &st) == 0 && S_ISDIR(st.st_mode);
}

// Lists / before fork: readdir allocates, which a child of a
// multithreaded process must not.
void plan_view(ChildPlan& p, const ProcessOptions& o) {
    p.compose_view = true;
    std::error_code ec;
    std::filesystem::create_directories(o.view_dir, ec);
    DIR* d = ::opendir("/");
    if (!d) return;
    while (auto* e = ::readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == ".." || name == "nix") continue;
        ChildPlan::Entry entry{o.view_dir + "/" + name, "/" + name, "", false};
        struct stat st;
        if (::lstat(entry.host.c_str(), &st) != 0) continue;
        if (S_ISLNK(st.st_mode)) {
            char buf[4096];
            ssize_t n = ::readlink(entry.host.c_str(), buf, sizeof buf);
            if (n <= 0) continue;
            entry.link_target.assign(buf, size_t(n));
        } else if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
            continue;
        }
        entry.is_dir = S_ISDIR(st.st_mode);
        p.view_entries.push_back(std::move(entry));
    }
    ::closedir(d);
    p.view_nix = o.view_dir + "/nix";
}

ChildPlan prepare(const std::vector<std::string>& argv, const ProcessOptions& o) {
    ChildPlan p;
    p.argv_store = argv;
    std::map<std::string, std::string> env;
    if (!o.run_as)
        for (char** e = environ; *e; ++e) {
            std::string kv = *e;
            auto eq = kv.find('=');
            if (eq != std::string::npos) env[kv.substr(0, eq)] = kv.substr(eq + 1);
        }
    for (auto& [k, v] : o.env) env[k] = v;
    for (auto& [k, v] : env) p.env_store.push_back(k + "=" + v);
    for (auto& s : p.argv_store) p.argv.push_back(s.data());
    p.argv.push_back(nullptr);
    for (auto& s : p.env_store) p.envp.push_back(s.data());
    p.envp.push_back(nullptr);
    if (!o.nix_dir.empty() && !host_has_nix_dir()) plan_view(p, o);
    return p;
}

[[noreturn]] void child_fail(const char* what) {
    const char* msg = std::strerror(errno);
    (void)!::write(2, "hearth: ", 8);
    (void)!::write(2, what, std::strlen(what));
    (void)!::write(2, ": ", 2);
    (void)!::write(2, msg, std::strlen(msg));
    (void)!::write(2, "\n", 1);
    ::_exit(127);
}

// A tmpfs at view_dir holding the host's / entry by entry (bound, so
// /home is already the sandbox root's), plus /nix; then chroot into it.
// The host's / itself is left untouched.
void enter_view(const ChildPlan& p, const ProcessOptions& o) {
    if (::mount("tmpfs", o.view_dir.c_str(), "tmpfs", 0, "mode=755") != 0)
        child_fail("mounting the view's tmpfs");
    for (auto& e : p.view_entries) {
        if (!e.link_target.empty()) {
            if (::symlink(e.link_target.c_str(), e.in_view.c_str()) != 0) child_fail("symlink");
            continue;
        }
        int made = e.is_dir ? ::mkdir(e.in_view.c_str(), 0755)
                            : ::close(::open(e.in_view.c_str(), O_CREAT | O_WRONLY, 0644));
        if (made != 0 ||
            ::mount(e.host.c_str(), e.in_view.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0)
            child_fail("binding the host's / into the view");
    }
    if (::mkdir(p.view_nix.c_str(), 0755) != 0 ||
        ::mount(o.nix_dir.c_str(), p.view_nix.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0)
        child_fail("binding /nix into the view");
    if (::chroot(o.view_dir.c_str()) != 0 || ::chdir("/") != 0) child_fail("chroot into the view");
}

[[noreturn]] void run_child(ChildPlan& p, const ProcessOptions& o, int out_fd) {
    if (out_fd >= 0) {
        ::dup2(out_fd, 1);
        ::dup2(out_fd, 2);
    }
    int null = ::open("/dev/null", O_RDONLY);
    if (null >= 0) ::dup2(null, 0);
    if (!o.binds.empty() || !o.nix_dir.empty()) {
        if (::unshare(CLONE_NEWNS) != 0) child_fail("unshare");
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            child_fail("mount --make-rprivate /");
        for (auto& [from, to] : o.binds)
            if (::mount(from.c_str(), to.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0)
                child_fail("bind mount");
        if (!o.nix_dir.empty() && !p.compose_view &&
            ::mount(o.nix_dir.c_str(), "/nix", nullptr, MS_BIND | MS_REC, nullptr) != 0)
            child_fail("bind mount over /nix");
        if (p.compose_view) enter_view(p, o);
    }
    if (o.run_as) {
        if (::setgroups(o.run_as->groups.size(), o.run_as->groups.data()) != 0)
            child_fail("setgroups");
        if (::setgid(o.run_as->gid) != 0) child_fail("setgid");
        if (::setuid(o.run_as->uid) != 0) child_fail("setuid");
    }
    if (!o.cwd.empty() && ::chdir(o.cwd.c_str()) != 0) child_fail("chdir");
    ::execvpe(p.argv[0], p.argv.data(), p.envp.data());
    child_fail(p.argv[0]);
}

} // namespace

Result<ProcessResult> run_process(const std::vector<std::string>& argv, const ProcessOptions& o) {
    if (argv.empty()) return fail(ErrorKind::usage, "no program to run");
    ChildPlan plan = prepare(argv, o);
    int pipefd[2] = {-1, -1};
    if (o.capture && ::pipe2(pipefd, O_CLOEXEC) != 0)
        return fail_errno("creating a pipe for", argv[0]);
    std::fflush(nullptr);
    pid_t pid = ::fork();
    if (pid < 0) return fail_errno("starting", argv[0]);
    if (pid == 0) run_child(plan, o, o.capture ? pipefd[1] : -1);
    ProcessResult r;
    if (o.capture) {
        ::close(pipefd[1]);
        char buf[4096];
        for (ssize_t n; (n = ::read(pipefd[0], buf, sizeof buf)) != 0;) {
            if (n < 0) {
                if (errno == EINTR) continue;
                break;
            }
            r.output.append(buf, size_t(n));
        }
        ::close(pipefd[0]);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return fail_errno("waiting for", argv[0]);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

} // namespace hearth::system
