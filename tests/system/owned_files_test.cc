// What Hearth may replace and remove: only what it installed and nobody
// changed since; anything else is moved aside or left alone.
#include "fixture.hh"

#include "system/fs.hh"
#include "system/owned_files.hh"

namespace hearth::system {
namespace {

Result<OwnedFiles> load(const test::SystemRoot& root) {
    return OwnedFiles::load(root.target(), "test-files", false);
}

TEST(OwnedFiles, InstallsAndRemovesItsOwnLinks) {
    test::SystemRoot root;
    Report report(nullptr);
    auto a = load(root).value();
    ASSERT_TRUE(a.link("/etc/foo/bar", "/nix/store/x-bar", report).ok());
    ASSERT_TRUE(a.save().ok());
    EXPECT_EQ(read_link(root / "etc/foo/bar"), "/nix/store/x-bar");

    auto b = load(root).value();
    ASSERT_TRUE(b.remove_stale(report).ok());
    ASSERT_TRUE(b.save().ok());
    EXPECT_FALSE(exists_no_follow(root / "etc/foo/bar"));
    EXPECT_EQ(b.removed().count("/etc/foo/bar"), 1u);
}

TEST(OwnedFiles, MovesAForeignFileAside) {
    test::SystemRoot root;
    test::write_file(root / "etc/motd", "hello\n");
    Report report(nullptr);
    auto a = load(root).value();
    ASSERT_TRUE(a.link("/etc/motd", "/nix/store/x-motd", report).ok());
    EXPECT_EQ(test::slurp(root / "etc/motd.hearth-backup"), "hello\n");
    EXPECT_EQ(read_link(root / "etc/motd"), "/nix/store/x-motd");
    EXPECT_TRUE(report.contains("not installed by Hearth"));
}

TEST(OwnedFiles, LeavesAFileThatChangedSinceInstalled) {
    test::SystemRoot root;
    Report report(nullptr);
    auto a = load(root).value();
    ASSERT_TRUE(a.file("/etc/conf", "one\n", 0644, 0, 0, report).ok());
    ASSERT_TRUE(a.save().ok());
    test::write_file(root / "etc/conf", "edited by the admin\n");

    auto b = load(root).value();
    ASSERT_TRUE(b.remove_stale(report).ok());
    ASSERT_TRUE(b.save().ok());
    EXPECT_EQ(test::slurp(root / "etc/conf"), "edited by the admin\n");
    EXPECT_TRUE(report.contains("changed since Hearth installed it"));
}

TEST(OwnedFiles, ReplacesItsOwnUnchangedFile) {
    test::SystemRoot root;
    Report report(nullptr);
    auto a = load(root).value();
    ASSERT_TRUE(a.file("/etc/conf", "one\n", 0644, 0, 0, report).ok());
    ASSERT_TRUE(a.save().ok());
    auto b = load(root).value();
    ASSERT_TRUE(b.file("/etc/conf", "two\n", 0600, 0, 0, report).ok());
    ASSERT_TRUE(b.save().ok());
    EXPECT_EQ(test::slurp(root / "etc/conf"), "two\n");
    EXPECT_FALSE(exists_no_follow(root / "etc/conf.hearth-backup"));
    struct stat st;
    ASSERT_EQ(::stat((root / "etc/conf").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
}

TEST(OwnedFiles, NeverClobbersAnExistingBackup) {
    test::SystemRoot root;
    test::write_file(root / "etc/motd", "hello\n");
    test::write_file(root / "etc/motd.hearth-backup", "older\n");
    Report report(nullptr);
    auto a = load(root).value();
    ASSERT_TRUE(a.link("/etc/motd", "/nix/store/x-motd", report).ok());
    EXPECT_EQ(test::slurp(root / "etc/motd"), "hello\n");
    EXPECT_EQ(test::slurp(root / "etc/motd.hearth-backup"), "older\n");
    EXPECT_TRUE(report.contains("leaving /etc/motd alone"));
}

} // namespace
} // namespace hearth::system
