// reloadSystemd: brings the user's systemd manager in line with the units
// of the new generation (home-files/.config/systemd/user), as sd-switch
// does: stop running units that are gone (and stop-start ones that
// changed), reload the manager, restart (or reload, per X-SwitchMethod)
// changed units that are running, and start new units that an active
// target wants. No user manager: a note, not a failure.
// HEARTH_SYSTEMCTL names another systemctl (tests use a recording fake).
#include "home/activate/steps.hh"

#include "home/process.hh"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace hearth::home {

namespace fs = std::filesystem;

namespace {

// The kinds modules/systemd.nix writes.
const char* const unit_suffixes[] = {".service", ".socket", ".timer",     ".path",
                                     ".target",  ".mount",  ".automount", ".slice"};

bool is_unit_name(const std::string& name) {
    for (const char* s : unit_suffixes)
        if (name.ends_with(s)) return true;
    return false;
}

struct Units {
    std::map<std::string, std::string> files;            // unit -> contents
    std::map<std::string, std::set<std::string>> wanted; // unit -> targets wanting it
};

Units read_units(const Generation* g) {
    Units u;
    if (!g) return u;
    fs::path dir = g->home_files + "/.config/systemd/user";
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        std::string name = e.path().filename().string();
        if (e.is_directory(ec) && (name.ends_with(".wants") || name.ends_with(".requires"))) {
            std::string target = name.substr(0, name.rfind('.'));
            for (const auto& w : fs::directory_iterator(e.path(), ec))
                u.wanted[w.path().filename().string()].insert(target);
        } else if (is_unit_name(name)) {
            std::ifstream in(e.path(), std::ios::binary);
            std::stringstream ss;
            ss << in.rdbuf();
            u.files[name] = ss.str();
        }
    }
    return u;
}

// The value of `Key=` in a unit, or "".
std::string unit_setting(const std::string& contents, const std::string& key) {
    std::istringstream in(contents);
    std::string line, value;
    while (std::getline(in, line))
        if (line.starts_with(key + "=")) value = line.substr(key.size() + 1);
    return value;
}

std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

struct Systemctl {
    Context& c;
    std::string exe;
    std::map<std::string, std::string> env;

    Result<ProcessResult> query(std::vector<std::string> args) {
        args.insert(args.begin(), {exe, "--user"});
        return run_process(args, {.env = env, .capture = true, .quiet_stderr = true});
    }

    // Warnings: whether systemctl's own warnings are shown (errors always are).
    enum class Warnings { show, hide };

    Result<void> act(std::vector<std::string> args, Warnings warnings = Warnings::show) {
        args.insert(args.begin(), {exe, "--user"});
        if (c.dry_run) {
            c.log.would_run(args);
            return {};
        }
        c.log.verbose("Running " + [&] {
            std::string s;
            for (const auto& a : args) s += (s.empty() ? "" : " ") + shell_quote(a);
            return s;
        }());
        auto run_env = env;
        if (warnings == Warnings::hide) run_env["SYSTEMD_LOG_LEVEL"] = "err";
        auto r = HEARTH_TRY(run_process(args, {.env = run_env}));
        if (r.status != 0)
            return fail(ErrorKind::command,
                        "systemctl " + args[2] + " failed with status " + std::to_string(r.status));
        return {};
    }

    bool is_active(const std::string& unit) {
        auto r = query({"is-active", unit});
        return r.ok() && r->status == 0;
    }

    // Whether the unit has anything to stop: `stop` of a unit the manager
    // has not loaded (one that never ran) fails, so those are left alone.
    bool is_stoppable(const std::string& unit) {
        auto r = query({"is-active", unit});
        if (!r.ok()) return false;
        std::string state = trim(r->output);
        return r->status == 0 || (state != "inactive" && state != "unknown");
    }
};

// Stops come before the daemon-reload: the manager still holds the old
// definitions then, so a removed or stop-start unit runs its own ExecStop
// (after the reload a removed unit has none, and one never loaded is gone).
Result<void> switch_units(Systemctl& sc, const Units& old_u, const Units& new_u) {
    std::vector<std::string> stop, restart, reload, start;
    for (const auto& [name, _] : old_u.files)
        if (!new_u.files.count(name) && sc.is_stoppable(name)) stop.push_back(name);
    for (const auto& [name, contents] : new_u.files) {
        auto old = old_u.files.find(name);
        if (old == old_u.files.end()) {
            for (const auto& target :
                 new_u.wanted.count(name) ? new_u.wanted.at(name) : std::set<std::string>{})
                if (sc.is_active(target)) {
                    start.push_back(name);
                    break;
                }
            continue;
        }
        // A slice takes its new settings at the daemon-reload; restarting
        // it would stop every unit inside.
        if (old->second == contents || name.ends_with(".slice")) continue;
        std::string method = unit_setting(contents, "X-SwitchMethod");
        if (method == "keep-old" || unit_setting(contents, "X-RestartIfChanged") == "false")
            continue;
        if (method == "reload")
            reload.push_back(name);
        else if (method == "stop-start") {
            if (sc.is_active(name)) {
                stop.push_back(name);
                start.push_back(name);
            }
        } else
            restart.push_back(name);
    }
    // A unit removed or changed without any action (keep-old, never ran)
    // still needs the reload, or the manager keeps its stale definition.
    if (old_u.files == new_u.files && old_u.wanted == new_u.wanted) return {};
    // Each stop would warn that the unit's file changed on disk and ask for
    // the daemon-reload that follows.
    for (const auto& u : stop) HEARTH_TRY(sc.act({"stop", u}, Systemctl::Warnings::hide));
    HEARTH_TRY(sc.act({"daemon-reload"}));
    for (const auto& u : reload) HEARTH_TRY(sc.act({"try-reload-or-restart", u}));
    for (const auto& u : restart) HEARTH_TRY(sc.act({"try-restart", u}));
    for (const auto& u : start) HEARTH_TRY(sc.act({"start", u}));
    return {};
}

} // namespace

Result<void> reloadSystemd(Context& c) {
    Systemctl sc{c, env_or("HEARTH_SYSTEMCTL", "systemctl"), {}};
    if (env_or("XDG_RUNTIME_DIR").empty())
        sc.env["XDG_RUNTIME_DIR"] = "/run/user/" + std::to_string(::getuid());
    auto state = sc.query({"is-system-running"});
    std::string s = state.ok() ? trim(state->output) : "";
    if (s != "running" && s != "degraded") {
        c.log.info("User systemd daemon not running. Skipping reload.");
        return {};
    }
    if (s == "degraded") {
        c.log.warn("The user systemd session is degraded:");
        if (auto failed = sc.query({"--no-pager", "--state=failed", "list-units"}); failed.ok())
            c.log.info(trim(failed->output));
        c.log.warn("Attempting to reload services anyway...");
    }
    return switch_units(sc, read_units(c.old_gen ? &*c.old_gen : nullptr), read_units(&c.new_gen));
}

} // namespace hearth::home
