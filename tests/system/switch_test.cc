// A whole activation into a sandbox root: a hand-written configuration
// like the seed's (eve, her Home Manager service, a per-user profile, an
// /etc file), then a changed one, against a recording service manager.
#include "fixture.hh"

#include "system/fs.hh"
#include "system/generations.hh"
#include "system/manifest.hh"
#include "system/switch.hh"

#include <unistd.h>

namespace hearth::system {
namespace {

// Remembers what it was asked; every unit it started is "active".
class FakeSystemd : public ServiceManager {
  public:
    bool present() const override { return true; }
    std::string active_state(const std::string& u) override {
        return active.count(u) ? "active" : "inactive";
    }
    Result<void> daemon_reload() override {
        calls.push_back("daemon-reload");
        return {};
    }
    bool act(const std::string& verb, const std::string& unit, std::string&) override {
        calls.push_back(verb + " " + unit);
        if (verb == "stop")
            active.erase(unit);
        else
            active.insert(unit);
        return !failing.count(unit);
    }
    std::string status(const std::string& u) override { return "status of " + u; }
    std::vector<uid_t> user_managers() override { return managers; }
    bool user_act(const RunAs& who, const std::string& verb, const std::string& unit,
                  std::string& why) override {
        calls.push_back("user " + std::to_string(who.uid) + " " + verb +
                        (unit.empty() ? "" : " " + unit));
        why = "failed for " + unit;
        return !failing.count("user " + unit);
    }
    std::set<std::string> active, failing;
    std::vector<std::string> calls;
    std::vector<uid_t> managers;
};

std::string manifest_json(const std::string& gen, const std::string& profile,
                          const std::string& motd, const std::string& unit_text) {
    return R"({"version":1,"hostName":null,"stateVersion":"23.11","systemPath":"",
 "users":{"eve":{"name":"eve","uid":null,"group":"users","extraGroups":[],"description":"","home":"/home/eve",
   "homeMode":"700","createHome":true,"isNormalUser":true,"isSystemUser":false,"shell":"/bin/bash"}},
 "groups":{"users":{"name":"users","gid":100,"members":[]}},
 "etc":{"motd":{"source":")" +
           motd + R"(","mode":"symlink","user":"+0","group":"+0"},
        "profiles/per-user/eve":{"source":")" +
           profile + R"(","mode":"symlink","user":"+0","group":"+0"}},
 "units":{"home-manager-eve.service":{"text":)" +
           unit_text + R"(,"enable":true,"wantedBy":["multi-user.target"],
   "requiredBy":[],"upheldBy":[],"aliases":[],"restartIfChanged":true,"reloadIfChanged":false,"stopIfChanged":false}},
 "userUnits":{},
 "profiles":{"eve":{"packages":[],"path":")" +
           profile + R"("}},
 "homeManager":{"eve":{"user":"eve","home":"/home/eve","activationPackage":")" +
           gen + R"(",
   "service":"home-manager-eve.service","startAsUserService":false}},
 "userActivationScripts":{},"variables":{},"warnings":[]})";
}

struct Configs {
    std::string first, second;
};

Configs make_configs(test::SystemRoot& root) {
    std::string profile =
        root.add_tree("user-environment", {{"bin/http", "!#!/bin/sh\necho http 1.0\n"}});
    std::string gen =
        root.add_tree("home-manager-generation",
                      {{"activate", "!#!/bin/sh\nln -sfn /nix/store/x-bashrc \"$HOME/.bashrc\"\n"
                                    "echo \"activated $USER with QT=$QT_QPA_PLATFORM\"\n"}});
    std::string motd1 = root.add_text("etc-motd", "one\n"),
                motd2 = root.add_text("etc-motd", "two\n");
    std::string unit1 =
        R"("[Unit]\nDescription=Home Manager environment for eve\n\n[Service]\nEnvironment=\"QT_QPA_PLATFORM=offscreen\"\nExecStart=/bin/true\n")";
    std::string unit2 =
        R"("[Unit]\nDescription=Home Manager environment for eve\n\n[Service]\nEnvironment=\"QT_QPA_PLATFORM=offscreen\"\nExecStart=/bin/false\n")";
    Configs c;
    c.first = root.add_tree("hearth-system",
                            {{"manifest.json", manifest_json(gen, profile, motd1, unit1)}});
    c.second = root.add_tree("hearth-system",
                             {{"manifest.json", manifest_json(gen, profile, motd2, unit2)}});
    return c;
}

TEST(Switch, FirstSwitchInstallsEverythingAndStartsTheService) {
    test::SystemRoot root;
    auto cfg = make_configs(root);
    FakeSystemd systemd;
    Report report(nullptr);
    ActivateOptions o;
    o.toplevel = cfg.first;
    auto status = activate_configuration(root.store(), root.target(), o, systemd, report);
    ASSERT_TRUE(status.ok()) << status.error().message;
    EXPECT_EQ(*status, 0);
    EXPECT_NE(test::slurp(root / "etc/passwd").find("eve:x:1000:100::/home/eve:/bin/bash"),
              std::string::npos);
    struct stat st;
    ASSERT_EQ(::stat((root / "home/eve").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0700u);
    EXPECT_EQ(st.st_uid, ::geteuid() == 0 ? 1000u : ::geteuid());
    EXPECT_EQ(test::slurp(root / "etc/systemd/system/home-manager-eve.service").find("[Unit]"), 0u);
    EXPECT_EQ(
        read_link(root / "etc/systemd/system/multi-user.target.wants/home-manager-eve.service"),
        "/etc/systemd/system/home-manager-eve.service");
    EXPECT_EQ(test::slurp_in(root.path(), "/etc/motd"), "one\n");
    // /etc/profiles/per-user/eve -> the profile -> a generation -> the environment.
    EXPECT_EQ(read_link(root / "etc/profiles/per-user/eve"),
              "/nix/var/hearth/profiles/per-user-system/eve");
    EXPECT_EQ(test::slurp_in(root.path(), "/etc/profiles/per-user/eve/bin/http"),
              "#!/bin/sh\necho http 1.0\n");
    EXPECT_EQ(systemd.calls,
              (std::vector<std::string>{"daemon-reload", "start home-manager-eve.service"}));
    EXPECT_EQ(read_link(root / "run/current-system/toplevel"), cfg.first);
}

TEST(Switch, AnExistingHomeIsGivenToTheUserWithItsModeAndContent) {
    if (::geteuid() != 0) GTEST_SKIP() << "changing a directory's owner needs root";
    test::SystemRoot root;
    auto cfg = make_configs(root);
    std::filesystem::create_directories(root / "home/eve");
    ::chmod((root / "home/eve").c_str(), 0750);
    test::write_file(root / "home/eve/notes", "mine\n");
    FakeSystemd systemd;
    Report report(nullptr);
    ActivateOptions o;
    o.toplevel = cfg.first;
    auto status = activate_configuration(root.store(), root.target(), o, systemd, report);
    ASSERT_TRUE(status.ok()) << status.error().message;
    struct stat st;
    ASSERT_EQ(::stat((root / "home/eve").c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, 1000u);
    EXPECT_EQ(st.st_gid, 100u);
    EXPECT_EQ(st.st_mode & 07777, 0750u);
    ASSERT_EQ(::stat((root / "home/eve/notes").c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, 0u);
    EXPECT_TRUE(report.contains("giving home /home/eve to 'eve'"));
    EXPECT_FALSE(report.contains("creating home /home/eve"));
}

TEST(Switch, ChangedServiceIsRestartedAndOldEtcFileReplaced) {
    test::SystemRoot root;
    auto cfg = make_configs(root);
    FakeSystemd systemd;
    Report report(nullptr);
    ActivateOptions o;
    o.toplevel = cfg.first;
    ASSERT_TRUE(activate_configuration(root.store(), root.target(), o, systemd, report).ok());
    systemd.calls.clear();
    o.toplevel = cfg.second;
    auto status = activate_configuration(root.store(), root.target(), o, systemd, report);
    ASSERT_TRUE(status.ok()) << status.error().message;
    EXPECT_EQ(systemd.calls,
              (std::vector<std::string>{"daemon-reload", "restart home-manager-eve.service"}));
    EXPECT_EQ(test::slurp_in(root.path(), "/etc/motd"), "two\n");
    EXPECT_NE(test::slurp(root / "etc/systemd/system/home-manager-eve.service").find("/bin/false"),
              std::string::npos);
    EXPECT_TRUE(report.contains("restarting the following units: home-manager-eve.service"));

    // The same configuration again is a no-op.
    systemd.calls.clear();
    ASSERT_TRUE(activate_configuration(root.store(), root.target(), o, systemd, report).ok());
    EXPECT_EQ(systemd.calls, std::vector<std::string>{"daemon-reload"});
}

TEST(Switch, FailedUnitGivesStatusFourAndItsStatusText) {
    test::SystemRoot root;
    auto cfg = make_configs(root);
    FakeSystemd systemd;
    systemd.failing.insert("home-manager-eve.service");
    Report report(nullptr);
    ActivateOptions o;
    o.toplevel = cfg.first;
    auto status = activate_configuration(root.store(), root.target(), o, systemd, report);
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(*status, 4);
    EXPECT_TRUE(report.contains("the following units failed: home-manager-eve.service"));
    EXPECT_TRUE(report.contains("status of home-manager-eve.service"));
}

// A configuration with system.userActivationScripts (here, as with Home
// Manager's startAsUserService) and no system unit for eve.
void with_user_activation(const test::SystemRoot& root, const std::string& first, std::string& m) {
    m = test::slurp_in(root.path(), first + "/manifest.json");
    auto replace = [&](const std::string& from, const std::string& to) {
        auto at = m.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        if (at != std::string::npos) m.replace(at, from.size(), to);
    };
    // No system unit for eve: her user manager activates her home.
    auto units = m.find(R"("units":{)"), user_units = m.find(R"("userUnits")");
    ASSERT_TRUE(units != std::string::npos && user_units != std::string::npos);
    m.replace(units, user_units - units, R"("units":{},)");
    replace(R"("userUnits":{})",
            R"("userUnits":{"nixos-activation.service":{"text":"[Service]\nExecStart=/bin/true\n",
      "enable":true,"wantedBy":["default.target"],"requiredBy":[],"upheldBy":[],"aliases":[],
      "restartIfChanged":true,"reloadIfChanged":false,"stopIfChanged":true}})");
    replace(R"("service":"home-manager-eve.service","startAsUserService":false)",
            R"("service":null,"startAsUserService":true)");
    replace(
        R"("userActivationScripts":{})",
        R"("userActivationScripts":{"home-manager":"systemctl --user restart home-manager\n"})");
}

TEST(Switch, RunningUserManagersAreReloadedAndRunTheUserActivation) {
    test::SystemRoot root;
    auto cfg = make_configs(root);
    std::string manifest;
    with_user_activation(root, cfg.first, manifest);
    std::string user_cfg = root.add_tree("hearth-system", {{"manifest.json", manifest}});
    FakeSystemd systemd;
    Report report(nullptr);
    ActivateOptions o;
    o.toplevel = user_cfg;
    // Nobody logged in: the home waits for eve's next login.
    auto status = activate_configuration(root.store(), root.target(), o, systemd, report);
    ASSERT_TRUE(status.ok()) << status.error().message;
    EXPECT_EQ(*status, 0);
    EXPECT_EQ(systemd.calls, std::vector<std::string>{"daemon-reload"});
    EXPECT_TRUE(report.contains("the home of 'eve' is activated when their systemd instance next "
                                "starts"));
    EXPECT_EQ(read_link(root / "etc/systemd/user/default.target.wants/nixos-activation.service"),
              "/etc/systemd/user/nixos-activation.service");

    // eve's systemd instance runs (uid 1000), and one of uid 1234, whom this
    // machine does not know, is left alone.
    systemd.calls.clear();
    systemd.managers = {1000, 1234};
    status = activate_configuration(root.store(), root.target(), o, systemd, report);
    ASSERT_TRUE(status.ok()) << status.error().message;
    EXPECT_EQ(*status, 0);
    EXPECT_EQ(systemd.calls,
              (std::vector<std::string>{"daemon-reload", "user 1000 daemon-reload",
                                        "user 1000 start nixos-activation.service"}));
    EXPECT_TRUE(report.contains("reloading user units for eve..."));

    // Its failure names eve and makes the switch exit 4.
    systemd.calls.clear();
    systemd.failing.insert("user nixos-activation.service");
    status = activate_configuration(root.store(), root.target(), o, systemd, report);
    ASSERT_TRUE(status.ok()) << status.error().message;
    EXPECT_EQ(*status, 4);
    EXPECT_TRUE(report.contains(
        "the user activation of 'eve' failed: failed for nixos-activation.service"));
}

TEST(Switch, WithoutSystemdHomesAreActivatedDirectly) {
    if (::geteuid() != 0) GTEST_SKIP() << "activating as another user needs root";
    test::SystemRoot root;
    auto cfg = make_configs(root);
    auto none = make_no_service_manager();
    Report report(nullptr);
    ActivateOptions o;
    o.toplevel = cfg.first;
    o.hearth_exe = "/usr/bin/hearth";
    auto status = activate_configuration(root.store(), root.target(), o, *none, report);
    ASSERT_TRUE(status.ok()) << status.error().message;
    EXPECT_EQ(*status, 0) << testing::PrintToString(report.lines());
    EXPECT_EQ(read_link(root / "home/eve/.bashrc"), "/nix/store/x-bashrc");
    struct stat st;
    ASSERT_EQ(::lstat((root / "home/eve/.bashrc").c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, 1000u);
    EXPECT_TRUE(report.contains("eve: activated eve with QT=offscreen"));
    EXPECT_TRUE(report.contains(
        "would start the following units: home-manager-eve.service (sandbox root: no systemd)"));

    std::filesystem::remove(root / "home/eve/.bashrc");

    // As systemd leaves an unchanged unit alone: the same generation with
    // the same environment is not activated again.
    // Nor is what it remembers written again (a rename would be a new inode).
    struct stat record {};
    std::string record_file = root / "var/lib/hearth/system/activated-homes";
    ASSERT_EQ(::stat(record_file.c_str(), &record), 0);
    Report again(nullptr);
    ASSERT_EQ(*activate_configuration(root.store(), root.target(), o, *none, again), 0);
    EXPECT_TRUE(again.contains("the home of 'eve' is unchanged: not activated again"));
    EXPECT_FALSE(exists_no_follow(root / "home/eve/.bashrc"));
    struct stat after {};
    ASSERT_EQ(::stat(record_file.c_str(), &after), 0);
    EXPECT_EQ(after.st_ino, record.st_ino);

    // A new generation is.
    std::string m = test::slurp_in(root.path(), cfg.first + "/manifest.json");
    std::string gen = root.add_tree(
        "home-manager-generation",
        {{"activate", "!#!/bin/sh\nln -sfn /nix/store/y-bashrc \"$HOME/.bashrc\"\n"}});
    auto at = m.find(R"("activationPackage":")");
    ASSERT_NE(at, std::string::npos);
    at += std::string(R"("activationPackage":")").size();
    m.replace(at, m.find('"', at) - at, gen);
    o.toplevel = root.add_tree("hearth-system", {{"manifest.json", m}});
    Report changed(nullptr);
    ASSERT_EQ(*activate_configuration(root.store(), root.target(), o, *none, changed), 0);
    EXPECT_FALSE(changed.contains("not activated again"));
    EXPECT_EQ(read_link(root / "home/eve/.bashrc"), "/nix/store/y-bashrc");
}

TEST(Switch, GenerationsAndRollback) {
    test::SystemRoot root;
    auto cfg = make_configs(root);
    EXPECT_EQ(add_system_generation(root.store(), cfg.first).value(), 1);
    EXPECT_EQ(add_system_generation(root.store(), cfg.second).value(), 2);
    EXPECT_EQ(previous_generation(root.store()).value(), 1);
    ASSERT_TRUE(set_current_generation(root.store(), 1).ok());
    EXPECT_EQ(generation_toplevel(root.store()).value(), cfg.first);
    std::string list = list_generations_text(root.store()).value();
    EXPECT_EQ(list.find("Generation  Build-date"), 0u);
    EXPECT_NE(list.find("\n2           "), std::string::npos) << list;
    EXPECT_NE(list.find("\n1 current   "), std::string::npos) << list;
    EXPECT_NE(list.find("23.11"), std::string::npos);
}

TEST(Manifest, RefusesAnUnknownVersion) {
    auto m = Manifest::parse(R"({"version":2})");
    ASSERT_FALSE(m.ok());
    EXPECT_NE(m.error().message.find("version 2"), std::string::npos);
    auto bad = Manifest::parse(R"({"version":1,"users":{"eve":{"uid":"x"}}})");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message,
              "system manifest: manifest.users.eve.uid should be an integer or null");
}

} // namespace
} // namespace hearth::system
