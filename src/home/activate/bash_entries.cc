#include "home/activate/bash_entries.hh"

#include "home/activate/steps.hh"
#include "home/process.hh"

#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace hearth::home {

namespace {

void assign(std::string& out, const char* name, const std::string& value) {
    out += std::string(name) + "=" + shell_quote(value) + "\n";
}

std::string activation_path(const Context& c) {
    const Manifest& m = c.new_gen.manifest;
    std::string path;
    auto add = [&](const std::string& dir) {
        if (!dir.empty()) path += (path.empty() ? "" : ":") + dir;
    };
    for (const auto& dir : m.activation_path) add(dir);
    if (m.nix_package) add(*m.nix_package + "/bin");
    add(std::filesystem::path(c.options.self_exe).parent_path().string());
    // Home Manager's activation PATH holds coreutils, diffutils, findutils,
    // grep, sed, jq and ncurses from the store; Hearth takes the system's.
    if (m.empty_activation_path)
        add("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    else
        add(env_or("PATH"));
    return path;
}

// The pipes bash asks for builtin steps through: bash writes a step name
// per line to `req`, the driver answers with the exit status on `resp`.
struct StepPipes {
    int req[2] = {-1, -1}, resp[2] = {-1, -1};
    ~StepPipes() {
        for (int fd : {req[0], req[1], resp[0], resp[1]})
            if (fd >= 0) ::close(fd);
    }
    bool open() { return ::pipe(req) == 0 && ::pipe(resp) == 0; }
    void close_child_ends() {
        ::close(req[1]);
        ::close(resp[0]);
        req[1] = resp[0] = -1;
    }
};

// Reads one line from `fd`, waiting at most a moment at a time so that a
// bash that is gone (killed, or its pipe held by a background job) is
// noticed through `alive`. Returns false at EOF or when bash has exited.
bool read_request(int fd, pid_t pid, int& status, bool& exited, std::string& line) {
    line.clear();
    while (true) {
        struct pollfd p {
            fd, POLLIN, 0
        };
        int n = ::poll(&p, 1, 100);
        if (n < 0 && errno != EINTR) return false;
        if (n > 0) {
            char ch;
            ssize_t got = ::read(fd, &ch, 1);
            if (got == 0) return false;
            if (got < 0) {
                if (errno == EINTR) continue;
                return false;
            }
            if (ch == '\n') return true;
            line += ch;
            continue;
        }
        if (!exited && ::waitpid(pid, &status, WNOHANG) == pid) exited = true;
        if (exited) return false;
    }
}

// Runs bash on the script at `script_path`, serving its builtin steps in
// this process with the context already built.
Result<int> run_bash_serving_steps(Context& c, const std::string& script_path,
                                   const std::map<std::string, std::string>& env) {
    StepPipes pipes;
    if (!pipes.open())
        return fail(ErrorKind::command, std::string("pipe: ") + std::strerror(errno));
    ::fcntl(pipes.req[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(pipes.resp[1], F_SETFD, FD_CLOEXEC);
    std::fflush(stdout);
    std::fflush(stderr);
    pid_t pid = ::fork();
    if (pid < 0) return fail(ErrorKind::command, std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        for (const auto& [k, v] : env) ::setenv(k.c_str(), v.c_str(), 1);
        ::setenv("HEARTH_STEP_REQ", std::to_string(pipes.req[1]).c_str(), 1);
        ::setenv("HEARTH_STEP_RESP", std::to_string(pipes.resp[0]).c_str(), 1);
        ::execlp("bash", "bash", "--noprofile", "--norc", script_path.c_str(), nullptr);
        std::fprintf(stderr, "bash: %s\n", std::strerror(errno));
        ::_exit(127);
    }
    pipes.close_child_ends();
    // An answer to a bash that has gone must not kill the driver.
    struct sigaction ignore {
    }, previous{};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &previous);
    int status = 0;
    bool exited = false;
    std::string name;
    while (read_request(pipes.req[0], pid, status, exited, name) && name != ".exit") {
        int step_status = run_builtin_step(c, name);
        std::fflush(stdout);
        std::fflush(stderr);
        std::string answer = std::to_string(step_status) + "\n";
        if (::write(pipes.resp[1], answer.data(), answer.size()) < 0) break;
    }
    ::sigaction(SIGPIPE, &previous, nullptr);
    while (!exited && ::waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return fail(ErrorKind::command, std::string("waitpid: ") + std::strerror(errno));
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

std::string activation_script(const Context& c) {
    std::string s = "# Home Manager activation, run by hearth activate\n";
    assign(s, "hearthExe", c.options.self_exe);
    assign(s, "hmDriverVersion", std::to_string(c.options.driver_version));
    assign(s, "stateHome", c.state_home);
    assign(s, "hmStatePath", c.hm_state_path);
    assign(s, "hmDataPath", c.hm_data_path);
    assign(s, "genProfilePath", c.gen_profile_path);
    assign(s, "newGenPath", c.new_gen.path);
    assign(s, "newGenGcPath", c.new_gen_gc_path);
    assign(s, "currentGenGcPath", c.current_gen_gc_path);
    assign(s, "legacyGenGcPath", c.legacy_gen_gc_path);
    if (c.old_gen) assign(s, "oldGenPath", c.old_gen->path);
    s += activation_prelude;
    for (const auto& e : c.new_gen.manifest.activation) {
        s += "\n";
        assign(s, "hearthEntry", e.name);
        s += "_iNote 'Activating %s' " + shell_quote(e.name) + "\n";
        if (e.builtin)
            s += "hearthActivateStep " + shell_quote(e.name) + "\n";
        else
            s += e.script + (e.script.ends_with("\n") || e.script.empty() ? "" : "\n");
    }
    s += "\nhearthEntry=\n";
    return s;
}

Result<void> run_activation_script(Context& c) {
    std::string script = activation_script(c);
    // The script goes to bash through an anonymous memory file: nothing on
    // disk (DRY_RUN writes nothing) and no argument length limit.
    int fd = ::memfd_create("hearth-activation", 0);
    if (fd < 0)
        return fail(ErrorKind::command, std::string("memfd_create: ") + std::strerror(errno));
    for (size_t done = 0; done < script.size();) {
        ssize_t n = ::write(fd, script.data() + done, script.size() - done);
        if (n < 0) {
            ::close(fd);
            return fail(ErrorKind::io,
                        std::string("writing the activation script: ") + std::strerror(errno));
        }
        done += n;
    }
    std::string previous;
    for (const Generation* g : c.previous_generations())
        previous += (previous.empty() ? "" : ":") + g->path;
    if (!c.old_gen) previous = ":" + previous; // the first slot is old_gen's
    std::map<std::string, std::string> env;
    env["PATH"] = activation_path(c);
    env["HEARTH_ACTIVATE_OLD_GENERATIONS"] = previous;
    auto status = run_bash_serving_steps(c, "/dev/fd/" + std::to_string(fd), env);
    ::close(fd);
    if (!status.ok()) return Unexpected{std::move(status).error()};
    if (*status != 0) {
        Error e{ErrorKind::command, {}, {}, {}, *status};
        return Unexpected{std::move(e)};
    }
    return {};
}

} // namespace hearth::home
