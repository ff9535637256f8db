// reloadSystemd against a recording fake systemctl (HEARTH_SYSTEMCTL):
// no user manager is a note, not a failure; changed, removed and new units
// are restarted, stopped and started as sd-switch does; the module's
// systemctlPath and servicesStartTimeoutMs reach the step through its
// manifest entry.
#include "home/activate/steps.hh"

#include "fixture.hh"

#include <chrono>

using namespace hearth;
using namespace hearth::test;

namespace {

struct ReloadSystemd : testing::Test {
    Sandbox sb;
    std::string dir = sb.home + "/..";
    std::string log = dir + "/systemctl.log";

    // A fake systemctl at `exe`: `is-system-running` prints STATE;
    // `is-active` says what states/UNIT holds, else active for
    // default.target and units named running-*, failed for failed-*,
    // inactive (as for a unit never loaded) otherwise; `list-units PATTERN`
    // prints the lines of `units` that start like PATTERN; `start UNIT`
    // moves UNIT to the state in on-start/UNIT, if any. Every call is
    // logged.
    std::string fake_at(const std::string& exe, const std::string& state,
                        const std::string& log_file) {
        std::filesystem::create_directories(dir + "/states");
        std::filesystem::create_directories(dir + "/on-start");
        write_file(
            exe,
            "#!/bin/sh\necho \"$*\" >> " + log_file + "\nd=" + dir +
                "\nshift\n[ \"$1\" = --no-block ] && shift\n"
                "case \"$1\" in\n"
                "  is-system-running) echo " +
                state + "; [ " + state +
                " = running ];;\n"
                "  is-active)\n"
                "    if [ -f \"$d/states/$2\" ]; then s=$(cat \"$d/states/$2\"); echo $s;"
                " [ $s = active ]; exit; fi\n"
                "    case \"$2\" in\n"
                "    default.target|running-*) echo active ;;\n"
                "    failed-*) echo failed; exit 3 ;;\n"
                "    *) echo inactive; exit 3 ;;\n  esac ;;\n"
                "  list-units) p=\"$6\"; grep -F \"${p%%\\**}\" \"$d/units\" 2>/dev/null ;;\n"
                "  start) [ ! -f \"$d/on-start/$2\" ] || cp \"$d/on-start/$2\" \"$d/states/$2\" "
                ";;\n"
                "esac\n",
            0755);
        return exe;
    }
    void fake(const std::string& state) {
        ::setenv("HEARTH_SYSTEMCTL", fake_at(dir + "/systemctl", state, log).c_str(), 1);
    }
    std::string unit(const std::string& body) { return "[Service]\nExecStart=" + body + "\n"; }
    // The entries of a generation whose reloadSystemd entry carries these
    // settings, as modules/systemd.nix writes it.
    std::vector<GenEntry> with_settings(const std::string& settings) {
        return {{"reloadSystemd", false, "hearthActivateStep reloadSystemd " + settings + "\n"}};
    }
    home::Result<void> step(const std::string& old_gen, const std::string& new_gen,
                            std::string& out) {
        if (!old_gen.empty()) sb.set_current(old_gen);
        auto c = sb.context(new_gen);
        testing::internal::CaptureStdout();
        auto r = home::reloadSystemd(c);
        out = testing::internal::GetCapturedStdout();
        return r;
    }
    std::string run(const std::string& old_gen, const std::string& new_gen) {
        std::string out;
        auto r = step(old_gen, new_gen, out);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
        return out;
    }
};

} // namespace

TEST_F(ReloadSystemd, NoUserManagerIsANote) {
    fake("offline");
    auto g = sb.generation({{".config/systemd/user/a.service", {unit("a")}}});
    EXPECT_EQ(run("", g), "User systemd daemon not running. Skipping reload.\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n");
}

TEST_F(ReloadSystemd, MissingSystemctlIsANote) {
    ::setenv("HEARTH_SYSTEMCTL", "/nonexistent/systemctl", 1);
    auto g = sb.generation({});
    EXPECT_EQ(run("", g), "User systemd daemon not running. Skipping reload.\n");
}

// Changed units are restarted (or reloaded) only where they run; a unit
// that is not running is left for whatever starts it.
TEST_F(ReloadSystemd, SwitchesChangedUnits) {
    fake("running");
    std::string d = ".config/systemd/user/";
    auto a = sb.generation({{d + "same.service", {unit("same")}},
                            {d + "running-changed.service", {unit("v1")}},
                            {d + "idle-changed.service", {unit("v1")}},
                            {d + "running-reloaded.service", {unit("v1")}},
                            {d + "running-gone.service", {unit("gone")}}});
    auto b = sb.generation(
        {{d + "same.service", {unit("same")}},
         {d + "running-changed.service", {unit("v2")}},
         {d + "idle-changed.service", {unit("v2")}},
         {d + "running-reloaded.service", {"[Unit]\nX-SwitchMethod=reload\n" + unit("v2")}},
         {d + "new.service", {unit("new")}},
         {d + "default.target.wants/new.service", {unit("new")}},
         {d + "idle.service", {unit("idle")}}});
    EXPECT_EQ(run(a, b), "Stopping units: running-gone.service\nReloading units: "
                         "running-reloaded.service\nRestarting units: "
                         "running-changed.service\nStarting units: new.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active running-gone.service\n"
                              "--user is-active idle-changed.service\n"
                              "--user is-active running-changed.service\n"
                              "--user is-active running-reloaded.service\n"
                              "--user is-active default.target\n"
                              "--user stop running-gone.service\n"
                              "--user daemon-reload\n"
                              "--user try-reload-or-restart running-reloaded.service\n"
                              "--user try-restart running-changed.service\n"
                              "--user start new.service\n");
}

// The stop comes before the daemon-reload, while the manager still has the
// unit's definition and so its ExecStop; a unit that never ran is not
// loaded, and `systemctl stop` of it fails, so it is left alone; a failed
// one is forgotten, or the session would stay degraded.
TEST_F(ReloadSystemd, StopsRemovedUnitsThatRunBeforeTheReload) {
    fake("running");
    std::string d = ".config/systemd/user/";
    auto a = sb.generation({{d + "running-a.service", {unit("a")}},
                            {d + "failed-b.service", {unit("b")}},
                            {d + "idle.service", {unit("idle")}}});
    auto b = sb.generation({});
    EXPECT_EQ(run(a, b), "Stopping units: running-a.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active failed-b.service\n"
                              "--user is-active idle.service\n"
                              "--user is-active running-a.service\n"
                              "--user stop running-a.service\n"
                              "--user reset-failed failed-b.service\n"
                              "--user daemon-reload\n");
}

TEST_F(ReloadSystemd, RemovingAUnitThatNeverRanOnlyReloads) {
    fake("running");
    auto a = sb.generation({{".config/systemd/user/idle.service", {unit("idle")}}});
    auto b = sb.generation({});
    EXPECT_EQ(run(a, b), "");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active idle.service\n"
                              "--user daemon-reload\n");
}

// stop-start: stopped under the old definition, started under the new;
// keep-old: left running, but the manager still reloads its file.
TEST_F(ReloadSystemd, StopStartAndKeepOld) {
    fake("running");
    std::string d = ".config/systemd/user/";
    std::string stop_start = "[Unit]\nX-SwitchMethod=stop-start\n";
    std::string keep_old = "[Unit]\nX-SwitchMethod=keep-old\n";
    auto a = sb.generation({{d + "running-s.service", {stop_start + unit("v1")}},
                            {d + "idle-s.service", {stop_start + unit("v1")}},
                            {d + "running-k.service", {keep_old + unit("v1")}}});
    auto b = sb.generation({{d + "running-s.service", {stop_start + unit("v2")}},
                            {d + "idle-s.service", {stop_start + unit("v2")}},
                            {d + "running-k.service", {keep_old + unit("v2")}}});
    EXPECT_EQ(run(a, b), "Stopping units: running-s.service\nStarting units: running-s.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active idle-s.service\n"
                              "--user is-active running-s.service\n"
                              "--user stop running-s.service\n"
                              "--user daemon-reload\n"
                              "--user start running-s.service\n");
}

// A changed slice is only reloaded: restarting it would stop its units.
TEST_F(ReloadSystemd, AChangedSliceIsOnlyReloaded) {
    fake("running");
    std::string d = ".config/systemd/user/";
    auto a = sb.generation({{d + "running-s.slice", {"[Slice]\nCPUWeight=10\n"}}});
    auto b = sb.generation({{d + "running-s.slice", {"[Slice]\nCPUWeight=20\n"}}});
    EXPECT_EQ(run(a, b), "");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user daemon-reload\n");
}

// A unit that fails to start fails the step, naming it, after the units
// that come after it have had their turn.
TEST_F(ReloadSystemd, OneFailingStartDoesNotStopTheOthers) {
    fake("running");
    std::string exe = sb.home + "/../systemctl";
    std::string script = read_file(exe);
    write_file(exe, script + "[ \"$1 $2\" != \"start a.service\" ]\n", 0755);
    std::string d = ".config/systemd/user/";
    auto b = sb.generation({{d + "a.service", {unit("a")}},
                            {d + "default.target.wants/a.service", {unit("a")}},
                            {d + "b.service", {unit("b")}},
                            {d + "default.target.wants/b.service", {unit("b")}}});
    auto c = sb.context(b);
    testing::internal::CaptureStdout();
    auto r = home::reloadSystemd(c);
    testing::internal::GetCapturedStdout();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "systemctl --user start a.service failed with status 1");
    std::string calls = read_file(log);
    EXPECT_NE(calls.find("--user start b.service\n"), std::string::npos) << calls;
}

// A generation whose activation failed (its new-home root left behind)
// may have started units the current one lacks: they are removed too.
TEST_F(ReloadSystemd, UnitsOfAFailedActivationAreRemovedToo) {
    fake("running");
    std::string d = ".config/systemd/user/";
    auto a = sb.generation({{d + "a.service", {unit("a")}}});
    auto failed =
        sb.generation({{d + "a.service", {unit("a")}}, {d + "failed-b.service", {unit("b")}}});
    auto next = sb.generation({{d + "a.service", {unit("a")}}});
    std::string root = sb.home + "/.local/state/home-manager/gcroots/new-home";
    std::filesystem::create_directories(std::filesystem::path(root).parent_path());
    std::filesystem::create_symlink(failed, root);
    EXPECT_EQ(run(a, next), "");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active failed-b.service\n"
                              "--user reset-failed failed-b.service\n"
                              "--user daemon-reload\n");
}

TEST_F(ReloadSystemd, NothingChangedDoesNothing) {
    fake("running");
    auto a = sb.generation({{".config/systemd/user/a.service", {unit("a")}}});
    auto b = sb.generation({{".config/systemd/user/a.service", {unit("a")}}});
    EXPECT_EQ(run(a, b), "");
    EXPECT_EQ(read_file(log), "--user is-system-running\n");
}

TEST_F(ReloadSystemd, DryRunSaysWhatItWouldDo) {
    fake("running");
    ::setenv("DRY_RUN", "1", 1);
    auto a = sb.generation({{".config/systemd/user/running-a.service", {unit("a")}}});
    auto b = sb.generation({});
    std::string out = run(a, b);
    EXPECT_NE(out.find("systemctl --user daemon-reload\n"), std::string::npos) << out;
    EXPECT_NE(out.find("systemctl --user stop running-a.service\n"), std::string::npos) << out;
    EXPECT_EQ(read_file(log), "--user is-system-running\n--user is-active running-a.service\n");
}

// systemd.user.servicesStartTimeoutMs: the starts are queued (--no-block)
// and, after the window, a unit that failed in it fails the switch, named;
// one that runs, or a oneshot that finished, does not.
TEST_F(ReloadSystemd, StartTimeoutReportsAUnitThatFailsInTheWindow) {
    fake("running");
    write_file(dir + "/on-start/crash.service", "failed\n");
    write_file(dir + "/on-start/fine.service", "active\n");
    std::string d = ".config/systemd/user/";
    auto b = sb.generation({{d + "crash.service", {unit("crash")}},
                            {d + "default.target.wants/crash.service", {unit("crash")}},
                            {d + "fine.service", {unit("fine")}},
                            {d + "default.target.wants/fine.service", {unit("fine")}},
                            {d + "once.service", {unit("once")}},
                            {d + "default.target.wants/once.service", {unit("once")}}},
                           with_settings("--start-timeout-ms 300"));
    auto t0 = std::chrono::steady_clock::now();
    std::string out;
    auto r = step("", b, out);
    auto waited = std::chrono::steady_clock::now() - t0;
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(out, "Starting units: crash.service, fine.service, once.service\n");
    EXPECT_EQ(r.error().message, "crash.service failed within 300 ms of its start; see "
                                 "systemctl --user status crash.service");
    EXPECT_GE(waited, std::chrono::milliseconds(300));
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active default.target\n"
                              "--user daemon-reload\n"
                              "--user --no-block start crash.service\n"
                              "--user --no-block start fine.service\n"
                              "--user --no-block start once.service\n"
                              "--user is-active crash.service\n"
                              "--user is-active fine.service\n"
                              "--user is-active once.service\n");
}

// The settings line is read as the shell would split it; 0 (the default)
// waits for nothing and blocks on each job as systemctl does.
TEST_F(ReloadSystemd, NoStartTimeoutWaitsForNothing) {
    fake("running");
    write_file(dir + "/on-start/crash.service", "failed\n");
    std::string d = ".config/systemd/user/";
    auto b = sb.generation({{d + "crash.service", {unit("crash")}},
                            {d + "default.target.wants/crash.service", {unit("crash")}}},
                           with_settings("--systemctl-path '/no where/systemctl' "
                                         "--start-timeout-ms 0"));
    EXPECT_EQ(run("", b), "Starting units: crash.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active default.target\n"
                              "--user daemon-reload\n"
                              "--user start crash.service\n");
}

// systemd.user.systemctlPath: systemctl is taken from its directory, as
// Home Manager puts that directory first in PATH; a directory without one
// falls back to PATH; HEARTH_SYSTEMCTL, naming the program itself, wins.
TEST_F(ReloadSystemd, SystemctlPathChoosesTheProgram) {
    std::filesystem::create_directories(dir + "/chosen");
    std::filesystem::create_directories(dir + "/on-path");
    std::string chosen_log = dir + "/chosen.log", path_log = dir + "/path.log";
    fake_at(dir + "/chosen/systemctl", "offline", chosen_log);
    fake_at(dir + "/on-path/systemctl", "offline", path_log);
    std::string old_path = home::env_or("PATH");
    ::setenv("PATH", (dir + "/on-path:" + old_path).c_str(), 1);
    ::unsetenv("HEARTH_SYSTEMCTL");
    auto chosen = sb.generation({}, with_settings("--systemctl-path " + dir + "/chosen/whatever"));
    run("", chosen);
    EXPECT_EQ(read_file(chosen_log), "--user is-system-running\n");
    EXPECT_FALSE(std::filesystem::exists(path_log));

    auto missing = sb.generation({}, with_settings("--systemctl-path " + dir + "/gone/systemctl"));
    run("", missing);
    EXPECT_EQ(read_file(path_log), "--user is-system-running\n");

    fake("offline");
    run("", chosen);
    EXPECT_EQ(read_file(log), "--user is-system-running\n");
    EXPECT_EQ(read_file(chosen_log), "--user is-system-running\n");
    ::setenv("PATH", old_path.c_str(), 1);
}

// A unit an active target wants in the new generation and did not before
// is started, whether new, changed or unchanged; one whose wants did not
// change is left as it is (stopped by the user, say), and so is one only
// an inactive target newly wants.
TEST_F(ReloadSystemd, NewlyWantedUnitsAreStarted) {
    fake("running");
    std::string d = ".config/systemd/user/";
    auto a = sb.generation({{d + "same.service", {unit("same")}},
                            {d + "changed.service", {unit("v1")}},
                            {d + "kept.service", {unit("kept")}},
                            {d + "default.target.wants/kept.service", {unit("kept")}},
                            {d + "later.service", {unit("later")}}});
    auto b = sb.generation({{d + "same.service", {unit("same")}},
                            {d + "default.target.wants/same.service", {unit("same")}},
                            {d + "changed.service", {unit("v2")}},
                            {d + "default.target.wants/changed.service", {unit("v2")}},
                            {d + "kept.service", {unit("kept")}},
                            {d + "default.target.wants/kept.service", {unit("kept")}},
                            {d + "later.service", {unit("later")}},
                            {d + "idle.target.wants/later.service", {unit("later")}}});
    EXPECT_EQ(run(a, b), "Starting units: changed.service, same.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active changed.service\n"
                              "--user is-active default.target\n"
                              "--user is-active idle.target\n"
                              "--user daemon-reload\n"
                              "--user start changed.service\n"
                              "--user start same.service\n");
}

// systemctl refuses to stop a RefuseManualStop unit and to start a
// RefuseManualStart one, so a switch never asks: the first is kept as it
// runs (changed or removed), the second is only stopped when it changes
// and never started for a target.
TEST_F(ReloadSystemd, RefusedManualStopsAndStartsAreNotAsked) {
    fake("running");
    std::string d = ".config/systemd/user/";
    std::string no_stop = "[Unit]\nRefuseManualStop=yes\n",
                no_start = "[Unit]\nRefuseManualStart = true\n";
    auto a = sb.generation({{d + "running-nostop.service", {no_stop + unit("v1")}},
                            {d + "running-nostart.service", {no_start + unit("v1")}},
                            {d + "running-gone.service", {no_stop + unit("gone")}}});
    auto b = sb.generation({{d + "running-nostop.service", {no_stop + unit("v2")}},
                            {d + "running-nostart.service", {no_start + unit("v2")}},
                            {d + "new.service", {no_start + unit("new")}},
                            {d + "default.target.wants/new.service", {unit("new")}}});
    EXPECT_EQ(run(a, b), "Stopping units: running-nostart.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active running-gone.service\n"
                              "--user is-active running-nostart.service\n"
                              "--user stop running-nostart.service\n"
                              "--user daemon-reload\n");
}

// X-Reload-Triggers changing alone reloads, whatever the switch method;
// with anything else the method decides. Home Manager's older keys are
// read as systemd booleans: X-ReloadIfChanged reloads, X-StopIfChanged
// stops and starts, X-RestartIfChanged=no keeps the unit.
TEST_F(ReloadSystemd, ReloadTriggersAndOlderSwitchKeys) {
    fake("running");
    std::string d = ".config/systemd/user/";
    auto trig = [&](const std::string& t, const std::string& body) {
        return "[Unit]\nX-Reload-Triggers=" + t + "\n" + unit(body);
    };
    auto a = sb.generation(
        {{d + "running-trig.service", {trig("/nix/store/a-conf", "same")}},
         {d + "running-trig-and-more.service", {trig("/nix/store/a-conf", "v1")}},
         {d + "running-legacy-reload.service", {"[Unit]\nX-ReloadIfChanged=yes\n" + unit("v1")}},
         {d + "running-legacy-stop.service", {"[Service]\nX-StopIfChanged=1\n" + unit("v1")}},
         {d + "running-legacy-keep.service", {"[Unit]\nX-RestartIfChanged=no\n" + unit("v1")}}});
    auto b = sb.generation(
        {{d + "running-trig.service", {trig("/nix/store/b-conf", "same")}},
         {d + "running-trig-and-more.service", {trig("/nix/store/b-conf", "v2")}},
         {d + "running-legacy-reload.service", {"[Unit]\nX-ReloadIfChanged=yes\n" + unit("v2")}},
         {d + "running-legacy-stop.service", {"[Service]\nX-StopIfChanged=1\n" + unit("v2")}},
         {d + "running-legacy-keep.service", {"[Unit]\nX-RestartIfChanged=no\n" + unit("v2")}}});
    EXPECT_EQ(run(a, b),
              "Stopping units: running-legacy-stop.service\nReloading units: "
              "running-legacy-reload.service, running-trig.service\nRestarting units: "
              "running-trig-and-more.service\nStarting units: running-legacy-stop.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active running-legacy-reload.service\n"
                              "--user is-active running-legacy-stop.service\n"
                              "--user is-active running-trig-and-more.service\n"
                              "--user is-active running-trig.service\n"
                              "--user stop running-legacy-stop.service\n"
                              "--user daemon-reload\n"
                              "--user try-reload-or-restart running-legacy-reload.service\n"
                              "--user try-reload-or-restart running-trig.service\n"
                              "--user try-restart running-trig-and-more.service\n"
                              "--user start running-legacy-stop.service\n");
}

// A template file stands for its instances: a changed one restarts those
// that run, a removed one stops them, and an instance a target newly
// wants (default.target.wants/worker@c.service) is started.
TEST_F(ReloadSystemd, TemplatesActOnTheirInstances) {
    fake("running");
    write_file(dir + "/units", "worker@a.service loaded active running Worker a\n"
                               "worker@b.service loaded inactive dead Worker b\n"
                               "gone@x.service loaded active running Gone x\n"
                               "gone@y.service loaded failed failed Gone y\n");
    std::string d = ".config/systemd/user/";
    auto a = sb.generation(
        {{d + "worker@.service", {unit("v1 %i")}}, {d + "gone@.service", {unit("gone %i")}}});
    auto b = sb.generation({{d + "worker@.service", {unit("v2 %i")}},
                            {d + "default.target.wants/worker@c.service", {unit("v2 %i")}}});
    EXPECT_EQ(run(a, b), "Stopping units: gone@x.service\nRestarting units: "
                         "worker@a.service\nStarting units: worker@c.service\n");
    EXPECT_EQ(read_file(log),
              "--user is-system-running\n"
              "--user list-units --all --plain --no-legend --full gone@*.service\n"
              "--user list-units --all --plain --no-legend --full worker@*.service\n"
              "--user is-active default.target\n"
              "--user stop gone@x.service\n"
              "--user reset-failed gone@y.service\n"
              "--user daemon-reload\n"
              "--user try-restart worker@a.service\n"
              "--user start worker@c.service\n");
}

// A changed socket whose service runs: systemd refuses to start a socket
// while its service runs (and a restart leaves it stopped), so the
// service is stopped with the socket, which alone is started again.
TEST_F(ReloadSystemd, AChangedSocketStopsItsRunningService) {
    fake("running");
    std::string d = ".config/systemd/user/";
    auto sock = [](const std::string& extra) {
        return "[Socket]\nListenStream=%t/a.sock\n" + extra;
    };
    auto a = sb.generation({{d + "running-a.socket", {sock("")}},
                            {d + "running-b.socket", {sock("Service=running-worker.service\n")}},
                            {d + "running-c.socket", {sock("")}},
                            {d + "running-a.service", {unit("a")}}});
    auto b = sb.generation(
        {{d + "running-a.socket", {sock("Backlog=8\n")}},
         {d + "running-b.socket", {sock("Service=running-worker.service\nBacklog=8\n")}},
         {d + "running-c.socket", {sock("Backlog=8\n")}},
         {d + "running-a.service", {unit("a2")}}});
    EXPECT_EQ(
        run(a, b),
        "Stopping units: running-a.service, running-a.socket, running-b.socket, running-c.service, "
        "running-c.socket, running-worker.service\nRestarting units: running-a.service\nStarting "
        "units: running-a.socket, running-b.socket, running-c.socket\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active running-a.service\n"
                              "--user is-active running-a.socket\n"
                              "--user is-active running-a.service\n"
                              "--user is-active running-b.socket\n"
                              "--user is-active running-worker.service\n"
                              "--user is-active running-c.socket\n"
                              "--user is-active running-c.service\n"
                              "--user stop running-a.service\n"
                              "--user stop running-a.socket\n"
                              "--user stop running-worker.service\n"
                              "--user stop running-b.socket\n"
                              "--user stop running-c.service\n"
                              "--user stop running-c.socket\n"
                              "--user daemon-reload\n"
                              "--user try-restart running-a.service\n"
                              "--user start running-a.socket\n"
                              "--user start running-b.socket\n"
                              "--user start running-c.socket\n");
}

// A unit's drop-ins (<unit>.d/*.conf) are part of it: changing one
// changes the unit, and its settings (X-SwitchMethod here) count. One for
// a unit the generation lacks changes none of ours, but the manager is
// still reloaded to read it.
TEST_F(ReloadSystemd, DropInsAreTheirUnitsChanges) {
    fake("running");
    std::string d = ".config/systemd/user/";
    auto a =
        sb.generation({{d + "running-a.service", {unit("a")}},
                       {d + "running-a.service.d/env.conf", {"[Service]\nEnvironment=V=1\n"}},
                       {d + "running-b.service", {unit("b")}},
                       {d + "running-b.service.d/method.conf", {"[Unit]\nX-SwitchMethod=reload\n"}},
                       {d + "pipewire.service.d/x.conf", {"[Service]\nNice=1\n"}}});
    auto b =
        sb.generation({{d + "running-a.service", {unit("a")}},
                       {d + "running-a.service.d/env.conf", {"[Service]\nEnvironment=V=2\n"}},
                       {d + "running-b.service", {unit("b2")}},
                       {d + "running-b.service.d/method.conf", {"[Unit]\nX-SwitchMethod=reload\n"}},
                       {d + "pipewire.service.d/x.conf", {"[Service]\nNice=1\n"}}});
    EXPECT_EQ(run(a, b),
              "Reloading units: running-b.service\nRestarting units: running-a.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active running-a.service\n"
                              "--user is-active running-b.service\n"
                              "--user daemon-reload\n"
                              "--user try-reload-or-restart running-b.service\n"
                              "--user try-restart running-a.service\n");

    std::filesystem::remove(log);
    auto c =
        sb.generation({{d + "running-a.service", {unit("a")}},
                       {d + "running-a.service.d/env.conf", {"[Service]\nEnvironment=V=2\n"}},
                       {d + "running-b.service", {unit("b2")}},
                       {d + "running-b.service.d/method.conf", {"[Unit]\nX-SwitchMethod=reload\n"}},
                       {d + "pipewire.service.d/x.conf", {"[Service]\nNice=2\n"}}});
    EXPECT_EQ(run(b, c), "");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user daemon-reload\n");
}

// With xdg.configHome moved, the units are where the module says.
TEST_F(ReloadSystemd, UnitsAreReadWhereTheModuleSays) {
    fake("running");
    auto b = sb.generation({{".cfg/systemd/user/a.service", {unit("a")}},
                            {".cfg/systemd/user/default.target.wants/a.service", {unit("a")}},
                            {".config/systemd/user/b.service", {unit("b")}},
                            {".config/systemd/user/default.target.wants/b.service", {unit("b")}}},
                           with_settings("--units-dir /.cfg/systemd/user"));
    EXPECT_EQ(run("", b), "Starting units: a.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active default.target\n"
                              "--user daemon-reload\n"
                              "--user start a.service\n");
}

// A changed unit an active target wanted all along but that does not run
// (failed, or a finished oneshot) is started, as starting the target
// would; unchanged, it stays as it is; running, it is only restarted; a
// changed unit no target wants (one a timer starts) is not started.
TEST_F(ReloadSystemd, AChangedWantedUnitThatDoesNotRunIsStarted) {
    fake("running");
    std::string d = ".config/systemd/user/";
    std::string w = d + "default.target.wants/";
    auto a =
        sb.generation({{d + "failed-a.service", {unit("v1")}},
                       {w + "failed-a.service", {unit("v1")}},
                       {d + "failed-same.service", {unit("same")}},
                       {w + "failed-same.service", {unit("same")}},
                       {d + "running-b.service", {unit("v1")}},
                       {w + "running-b.service", {unit("v1")}},
                       {d + "timed.service", {unit("v1")}},
                       {d + "keep.service", {"[Unit]\nX-SwitchMethod=keep-old\n" + unit("v1")}},
                       {w + "keep.service", {unit("v1")}}});
    auto b =
        sb.generation({{d + "failed-a.service", {unit("v2")}},
                       {w + "failed-a.service", {unit("v2")}},
                       {d + "failed-same.service", {unit("same")}},
                       {w + "failed-same.service", {unit("same")}},
                       {d + "running-b.service", {unit("v2")}},
                       {w + "running-b.service", {unit("v2")}},
                       {d + "timed.service", {unit("v2")}},
                       {d + "keep.service", {"[Unit]\nX-SwitchMethod=keep-old\n" + unit("v2")}},
                       {w + "keep.service", {unit("v2")}}});
    EXPECT_EQ(
        run(a, b),
        "Restarting units: running-b.service\nStarting units: failed-a.service, keep.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active failed-a.service\n"
                              "--user is-active running-b.service\n"
                              "--user is-active timed.service\n"
                              "--user is-active default.target\n"
                              "--user is-active keep.service\n"
                              "--user daemon-reload\n"
                              "--user try-restart running-b.service\n"
                              "--user start failed-a.service\n"
                              "--user start keep.service\n");
}

// WantedBy on a template links the template itself: systemd starts its
// DefaultInstance=, and a template without one cannot be started at all.
TEST_F(ReloadSystemd, AWantedTemplateStartsItsDefaultInstance) {
    fake("running");
    std::string d = ".config/systemd/user/";
    std::string with_default = "[Install]\nDefaultInstance=main\n" + unit("%i");
    auto b = sb.generation({{d + "named@.service", {with_default}},
                            {d + "default.target.wants/named@.service", {with_default}},
                            {d + "bare@.service", {unit("%i")}},
                            {d + "default.target.wants/bare@.service", {unit("%i")}}});
    EXPECT_EQ(run("", b), "Starting units: named@main.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active default.target\n"
                              "--user daemon-reload\n"
                              "--user start named@main.service\n");
}

// startServices = false or "suggest": the manager is reloaded and the
// commands the services need are printed, as Home Manager's suggest
// script does; only changed services that run are restarted, and units
// refusing a manual stop or start are left out.
TEST_F(ReloadSystemd, SuggestModeOnlyPrintsTheCommands) {
    fake("running");
    std::string d = ".config/systemd/user/";
    std::string no_stop = "[Unit]\nRefuseManualStop=yes\n";
    auto a = sb.generation({{d + "running-a.service", {unit("v1")}},
                            {d + "idle.service", {unit("v1")}},
                            {d + "running-locked.service", {no_stop + unit("v1")}},
                            {d + "gone.service", {unit("gone")}},
                            {d + "tick.timer", {"[Timer]\nOnActiveSec=1h\n"}}});
    auto b = sb.generation({{d + "running-a.service", {unit("v2")}},
                            {d + "idle.service", {unit("v2")}},
                            {d + "running-locked.service", {no_stop + unit("v2")}},
                            {d + "new.service", {unit("new")}},
                            {d + "tick.timer", {"[Timer]\nOnActiveSec=2h\n"}}},
                           with_settings("--mode suggest"));
    EXPECT_EQ(run(a, b), "Suggested commands:\n"
                         "systemctl --user restart running-a.service\n"
                         "systemctl --user stop gone.service\n"
                         "systemctl --user start new.service\n");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user daemon-reload\n"
                              "--user is-active idle.service\n"
                              "--user is-active running-a.service\n");
}
