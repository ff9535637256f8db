// Groups and users written into a sandbox /etc: id allocation, locked
// passwords, membership, untouched foreign lines, idempotence.
#include "fixture.hh"

#include "system/accounts.hh"

namespace hearth::system {
namespace {

Manifest eve_manifest() {
    Manifest m;
    UserSpec eve;
    eve.name = "eve";
    eve.group = "users";
    eve.home = "/home/eve";
    eve.create_home = true;
    eve.is_normal_user = true;
    eve.shell = "/bin/bash";
    eve.extra_groups = {"wheel"};
    m.users["eve"] = eve;
    m.groups["users"] = GroupSpec{"users", 100, {}};
    m.groups["wheel"] = GroupSpec{"wheel", std::nullopt, {}};
    return m;
}

TEST(Accounts, CreatesUserAndGroupWithNixosIdRanges) {
    test::SystemRoot root;
    Report report(nullptr);
    auto changes = apply_accounts(root.target(), eve_manifest(), report, false);
    ASSERT_TRUE(changes.ok()) << changes.error().message;
    EXPECT_EQ(changes->created_users, std::vector<std::string>{"eve"});
    EXPECT_EQ(changes->created_groups, std::vector<std::string>{"wheel"});
    std::string passwd = test::slurp(root / "etc/passwd");
    EXPECT_NE(passwd.find("\neve:x:1000:100::/home/eve:/bin/bash\n"), std::string::npos) << passwd;
    // 999 is free; 998 is systemd-network's.
    EXPECT_NE(test::slurp(root / "etc/group").find("\nwheel:x:999:eve\n"), std::string::npos);
    EXPECT_NE(test::slurp(root / "etc/shadow").find("\neve:!:"), std::string::npos);
    EXPECT_NE(test::slurp(root / "etc/gshadow").find("\nwheel:!::eve\n"), std::string::npos);
    // shadow-utils' backups hold the previous contents.
    EXPECT_EQ(test::slurp(root / "etc/passwd-").find("eve"), std::string::npos);
    EXPECT_TRUE(report.contains("creating user 'eve' (uid 1000)"));
}

TEST(Accounts, SecondApplyChangesNothing) {
    test::SystemRoot root;
    Report report(nullptr);
    ASSERT_TRUE(apply_accounts(root.target(), eve_manifest(), report, false).ok());
    std::string before = test::slurp(root / "etc/passwd") + test::slurp(root / "etc/group");
    auto again = apply_accounts(root.target(), eve_manifest(), report, false);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->any());
    EXPECT_EQ(before, test::slurp(root / "etc/passwd") + test::slurp(root / "etc/group"));
}

TEST(Accounts, SkipsTakenUidsAndKeepsForeignLines) {
    test::SystemRoot root;
    test::write_file(root / "etc/passwd",
                     test::slurp(root / "etc/passwd") +
                         "alice:x:1000:100::/home/alice:/bin/sh\n+@netgroup::::::\n");
    Report report(nullptr);
    ASSERT_TRUE(apply_accounts(root.target(), eve_manifest(), report, false).ok());
    std::string passwd = test::slurp(root / "etc/passwd");
    EXPECT_NE(passwd.find("\neve:x:1001:"), std::string::npos);
    EXPECT_NE(passwd.find("\n+@netgroup::::::\n"), std::string::npos);
}

TEST(Accounts, SystemUsersCountDownFrom999) {
    test::SystemRoot root;
    Manifest m;
    UserSpec svc;
    svc.name = "svc";
    svc.group = "nogroup";
    svc.is_system_user = true;
    m.users["svc"] = svc;
    Report report(nullptr);
    ASSERT_TRUE(apply_accounts(root.target(), m, report, false).ok());
    EXPECT_NE(test::slurp(root / "etc/passwd").find("\nsvc:x:999:65534::/var/empty:\n"),
              std::string::npos);
}

TEST(Accounts, ExistingUserGainsGroupsButKeepsItsUid) {
    test::SystemRoot root;
    test::write_file(root / "etc/passwd",
                     test::slurp(root / "etc/passwd") + "eve:x:1234:100::/home/eve:/bin/sh\n");
    Report report(nullptr);
    auto changes = apply_accounts(root.target(), eve_manifest(), report, false);
    ASSERT_TRUE(changes.ok());
    EXPECT_TRUE(changes->created_users.empty());
    EXPECT_NE(test::slurp(root / "etc/passwd").find("eve:x:1234:100::/home/eve:/bin/sh\n"),
              std::string::npos);
    EXPECT_NE(test::slurp(root / "etc/group").find("wheel:x:999:eve"), std::string::npos);
}

TEST(Accounts, MissingPrimaryGroupIsAnError) {
    test::SystemRoot root;
    Manifest m = eve_manifest();
    m.users["eve"].group = "nosuchgroup";
    Report report(nullptr);
    auto r = apply_accounts(root.target(), m, report, false);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("nosuchgroup"), std::string::npos);
    EXPECT_EQ(test::slurp(root / "etc/passwd").find("eve"), std::string::npos);
}

TEST(Accounts, DryRunWritesNothing) {
    test::SystemRoot root;
    std::string before = test::slurp(root / "etc/passwd");
    Report report(nullptr);
    ASSERT_TRUE(apply_accounts(root.target(), eve_manifest(), report, true).ok());
    EXPECT_EQ(before, test::slurp(root / "etc/passwd"));
    EXPECT_TRUE(report.contains("would create user 'eve'"));
}

} // namespace
} // namespace hearth::system
