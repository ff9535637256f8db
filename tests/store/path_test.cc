// Store path computations; expected paths from Nix 2.8's builtins.toFile,
// builtins.path, builtins.filterSource and "${./file}".
#include "store/path.hh"

#include "fixture.hh"
#include "util/encoding.hh"

#include <gtest/gtest.h>

using namespace hearth;
using namespace hearth::store;

namespace {

const StoreDir nix_store;

std::string text_path(std::string_view name, std::string_view contents,
                      const std::set<StorePath>& refs = {}) {
    auto p = nix_store.make_text_path(name, contents, refs);
    return p.ok() ? nix_store.print(*p) : "error: " + p.error().message;
}

StorePath parsed(std::string_view full) {
    return *nix_store.parse(full);
}

} // namespace

TEST(StorePath, ToFileMatchesNix) {
    EXPECT_EQ(text_path("t.txt", "hello"), "/nix/store/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt");
    EXPECT_EQ(text_path("e", ""), "/nix/store/wwd7bj27ic5xlak179j8xb8pnxdsw9dz-e");
    EXPECT_EQ(text_path(".foo", "x"), "/nix/store/q144f75swlv405pb69crqqkdwiza7nlk-.foo");
    EXPECT_EQ(text_path("?=+_", "x"), "/nix/store/4wnpj97mrgrnk5c0v7f002gpkj8mfyxm-?=+_");
}

TEST(StorePath, ToFileWithReferencesMatchesNix) {
    auto t = parsed("/nix/store/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt");
    auto e = parsed("/nix/store/wwd7bj27ic5xlak179j8xb8pnxdsw9dz-e");
    EXPECT_EQ(text_path("r.txt", "ref /nix/store/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt", {t}),
              "/nix/store/whsa9znb46v4187kijvx3lxsc6vw2z3j-r.txt");
    EXPECT_EQ(text_path("two",
                        "/nix/store/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt "
                        "/nix/store/wwd7bj27ic5xlak179j8xb8pnxdsw9dz-e",
                        {e, t}),
              "/nix/store/kj7izvni4gf2k9slh950adp54xil76ya-two");
}

TEST(StorePath, NameErrorsMatchNix) {
    EXPECT_EQ(
        text_path("a b", "x"),
        "error: store path 'dm85kbl5cy82j2dzvy1874s14y3salv3-a b' contains illegal character ' '");
    EXPECT_EQ(text_path("", "x"),
              "error: store path '9r1mh2rc3s3i33vpdw86kqqyvy9i1y4w-' has an empty name");
    std::string n211(211, 'a'), n212(212, 'a');
    EXPECT_EQ(text_path(n211, "x"), "/nix/store/yx91frwj9qkga75f8habg8q40arnqila-" + n211);
    EXPECT_EQ(text_path(n212, "x"), "error: store path 'sk7z62nqxdj2sb8x397my8i4803lhvai-" + n212 +
                                        "' has a name longer than 211 characters");
}

TEST(StorePath, ParseAndPrint) {
    auto p = nix_store.parse("/nix/store/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->hash_part, "9p0nl625gm5mli8h2xfsgma0zz31g9yc");
    EXPECT_EQ(p->name, "t.txt");
    EXPECT_EQ(nix_store.print(*p), "/nix/store/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt");

    EXPECT_EQ(nix_store.parse("/tmp/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt").error().message,
              "path '/tmp/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt' is not in the Nix store");
    EXPECT_EQ(nix_store.parse("/nix/store/short").error().message,
              "'short' is too short to be a valid store path");
    EXPECT_EQ(
        nix_store.parse("/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-x").error().message,
        "store path 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-x' contains illegal base-32 character 'e'");
    EXPECT_FALSE(nix_store.parse("/nix/store/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt/sub").ok());
    auto inner = nix_store.to_store_path("/nix/store/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt/bin/x");
    ASSERT_TRUE(inner.ok());
    EXPECT_EQ(inner->name, "t.txt");
}

TEST(StorePath, StoreDirIsPartOfTheHash) {
    StoreDir other("/tmp/store/");
    EXPECT_EQ(other.dir(), "/tmp/store");
    auto a = other.make_text_path("t.txt", "hello", {});
    auto b = nix_store.make_text_path("t.txt", "hello", {});
    EXPECT_NE(a->hash_part, b->hash_part);
    EXPECT_EQ(other.print(*a).substr(0, 11), "/tmp/store/");
}

TEST(StorePath, SourcePathsMatchNix) {
    test::TempDir tmp;
    test::make_sample_tree(tmp / "fx");
    // builtins.path { path = ./fx; name = "fx"; }
    auto fx = nix_store.make_source_path(tmp / "fx", "fx");
    ASSERT_TRUE(fx.ok()) << fx.error().message;
    EXPECT_EQ(nix_store.print(*fx), "/nix/store/5kzxvraang33n6sqixhp77n5l8r8gqpd-fx");
    // "${./fx/exec.sh}"
    EXPECT_EQ(nix_store.print(*nix_store.make_source_path(tmp / "fx/exec.sh", "exec.sh")),
              "/nix/store/5c04552vhn4sp0x18q5gryqhfnya0aji-exec.sh");
    // builtins.path { path = ./fx/dir; name = "filtered"; filter = p: t: baseNameOf p != "sub"; }
    auto filtered =
        nix_store.make_source_path(tmp / "fx/dir", "filtered", [](const std::string& p, FileType) {
            return p.substr(p.rfind('/') + 1) != "sub";
        });
    EXPECT_EQ(nix_store.print(*filtered), "/nix/store/9ya01175g7dgfqsp9pfp89z0wzqqcx52-filtered");
    // builtins.filterSource (p: t: t != "symlink") ./fx
    auto nolinks = nix_store.make_source_path(
        tmp / "fx", "fx", [](const std::string&, FileType t) { return t != FileType::symlink; });
    EXPECT_EQ(nix_store.print(*nolinks), "/nix/store/n4xwn8fpiv3bligja6pqjjszb3dgpnm0-fx");
}

TEST(StorePath, FlatFixedOutputMatchesNix) {
    test::TempDir tmp;
    test::make_sample_tree(tmp / "fx");
    // builtins.path { path = ./fx/file.txt; name = "flat"; recursive = false; }
    auto h = util::hash_file(util::HashAlgo::sha256, tmp / "fx/file.txt");
    ASSERT_TRUE(h.ok());
    auto p = nix_store.make_fixed_output_path(FileIngestion::flat, *h, "flat");
    EXPECT_EQ(nix_store.print(*p), "/nix/store/hrzh64qwa6kpxv4ik12aiyppb3r0njks-flat");
    // Only recursive sha256 may carry references.
    auto t = parsed("/nix/store/9p0nl625gm5mli8h2xfsgma0zz31g9yc-t.txt");
    EXPECT_FALSE(nix_store.make_fixed_output_path(FileIngestion::flat, *h, "flat", {t}).ok());
}
