// Garbage collection: direct, indirect and profile roots keep closures
// alive; --max-freed and --dry-run; stale indirect roots are dropped.
#include "store/gc.hh"

#include "fixture.hh"
#include "store/profiles.hh"

#include <gtest/gtest.h>

using namespace hearth;
using namespace hearth::store;

namespace {

struct GcFixture : testing::Test {
    test::TempDir tmp;
    std::unique_ptr<LocalStore> store = *LocalStore::open(StoreConfig{tmp / "root"});
    StorePath add(const std::string& name, const std::set<StorePath>& refs = {}) {
        std::string text = name;
        for (const auto& r : refs) text += " " + store->print(r);
        return *store->add_text(name, text, refs);
    }
    std::set<StorePath> valid() {
        auto v = *store->query_all_valid();
        return {v.begin(), v.end()};
    }
};

} // namespace

TEST_F(GcFixture, KeepsClosuresOfRoots) {
    auto leaf = add("leaf");
    auto mid = add("mid", {leaf});
    auto top = add("top", {mid});
    auto garbage = add("garbage", {leaf});
    auto lone = add("lone");
    ASSERT_TRUE(add_perm_root(*store, top, tmp / "result").ok());
    auto r = collect_garbage(*store, {});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(valid(), (std::set<StorePath>{leaf, mid, top}));
    EXPECT_EQ(std::set<StorePath>(r->deleted.begin(), r->deleted.end()),
              (std::set<StorePath>{garbage, lone}));
    EXPECT_GT(r->bytes_freed, 0u);
    EXPECT_FALSE(std::filesystem::exists(store->real_path(garbage)));
    // Removing the result link makes the indirect root stale.
    std::filesystem::remove(tmp / "result");
    ASSERT_TRUE(collect_garbage(*store, {}).ok());
    EXPECT_TRUE(valid().empty());
    EXPECT_TRUE(std::filesystem::is_empty(store->config().state_dir() + "/gcroots/auto"));
}

TEST_F(GcFixture, DryRunDeletesNothing) {
    auto a = add("a");
    auto b = add("b", {a});
    GcOptions opts;
    opts.dry_run = true;
    auto r = collect_garbage(*store, opts);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->deleted, (std::vector<StorePath>{b, a})); // referrers first
    EXPECT_EQ(valid(), (std::set<StorePath>{a, b}));
}

TEST_F(GcFixture, MaxFreedStopsEarly) {
    for (int i = 0; i < 5; ++i) add("p" + std::to_string(i));
    GcOptions opts;
    opts.max_freed = 1;
    auto r = collect_garbage(*store, opts);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->deleted.size(), 1u);
    EXPECT_EQ(valid().size(), 4u);
}

TEST_F(GcFixture, DeleteSpecificRefusesLivePaths) {
    auto a = add("a");
    auto b = add("b", {a});
    ASSERT_TRUE(add_perm_root(*store, b, tmp / "keep").ok());
    GcOptions opts;
    opts.only = {a};
    auto r = collect_garbage(*store, opts);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
              "cannot delete path '" + store->print(a) + "' since it is still alive");
    std::filesystem::remove(tmp / "keep");
    opts.only = {b};
    ASSERT_TRUE(collect_garbage(*store, opts).ok());
    EXPECT_EQ(valid(), std::set<StorePath>{a});
}

TEST_F(GcFixture, ProfilesAreRoots) {
    auto g1 = add("gen1");
    auto g2 = add("gen2");
    std::string profile = tmp / "profiles/home";
    ASSERT_EQ(*create_generation(*store, profile, g1), 1);
    ASSERT_EQ(*create_generation(*store, profile, g2), 2);
    ASSERT_TRUE(collect_garbage(*store, {}).ok());
    EXPECT_EQ(valid(), (std::set<StorePath>{g1, g2}));
    ASSERT_TRUE(delete_generations(profile, {1}).ok());
    ASSERT_TRUE(collect_garbage(*store, {}).ok());
    EXPECT_EQ(valid(), std::set<StorePath>{g2});
    // Profiles inside the store's own profiles/ dir are roots without auto links.
    auto g3 = add("gen3");
    ASSERT_TRUE(create_generation(*store, store->config().state_dir() + "/profiles/sys", g3).ok());
    ASSERT_TRUE(collect_garbage(*store, {}).ok());
    EXPECT_TRUE(valid().count(g3));
}

TEST_F(GcFixture, LockedPathsSurvive) {
    auto a = add("a");
    auto lock = *store->lock_path(a); // as a build holding its output lock
    ASSERT_TRUE(collect_garbage(*store, {}).ok());
    EXPECT_TRUE(valid().count(a));
    lock.release();
    ASSERT_TRUE(collect_garbage(*store, {}).ok());
    EXPECT_FALSE(valid().count(a));
}

TEST_F(GcFixture, WaitsForOtherStoreUsers) {
    auto other = LocalStore::open(StoreConfig{tmp / "root"}); // holds the shared lock
    ASSERT_TRUE(other.ok());
    GcOptions opts;
    opts.lock_timeout_seconds = 0;
    auto r = collect_garbage(*store, opts);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::in_use);
    other->reset();
    EXPECT_TRUE(collect_garbage(*store, opts).ok());
}
