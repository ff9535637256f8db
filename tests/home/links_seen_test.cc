// linkGeneration trusts what checkLinkTargets saw only in directories that
// have not changed since (links_seen.hh): a bash entry between the two
// that removes or replaces links must not be missed, whether it runs in
// the same clock tick as the check or later.
#include "fixture.hh"

#include "home/activate/links_seen.hh"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <thread>

using namespace hearth;
using namespace hearth::test;

namespace {

struct LinksSeenTest : testing::Test {
    Sandbox sb;
    std::string out;
    int run(const std::string& gen) { return sb.sh(gen + "/activate --driver-version 1", &out); }
};

void pause_past_clock_tick() {
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
}

struct Fd {
    int fd;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

} // namespace

TEST_F(LinksSeenTest, EntryBetweenCheckAndLinkIsNotMissed) {
    // Armed by a file, the entry removes one link, points another
    // elsewhere and leaves a third, in one directory, after the check.
    std::string meddle = "if [[ -e $HOME/.armed ]]; then\n"
                         "  rm \"$HOME/.config/app/x\"\n"
                         "  ln -sfn /elsewhere \"$HOME/.config/app/y\"\n"
                         "fi\n";
    auto g = sb.generation(
        {{".config/app/x", {"x\n"}}, {".config/app/y", {"y\n"}}, {".config/app/z", {"z\n"}}},
        {{"checkLinkTargets", true, ""},
         {"writeBoundary", true, ""},
         {"installPackages", true, ""},
         {"meddle", false, meddle},
         {"linkGeneration", true, ""}});
    ASSERT_EQ(run(g), 0) << out;
    write_file(sb.h(".armed"), "");
    // Straight away (the directory may be too recent to be trusted) and
    // after the clock has moved on (trusted, then changed by the entry).
    for (bool wait : {false, true}) {
        if (wait) pause_past_clock_tick();
        ASSERT_EQ(run(g), 0) << out;
        for (const char* f : {"x", "y", "z"})
            EXPECT_EQ(read_file(sb.h(std::string(".config/app/") + f)), std::string(f) + "\n")
                << f << (wait ? " after a pause" : " at once");
        EXPECT_EQ(link_of(sb.h(".config/app/y")).rfind(sb.store, 0), 0u)
            << link_of(sb.h(".config/app/y"));
    }
}

TEST_F(LinksSeenTest, NoOpAndChangeAfterAPauseStillLinkRight) {
    auto a = sb.generation({{".config/app/x", {"a\n"}}, {".config/app/y", {"same\n"}}});
    auto b = sb.generation({{".config/app/x", {"b\n"}}, {".config/app/y", {"same\n"}}});
    ASSERT_EQ(run(a), 0) << out;
    pause_past_clock_tick();
    ASSERT_EQ(run(a), 0) << out;
    pause_past_clock_tick();
    ASSERT_EQ(run(b), 0) << out;
    EXPECT_EQ(read_file(sb.h(".config/app/x")), "b\n");
    EXPECT_EQ(link_of(sb.h(".config/app/y")), sb.context(b).new_gen.home_files + "/.config/app/y");
    EXPECT_FALSE(exists(sb.h(".config/app/x.hearth-tmp")));
}

TEST_F(LinksSeenTest, StampTellsAnyChange) {
    std::string dir = sb.h("d");
    fs::create_directories(dir);
    write_file(dir + "/f", "");
    pause_past_clock_tick();
    Fd fd{::open(dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC)};
    ASSERT_GE(fd.fd, 0);
    auto stamp = home::stamp_dir(fd.fd);
    if (!stamp) GTEST_SKIP() << "the test directory's filesystem keeps no trusted ctime";
    EXPECT_TRUE(home::unchanged(fd.fd, *stamp));
    ASSERT_EQ(::symlink("/x", (dir + "/l").c_str()), 0); // at once: the same tick
    EXPECT_FALSE(home::unchanged(fd.fd, *stamp));

    // Another directory put in its place is not the one stamped.
    pause_past_clock_tick();
    auto again = home::stamp_dir(fd.fd);
    ASSERT_TRUE(again);
    fs::rename(dir, dir + "-old");
    fs::create_directories(dir);
    Fd other{::open(dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC)};
    EXPECT_FALSE(home::unchanged(other.fd, *again));
}

TEST_F(LinksSeenTest, DirectoryChangedInTheCurrentTickIsNotStamped) {
    std::string dir = sb.h("d");
    fs::create_directories(dir);
    Fd fd{::open(dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC)};
    ASSERT_GE(fd.fd, 0);
    // A stamp taken right after a change must be refused unless the
    // coarse clock has already moved past the change; either way a
    // change after a stamp is told.
    for (int i = 0; i < 20; ++i) {
        write_file(dir + "/f" + std::to_string(i), "");
        auto stamp = home::stamp_dir(fd.fd);
        write_file(dir + "/g" + std::to_string(i), "");
        if (stamp) {
            EXPECT_FALSE(home::unchanged(fd.fd, *stamp)) << i;
        }
    }
}
