// linkGeneration: first links, orphan cleanup, backups, force, links that
// are not ours, dry run.
#include "home/activate/steps.hh"

#include "fixture.hh"

using namespace hearth;
using namespace hearth::test;

namespace {

struct LinkGeneration : testing::Test {
    Sandbox sb;

    home::Result<void> link(const std::string& gen) {
        auto c = sb.context(gen);
        testing::internal::CaptureStdout();
        auto r = home::linkGeneration(c);
        output = testing::internal::GetCapturedStdout();
        return r;
    }
    std::string farm(const std::string& gen) { return sb.context(gen).new_gen.home_files; }
    std::string output;
};

} // namespace

TEST_F(LinkGeneration, LinksThroughTheLinkFarm) {
    auto g = sb.generation({{".bashrc", {"rc\n"}}, {".config/app/conf", {"conf\n"}}});
    ASSERT_TRUE(link(g).ok());
    EXPECT_EQ(link_of(sb.h(".bashrc")), farm(g) + "/.bashrc");
    EXPECT_EQ(link_of(sb.h(".config/app/conf")), farm(g) + "/.config/app/conf");
    EXPECT_EQ(read_file(sb.h(".config/app/conf")), "conf\n");
    EXPECT_EQ(output, "Creating home file links in " + sb.home + "\n");
}

TEST_F(LinkGeneration, SecondGenerationRemovesOrphansAndKeepsTheRest) {
    auto a =
        sb.generation({{".bashrc", {"a\n"}}, {".old/deep/file", {"gone\n"}}, {".keep", {"k\n"}}});
    ASSERT_TRUE(link(a).ok());
    write_file(sb.h(".old/mine"), "user file\n");
    auto b = sb.generation({{".bashrc", {"b\n"}}, {".keep", {"k\n"}}, {".new", {"n\n"}}});
    sb.set_current(a);
    ASSERT_TRUE(link(b).ok());
    EXPECT_EQ(output, "Cleaning up orphan links from " + sb.home +
                          "\nCreating home file links in " + sb.home + "\n");
    EXPECT_FALSE(exists(sb.h(".old/deep/file")));
    EXPECT_FALSE(exists(sb.h(".old/deep")));                // emptied parents go
    EXPECT_EQ(read_file(sb.h(".old/mine")), "user file\n"); // non-empty ones stay
    EXPECT_EQ(read_file(sb.h(".bashrc")), "b\n");
    EXPECT_EQ(link_of(sb.h(".keep")), farm(b) + "/.keep");
    EXPECT_EQ(read_file(sb.h(".new")), "n\n");
}

TEST_F(LinkGeneration, OrphanThatIsNoLongerOursIsKept) {
    auto a = sb.generation({{".x", {"a\n"}}});
    ASSERT_TRUE(link(a).ok());
    std::filesystem::remove(sb.h(".x"));
    write_file(sb.h(".x"), "the user replaced it\n");
    auto b = sb.generation({});
    sb.set_current(a);
    ASSERT_TRUE(link(b).ok());
    EXPECT_EQ(read_file(sb.h(".x")), "the user replaced it\n");
    EXPECT_NE(output.find("Path '" + sb.h(".x") +
                          "' does not link into a Home Manager generation. Skipping delete."),
              std::string::npos);
}

TEST_F(LinkGeneration, BackupMovesTheFile) {
    write_file(sb.h(".bashrc"), "mine\n");
    ::setenv("HOME_MANAGER_BACKUP_EXT", "bak", 1);
    auto g = sb.generation({{".bashrc", {"rc\n"}}});
    ASSERT_TRUE(link(g).ok());
    EXPECT_EQ(read_file(sb.h(".bashrc.bak")), "mine\n");
    EXPECT_EQ(read_file(sb.h(".bashrc")), "rc\n");
}

TEST_F(LinkGeneration, BackupOverwriteReplacesTheOldBackup) {
    write_file(sb.h(".bashrc"), "mine\n");
    write_file(sb.h(".bashrc.bak"), "older\n");
    ::setenv("HOME_MANAGER_BACKUP_EXT", "bak", 1);
    ::setenv("HOME_MANAGER_BACKUP_OVERWRITE", "1", 1);
    auto g = sb.generation({{".bashrc", {"rc\n"}}});
    ASSERT_TRUE(link(g).ok());
    EXPECT_EQ(read_file(sb.h(".bashrc.bak")), "mine\n");
}

TEST_F(LinkGeneration, BackupCommandRuns) {
    write_file(sb.h(".bashrc"), "mine\n");
    ::setenv("HOME_MANAGER_BACKUP_COMMAND", ("mv --target-directory=" + sb.h("..")).c_str(), 1);
    auto g = sb.generation({{".bashrc", {"rc\n"}}});
    ASSERT_TRUE(link(g).ok());
    EXPECT_EQ(read_file(sb.home + "/../.bashrc"), "mine\n");
    EXPECT_EQ(read_file(sb.h(".bashrc")), "rc\n");
}

TEST_F(LinkGeneration, IdenticalFileIsLeftAlone) {
    write_file(sb.h(".bashrc"), "rc\n");
    auto g = sb.generation({{".bashrc", {"rc\n"}}});
    ASSERT_TRUE(link(g).ok());
    EXPECT_FALSE(is_symlink(sb.h(".bashrc")));
}

TEST_F(LinkGeneration, ForceReplacesTheFile) {
    write_file(sb.h(".forced"), "mine\n");
    auto g = sb.generation({{".forced", {"ours\n", true}}});
    ASSERT_TRUE(link(g).ok());
    EXPECT_EQ(link_of(sb.h(".forced")), farm(g) + "/.forced");
}

TEST_F(LinkGeneration, DirectoryInTheWayFails) {
    write_file(sb.h(".x/inside"), "mine\n");
    auto g = sb.generation({{".x", {"ours\n", true}}});
    auto r = link(g);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(read_file(sb.h(".x/inside")), "mine\n");
}

TEST_F(LinkGeneration, OldDirectoryLinkBecomesARealDirectory) {
    // An old generation linked the whole directory .vim; the new one puts
    // files inside it.
    auto a = sb.generation({});
    std::string farm_a = farm(a);
    std::string dir_src = sb.store_name("vim-dir");
    write_file(dir_src + "/vimrc", "old\n");
    std::filesystem::create_symlink(dir_src, farm_a + "/.vim");
    ASSERT_TRUE(link(a).ok());
    ASSERT_TRUE(is_symlink(sb.h(".vim")));
    auto b = sb.generation({{".vim/vimrc", {"new\n"}}});
    sb.set_current(a);
    ASSERT_TRUE(link(b).ok());
    EXPECT_FALSE(is_symlink(sb.h(".vim")));
    EXPECT_EQ(read_file(sb.h(".vim/vimrc")), "new\n");
}

TEST_F(LinkGeneration, RunningTwiceIsANoOp) {
    auto g = sb.generation({{".bashrc", {"rc\n"}}});
    ASSERT_TRUE(link(g).ok());
    struct stat before, after;
    ::lstat(sb.h(".bashrc").c_str(), &before);
    ASSERT_TRUE(link(g).ok());
    ::lstat(sb.h(".bashrc").c_str(), &after);
    EXPECT_EQ(before.st_ino, after.st_ino); // the right link is not touched
}

TEST_F(LinkGeneration, DryRunChangesNothingAndSaysWhat) {
    auto a = sb.generation({{".gone", {"a\n"}}});
    ASSERT_TRUE(link(a).ok());
    write_file(sb.h(".bashrc"), "mine\n");
    ::setenv("HOME_MANAGER_BACKUP_EXT", "bak", 1);
    ::setenv("DRY_RUN", "1", 1);
    auto b = sb.generation({{".bashrc", {"rc\n"}}, {".config/new", {"n\n"}}});
    sb.set_current(a);
    ASSERT_TRUE(link(b).ok());
    EXPECT_EQ(output, "Cleaning up orphan links from " + sb.home + "\nrm " + sb.h(".gone") +
                          "\nCreating home file links in " + sb.home + "\nmv " + sb.h(".bashrc") +
                          " " + sb.h(".bashrc.bak") + "\nln -Tsf " + farm(b) + "/.bashrc " +
                          sb.h(".bashrc") + "\nmkdir -p " + sb.h(".config") + "\nln -Tsf " +
                          farm(b) + "/.config/new " + sb.h(".config/new") + "\n");
    EXPECT_TRUE(is_symlink(sb.h(".gone")));
    EXPECT_EQ(read_file(sb.h(".bashrc")), "mine\n");
    EXPECT_FALSE(exists(sb.h(".config")));
}

TEST_F(LinkGeneration, ManyLinksInManyDirectoriesAreAllRepointed) {
    // Enough links for several threads; every one changes destination.
    std::map<std::string, GenFile> files_a, files_b;
    for (int i = 0; i < 100; ++i) {
        std::string rel = ".d" + std::to_string(i % 7) + "/f" + std::to_string(i);
        files_a[rel] = {"a" + std::to_string(i) + "\n"};
        files_b[rel] = {"b" + std::to_string(i) + "\n"};
    }
    auto a = sb.generation(files_a);
    ASSERT_TRUE(link(a).ok());
    auto b = sb.generation(files_b);
    sb.set_current(a);
    ASSERT_TRUE(link(b).ok());
    for (int i = 0; i < 100; ++i) {
        std::string rel = ".d" + std::to_string(i % 7) + "/f" + std::to_string(i);
        ASSERT_EQ(link_of(sb.h(rel)), farm(b) + "/" + rel);
        ASSERT_FALSE(exists(sb.h(rel + ".hearth-tmp")));
    }
}

TEST_F(LinkGeneration, TemporaryLinkOfACrashedRunIsReused) {
    auto a = sb.generation({{".x", {"a\n"}}, {".y", {"a\n"}}});
    ASSERT_TRUE(link(a).ok());
    auto b = sb.generation({{".x", {"b\n"}}, {".y", {"b\n"}}});
    // A run of b stopped between its phases: .x's replacement is made.
    std::filesystem::create_symlink(farm(b) + "/.x", sb.h(".x.hearth-tmp"));
    sb.set_current(a);
    ASSERT_TRUE(link(b).ok());
    EXPECT_EQ(read_file(sb.h(".x")), "b\n");
    EXPECT_EQ(read_file(sb.h(".y")), "b\n");
    EXPECT_FALSE(exists(sb.h(".x.hearth-tmp")));
}

TEST_F(LinkGeneration, TemporaryLinksOfACrashedGenerationAreRemoved) {
    auto a = sb.generation({{".x", {"a\n"}}});
    ASSERT_TRUE(link(a).ok());
    auto b = sb.generation({{".x", {"b\n"}}, {".only-b", {"b\n"}}});
    // b's activation stopped after making its temporaries; the user goes
    // back to a.
    std::filesystem::create_symlink(farm(b) + "/.x", sb.h(".x.hearth-tmp"));
    std::filesystem::create_symlink(farm(b) + "/.only-b", sb.h(".only-b"));
    std::string gcroots = sb.home + "/.local/state/home-manager/gcroots";
    sb.set_current(a);
    std::filesystem::create_symlink(b, gcroots + "/new-home");
    ASSERT_TRUE(link(a).ok());
    EXPECT_FALSE(exists(sb.h(".x.hearth-tmp")));
    EXPECT_FALSE(exists(sb.h(".only-b")));
    EXPECT_EQ(read_file(sb.h(".x")), "a\n");
}

TEST_F(LinkGeneration, UserFileAtTheTemporaryNameIsKept) {
    auto a = sb.generation({{".x", {"a\n"}}});
    ASSERT_TRUE(link(a).ok());
    write_file(sb.h(".x.hearth-tmp"), "mine\n");
    auto b = sb.generation({{".x", {"b\n"}}});
    sb.set_current(a);
    auto r = link(b);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("'" + sb.h(".x.hearth-tmp") + "' is in the way"),
              std::string::npos)
        << r.error().message;
    EXPECT_EQ(read_file(sb.h(".x.hearth-tmp")), "mine\n");
    EXPECT_EQ(read_file(sb.h(".x")), "a\n");
}
