// Profiles: NAME -> NAME-N-link -> store path, switching, rollback,
// deletion and expiry.
#include "store/profiles.hh"

#include "fixture.hh"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace hearth;
using namespace hearth::store;

namespace {

struct ProfileFixture : testing::Test {
    test::TempDir tmp;
    std::unique_ptr<LocalStore> store = *LocalStore::open(StoreConfig{tmp / "root"});
    std::string profile = tmp / "p/home";
    StorePath add(const std::string& name) { return *store->add_text(name, name, {}); }
    std::vector<int> numbers() {
        std::vector<int> out;
        for (const auto& g : *list_generations(profile)) out.push_back(g.number);
        return out;
    }
    void set_mtime(int n, std::time_t t) {
        struct timespec ts[2] = {{t, 0}, {t, 0}};
        ::utimensat(AT_FDCWD, (profile + "-" + std::to_string(n) + "-link").c_str(), ts,
                    AT_SYMLINK_NOFOLLOW);
    }
};

} // namespace

TEST_F(ProfileFixture, CreateAndSwitch) {
    auto a = add("a"), b = add("b");
    EXPECT_EQ(*create_generation(*store, profile, a), 1);
    EXPECT_EQ(std::filesystem::read_symlink(profile), "home-1-link");
    EXPECT_EQ(std::filesystem::read_symlink(profile + "-1-link"), store->print(a));
    EXPECT_EQ(*create_generation(*store, profile, b), 2);
    // Same path as current: no new generation.
    EXPECT_EQ(*create_generation(*store, profile, b), 2);
    EXPECT_EQ(numbers(), (std::vector<int>{1, 2}));
    EXPECT_EQ(**current_generation(profile), 2);
    auto gens = *list_generations(profile);
    EXPECT_TRUE(gens[1].current);
    EXPECT_FALSE(gens[0].current);
    EXPECT_EQ(gens[0].target, store->print(a));
    EXPECT_FALSE(std::filesystem::exists(profile + ".tmp-" + std::to_string(::getpid())));
    ASSERT_TRUE(switch_generation(profile, 1).ok());
    EXPECT_EQ(**current_generation(profile), 1);
    EXPECT_EQ(switch_generation(profile, 7).error().message, "generation 7 does not exist");
}

TEST_F(ProfileFixture, Rollback) {
    create_generation(*store, profile, add("a")).value();
    create_generation(*store, profile, add("b")).value();
    create_generation(*store, profile, add("c")).value();
    ASSERT_TRUE(delete_generations(profile, {2}).ok());
    EXPECT_EQ(*rollback(profile), 1); // skips the deleted one
    EXPECT_EQ(rollback(profile).error().message, "no generation older than the current generation");
    // After a rollback, a new generation gets the next free number.
    EXPECT_EQ(*create_generation(*store, profile, add("d")), 4);
}

TEST_F(ProfileFixture, DeleteRefusesCurrent) {
    create_generation(*store, profile, add("a")).value();
    create_generation(*store, profile, add("b")).value();
    auto r = delete_generations(profile, {2});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "cannot delete current generation of profile " + profile);
    EXPECT_EQ(numbers(), (std::vector<int>{1, 2}));
}

TEST_F(ProfileFixture, ExpireKeepsTheOneCurrentAtTheCutoff) {
    for (auto n : {"a", "b", "c", "d", "e"}) create_generation(*store, profile, add(n)).value();
    for (int i = 1; i <= 5; ++i) set_mtime(i, 1000 * i);
    // Generations 1..3 are older than 3500; 3 was current then, so it stays.
    auto gone = expire_generations(profile, 3500);
    ASSERT_TRUE(gone.ok());
    EXPECT_EQ(*gone, (std::vector<int>{1, 2}));
    EXPECT_EQ(numbers(), (std::vector<int>{3, 4, 5}));
    ASSERT_TRUE(switch_generation(profile, 3).ok());
    EXPECT_EQ(*delete_all_but_last(profile, 1), (std::vector<int>{4}));
    EXPECT_EQ(numbers(), (std::vector<int>{3, 5}));
}
