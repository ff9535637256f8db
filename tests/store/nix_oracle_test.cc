// Recomputes a few expected values with the installed Nix (nix-bin 2.8 in
// CI) at test time, so the constants pasted into the other tests cannot
// drift from what Nix does. Nix writes only into a throwaway chroot store.
#include "store/derivation.hh"
#include "store/path.hh"

#include "fixture.hh"
#include "util/encoding.hh"

#include <gtest/gtest.h>

#include <cstdio>

using namespace hearth;
using namespace hearth::store;

namespace {

bool have_nix() {
    return std::system("command -v nix-instantiate >/dev/null 2>&1") == 0;
}

std::string run(const std::string& cmd) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> p(::popen(cmd.c_str(), "r"), ::pclose);
    if (!p) return out;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p.get())) > 0) out.append(buf, n);
    while (!out.empty() && (out.back() == '\n' || out.back() == '"')) out.pop_back();
    if (!out.empty() && out.front() == '"') out.erase(0, 1);
    return out;
}

class NixOracle : public testing::Test {
  protected:
    void SetUp() override {
        if (!have_nix()) GTEST_SKIP() << "nix-instantiate is not installed";
    }
    // nix-instantiate --eval of `expr` against a chroot store in m_tmp.
    std::string eval(const std::string& expr) {
        std::string quoted;
        for (char c : expr) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return run("HOME=" + m_tmp.path() + " NIX_STATE_DIR=" + m_tmp.path() +
                   "/state nix-instantiate --store 'local?root=" + m_tmp.path() +
                   "/root' --eval --strict -E '" + quoted + "' 2>&1");
    }
    test::TempDir m_tmp;
};

const StoreDir nix_store;

} // namespace

TEST_F(NixOracle, HashString) {
    for (auto algo : {util::HashAlgo::md5, util::HashAlgo::sha1, util::HashAlgo::sha256,
                      util::HashAlgo::sha512}) {
        std::string name(util::hash_algo_name(algo));
        EXPECT_EQ(eval("builtins.hashString \"" + name + "\" \"oracle\\n\""),
                  util::format_hash(util::hash_string(algo, "oracle\n"), util::HashFormat::base16));
    }
}

TEST_F(NixOracle, ToFileAndPath) {
    auto ours = nix_store.make_text_path("o.txt", "oracle text", {});
    EXPECT_EQ(eval("builtins.toFile \"o.txt\" \"oracle text\""), nix_store.print(*ours));
    test::make_sample_tree(m_tmp / "fx");
    auto src = nix_store.make_source_path(m_tmp / "fx", "fx");
    EXPECT_EQ(eval("builtins.path { path = " + m_tmp.path() + "/fx; name = \"fx\"; }"),
              nix_store.print(*src));
}

TEST_F(NixOracle, DerivationPaths) {
    std::string expr =
        "derivation { name = \"o\"; system = \"x86_64-linux\"; builder = \"/bin/sh\"; "
        "outputs = [\"out\" \"doc\"]; args = [\"-c\" \"x\\ty\"]; }";
    Derivation drv;
    drv.name = "o";
    drv.platform = "x86_64-linux";
    drv.builder = "/bin/sh";
    drv.args = {"-c", "x\ty"};
    drv.outputs["out"] = {};
    drv.outputs["doc"] = {};
    drv.env = {
        {"name", "o"}, {"system", "x86_64-linux"}, {"builder", "/bin/sh"}, {"outputs", "out doc"}};
    DrvHasher hasher([](const std::string&) -> Result<Derivation> {
        return fail(ErrorKind::not_valid, "none");
    });
    auto drv_path = finalise_derivation(drv, nix_store, hasher);
    ASSERT_TRUE(drv_path.ok());
    EXPECT_EQ(eval("(" + expr + ").drvPath"), nix_store.print(*drv_path));
    EXPECT_EQ(eval("(" + expr + ").doc.outPath"), drv.outputs["doc"].path);
}
