#include "system/process.hh"

#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace hearth::system {

namespace {

// Everything the child needs is prepared before fork: after it only
// async-signal-safe calls are made.
struct ChildPlan {
    std::vector<std::string> argv_store, env_store;
    std::vector<char*> argv, envp;
};

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

[[noreturn]] void run_child(ChildPlan& p, const ProcessOptions& o, int out_fd) {
    if (out_fd >= 0) {
        ::dup2(out_fd, 1);
        ::dup2(out_fd, 2);
    }
    int null = ::open("/dev/null", O_RDONLY);
    if (null >= 0) ::dup2(null, 0);
    if (!o.binds.empty()) {
        if (::unshare(CLONE_NEWNS) != 0) child_fail("unshare");
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            child_fail("mount --make-rprivate /");
        for (auto& [from, to] : o.binds)
            if (::mount(from.c_str(), to.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0)
                child_fail("bind mount");
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
