// reloadSystemd: brings the user's systemd manager in line with the units
// of the new generation (home-files/.config/systemd/user), as sd-switch
// does: stop running units that are gone (and stop-start ones that
// changed), forget failed ones that are gone, reload the manager, restart
// (or reload, per X-SwitchMethod) changed units that are running, and
// start new units that an active target wants. No user manager: a note,
// not a failure.
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

// The units the manager may know from earlier switches: the previous
// generation's, plus any only a generation whose activation failed or
// crashed since has (it may have started them, and nothing else would
// ever stop or forget them).
Units read_previous_units(const Context& c) {
    Units u;
    for (const Generation* g : c.previous_generations()) {
        Units more = read_units(g);
        u.files.merge(more.files); // the previous generation's text wins
        for (const auto& [unit, targets] : more.wanted)
            u.wanted[unit].insert(targets.begin(), targets.end());
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
            return fail(ErrorKind::command, "systemctl --user " + args[2] +
                                                (args.size() > 3 ? " " + args[3] : "") +
                                                " failed with status " + std::to_string(r.status));
        return {};
    }

    bool is_active(const std::string& unit) {
        auto r = query({"is-active", unit});
        return r.ok() && r->status == 0;
    }

    // What `is-active` says: active, inactive (also for a unit the manager
    // has not loaded), failed, activating...; "" if it cannot say.
    std::string active_state(const std::string& unit) {
        auto r = query({"is-active", unit});
        return r.ok() ? trim(r->output) : "";
    }
};

// What a switch does, each list in the order it is done.
struct Plan {
    std::vector<std::string> stop, forget; // before the daemon-reload
    std::vector<std::string> reload, restart, start;
};

// A removed unit that never ran is not loaded, and `stop` of it fails, so
// it is left alone; one that failed is only forgotten (reset-failed), or
// the session would stay degraded.
void plan_removed(Systemctl& sc, const Units& old_u, const Units& new_u, Plan& p) {
    for (const auto& [name, _] : old_u.files) {
        if (new_u.files.count(name)) continue;
        std::string state = sc.active_state(name);
        if (state == "failed")
            p.forget.push_back(name);
        else if (state != "inactive" && state != "unknown")
            p.stop.push_back(name);
    }
}

bool wanted_by_active_target(Systemctl& sc, const Units& u, const std::string& name) {
    auto it = u.wanted.find(name);
    if (it == u.wanted.end()) return false;
    for (const auto& target : it->second)
        if (sc.is_active(target)) return true;
    return false;
}

void plan_changed(Systemctl& sc, const Units& old_u, const Units& new_u, Plan& p) {
    for (const auto& [name, contents] : new_u.files) {
        auto old = old_u.files.find(name);
        if (old == old_u.files.end()) {
            if (wanted_by_active_target(sc, new_u, name)) p.start.push_back(name);
            continue;
        }
        // A slice takes its new settings at the daemon-reload; restarting
        // it would stop every unit inside.
        if (old->second == contents || name.ends_with(".slice")) continue;
        std::string method = unit_setting(contents, "X-SwitchMethod");
        if (method == "keep-old" || unit_setting(contents, "X-RestartIfChanged") == "false")
            continue;
        if (method == "reload")
            p.reload.push_back(name);
        else if (method != "stop-start")
            p.restart.push_back(name);
        else if (sc.is_active(name)) {
            p.stop.push_back(name);
            p.start.push_back(name);
        }
    }
}

// Stops come before the daemon-reload: the manager still holds the old
// definitions then, so a removed or stop-start unit runs its own ExecStop
// (after the reload a removed unit has none). One unit that fails to stop
// or start must not keep the others from their turn: every action runs,
// and the failures are reported together.
Result<void> run_plan(Systemctl& sc, const Plan& p) {
    std::vector<std::string> failed;
    auto each = [&](const char* verb, const std::vector<std::string>& units,
                    Systemctl::Warnings warnings = Systemctl::Warnings::show) {
        for (const auto& u : units)
            if (auto r = sc.act({verb, u}, warnings); !r.ok()) failed.push_back(r.error().message);
    };
    // Acting on a unit whose file changed makes systemctl ask for the
    // daemon-reload that follows.
    each("stop", p.stop, Systemctl::Warnings::hide);
    each("reset-failed", p.forget, Systemctl::Warnings::hide);
    HEARTH_TRY(sc.act({"daemon-reload"}));
    each("try-reload-or-restart", p.reload);
    each("try-restart", p.restart);
    each("start", p.start);
    if (failed.empty()) return {};
    std::string message = failed.front();
    for (size_t i = 1; i < failed.size(); ++i) message += "\n" + failed[i];
    return fail(ErrorKind::command, message);
}

Result<void> switch_units(Systemctl& sc, const Units& old_u, const Units& new_u) {
    // Any difference at all means a daemon-reload, even when no unit gets
    // an action (keep-old, never ran), or the manager keeps a stale
    // definition; no difference means nothing to ask the manager.
    if (old_u.files == new_u.files && old_u.wanted == new_u.wanted) return {};
    Plan p;
    plan_removed(sc, old_u, new_u, p);
    plan_changed(sc, old_u, new_u, p);
    return run_plan(sc, p);
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
    return switch_units(sc, read_previous_units(c), read_units(&c.new_gen));
}

} // namespace hearth::home
