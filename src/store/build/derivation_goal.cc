#include "store/build/derivation_goal.hh"

#include "store/build/build_log.hh"
#include "store/build/outputs.hh"
#include "store/build/sandbox.hh"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

extern char** environ;

namespace hearth::store {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view builtin_prefix = "builtin:";

std::string this_system() {
    struct utsname u;
    std::string machine = ::uname(&u) == 0 ? u.machine : "x86_64";
    if (machine == "arm64") machine = "aarch64";
    return machine + "-linux";
}

// The closure the builder may see: input sources and the used outputs of
// input derivations, with everything they refer to.
Result<std::set<StorePath>> input_closure(LocalStore& store, const Derivation& drv) {
    std::set<StorePath> roots;
    for (const auto& src : drv.input_srcs) roots.insert(HEARTH_TRY(store.parse(src)));
    for (const auto& [dep_path, names] : drv.input_drvs) {
        auto dep = HEARTH_TRY(store.read_derivation(HEARTH_TRY(store.parse(dep_path))));
        for (const auto& name : names) {
            auto it = dep.outputs.find(name);
            if (it == dep.outputs.end())
                return fail(ErrorKind::bad_derivation,
                            "derivation '" + dep_path + "' has no output '" + name + "'");
            roots.insert(HEARTH_TRY(store.parse(it->second.path)));
        }
    }
    for (const auto& p : roots)
        if (!HEARTH_TRY(store.is_valid(p)))
            return fail(ErrorKind::not_valid, "path '" + store.print(p) + "' is not valid",
                        store.print(p));
    return store.query_closure(roots);
}

// The empty directory every sandbox mounts its root on, each in its own
// mount namespace.
Result<std::string> sandbox_root_mount(LocalStore& store) {
    std::string path = store.config().state_dir() + "/sandbox-root";
    if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST)
        return fail(ErrorKind::io, "creating '" + path + "': " + std::strerror(errno), path);
    return path;
}

std::string failure_message(const std::string& drv_path, int status,
                            const std::deque<std::string>& tail, bool show_tail) {
    std::string msg = "builder for '" + drv_path + "' failed";
    if (WIFEXITED(status))
        msg += " with exit code " + std::to_string(WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        msg += " due to signal " + std::to_string(WTERMSIG(status)) + " (" +
               ::strsignal(WTERMSIG(status)) + ")";
    if (!show_tail || tail.empty()) return msg;
    msg += ";\nlast " + std::to_string(tail.size()) + " log lines:";
    for (const auto& line : tail) msg += "\n> " + line;
    msg += "\nFor full logs, run:\n  hearth store log " + drv_path;
    return msg;
}

// Copies the builder's output to the log file and the callback until it
// closes its end or the deadline passes; returns false on timeout.
bool pump_log(int from, BuildLogFile& log_file, LogLines& lines, const std::string& drv_path,
              const BuildOptions& options, std::chrono::steady_clock::time_point deadline) {
    auto emit = [&](std::string_view line) {
        if (options.on_log_line) options.on_log_line(drv_path, line);
    };
    char buf[65536];
    while (true) {
        int wait_ms = -1;
        if (options.timeout_seconds > 0) {
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) return false;
            wait_ms = int(left.count());
        }
        struct pollfd pfd = {from, POLLIN, 0};
        int r = ::poll(&pfd, 1, wait_ms);
        if (r < 0 && errno == EINTR) continue;
        if (r == 0) continue; // the deadline check above ends it
        ssize_t n = ::read(from, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        log_file.write(std::string_view(buf, size_t(n)));
        lines.feed(std::string_view(buf, size_t(n)), emit);
    }
    lines.finish(emit);
    return true;
}

struct Run {
    const std::string& drv_path;
    const Derivation& drv;
    const BuildOptions& options;
    SandboxSpec spec;
    BuildLogFile* log;
};

Result<void> run_builtin(Run& run, const std::map<std::string, std::string>& outputs) {
    std::string name = run.drv.builder.substr(builtin_prefix.size());
    auto it = run.options.builtins.find(name);
    if (it == run.options.builtins.end())
        return fail(ErrorKind::build_failed, "unsupported builtin builder '" + name + "'",
                    run.drv_path);
    std::error_code ec;
    std::string build_dir = sandbox_host_path(run.spec, sandbox_build_dir);
    fs::create_directories(build_dir, ec);
    fs::create_directories(sandbox_host_path(run.spec, run.spec.store_dir), ec);
    if (ec) return fail(ErrorKind::io, "creating '" + build_dir + "': " + ec.message());
    // The inputs beside the outputs, as a sandboxed builder sees them, so a
    // relative link from an output to an input resolves while it is made.
    for (const auto& [logical, real] : run.spec.inputs) {
        fs::create_symlink(real, sandbox_host_path(run.spec, logical), ec);
        if (ec) return fail(ErrorKind::io, "linking input '" + logical + "': " + ec.message());
    }
    LogLines lines;
    auto log = [&](std::string_view text) {
        run.log->write(text);
        lines.feed(text, [&](std::string_view line) {
            if (run.options.on_log_line) run.options.on_log_line(run.drv_path, line);
        });
    };
    BuiltinContext ctx{run.drv_path, run.drv, run.spec.env, outputs, build_dir, log};
    return it->second(ctx);
}

Result<void> run_sandboxed(Run& run, GoalOutcome& outcome) {
    auto deadline =
        std::chrono::steady_clock::now() + std::chrono::seconds(run.options.timeout_seconds);
    auto proc = HEARTH_TRY(start_sandbox(run.spec));
    LogLines lines;
    if (!pump_log(proc.log_fd(), *run.log, lines, run.drv_path, run.options, deadline)) {
        proc.kill(); // pid 1: the kernel kills the rest of the namespace
        proc.wait();
        outcome.timed_out = true;
        std::string outs;
        for (const auto& [name, o] : run.drv.outputs) outs += (outs.empty() ? "" : ",") + name;
        return fail(ErrorKind::build_failed,
                    "building of '" + run.drv_path + "^" + outs +
                        "' from .drv file timed out after " +
                        std::to_string(run.options.timeout_seconds) + " seconds",
                    run.drv_path);
    }
    int status = proc.wait();
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return {};
    return fail(ErrorKind::build_failed,
                failure_message(run.drv_path, status, lines.tail(), run.options.log_tail_in_errors),
                run.drv_path);
}

// Holds the output locks in path order, so two builds never deadlock.
Result<std::vector<FileLock>> lock_outputs(LocalStore& store, const Derivation& drv) {
    std::set<StorePath> paths;
    for (const auto& [name, o] : drv.outputs) paths.insert(HEARTH_TRY(store.parse(o.path)));
    std::vector<FileLock> locks;
    for (const auto& p : paths) locks.push_back(HEARTH_TRY(store.lock_path(p)));
    return locks;
}

} // namespace

Result<void> build_derivation(LocalStore& store, const StorePath& drv_path, const Derivation& drv,
                              const BuildOptions& options, BuildDirPool& dirs,
                              GoalOutcome& outcome) {
    std::string drv_full = store.print(drv_path);
    bool builtin = std::string_view(drv.builder).starts_with(builtin_prefix);
    if (drv.platform != this_system() && !(builtin && drv.platform == "builtin"))
        return fail(ErrorKind::build_failed,
                    "a '" + drv.platform + "' with features {} is required to build '" + drv_full +
                        "', but I am a '" + this_system() + "' with features {}",
                    drv_full);

    auto locks = HEARTH_TRY(lock_outputs(store, drv));
    std::vector<BuiltOutput> missing;
    for (const auto& [name, o] : drv.outputs) {
        auto p = HEARTH_TRY(store.parse(o.path));
        if (!HEARTH_TRY(store.is_valid(p))) missing.push_back({name, p, ""});
    }
    if (missing.empty()) return {}; // built by someone else while we waited

    auto inputs = HEARTH_TRY(input_closure(store, drv));
    auto dir = HEARTH_TRY(dirs.acquire());
    int cores = options.cores > 0 ? options.cores : int(std::thread::hardware_concurrency());
    Run run{drv_full, drv, options, {}, nullptr};
    run.spec.dir = dir->path();
    run.spec.mount_point = [&](const std::string& path, bool directory) {
        return dir->mount_point(path, directory);
    };
    run.spec.root_mount = HEARTH_TRY(sandbox_root_mount(store));
    run.spec.store_dir = store.dir().dir();
    for (const auto& p : inputs) run.spec.inputs.emplace_back(store.print(p), store.real_path(p));
    run.spec.network = drv.is_fixed_output();
    run.spec.builder = drv.builder;
    run.spec.args = drv.args;
    run.spec.env = builder_environment(drv, store.dir().dir(), cores, environ);
    std::map<std::string, std::string> host_outputs;
    for (auto& o : missing) {
        o.host_path = sandbox_host_path(run.spec, store.print(o.path));
        host_outputs[o.name] = o.host_path;
    }

    if (options.on_message) options.on_message("building '" + drv_full + "'...");
    std::optional<BuildLogFile> log(std::in_place, store.config(), drv_path);
    run.log = &*log;
    auto ran = builtin ? run_builtin(run, host_outputs) : run_sandboxed(run, outcome);
    log.reset();
    if (ran) ran = register_outputs(store, drv_full, drv, missing, inputs);
    if (!ran && options.keep_failed) {
        std::string kept = dirs.keep(std::move(dir), drv_path.to_string());
        if (options.on_message) options.on_message("note: keeping build directory '" + kept + "'");
        return ran;
    }
    dirs.release(std::move(dir));
    if (!ran) return ran;
    outcome.built = true;
    return {};
}

} // namespace hearth::store
