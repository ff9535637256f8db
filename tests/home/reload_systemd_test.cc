// reloadSystemd against a recording fake systemctl (HEARTH_SYSTEMCTL):
// no user manager is a note, not a failure; changed, removed and new units
// are restarted, stopped and started as sd-switch does.
#include "home/activate/steps.hh"

#include "fixture.hh"

using namespace hearth;
using namespace hearth::test;

namespace {

struct ReloadSystemd : testing::Test {
    Sandbox sb;
    std::string log = sb.home + "/../systemctl.log";

    // A fake systemctl: `is-system-running` prints STATE; `is-active` says
    // active for default.target and units named running-*, failed for
    // failed-*, inactive (as for a unit never loaded) otherwise; every
    // call is logged.
    void fake(const std::string& state) {
        std::string exe = sb.home + "/../systemctl";
        write_file(exe,
                   "#!/bin/sh\necho \"$*\" >> " + log +
                       "\ncase \"$2\" in\n  is-system-running) echo " + state + "; [ " + state +
                       " = running ];;\n  is-active) case \"$3\" in\n"
                       "    default.target|running-*) echo active ;;\n"
                       "    failed-*) echo failed; exit 3 ;;\n"
                       "    *) echo inactive; exit 3 ;;\n  esac ;;\nesac\n",
                   0755);
        ::setenv("HEARTH_SYSTEMCTL", exe.c_str(), 1);
    }
    std::string unit(const std::string& body) { return "[Service]\nExecStart=" + body + "\n"; }
    std::string run(const std::string& old_gen, const std::string& new_gen) {
        if (!old_gen.empty()) sb.set_current(old_gen);
        auto c = sb.context(new_gen);
        testing::internal::CaptureStdout();
        auto r = home::reloadSystemd(c);
        std::string out = testing::internal::GetCapturedStdout();
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

TEST_F(ReloadSystemd, SwitchesChangedUnits) {
    fake("running");
    std::string d = ".config/systemd/user/";
    auto a = sb.generation({{d + "same.service", {unit("same")}},
                            {d + "changed.service", {unit("v1")}},
                            {d + "reloaded.service", {unit("v1")}},
                            {d + "running-gone.service", {unit("gone")}}});
    auto b =
        sb.generation({{d + "same.service", {unit("same")}},
                       {d + "changed.service", {unit("v2")}},
                       {d + "reloaded.service", {"[Unit]\nX-SwitchMethod=reload\n" + unit("v2")}},
                       {d + "new.service", {unit("new")}},
                       {d + "default.target.wants/new.service", {unit("new")}},
                       {d + "idle.service", {unit("idle")}}});
    EXPECT_EQ(run(a, b), "");
    EXPECT_EQ(read_file(log), "--user is-system-running\n"
                              "--user is-active running-gone.service\n"
                              "--user is-active default.target\n"
                              "--user stop running-gone.service\n"
                              "--user daemon-reload\n"
                              "--user try-reload-or-restart reloaded.service\n"
                              "--user try-restart changed.service\n"
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
    EXPECT_EQ(run(a, b), "");
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
    EXPECT_EQ(run(a, b), "");
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
    write_file(exe, script + "[ \"$2 $3\" != \"start a.service\" ]\n", 0755);
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
