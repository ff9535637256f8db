// Derivations: ATerm round trips and output/.drv paths of the .drv files in
// data/drvs, which Nix 2.8 wrote for the derivations in data/drvs.nix.
#include "store/derivation.hh"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace hearth;
using namespace hearth::store;

namespace {

const StoreDir nix_store;
const std::string data_dir = HEARTH_TEST_DIR "/data/drvs";

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// drv path -> ATerm, for every file in data/drvs.
std::map<std::string, std::string> load_all() {
    std::map<std::string, std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(data_dir))
        out[nix_store.dir() + "/" + e.path().filename().string()] = read(e.path());
    return out;
}

const std::map<std::string, std::string>& all() {
    static const auto drvs = load_all();
    return drvs;
}

DrvHasher make_hasher() {
    return DrvHasher([](const std::string& path) -> Result<Derivation> {
        auto it = all().find(path);
        if (it == all().end())
            return fail(ErrorKind::not_valid, "no such derivation '" + path + "'");
        return parse_derivation(it->second);
    });
}

std::string find(std::string_view name) {
    for (const auto& [path, _] : all())
        if (path.ends_with("-" + std::string(name) + ".drv")) return path;
    return {};
}

} // namespace

TEST(Derivation, DataIsThere) {
    EXPECT_EQ(all().size(), 12u);
}

TEST(Derivation, ParseUnparseRoundTrips) {
    for (const auto& [path, text] : all()) {
        auto drv = parse_derivation(text);
        ASSERT_TRUE(drv.ok()) << path << ": " << drv.error().message;
        EXPECT_EQ(unparse_derivation(*drv), text) << path;
    }
}

TEST(Derivation, EscapesLikeNix) {
    auto drv = parse_derivation(read(data_dir + "/bmmnw43i8pq910wv089amm1y0w84xgjv-with-args.drv"));
    ASSERT_TRUE(drv.ok());
    ASSERT_EQ(drv->args.size(), 2u);
    EXPECT_EQ(drv->args[1], "echo \"quoted\" \\ back\nnl\ttab\r");
    EXPECT_EQ(drv->name, "with-args");
    EXPECT_EQ(aterm_quote("a\"b\\c\nd\re\tf"), "\"a\\\"b\\\\c\\nd\\re\\tf\"");
}

// Blank every output path and recompute: each .drv must come out byte for
// byte, at the path Nix gave it.
TEST(Derivation, OutputAndDrvPathsMatchNix) {
    auto hasher = make_hasher();
    for (const auto& [path, text] : all()) {
        auto drv = *parse_derivation(text);
        for (auto& [id, o] : drv.outputs) {
            o.path.clear();
            drv.env[id] = "";
        }
        auto drv_path = finalise_derivation(drv, nix_store, hasher);
        ASSERT_TRUE(drv_path.ok()) << path << ": " << drv_path.error().message;
        EXPECT_EQ(nix_store.print(*drv_path), path);
        EXPECT_EQ(unparse_derivation(drv), text) << path;
    }
}

TEST(Derivation, KnownOutputPaths) {
    auto out_of = [](std::string_view name, const std::string& id) {
        return parse_derivation(all().at(find(name)))->outputs.at(id).path;
    };
    // From (import data/drvs.nix).<name>.<output>.outPath in Nix 2.8.
    EXPECT_EQ(out_of("simple", "out"), "/nix/store/nj83liashqlzmxjq8lyfxrx21whvgpqj-simple");
    EXPECT_EQ(out_of("multi", "dev"), "/nix/store/cnr8n8g7k3l7913d10wbs7mk11byk3qm-multi-dev");
    EXPECT_EQ(out_of("multi", "out"), "/nix/store/h49lgbknv1fggzyb77p6d3ag1frnz354-multi");
    EXPECT_EQ(out_of("fod-rec", "out"), "/nix/store/lp7lf6iajp0zwljy8yrz23if368nsxls-fod-rec");
    EXPECT_EQ(out_of("fod-sha1", "out"), "/nix/store/anwz7m6pq13m7v8bgl3iw73p9yzm8r6f-fod-sha1");
    EXPECT_EQ(out_of("multi-dep", "bin"),
              "/nix/store/cmpgyafhyrwid7wjka2jb81xng0shv3w-multi-dep-bin");
}

// Two fixed-output derivations with the same hash but different
// derivations give one output path, and so do their dependents: that is
// what hashing modulo fixed outputs is for.
TEST(Derivation, FixedOutputsHideHowTheyWereMade) {
    auto hasher = make_hasher();
    auto a =
        *parse_derivation(all().at("/nix/store/5jjg3dc0j7fjcl25vx1cf2zm1p2aqrd3-fod-flat.drv"));
    auto b =
        *parse_derivation(all().at("/nix/store/yckimrr2kpzja56lpi7vbrnw6p1p61p8-fod-flat.drv"));
    EXPECT_NE(unparse_derivation(a), unparse_derivation(b));
    EXPECT_EQ(a.outputs["out"].path, b.outputs["out"].path);
    EXPECT_EQ(*hasher.hash_modulo(a, false), *hasher.hash_modulo(b, false));
    auto da = *hasher.hash_modulo_of("/nix/store/nmm2204zdc9y4phb4av5xw6yvpipilki-dep-fod.drv");
    auto db = *hasher.hash_modulo_of("/nix/store/01vv6bzj3piv0gz9l4m39xfbr84a9lyx-dep-fod.drv");
    EXPECT_EQ(da, db);
}

TEST(Derivation, MissingInputIsAnError) {
    auto hasher = make_hasher();
    Derivation drv;
    drv.name = "x";
    drv.outputs["out"] = {};
    drv.input_drvs["/nix/store/00000000000000000000000000000000-nope.drv"] = {"out"};
    auto r = finalise_derivation(drv, nix_store, hasher);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::not_valid);
    ASSERT_EQ(r.error().trail.size(), 1u);
}

TEST(Derivation, ParseErrors) {
    EXPECT_FALSE(parse_derivation("").ok());
    EXPECT_FALSE(parse_derivation("Derive([],[],[],\"a\",\"b\",[],[])x").ok());
    EXPECT_FALSE(
        parse_derivation("Derive([(\"out\",\"p\",\"\",\"\")],[],[],\"a\",\"b\",[],[(\"k\",\"v)])")
            .ok());
    auto ok = parse_derivation("Derive([],[],[],\"a\",\"b\",[],[])");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->platform, "a");
    auto err = parse_derivation("Derive([],[],[],\"a\",\"b\",[],[]");
    EXPECT_EQ(err.error().kind, ErrorKind::bad_derivation);
}
