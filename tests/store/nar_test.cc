// NAR serialisation and restore; expected hashes from `nix-hash --type
// sha256` and bytes from `nix-store --dump` of Nix 2.8 on the sample tree.
#include "store/nar.hh"

#include "fixture.hh"
#include "util/encoding.hh"

#include <gtest/gtest.h>

#include <sstream>

using namespace hearth;
using namespace hearth::store;

namespace {

std::string sha256_hex(std::string_view s) {
    return util::base16_encode(util::hash_string(util::HashAlgo::sha256, s).bytes);
}

std::string hex(std::string_view s) {
    return util::base16_encode(
        std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(s.data()), s.size()));
}

struct Expected {
    const char* rel;
    const char* nix32;
    size_t nar_size;
};

// nix-hash --type sha256 --base32 PATH, and nix-store --dump PATH | wc -c.
const Expected expected[] = {
    {"file.txt", "04zwf782yjwnh3q6hz5izfd6jyip8kgw6g6yj43fiqhbyhdd0dqw", 120},
    {"exec.sh", "183p8jhjfcpk6kac6hxwp4gzp9brkvkibylz27jfbvgd5kqcq2jy", 168},
    {"link", "1i1il5z661pkcl9sa2a2yrshd130pllmqm3pdw90di98vcjfm056", 120},
    {"dir", "0v0jksgn59z0harck67y6l3vw79306rvpvndyqwh8pad8y2qj13n", 1400},
    {"", "1rcf9bb08rck5rqd49385p3f23lxilx38swb9h0ddblz898r908k", 2192},
};

// nix-store --dump exec.sh | xxd -p
const char* exec_nar_hex = "0d000000000000006e69782d617263686976652d310000000100000000000000"
                           "2800000000000000040000000000000074797065000000000700000000000000"
                           "726567756c6172000a0000000000000065786563757461626c65000000000000"
                           "00000000000000000800000000000000636f6e74656e74731200000000000000"
                           "23212f62696e2f73680a6563686f2068690a0000000000000100000000000000"
                           "2900000000000000";

// nix-store --dump link | xxd -p
const char* link_nar_hex = "0d000000000000006e69782d617263686976652d310000000100000000000000"
                           "2800000000000000040000000000000074797065000000000700000000000000"
                           "73796d6c696e6b00060000000000000074617267657400000800000000000000"
                           "66696c652e74787401000000000000002900000000000000";

} // namespace

TEST(Nar, HashesAndSizesMatchNix) {
    test::TempDir tmp;
    test::make_sample_tree(tmp / "fx");
    for (const auto& e : expected) {
        std::string p = tmp.path() + "/fx" + (e.rel[0] ? "/" + std::string(e.rel) : "");
        auto r = nar_hash_and_size(p);
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ(util::nix32_encode(r->hash.bytes), e.nix32) << e.rel;
        EXPECT_EQ(r->size, e.nar_size) << e.rel;
    }
}

TEST(Nar, BytesMatchNixStoreDump) {
    test::TempDir tmp;
    test::make_sample_tree(tmp / "fx");
    auto exec = dump_path_to_string(tmp / "fx/exec.sh");
    ASSERT_TRUE(exec.ok());
    EXPECT_EQ(hex(*exec), exec_nar_hex);
    auto link = dump_path_to_string(tmp / "fx/link");
    ASSERT_TRUE(link.ok());
    EXPECT_EQ(hex(*link), link_nar_hex);
    auto dir = dump_path_to_string(tmp / "fx");
    ASSERT_TRUE(dir.ok());
    // sha256sum of nix-store --dump of the whole tree.
    EXPECT_EQ(sha256_hex(*dir), "13819451429faed6004c8b6b343a8d9d0ee1c62d6824d2702e936504d64a8ee5");
}

TEST(Nar, DumpContentsEqualsDumpOfFile) {
    test::TempDir tmp;
    test::make_sample_tree(tmp / "fx");
    EXPECT_EQ(dump_contents("hello\n"), *dump_path_to_string(tmp / "fx/file.txt"));
    EXPECT_EQ(dump_contents("#!/bin/sh\necho hi\n", true),
              *dump_path_to_string(tmp / "fx/exec.sh"));
}

TEST(Nar, FilterSeesTypesAndDropsSubtrees) {
    test::TempDir tmp;
    test::make_sample_tree(tmp / "fx");
    std::vector<std::string> seen;
    auto r = nar_hash(tmp / "fx/dir", [&](const std::string& path, FileType type) {
        seen.push_back(path.substr(tmp.path().size()) + ":" + std::string(file_type_name(type)));
        return path.substr(path.rfind('/') + 1) != "sub";
    });
    ASSERT_TRUE(r.ok());
    // The root is never offered; "sub" is refused so nothing below it is.
    EXPECT_EQ(seen, (std::vector<std::string>{"/fx/dir/Z:directory", "/fx/dir/Z/z:regular",
                                              "/fx/dir/a:regular", "/fx/dir/empty:regular",
                                              "/fx/dir/sub:directory"}));
    // The same as a tree that never had "sub".
    std::filesystem::remove_all(tmp / "fx/dir/sub");
    EXPECT_EQ(*r, *nar_hash(tmp / "fx/dir"));
}

TEST(Nar, RestoreRoundTrips) {
    test::TempDir tmp;
    test::make_sample_tree(tmp / "fx");
    auto nar = dump_path_to_string(tmp / "fx");
    ASSERT_TRUE(nar.ok());
    std::istringstream in(*nar);
    auto r = restore_path(tmp / "copy", in);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(*dump_path_to_string(tmp / "copy"), *nar);
    struct stat st;
    ASSERT_EQ(::stat((tmp / "copy/exec.sh").c_str(), &st), 0);
    EXPECT_TRUE(st.st_mode & S_IXUSR);
    EXPECT_EQ(std::filesystem::read_symlink(tmp / "copy/dir/sub/up"), "../file.txt");
}

namespace {

// Builds a NAR by hand so that a test can put anything in it.
struct NarWriter {
    std::string out;
    NarWriter& str(std::string_view s) {
        for (int i = 0; i < 8; ++i) out += static_cast<char>((s.size() >> (8 * i)) & 0xff);
        out += s;
        out.append((8 - s.size() % 8) % 8, '\0');
        return *this;
    }
    NarWriter& entry(std::string_view name, std::string_view contents) {
        return str("entry")
            .str("(")
            .str("name")
            .str(name)
            .str("node")
            .str("(")
            .str("type")
            .str("regular")
            .str("contents")
            .str(contents)
            .str(")")
            .str(")");
    }
};

std::string restore_error(const std::string& dest, const std::string& nar) {
    std::istringstream in(nar);
    auto r = restore_path(dest, in);
    return r.ok() ? "(restored)" : r.error().message;
}

} // namespace

TEST(Nar, RestoreRejectsUnsafeNames) {
    test::TempDir tmp;
    // The archives go one level down, so that an escape by ".." would land
    // in tmp, where nothing else is (not in the shared parent of tmp).
    std::filesystem::create_directory(tmp / "sub");
    int n = 0;
    for (const std::string& bad :
         std::vector<std::string>{"..", ".", "", "a/b", std::string("a\0b", 3)}) {
        NarWriter w;
        w.str("nix-archive-1").str("(").str("type").str("directory").entry(bad, "x").str(")");
        auto err = restore_error(tmp / ("sub/d" + std::to_string(n++)), w.out);
        EXPECT_NE(err.find("invalid file name"), std::string::npos) << err;
    }
    std::vector<std::string> top;
    for (const auto& e : std::filesystem::directory_iterator(tmp.path()))
        top.push_back(e.path().filename().string());
    EXPECT_EQ(top, std::vector<std::string>{"sub"});
    EXPECT_FALSE(std::filesystem::exists(tmp / "sub/x"));
}

TEST(Nar, RestoreRejectsUnsortedOrDuplicateEntries) {
    test::TempDir tmp;
    NarWriter dup;
    dup.str("nix-archive-1")
        .str("(")
        .str("type")
        .str("directory")
        .entry("a", "1")
        .entry("a", "2")
        .str(")");
    EXPECT_NE(restore_error(tmp / "dup", dup.out).find("not sorted"), std::string::npos);
    NarWriter unsorted;
    unsorted.str("nix-archive-1")
        .str("(")
        .str("type")
        .str("directory")
        .entry("b", "1")
        .entry("a", "2")
        .str(")");
    EXPECT_NE(restore_error(tmp / "unsorted", unsorted.out).find("not sorted"), std::string::npos);
}

TEST(Nar, RestoreRejectsGarbage) {
    test::TempDir tmp;
    EXPECT_EQ(restore_error(tmp / "g1", "short"), "unexpected end of archive");
    NarWriter w;
    w.str("not-an-archive");
    EXPECT_EQ(restore_error(tmp / "g2", w.out), "input is not a Nix archive");
    NarWriter truncated;
    truncated.str("nix-archive-1").str("(").str("type").str("regular").str("contents");
    truncated.out += std::string("\x10\0\0\0\0\0\0\0abc", 11);
    EXPECT_EQ(restore_error(tmp / "g3", truncated.out), "unexpected end of archive");
    NarWriter exists;
    exists.str("nix-archive-1")
        .str("(")
        .str("type")
        .str("regular")
        .str("contents")
        .str("x")
        .str(")");
    std::filesystem::create_directory(tmp / "there");
    EXPECT_NE(restore_error(tmp / "there", exists.out).find("creating file"), std::string::npos);
}
