// checkLinkTargets: the collision rules and messages of spec §2.6, and
// that the check writes nothing.
#include "home/activate/steps.hh"

#include "fixture.hh"

using namespace hearth;
using namespace hearth::test;

namespace {

struct CheckLinkTargets : testing::Test {
    Sandbox sb;
    std::string gen = sb.generation({{".bashrc", {"new bashrc\n"}},
                                     {".config/app/conf", {"conf\n"}},
                                     {".forced", {"forced\n", true}}});

    home::Result<void> check() {
        auto c = sb.context(gen);
        return home::checkLinkTargets(c);
    }
    std::string source(const std::string& rel) {
        return sb.context(gen).new_gen.home_files + "/" + rel;
    }
};

const char* const help =
    "Please do one of the following:\n"
    "- In standalone mode, use 'home-manager switch -b backup' to back up files automatically.\n"
    "- When used as a NixOS or nix-darwin module, set either\n"
    "  - 'home-manager.backupFileExtension', or\n"
    "  - 'home-manager.backupCommand',\n"
    "  to move the file to a new location in the same directory, or run a custom command.\n"
    "- Set 'force = true' on the related file options to forcefully overwrite the files below. "
    "eg. 'xdg.configFile.\"mimeapps.list\".force = true'\n";

} // namespace

TEST_F(CheckLinkTargets, EmptyHomePasses) {
    EXPECT_TRUE(check().ok());
}

TEST_F(CheckLinkTargets, ForeignFileIsAnErrorNamingIt) {
    write_file(sb.h(".bashrc"), "mine\n");
    auto r = check();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, home::ErrorKind::collision);
    EXPECT_EQ(r.error().message,
              std::string(help) + "Existing file '" + sb.h(".bashrc") + "' would be clobbered");
    EXPECT_EQ(read_file(sb.h(".bashrc")), "mine\n"); // nothing written
}

TEST_F(CheckLinkTargets, EveryCollisionIsListed) {
    write_file(sb.h(".bashrc"), "mine\n");
    write_file(sb.h(".config/app/conf"), "mine too\n");
    auto r = check();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("Existing file '" + sb.h(".bashrc") + "' would be clobbered"),
              std::string::npos);
    EXPECT_NE(r.error().message.find("Existing file '" + sb.h(".config/app/conf") +
                                     "' would be clobbered"),
              std::string::npos);
}

TEST_F(CheckLinkTargets, IdenticalFileIsSkippedWithAWarning) {
    write_file(sb.h(".bashrc"), "new bashrc\n");
    testing::internal::CaptureStdout();
    auto r = check();
    std::string out = testing::internal::GetCapturedStdout();
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(out, "Existing file '" + sb.h(".bashrc") + "' is in the way of '" +
                       source(".bashrc") + "', will be skipped since they are the same\n");
}

TEST_F(CheckLinkTargets, BackupExtensionAllowsIt) {
    write_file(sb.h(".bashrc"), "mine\n");
    ::setenv("HOME_MANAGER_BACKUP_EXT", "bak", 1);
    testing::internal::CaptureStdout();
    auto r = check();
    std::string out = testing::internal::GetCapturedStdout();
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(out, "Existing file '" + sb.h(".bashrc") + "' is in the way of '" +
                       source(".bashrc") + "', will be moved to '" + sb.h(".bashrc.bak") + "'\n");
    EXPECT_EQ(read_file(sb.h(".bashrc")), "mine\n");
}

TEST_F(CheckLinkTargets, ExistingBackupIsAnError) {
    write_file(sb.h(".bashrc"), "mine\n");
    write_file(sb.h(".bashrc.bak"), "older\n");
    ::setenv("HOME_MANAGER_BACKUP_EXT", "bak", 1);
    auto r = check();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, std::string(help) + "Existing file '" + sb.h(".bashrc.bak") +
                                     "' would be clobbered by backing up '" + sb.h(".bashrc") +
                                     "'");
}

TEST_F(CheckLinkTargets, ExistingBackupWithOverwriteWarns) {
    write_file(sb.h(".bashrc"), "mine\n");
    write_file(sb.h(".bashrc.bak"), "older\n");
    ::setenv("HOME_MANAGER_BACKUP_EXT", "bak", 1);
    ::setenv("HOME_MANAGER_BACKUP_OVERWRITE", "1", 1);
    testing::internal::CaptureStdout();
    auto r = check();
    std::string out = testing::internal::GetCapturedStdout();
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(out, "Existing file '" + sb.h(".bashrc") + "' is in the way of '" +
                       source(".bashrc") + "' and '" + sb.h(".bashrc.bak") +
                       "' exists. Backup will be clobbered due to "
                       "HOME_MANAGER_BACKUP_OVERWRITE=1\n");
}

TEST_F(CheckLinkTargets, BackupCommandAllowsIt) {
    write_file(sb.h(".bashrc"), "mine\n");
    ::setenv("HOME_MANAGER_BACKUP_COMMAND", "true", 1);
    EXPECT_TRUE(check().ok());
}

TEST_F(CheckLinkTargets, BackupDoesNotApplyToForeignSymlinks) {
    write_file(sb.h("elsewhere"), "x\n");
    std::filesystem::create_symlink(sb.h("elsewhere"), sb.h(".bashrc"));
    ::setenv("HOME_MANAGER_BACKUP_EXT", "bak", 1);
    auto r = check();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("Existing file '" + sb.h(".bashrc") + "' would be clobbered"),
              std::string::npos);
}

TEST_F(CheckLinkTargets, ForceSkipsTheCheck) {
    write_file(sb.h(".forced"), "mine\n");
    EXPECT_TRUE(check().ok());
}

TEST_F(CheckLinkTargets, ForceCannotReplaceADirectory) {
    write_file(sb.h(".forced/inside"), "mine\n");
    auto r = check();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("Existing directory '" + sb.h(".forced") + "'"),
              std::string::npos);
}

TEST_F(CheckLinkTargets, DirectoryWhereALinkGoesIsACollision) {
    write_file(sb.h(".bashrc/inside"), "mine\n");
    auto r = check();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("Existing file '" + sb.h(".bashrc") + "' would be clobbered"),
              std::string::npos);
}

TEST_F(CheckLinkTargets, FileWhereAParentDirectoryGoesIsACollision) {
    write_file(sb.h(".config/app"), "a file, not a directory\n");
    auto r = check();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("Existing file '" + sb.h(".config/app") + "'"),
              std::string::npos);
}

TEST_F(CheckLinkTargets, LinksIntoAGenerationAreOurs) {
    std::string old = sb.generation({{".bashrc", {"old\n"}}});
    std::filesystem::create_symlink(sb.context(old).new_gen.home_files + "/.bashrc",
                                    sb.h(".bashrc"));
    EXPECT_TRUE(check().ok());
}

TEST_F(CheckLinkTargets, LinksIntoTheStoreButNotAGenerationAreNot) {
    std::string other = sb.store_name("something");
    write_file(other + "/.bashrc", "x\n");
    std::filesystem::create_symlink(other + "/.bashrc", sb.h(".bashrc"));
    EXPECT_FALSE(check().ok());
}
