// Builds that fail: a non-zero exit, a missing output, a fixed-output
// hash mismatch, a timeout, a failed dependency; none leaves a valid path.
#include "build_fixture.hh"
#include "store/build/build_log.hh"

#include <chrono>

using namespace hearth;
using namespace hearth::store;

namespace {

class BuildFailure : public test::BuildTest {
  protected:
    // The builds directory holds nothing once a build is over.
    size_t leftover_build_dirs() {
        size_t n = 0;
        for (const auto& e :
             std::filesystem::directory_iterator(store().config().state_dir() + "/builds"))
            n += e.path().string().ends_with(".lock") ? 0 : 1;
        return n;
    }
};

} // namespace

TEST_F(BuildFailure, ExitCodeWithLastLogLines) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_drv("fail", "i=0; while [ $i -lt 30 ]; do i=$((i+1)); echo line $i; done; "
                                "touch $out; exit 3");
    auto r = build({drv});
    ASSERT_FALSE(r.ok());
    std::string d = store().print(drv);
    std::string want = "builder for '" + d + "' failed with exit code 3;\nlast 25 log lines:\n";
    for (int i = 6; i <= 30; ++i) want += "> line " + std::to_string(i) + "\n";
    want += "For full logs, run:\n  hearth store log " + d;
    EXPECT_EQ(r.error().message, want);
    EXPECT_EQ(r.error().kind, ErrorKind::build_failed);
    EXPECT_EQ(exit_status, 100);
    EXPECT_FALSE(valid(out_path(drv)));
    struct stat st;
    EXPECT_NE(::lstat(store().real_path(out_path(drv)).c_str(), &st), 0);
    EXPECT_EQ(leftover_build_dirs(), 0u);
    // The full log is kept.
    std::ifstream in(build_log_path(store().config(), drv));
    std::string full((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(full.substr(0, 14), "line 1\nline 2\n");
    EXPECT_EQ(log.size(), 30u);
}

TEST_F(BuildFailure, NoLogNoTail) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_drv("quiet", "exit 2");
    auto r = build({drv});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
              "builder for '" + store().print(drv) + "' failed with exit code 2");
}

TEST_F(BuildFailure, OutputNotCreated) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_drv("noout", "echo hi", {}, {}, {}, {"out", "dev"});
    auto r = build({drv});
    ASSERT_FALSE(r.ok());
    // Outputs are checked in name order: dev first.
    EXPECT_EQ(r.error().message, "builder for '" + store().print(drv) +
                                     "' failed to produce output path for output 'dev' at '" +
                                     store().print(out_path(drv, "dev")) + "'");
    EXPECT_FALSE(valid(out_path(drv, "out")));
}

TEST_F(BuildFailure, OneOfTwoOutputsMissingRegistersNeither) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_drv("half", "echo x > $dev", {}, {}, {}, {"out", "dev"});
    ASSERT_FALSE(build({drv}).ok());
    EXPECT_FALSE(valid(out_path(drv, "dev")));
    EXPECT_FALSE(valid(out_path(drv, "out")));
}

TEST_F(BuildFailure, FixedOutputHashMismatch) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_fod("fod", "printf abc > $out", "sha256",
                        "0000000000000000000000000000000000000000000000000000");
    auto r = build({drv});
    ASSERT_FALSE(r.ok());
    // As Nix 2.26 prints it (the CLI indents continuation lines).
    EXPECT_EQ(r.error().message,
              "hash mismatch in fixed-output derivation '" + store().print(drv) +
                  "':\n  specified: sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
                  "\n     got:    sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    EXPECT_EQ(r.error().kind, ErrorKind::hash_mismatch);
    EXPECT_EQ(exit_status, 102);
    EXPECT_FALSE(valid(out_path(drv)));
}

TEST_F(BuildFailure, FixedOutputsThatMatch) {
    HEARTH_REQUIRE_SANDBOX();
    // sha256("abc"), flat; the NAR of a file "abc", recursive; sha1 flat.
    auto flat = make_fod("flat", "printf abc > $out", "sha256",
                         "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    auto sha1 = make_fod("sha1", "printf abc > $out", "sha1", "sha1-qZk+NkcGgWq6PiVxeFDCbJzQ2J0=");
    auto rec = make_fod(
        "rec", "mkdir $out; printf abc > $out/f", "sha256",
        "sha256:" +
            [&] {
                test::TempDir t;
                std::filesystem::create_directory(t / "d");
                test::write_file(t / "d/f", "abc");
                return util::format_hash(*nar_hash(t / "d"), util::HashFormat::base16);
            }(),
        "recursive");
    auto r = build({flat, sha1, rec});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(read(out_path(flat)), "abc");
    EXPECT_EQ(read(out_path(rec), "/f"), "abc");
    EXPECT_TRUE(valid(out_path(sha1)));
    // Fixed-output paths depend on the hash only.
    EXPECT_EQ(
        out_path(flat),
        *store().dir().make_fixed_output_path(
            FileIngestion::flat,
            *util::parse_hash("sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", std::nullopt),
            "flat"));
}

TEST_F(BuildFailure, FlatFixedOutputMustBeARegularFile) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_fod("flatdir", "mkdir $out", "sha256",
                        "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    auto r = build({drv});
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("should be a non-executable regular file"), std::string::npos)
        << r.error().message;
}

TEST_F(BuildFailure, Timeout) {
    HEARTH_REQUIRE_SANDBOX();
    // A child that outlives the builder's shell must die with it.
    auto drv = make_drv("slow", "sleep 100 & while true; do :; done");
    BuildOptions o;
    o.timeout_seconds = 1;
    auto start = std::chrono::steady_clock::now();
    auto r = build({drv}, o);
    auto took = std::chrono::steady_clock::now() - start;
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "building of '" + store().print(drv) +
                                     "^out' from .drv file timed out after 1 seconds");
    EXPECT_EQ(exit_status, 101);
    EXPECT_LT(took, std::chrono::seconds(20));
    EXPECT_EQ(leftover_build_dirs(), 0u);
}

TEST_F(BuildFailure, DependencyFailed) {
    HEARTH_REQUIRE_SANDBOX();
    auto bad = make_drv("bad", "exit 1");
    auto top = make_drv("top", "echo $dep_bad > $out", {}, {bad});
    auto r = build({top});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message,
              "1 dependencies of derivation '" + store().print(top) + "' failed to build");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], "builder for '" + store().print(bad) + "' failed with exit code 1");
    EXPECT_EQ(exit_status, 100);
}

TEST_F(BuildFailure, KeepFailed) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_drv("kept", "echo partial > $out; echo note > /build/n; exit 1");
    BuildOptions o;
    o.keep_failed = true;
    ASSERT_FALSE(build({drv}, o).ok());
    ASSERT_EQ(messages.size(), 2u);
    std::string prefix = "note: keeping build directory '";
    ASSERT_EQ(messages[1].substr(0, prefix.size()), prefix);
    std::string dir = messages[1].substr(prefix.size(), messages[1].size() - prefix.size() - 1);
    std::ifstream in(dir + "/build/n");
    std::string n;
    in >> n;
    EXPECT_EQ(n, "note");
    // Kept directories survive the sweep of stale ones.
    remove_stale_build_dirs(store());
    EXPECT_TRUE(std::filesystem::exists(dir));
}

TEST_F(BuildFailure, UnsupportedBuiltinAndWrongSystem) {
    auto drv = make_drv("b", "");
    auto d = *store().read_derivation(drv);
    d.builder = "builtin:nope";
    d.outputs["out"].path.clear();
    d.env["out"].clear();
    DrvHasher hasher(
        [&](const std::string& p) { return store().read_derivation(*store().parse(p)); });
    auto p1 = *finalise_derivation(d, store().dir(), hasher);
    ASSERT_TRUE(store().write_derivation(d).ok());
    auto r = build({p1});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "unsupported builtin builder 'nope'");

    d.builder = "/bin/sh";
    d.platform = "aarch64-darwin";
    d.outputs["out"].path.clear();
    d.env["out"].clear();
    auto p2 = *finalise_derivation(d, store().dir(), hasher);
    ASSERT_TRUE(store().write_derivation(d).ok());
    r = build({p2});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, "a 'aarch64-darwin' with features {} is required to build '" +
                                     store().print(p2) +
                                     "', but I am a 'x86_64-linux' with features {}");
}

TEST_F(BuildFailure, OutputCycle) {
    HEARTH_REQUIRE_SANDBOX();
    auto drv = make_drv("cyc", "echo $out > $dev; echo $dev > $out", {}, {}, {}, {"out", "dev"});
    auto r = build({drv});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message.substr(0, 22), "cycle detected in buil");
    EXPECT_FALSE(valid(out_path(drv, "out")));
}
