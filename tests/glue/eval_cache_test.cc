// The evaluation cache: an entry is reused exactly while every input its
// evaluation read is unchanged, and never when the clock was read.
#include "glue/eval_cache.hh"
#include "glue/install.hh"
#include "lang/print.hh"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace hearth::glue {
namespace {

namespace fs = std::filesystem;

class EvalCacheTest : public ::testing::Test {
  protected:
    void SetUp() override {
        char tmpl[] = "/tmp/hearth-evalcache-XXXXXX";
        ASSERT_NE(::mkdtemp(tmpl), nullptr);
        dir = tmpl;
        fs::create_directories(dir + "/conf/modules");
        write("conf/default.nix", "let m = import ./modules/a.nix; in { inherit m; "
                                  "text = builtins.readFile ./text; "
                                  "names = builtins.attrNames (builtins.readDir ./modules); "
                                  "extra = builtins.pathExists ./extra.nix; "
                                  "who = builtins.getEnv \"HEARTH_TEST_WHO\"; "
                                  "tree = \"${./modules}\"; }");
        write("conf/modules/a.nix", "1");
        write("conf/text", "hello");
        ::setenv("HEARTH_TEST_WHO", "eve", 1);
    }
    void TearDown() override {
        ::unsetenv("HEARTH_TEST_WHO");
        fs::remove_all(dir);
    }
    void write(const std::string& rel, const std::string& text) {
        std::ofstream(dir + "/" + rel, std::ios::trunc) << text;
    }

    // Evaluates `expr` recording its inputs; stores the printed result.
    std::string evaluate_and_store(const std::string& expr) {
        lang::InputLog log;
        lang::EvalOptions o;
        o.inputs = &log;
        lang::EvalState st(o);
        auto es = install(st, {});
        lang::Value v;
        st.eval(st.parse(expr, "", "«test»", dir), v);
        st.force_deep(v);
        std::ostringstream out;
        lang::print_value(st, v, out);
        cache().store(key(), log, {out.str()});
        return out.str();
    }
    EvalCache cache() const { return EvalCache(dir + "/cache.json"); }
    std::string key() const { return eval_cache_key({"test", dir}); }
    bool hit() const { return cache().lookup(key()).has_value(); }

    std::string dir;
};

} // namespace

TEST_F(EvalCacheTest, ReusedUntilAnInputChanges) {
    auto result = evaluate_and_store("import ./conf");
    auto got = cache().lookup(key());
    ASSERT_TRUE(got);
    EXPECT_EQ(*got, std::vector<std::string>{result});
    EXPECT_FALSE(cache().lookup(eval_cache_key({"another", dir})));

    write("conf/modules/a.nix", "2"); // an imported file
    EXPECT_FALSE(hit());
    write("conf/modules/a.nix", "1");
    EXPECT_TRUE(hit()); // fingerprints are content, not times

    write("conf/text", "bye"); // readFile
    EXPECT_FALSE(hit());
    write("conf/text", "hello");

    ::setenv("HEARTH_TEST_WHO", "bob", 1); // getEnv
    EXPECT_FALSE(hit());
    ::unsetenv("HEARTH_TEST_WHO");
    EXPECT_FALSE(hit()); // unset is not the same as the value it had
    ::setenv("HEARTH_TEST_WHO", "eve", 1);
    EXPECT_TRUE(hit());

    write("extra.nix", ""); // not what pathExists looked at
    EXPECT_TRUE(hit());
    write("conf/extra.nix", ""); // pathExists
    EXPECT_FALSE(hit());
    fs::remove(dir + "/conf/extra.nix");
    EXPECT_TRUE(hit());

    write("conf/modules/b.nix", ""); // readDir, and the tree copied to the store
    EXPECT_FALSE(hit());
}

TEST_F(EvalCacheTest, TheClockIsNeverReplayed) {
    evaluate_and_store("import ./conf");
    EXPECT_TRUE(hit());
    evaluate_and_store("builtins.currentTime > 0");
    EXPECT_FALSE(hit());
    // Only using it counts: builtins merely mentioned still replay.
    evaluate_and_store("builtins ? currentTime");
    EXPECT_TRUE(hit());
}

TEST_F(EvalCacheTest, ACorruptEntryIsAMiss) {
    evaluate_and_store("import ./conf");
    write("cache.json", "{\"key\": ");
    EXPECT_FALSE(hit());
}

} // namespace hearth::glue

namespace hearth::glue {

// A cached result names a store path ("drv out"); once a collection has
// taken that path the entry is stale even though no input changed.
TEST_F(EvalCacheTest, AResultWhosePathIsGoneIsAMiss) {
    store::StoreConfig config;
    config.root = dir + "/root";
    auto disk = store::LocalStore::open(config);
    ASSERT_TRUE(disk) << disk.error().message;
    auto& s = **disk;
    auto path = s.add_text("result", "x", {});
    ASSERT_TRUE(path) << path.error().message;
    lang::InputLog log;
    cache().store(key(), log, {s.print(*path) + " out"});
    auto got = cache().lookup_valid(s, key());
    ASSERT_TRUE(got);
    EXPECT_EQ(*got, std::vector<std::string>{s.print(*path) + " out"});
    ASSERT_TRUE(s.delete_path(*path));
    EXPECT_TRUE(cache().lookup(key()));
    EXPECT_FALSE(cache().lookup_valid(s, key()));
}

} // namespace hearth::glue
