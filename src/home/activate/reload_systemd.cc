// reloadSystemd: brings the user's systemd manager in line with the units
// of the new generation (home-files/.config/systemd/user), as sd-switch
// does: stop running units that are gone (and stop-start ones that
// changed), forget failed ones that are gone, reload the manager, restart
// (or reload, per X-SwitchMethod) changed units that are running, and
// start units that an active target newly wants. With
// systemd.user.servicesStartTimeoutMs, the units it started are watched
// that long and one that fails fails the switch. No user manager: a note,
// not a failure. With startServices off, the commands are only suggested.
// Reading and judging unit files is user_units.cc's job.
//
// The module passes its settings on this step's own manifest entry, one
// line: `hearthActivateStep reloadSystemd --units-dir D --systemctl-path P
// --start-timeout-ms N --mode switch|suggest`. D is where the units are in
// home-files (under xdg.configHome, as Home Manager looks for them).
// systemctl is looked for in P's directory first and then in PATH, as Home
// Manager puts that directory first in PATH. HEARTH_SYSTEMCTL overrides
// both: it names the exact program, so tests and debugging can put a fake
// in place whatever the configuration says.
#include "home/activate/steps.hh"

#include "home/activate/user_units.hh"
#include "home/process.hh"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <thread>

namespace hearth::home {

namespace fs = std::filesystem;

namespace {

// The units the manager may know from earlier switches: the previous
// generation's, plus any only a generation whose activation failed or
// crashed since has (it may have started them, and nothing else would
// ever stop or forget them).
UserUnits read_previous_units(const Context& c, const std::string& dir) {
    UserUnits u;
    for (const Generation* g : c.previous_generations()) {
        UserUnits more = read_user_units(g, dir);
        u.files.merge(more.files); // the previous generation's text wins
        u.foreign_drop_ins.merge(more.foreign_drop_ins);
        for (const auto& [unit, targets] : more.wanted)
            u.wanted[unit].insert(targets.begin(), targets.end());
    }
    return u;
}

std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

// The words of a shell command line the module wrote: single and double
// quotes and backslashes, no expansions (lib.escapeShellArg's output).
std::vector<std::string> shell_words(const std::string& line) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    for (size_t i = 0; i < line.size(); ++i) {
        char ch = line[i];
        if (ch == '\'' || ch == '"') {
            size_t end = line.find(ch, i + 1);
            if (end == std::string::npos) end = line.size();
            word += line.substr(i + 1, end - i - 1);
            i = end;
            in_word = true;
        } else if (ch == '\\' && i + 1 < line.size()) {
            word += line[++i];
            in_word = true;
        } else if (ch == ' ' || ch == '\t' || ch == '\n') {
            if (in_word) words.push_back(word);
            word.clear();
            in_word = false;
        } else {
            word += ch;
            in_word = true;
        }
    }
    if (in_word) words.push_back(word);
    return words;
}

struct Settings {
    std::string units_dir = "/.config/systemd/user"; // in home-files
    std::string systemctl_path;                      // systemd.user.systemctlPath, or ""
    long start_timeout_ms = 0;                       // systemd.user.servicesStartTimeoutMs
    bool suggest = false; // startServices = false or "suggest" (--mode suggest)
};

// The settings after `hearthActivateStep reloadSystemd` in this step's
// manifest entry; none (the defaults) for a generation written before
// the module passed any.
Settings read_settings(const Context& c) {
    Settings s;
    for (const auto& e : c.new_gen.manifest.activation) {
        if (e.name != "reloadSystemd") continue;
        auto words = shell_words(e.script);
        size_t i = 0;
        while (i + 1 < words.size() && words[i] != "hearthActivateStep") ++i;
        for (i += 2; i + 1 < words.size(); i += 2) {
            const std::string &flag = words[i], &value = words[i + 1];
            if (flag == "--units-dir") {
                s.units_dir = value;
            } else if (flag == "--mode") {
                s.suggest = value == "suggest";
            } else if (flag == "--systemctl-path") {
                s.systemctl_path = value;
            } else if (flag == "--start-timeout-ms") {
                auto [end, ec] =
                    std::from_chars(value.data(), value.data() + value.size(), s.start_timeout_ms);
                if (ec != std::errc{} || end != value.data() + value.size())
                    c.log.warn("reloadSystemd: ignoring start timeout '" + value + "'");
            } else {
                c.log.warn("reloadSystemd: ignoring unknown setting " + flag);
            }
        }
    }
    return s;
}

std::string systemctl_program(const Settings& s) {
    std::string exe = env_or("HEARTH_SYSTEMCTL");
    if (!exe.empty()) return exe;
    if (std::string dir = fs::path(s.systemctl_path).parent_path().string(); !dir.empty()) {
        std::string candidate = dir + "/systemctl";
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    return "systemctl";
}

// A state of `is-active` in which the unit runs (or is on its way).
bool runs(const std::string& state) {
    return state == "active" || state == "activating" || state == "reloading" ||
           state == "refreshing";
}

bool is_template(const std::string& name) {
    size_t at = name.find('@');
    return at != std::string::npos && name.find('.', at) == at + 1;
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
    // Block::no queues the job and returns at once (--no-block).
    enum class Block { yes, no };

    Result<void> act(const std::string& verb, const std::string& unit = {},
                     Warnings warnings = Warnings::show, Block block = Block::yes) {
        std::vector<std::string> args{exe, "--user"};
        if (block == Block::no) args.push_back("--no-block");
        args.push_back(verb);
        if (!unit.empty()) args.push_back(unit);
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
            return fail(ErrorKind::command, "systemctl --user " + verb +
                                                (unit.empty() ? "" : " " + unit) +
                                                " failed with status " + std::to_string(r.status));
        return {};
    }

    // What `is-active` says: active, inactive (also for a unit the manager
    // has not loaded), failed, activating...; "" if it cannot say.
    std::string active_state(const std::string& unit) {
        auto r = query({"is-active", unit});
        return r.ok() ? trim(r->output) : "";
    }

    bool is_active(const std::string& unit) { return active_state(unit) == "active"; }

    // The loaded instances of a template (foo@.service) with their states.
    std::map<std::string, std::string> instances(const std::string& tmpl) {
        std::string pattern =
            tmpl.substr(0, tmpl.find('@') + 1) + "*" + tmpl.substr(tmpl.rfind('.'));
        auto r = query({"list-units", "--all", "--plain", "--no-legend", "--full", pattern});
        std::map<std::string, std::string> out;
        if (!r.ok()) return out;
        std::istringstream in(r->output);
        std::string line;
        while (std::getline(in, line)) {
            std::istringstream cols(line);
            std::string name, load, active;
            if (cols >> name >> load >> active) out[name] = active;
        }
        return out;
    }

    // The units a file stands for, with their states: the unit itself, or
    // a template's instances.
    std::map<std::string, std::string> units_of(const std::string& file) {
        if (is_template(file)) return instances(file);
        return {{file, active_state(file)}};
    }
};

// What a switch does, each list in the order it is done.
struct Plan {
    std::vector<std::string> stop, forget; // before the daemon-reload
    std::vector<std::string> reload, restart, start;
    std::map<std::string, std::string> seen; // changed unit -> its state
};

void add_once(std::vector<std::string>& list, const std::string& unit) {
    if (std::find(list.begin(), list.end(), unit) == list.end()) list.push_back(unit);
}

// A removed unit that never ran is not loaded, and `stop` of it fails, so
// it is left alone; one that failed is only forgotten (reset-failed), or
// the session would stay degraded; one that refuses a manual stop is left
// running, as systemctl could only fail.
void plan_removed(Systemctl& sc, const UserUnits& old_u, const UserUnits& new_u, Plan& p) {
    for (const auto& [name, contents] : old_u.files) {
        if (new_u.files.count(name)) continue;
        bool refuses_stop = unit_bool(contents, "RefuseManualStop").value_or(false);
        for (const auto& [unit, state] : sc.units_of(name)) {
            if (state == "failed")
                p.forget.push_back(unit);
            else if (state != "inactive" && state != "unknown" && !state.empty() && !refuses_stop)
                p.stop.push_back(unit);
        }
    }
}

// A socket cannot be started while the service it activates runs:
// systemd refuses, and a restart leaves the socket stopped. So a changed
// socket is stopped and started, and a running service of it (Service=,
// else the socket's own name; Accept=yes sockets spawn instances instead)
// is stopped first; the next connection starts it again.
SwitchMethod socket_method(Systemctl& sc, const std::string& contents, const std::string& name,
                           Plan& p) {
    if (unit_bool(contents, "Accept").value_or(false)) return SwitchMethod::restart;
    std::string service =
        unit_setting(contents, "Service").value_or(name.substr(0, name.rfind('.')) + ".service");
    if (runs(sc.active_state(service))) add_once(p.stop, service);
    return SwitchMethod::stop_start;
}

void plan_changed(Systemctl& sc, const UserUnits& old_u, const UserUnits& new_u, Plan& p) {
    for (const auto& [name, contents] : new_u.files) {
        auto old = old_u.files.find(name);
        // A slice takes its new settings at the daemon-reload; restarting
        // it would stop every unit inside.
        if (old == old_u.files.end() || old->second == contents || name.ends_with(".slice"))
            continue;
        SwitchMethod method = only_reload_triggers_differ(old->second, contents)
                                  ? SwitchMethod::reload
                                  : switch_method(old->second, contents);
        if (method == SwitchMethod::keep_old) continue;
        for (const auto& [unit, state] : sc.units_of(name)) {
            p.seen[unit] = state;
            if (!runs(state)) continue;
            SwitchMethod m = method;
            if (name.ends_with(".socket") && m != SwitchMethod::stop_only)
                m = socket_method(sc, contents, unit, p);
            switch (m) {
            case SwitchMethod::reload:
                p.reload.push_back(unit);
                break;
            case SwitchMethod::restart:
                p.restart.push_back(unit);
                break;
            case SwitchMethod::stop_start:
                p.stop.push_back(unit);
                p.start.push_back(unit);
                break;
            case SwitchMethod::stop_only:
                p.stop.push_back(unit);
                break;
            case SwitchMethod::keep_old:
                break;
            }
        }
    }
}

// A unit (or template instance) an active target wants in the new
// generation and did not before is started, new or not, changed or not:
// starting it is what the target would have done had the link always
// been there. So is a changed unit an active target wanted all along but
// that does not run (it failed, say, or is a finished oneshot), as
// starting the target would. An unchanged unit whose wants did not change
// is left as it is, so one the user stopped stays stopped; a unit that
// refuses a manual start can only come up through its target.
void plan_wanted(Systemctl& sc, const UserUnits& old_u, const UserUnits& new_u, Plan& p) {
    std::map<std::string, bool> target_active;
    auto active = [&](const std::string& t) {
        auto [it, fresh] = target_active.try_emplace(t, false);
        if (fresh) it->second = sc.is_active(t);
        return it->second;
    };
    for (const auto& [unit, targets] : new_u.wanted) {
        auto file = new_u.files.find(unit);
        if (file == new_u.files.end()) file = new_u.files.find(template_of(unit));
        if (file == new_u.files.end()) continue; // not a unit of this generation
        if (unit_bool(file->second, "RefuseManualStart").value_or(false)) continue;
        auto old_file = old_u.files.find(file->first);
        bool changed = old_file != old_u.files.end() && old_file->second != file->second;
        auto before = old_u.wanted.find(unit);
        bool newly = false, still = false;
        for (const auto& t : targets) {
            bool was = before != old_u.wanted.end() && before->second.count(t);
            if ((was && !changed) || (was && still) || !active(t)) continue;
            (was ? still : newly) = true;
            if (newly) break;
        }
        if (!newly && still) {
            auto seen = p.seen.find(unit);
            if (runs(seen != p.seen.end() ? seen->second : sc.active_state(unit))) continue;
        }
        if (!newly && !still) continue;
        // A template's own link (WantedBy on foo@) stands for its
        // DefaultInstance=, as systemd reads it; without one, for nothing.
        if (!is_template(unit))
            add_once(p.start, unit);
        else if (auto instance = unit_setting(file->second, "DefaultInstance"))
            add_once(p.start,
                     unit.substr(0, unit.find('@') + 1) + *instance + unit.substr(unit.rfind('.')));
    }
}

// Stops come before the daemon-reload: the manager still holds the old
// definitions then, so a removed or stop-start unit runs its own ExecStop
// (after the reload a removed unit has none). One unit that fails to stop
// or start must not keep the others from their turn: every action runs,
// and the failures are reported together. With a start timeout the
// starts are only queued (--no-block), and the window bounds the wait.
Result<void> run_plan(Systemctl& sc, const Plan& p, long timeout_ms) {
    std::vector<std::string> failed, started;
    auto block = timeout_ms > 0 ? Systemctl::Block::no : Systemctl::Block::yes;
    // Each group is announced as sd-switch does ("Starting units: a, b"),
    // names sorted.
    auto each = [&](const char* title, const char* verb, const std::vector<std::string>& units,
                    Systemctl::Warnings warnings, Systemctl::Block b, bool watch) {
        if (title && !units.empty()) {
            std::vector<std::string> names = units;
            std::sort(names.begin(), names.end());
            std::string line = title;
            for (size_t i = 0; i < names.size(); ++i) line += (i ? ", " : ": ") + names[i];
            sc.c.log.info(line);
        }
        for (const auto& u : units) {
            if (auto r = sc.act(verb, u, warnings, b); !r.ok())
                failed.push_back(r.error().message);
            else if (watch)
                started.push_back(u);
        }
    };
    using W = Systemctl::Warnings;
    // Acting on a unit whose file changed makes systemctl ask for the
    // daemon-reload that follows.
    each("Stopping units", "stop", p.stop, W::hide, Systemctl::Block::yes, false);
    each(nullptr, "reset-failed", p.forget, W::hide, Systemctl::Block::yes, false);
    HEARTH_TRY(sc.act("daemon-reload"));
    each("Reloading units", "try-reload-or-restart", p.reload, W::show, block, true);
    each("Restarting units", "try-restart", p.restart, W::show, block, true);
    each("Starting units", "start", p.start, W::show, block, true);
    if (timeout_ms > 0 && !sc.c.dry_run && !started.empty()) {
        sc.c.log.verbose("Waiting " + std::to_string(timeout_ms) + " ms for started units to fail");
        std::this_thread::sleep_for(std::chrono::milliseconds(timeout_ms));
        std::string window = std::to_string(timeout_ms) + " ms";
        for (const auto& u : started) {
            std::string state = sc.active_state(u);
            if (state == "failed")
                failed.push_back(u + " failed within " + window +
                                 " of its start; see systemctl --user status " + u);
            else if (state == "activating")
                failed.push_back(u + " is still " + state + " after " + window);
        }
    }
    if (failed.empty()) return {};
    std::string message = failed.front();
    for (size_t i = 1; i < failed.size(); ++i) message += "\n" + failed[i];
    return fail(ErrorKind::command, message);
}

Result<void> switch_units(Systemctl& sc, const UserUnits& old_u, const UserUnits& new_u,
                          long timeout_ms) {
    // Any difference at all means a daemon-reload, even when no unit gets
    // an action (keep-old, never ran), or the manager keeps a stale
    // definition; no difference means nothing to ask the manager.
    if (old_u == new_u) return {};
    Plan p;
    plan_removed(sc, old_u, new_u, p);
    plan_changed(sc, old_u, new_u, p);
    plan_wanted(sc, old_u, new_u, p);
    return run_plan(sc, p, timeout_ms);
}

// startServices = false or "suggest", as Home Manager's suggest script
// does: reload the manager, then only print the systemctl commands the
// services need: restart the changed ones that run, stop the removed ones,
// start the new ones, leaving out any that refuse a manual stop or start.
// Other kinds of units are not looked at.
Result<void> suggest(Systemctl& sc, const UserUnits& old_u, const UserUnits& new_u) {
    HEARTH_TRY(sc.act("daemon-reload"));
    auto flag = [](const std::string& text, const char* key) {
        return unit_bool(text, key).value_or(false);
    };
    std::string restart, stop, start;
    for (const auto& [name, text] : new_u.files) {
        if (!name.ends_with(".service") || flag(text, "RefuseManualStart")) continue;
        auto old = old_u.files.find(name);
        if (old == old_u.files.end())
            start += " " + name;
        else if (old->second != text && !flag(old->second, "RefuseManualStop") &&
                 !flag(text, "RefuseManualStop") && sc.is_active(name))
            restart += " " + name;
    }
    for (const auto& [name, text] : old_u.files)
        if (name.ends_with(".service") && !new_u.files.count(name) &&
            !flag(text, "RefuseManualStop"))
            stop += " " + name;
    if (restart.empty() && stop.empty() && start.empty()) return {};
    sc.c.log.info("Suggested commands:");
    if (!restart.empty()) sc.c.log.info("systemctl --user restart" + restart);
    if (!stop.empty()) sc.c.log.info("systemctl --user stop" + stop);
    if (!start.empty()) sc.c.log.info("systemctl --user start" + start);
    return {};
}

} // namespace

Result<void> reloadSystemd(Context& c) {
    Settings settings = read_settings(c);
    Systemctl sc{c, systemctl_program(settings), {}};
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
    UserUnits old_u = read_previous_units(c, settings.units_dir);
    UserUnits new_u = read_user_units(&c.new_gen, settings.units_dir);
    if (settings.suggest) return suggest(sc, old_u, new_u);
    return switch_units(sc, old_u, new_u, settings.start_timeout_ms);
}

} // namespace hearth::home
