#include "pkgs/process.hh"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

extern char** environ;

namespace hearth::pkgs {

namespace {

struct Pipe {
    int fd[2] = {-1, -1};
    ~Pipe() {
        for (int f : fd)
            if (f >= 0) ::close(f);
    }
    bool open() { return ::pipe2(fd, O_CLOEXEC) == 0; }
    int take(int i) { return std::exchange(fd[i], -1); }
};

std::vector<char*> c_argv(const std::vector<std::string>& argv) {
    std::vector<char*> out;
    for (const auto& a : argv) out.push_back(const_cast<char*>(a.c_str()));
    out.push_back(nullptr);
    return out;
}

int wait_status(int pid) {
    int st = 0;
    while (::waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

Unexpected<Error> spawn_error(const std::vector<std::string>& argv, int err) {
    return fail(ErrorKind::io, "running '" + argv[0] + "': " + std::strerror(err));
}

} // namespace

Result<ProcessOutput> run_capture(const std::vector<std::string>& argv) {
    Pipe out, err;
    if (!out.open() || !err.open()) return spawn_error(argv, errno);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, out.fd[1], 1);
    posix_spawn_file_actions_adddup2(&fa, err.fd[1], 2);
    pid_t pid = -1;
    auto args = c_argv(argv);
    int rc = ::posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) return spawn_error(argv, rc);
    ::close(out.take(1));
    ::close(err.take(1));
    ProcessOutput result;
    pollfd fds[2] = {{out.fd[0], POLLIN, 0}, {err.fd[0], POLLIN, 0}};
    std::string* sinks[2] = {&result.out, &result.err};
    int open_fds = 2;
    char buf[65536];
    while (open_fds > 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
            if (n > 0) {
                sinks[i]->append(buf, static_cast<size_t>(n));
            } else if (n == 0 || errno != EINTR) {
                fds[i].fd = -1;
                --open_fds;
            }
        }
    }
    result.status = wait_status(pid);
    return result;
}

Result<Child> Child::spawn(const std::vector<std::string>& argv) {
    Pipe in, out;
    if (!in.open() || !out.open()) return spawn_error(argv, errno);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in.fd[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out.fd[1], 1);
    pid_t pid = -1;
    auto args = c_argv(argv);
    int rc = ::posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) return spawn_error(argv, rc);
    Child c;
    c.m_pid = pid;
    c.m_in = in.take(1);
    c.m_out = out.take(0);
    return c;
}

Child::Child(Child&& o) noexcept
    : m_pid(std::exchange(o.m_pid, -1)), m_in(std::exchange(o.m_in, -1)),
      m_out(std::exchange(o.m_out, -1)), m_buf(std::move(o.m_buf)) {}

Child::~Child() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        wait();
    }
    if (m_in >= 0) ::close(m_in);
    if (m_out >= 0) ::close(m_out);
}

bool Child::write(const std::string& data) {
    size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::write(m_in, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

bool Child::read_line(std::string& line) {
    for (;;) {
        if (auto nl = m_buf.find('\n'); nl != std::string::npos) {
            line = m_buf.substr(0, nl);
            m_buf.erase(0, nl + 1);
            return true;
        }
        char buf[4096];
        ssize_t n = ::read(m_out, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        m_buf.append(buf, static_cast<size_t>(n));
    }
}

bool Child::readable() const {
    if (!m_buf.empty()) return true;
    pollfd p{m_out, POLLIN, 0};
    return ::poll(&p, 1, 0) != 0;
}

int Child::wait() {
    if (m_in >= 0) ::close(std::exchange(m_in, -1));
    if (m_pid <= 0) return -1;
    return wait_status(std::exchange(m_pid, -1));
}

} // namespace hearth::pkgs
