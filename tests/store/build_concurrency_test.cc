// Several processes and interrupted builds: two processes building one
// path never both run the builder and never corrupt it, and a build killed
// at any moment leaves either no valid path or a complete one.
#include "build_fixture.hh"

#include <sys/wait.h>

#include <random>
#include <thread>

using namespace hearth;
using namespace hearth::store;

namespace {

// Exit codes of a child process that builds.
constexpr int child_built = 10, child_found_valid = 11, child_failed = 12;

// Forks a process that opens the store afresh and builds `drv`.
pid_t spawn_build(const StoreConfig& config, const StorePath& drv) {
    pid_t pid = ::fork();
    if (pid != 0) return pid;
    auto s = LocalStore::open(config);
    if (!s) ::_exit(child_failed);
    bool ran = false;
    BuildOptions o;
    o.on_message = [&](const std::string& m) { ran |= m.starts_with("building"); };
    auto r = Builder(**s, o).build({drv});
    ::_exit(!r ? child_failed : ran ? child_built : child_found_valid);
}

int exit_code(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

class BuildConcurrency : public test::BuildTest {
  protected:
    // A valid path must be complete: its bytes are what was registered.
    void expect_consistent(const StorePath& out, size_t files) {
        auto info = *store().query_path_info(out);
        if (!info) return;
        EXPECT_EQ(*nar_hash(store().real_path(out)), info->nar_hash);
        size_t n = 0;
        for (auto it = std::filesystem::directory_iterator(store().real_path(out));
             it != std::filesystem::directory_iterator(); ++it)
            ++n;
        EXPECT_EQ(n, files);
    }
};

} // namespace

TEST_F(BuildConcurrency, TwoProcessesBuildTheSamePath) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_drv("same", "echo start; sleep 1; mkdir $out; echo $RANDOM$$ > $out/v");
    pid_t a = spawn_build(store().config(), drv);
    pid_t b = spawn_build(store().config(), drv);
    std::multiset<int> codes = {exit_code(a), exit_code(b)};
    EXPECT_EQ(codes, (std::multiset<int>{child_built, child_found_valid}));
    EXPECT_TRUE(valid(out_path(drv)));
    expect_consistent(out_path(drv), 1);
    auto report = store().verify(true);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->modified.empty());
    EXPECT_TRUE(report->missing.empty());
}

TEST_F(BuildConcurrency, ThreadsOfOneProcessShareTheWork) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_drv("shared", "sleep 0.5; echo v > $out");
    Result<void> r1, r2;
    std::thread t1([&] { r1 = Builder(store(), {}).build({drv}); });
    std::thread t2([&] { r2 = Builder(store(), {}).build({drv}); });
    t1.join();
    t2.join();
    EXPECT_TRUE(r1.ok());
    EXPECT_TRUE(r2.ok());
    EXPECT_EQ(read(out_path(drv)), "v\n");
}

TEST_F(BuildConcurrency, KilledAtRandomMoments) {
    HEARTH_REQUIRE_SANDBOX();
    // Many files so that canonicalising, scanning and hashing take a
    // while: kills land before, during and after registration.
    constexpr size_t files = 150;
    auto drv = make_drv("killed", "mkdir $out; i=0; while [ $i -lt " + std::to_string(files) +
                                      " ]; do i=$((i+1)); echo $i$out > $out/f$i; done");
    auto out = out_path(drv);
    // Kill anywhere from at once to a bit after a whole build takes.
    auto start = std::chrono::steady_clock::now();
    ASSERT_EQ(exit_code(spawn_build(store().config(), drv)), child_built);
    int whole_us = int(std::chrono::duration_cast<std::chrono::microseconds>(
                           std::chrono::steady_clock::now() - start)
                           .count());
    ASSERT_TRUE(store().delete_path(out).ok());
    std::mt19937 rng(std::random_device{}());
    // Half the kills aim at the end of the build, where outputs are moved
    // and registered.
    std::uniform_int_distribution<int> anywhere(0, whole_us * 5 / 4);
    std::uniform_int_distribution<int> late(whole_us * 3 / 4, whole_us * 5 / 4);
    int killed_valid = 0, killed_invalid = 0;
    for (int i = 0; i < 16; ++i) {
        pid_t pid = spawn_build(store().config(), drv);
        std::this_thread::sleep_for(std::chrono::microseconds(i % 2 ? late(rng) : anywhere(rng)));
        ::kill(pid, SIGKILL);
        int code = exit_code(pid);
        if (code == -SIGKILL)
            (valid(out) ? killed_valid : killed_invalid)++;
        else
            EXPECT_EQ(code, child_built);
        expect_consistent(out, files);
        // Every round builds from scratch.
        if (valid(out)) {
            ASSERT_TRUE(store().delete_path(out).ok());
        }
    }
    // Whatever was left behind, the next build finishes the job.
    remove_stale_build_dirs(store());
    auto r = build({drv});
    ASSERT_TRUE(r.ok()) << r.error().message;
    expect_consistent(out, files);
    auto report = store().verify(true);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->modified.empty());
    EXPECT_TRUE(report->missing.empty());
    // Nothing is left in the builds directory.
    remove_stale_build_dirs(store());
    size_t left = 0;
    for (const auto& e :
         std::filesystem::directory_iterator(store().config().state_dir() + "/builds"))
        left += e.path().string().ends_with(".lock") ? 0 : 1;
    EXPECT_EQ(left, 0u);
    std::printf("a build takes %d us; killed with the path invalid %d times, valid %d times\n",
                whole_us, killed_invalid, killed_valid);
}
