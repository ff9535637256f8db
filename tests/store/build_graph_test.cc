// Which derivations get built, in what order, and how many at once.
#include "build_fixture.hh"

using namespace hearth;
using namespace hearth::store;

namespace {

class BuildGraph : public test::BuildTest {
  protected:
    std::string building(const StorePath& drv) {
        return "building '" + store().print(drv) + "'...";
    }
};

} // namespace

TEST_F(BuildGraph, ThreeLayerChain) {
    HEARTH_REQUIRE_SANDBOX();
    auto a = make_drv("a", "echo a > $out");
    auto b = make_drv("b", "mkdir $out; cat $dep_a > $out/v; echo b >> $out/v", {}, {a});
    auto c = make_drv("c", "cat $dep_b/v > $out; echo c >> $out; echo $dep_b >> $out", {}, {b});
    auto plan = Builder(store(), {}).plan({c});
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    std::vector<StorePath> all = {a, b, c};
    std::sort(all.begin(), all.end());
    EXPECT_EQ(*plan, all); // listed by path, as Nix lists them
    auto r = build({c});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(messages, (std::vector<std::string>{building(a), building(b), building(c)}));
    EXPECT_EQ(read(out_path(c)), "a\nb\nc\n" + store().print(out_path(b)) + "\n");
    // c refers to b (by path), b to nothing (it copied a's bytes).
    EXPECT_EQ(*store().query_references(out_path(c)), std::set<StorePath>{out_path(b)});
    EXPECT_TRUE(store().query_references(out_path(b))->empty());
    EXPECT_EQ(*store().query_deriver(out_path(a)), store().print(a));

    // Everything is valid now: nothing to plan, nothing to build.
    messages.clear();
    EXPECT_TRUE(Builder(store(), {}).plan({c})->empty());
    ASSERT_TRUE(build({c}).ok());
    EXPECT_TRUE(messages.empty());
}

TEST_F(BuildGraph, OnlyMissingOutputsAreBuilt) {
    HEARTH_REQUIRE_SANDBOX();
    auto a = make_drv("a", "echo a > $out");
    auto b = make_drv("b", "echo b > $out", {}, {a});
    ASSERT_TRUE(build({a}).ok());
    messages.clear();
    EXPECT_EQ(*Builder(store(), {}).plan({b}), std::vector<StorePath>{b});
    ASSERT_TRUE(build({b}).ok());
    EXPECT_EQ(messages, std::vector<std::string>{building(b)});
}

TEST_F(BuildGraph, DiamondBuildsSharedDependencyOnce) {
    HEARTH_REQUIRE_SANDBOX();
    auto base = make_drv("base", "echo base > $out");
    auto l = make_drv("l", "cat $dep_base > $out; echo l >> $out", {}, {base});
    auto r = make_drv("r", "cat $dep_base > $out; echo r >> $out", {}, {base});
    auto top = make_drv("top", "cat $dep_l $dep_r > $out", {}, {l, r});
    BuildOptions o;
    o.max_jobs = 2;
    ASSERT_TRUE(build({top, l}, o).ok());
    EXPECT_EQ(read(out_path(top)), "base\nl\nbase\nr\n");
    EXPECT_EQ(messages.size(), 4u);
    EXPECT_EQ(messages.front(), building(base));
    EXPECT_EQ(messages.back(), building(top));
}

TEST_F(BuildGraph, ParallelJobs) {
    HEARTH_REQUIRE_SANDBOX();
    // Each says "start", waits a second, says "end". With -j2 both start
    // before either ends; with -j1 they take turns.
    auto x = make_drv("x", "echo start; sleep 1; echo end; touch $out");
    auto y = make_drv("y", "echo start; sleep 1; echo end; touch $out");
    BuildOptions o;
    o.max_jobs = 2;
    ASSERT_TRUE(build({x, y}, o).ok());
    EXPECT_EQ(log, (std::vector<std::string>{"start", "start", "end", "end"}));

    auto x1 = make_drv("x1", "echo start; sleep 1; echo end; touch $out");
    auto y1 = make_drv("y1", "echo start; sleep 1; echo end; touch $out");
    log.clear();
    ASSERT_TRUE(build({x1, y1}).ok());
    EXPECT_EQ(log, (std::vector<std::string>{"start", "end", "start", "end"}));
}

TEST_F(BuildGraph, KeepGoingBuildsWhatItCan) {
    HEARTH_REQUIRE_SANDBOX();
    auto bad = make_drv("bad", "exit 1");
    auto good = make_drv("good", "sleep 0.3; echo ok > $out");
    auto top = make_drv("top", "touch $out", {}, {bad, good});
    BuildOptions o;
    o.keep_going = true;
    auto r = build({top, good}, o);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(valid(out_path(good)));
    EXPECT_EQ(r.error().message,
              "1 dependencies of derivation '" + store().print(top) + "' failed to build");
    // Without it, nothing new starts after the first failure.
    auto bad2 = make_drv("bad2", "exit 1");
    auto later = make_drv("later", "touch $out", {}, {bad2});
    auto r2 = build({later});
    EXPECT_FALSE(r2.ok());
    EXPECT_FALSE(valid(out_path(later)));
}

TEST_F(BuildGraph, SeveralTopLevelFailures) {
    HEARTH_REQUIRE_SANDBOX();
    auto a = make_drv("a", "exit 1");
    auto b = make_drv("b", "exit 1");
    BuildOptions o;
    o.keep_going = true;
    auto r = build({a, b}, o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
              "build of '" + store().print(a) + "', '" + store().print(b) + "' failed");
    EXPECT_EQ(errors.size(), 2u);
}

TEST_F(BuildGraph, BuiltinBuilder) {
    auto drv = make_drv("bi", "");
    auto d = *store().read_derivation(drv);
    d.builder = "builtin:hello";
    d.platform = "builtin";
    d.env["greeting"] = "hi";
    for (auto& [n, o] : d.outputs) o.path.clear();
    d.env["out"].clear();
    DrvHasher hasher(
        [&](const std::string& p) { return store().read_derivation(*store().parse(p)); });
    auto p = *finalise_derivation(d, store().dir(), hasher);
    ASSERT_TRUE(store().write_derivation(d).ok());
    BuildOptions o;
    o.builtins["hello"] = [](const BuiltinContext& ctx) -> Result<void> {
        ctx.log("writing\n");
        test::write_file(ctx.outputs.at("out"), ctx.env.vars.at("greeting"));
        return {};
    };
    auto r = build({p}, o);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(read(out_path(p)), "hi");
    EXPECT_EQ(log, std::vector<std::string>{"writing"});
}

TEST_F(BuildGraph, ManyParallelBuilds) {
    HEARTH_REQUIRE_SANDBOX();
    // Regression: the sandbox's first process used glibc's setuid(), which
    // waits for the other threads of the (copied) builder process and hung
    // when several builds started at once.
    std::vector<StorePath> drvs;
    for (int i = 0; i < 24; ++i)
        drvs.push_back(make_drv("p" + std::to_string(i), "echo " + std::to_string(i) + " > $out"));
    BuildOptions o;
    o.max_jobs = 6;
    auto r = build(drvs, o);
    ASSERT_TRUE(r.ok()) << r.error().message;
    for (int i = 0; i < 24; ++i) EXPECT_EQ(read(out_path(drvs[i])), std::to_string(i) + "\n");
}
