// Digests checked against builtins.hashString of Nix 2.8.
#include "util/encoding.hh"
#include "util/hash.hh"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

using namespace hearth::util;

namespace {

struct Case {
    HashAlgo algo;
    const char* input;
    const char* base16;
};

const Case cases[] = {
    {HashAlgo::md5, "", "d41d8cd98f00b204e9800998ecf8427e"},
    {HashAlgo::md5, "abc", "900150983cd24fb0d6963f7d28e17f72"},
    {HashAlgo::sha1, "", "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
    {HashAlgo::sha1, "hello world", "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"},
    {HashAlgo::sha256, "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {HashAlgo::sha256, "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {HashAlgo::sha512, "abc",
     "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3fee"
     "b"
     "bd454d4423643ce80e2a9ac94fa54ca49f"},
    {HashAlgo::sha512, "hello world",
     "309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b"
     "0"
     "cfd830e81f605dcf7dc5542e93ae9cd76f"},
};

} // namespace

TEST(Hash, OneShotMatchesNix) {
    for (const auto& c : cases) {
        auto h = hash_string(c.algo, c.input);
        EXPECT_EQ(h.algo, c.algo);
        EXPECT_EQ(h.bytes.size(), hash_size(c.algo));
        EXPECT_EQ(base16_encode(h.bytes), c.base16) << hash_algo_name(c.algo) << " " << c.input;
    }
}

TEST(Hash, IncrementalEqualsOneShot) {
    Hasher h(HashAlgo::sha256);
    h.update(std::string_view("hello"));
    h.update(std::string_view(" "));
    std::string w = "world";
    h.update(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(w.data()), w.size()));
    EXPECT_EQ(h.finish(), hash_string(HashAlgo::sha256, "hello world"));
}

TEST(Hash, MovedHasherKeepsState) {
    Hasher a(HashAlgo::sha1);
    a.update(std::string_view("hello "));
    Hasher b = std::move(a);
    b.update(std::string_view("world"));
    EXPECT_EQ(base16_encode(b.finish().bytes), "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed");
}

TEST(Hash, AlgoNames) {
    for (auto a : {HashAlgo::md5, HashAlgo::sha1, HashAlgo::sha256, HashAlgo::sha512})
        EXPECT_EQ(parse_hash_algo(hash_algo_name(a)), a);
    EXPECT_FALSE(parse_hash_algo("sha257"));
    EXPECT_FALSE(parse_hash_algo("SHA256"));
    EXPECT_FALSE(parse_hash_algo(""));
}

TEST(Hash, FileContents) {
    std::string path = testing::TempDir() + "hearth_hash_file_test";
    {
        std::ofstream out(path, std::ios::binary);
        // Larger than one read buffer, so the loop runs more than once.
        for (int i = 0; i < 100000; ++i) out << "abc";
    }
    std::string big;
    for (int i = 0; i < 100000; ++i) big += "abc";
    auto h = hash_file(HashAlgo::sha256, path);
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(*h, hash_string(HashAlgo::sha256, big));
    std::remove(path.c_str());
    auto missing = hash_file(HashAlgo::sha256, path);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("hearth_hash_file_test"), std::string::npos);
}

TEST(Hash, CompressFoldsByXor) {
    std::vector<uint8_t> in(32);
    for (size_t i = 0; i < in.size(); ++i) in[i] = static_cast<uint8_t>(i + 1);
    auto out = compress_hash(in, 20);
    ASSERT_EQ(out.size(), 20u);
    // Bytes 0..11 are folded with 20..31; 12..19 stay as they are.
    EXPECT_EQ(out[0], 1 ^ 21);
    EXPECT_EQ(out[11], 12 ^ 32);
    EXPECT_EQ(out[12], 13);
    EXPECT_EQ(out[19], 20);
    EXPECT_EQ(compress_hash(std::vector<uint8_t>{}, 4), std::vector<uint8_t>(4, 0));
}
