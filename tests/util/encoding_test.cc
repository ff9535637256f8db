// Text forms of hashes, checked against nix-hash --to-base32 and
// `nix hash to-sri` of Nix 2.8, and parse errors against Nix 2.8's messages.
#include "util/encoding.hh"

#include <gtest/gtest.h>

using namespace hearth::util;

namespace {

struct Forms {
    HashAlgo algo;
    const char* input;
    const char* base16;
    const char* nix32;
    const char* sri;
};

const Forms forms[] = {
    {HashAlgo::md5, "abc", "900150983cd24fb0d6963f7d28e17f72", "3jgzhjhz9zjvbb0kyj7jc500ch",
     "md5-kAFQmDzST7DWlj99KOF/cg=="},
    {HashAlgo::md5, "", "d41d8cd98f00b204e9800998ecf8427e", "3y8bwfr609h3lh9ch0izcqq7fl", nullptr},
    {HashAlgo::sha1, "abc", "a9993e364706816aba3e25717850c26c9cd0d89d",
     "kpcd173cq987hw957sx6m0868wv3x6d9", "sha1-qZk+NkcGgWq6PiVxeFDCbJzQ2J0="},
    {HashAlgo::sha1, "", "da39a3ee5e6b4b0d3255bfef95601890afd80709",
     "143xibwh31h9bvxzalr0sjvbbvpa6ffs", nullptr},
    {HashAlgo::sha256, "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
     "1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s",
     "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="},
    {HashAlgo::sha256, "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
     "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73", nullptr},
    {HashAlgo::sha256, "hello world",
     "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
     "1sfdxziarxw8j3p80lvswgpq9i7smdyxmmsj5sjhhgjdjfwjfkdr", nullptr},
    {HashAlgo::sha512, "abc",
     "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3fe"
     "ebbd454d4423643ce80e2a9ac94fa54ca49f",
     "2gs8k559z4rlahfx0y688s49m2vvszylcikrfinm30ly9rak69236nkam5ydvly1ai7xac99vxfc4ii84hawjbk876bly"
     "k1jfhkbbyx",
     "sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/"
     "uu9RU1EI2Q86A4qmslPpUyknw=="},
    {HashAlgo::sha512, "",
     "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877e"
     "ec2f63b931bd47417a81a538327af927da3e",
     "0zdl9zrg8r3i9c1g90lgg9ip5ijzv3yhz91i0zzn3r8ap9ws784gkp9dk9j3aglhgf1amqb0pj21mh7h1nxcl18akqvvf"
     "7ggqsy30yg",
     nullptr},
};

std::string parse_error(std::string_view text, std::optional<HashAlgo> algo) {
    auto r = parse_hash(text, algo);
    return r.ok() ? "(parsed)" : r.error().message;
}

} // namespace

TEST(Encoding, FormatsMatchNix) {
    for (const auto& f : forms) {
        auto h = hash_string(f.algo, f.input);
        EXPECT_EQ(format_hash(h, HashFormat::base16), f.base16);
        EXPECT_EQ(format_hash(h, HashFormat::nix32), f.nix32);
        EXPECT_EQ(nix32_length(h.bytes.size()), std::string_view(f.nix32).size());
        if (f.sri) {
            EXPECT_EQ(format_hash(h, HashFormat::sri), f.sri);
        }
    }
}

TEST(Encoding, EveryFormParsesBack) {
    for (const auto& f : forms) {
        auto h = hash_string(f.algo, f.input);
        for (auto fmt :
             {HashFormat::base16, HashFormat::nix32, HashFormat::base64, HashFormat::sri}) {
            auto text = format_hash(h, fmt);
            auto bare = parse_hash(text, f.algo);
            ASSERT_TRUE(bare.ok()) << text << ": " << bare.error().message;
            EXPECT_EQ(*bare, h) << text;
            auto prefixed = parse_hash(format_hash_prefixed(h, fmt), std::nullopt);
            ASSERT_TRUE(prefixed.ok()) << format_hash_prefixed(h, fmt);
            EXPECT_EQ(*prefixed, h);
        }
    }
}

TEST(Encoding, Base16AcceptsUpperCase) {
    auto r = parse_hash("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
                        HashAlgo::sha256);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(*r, hash_string(HashAlgo::sha256, "abc"));
}

TEST(Encoding, Base64Padding) {
    auto enc = [](std::string s) {
        return base64_encode(
            std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(s.data()), s.size()));
    };
    EXPECT_EQ(enc(""), "");
    EXPECT_EQ(enc("f"), "Zg==");
    EXPECT_EQ(enc("fo"), "Zm8=");
    EXPECT_EQ(enc("foo"), "Zm9v");
    EXPECT_EQ(enc("foob"), "Zm9vYg==");
    auto dec = base64_decode("Zm9vYg==");
    ASSERT_TRUE(dec.ok());
    EXPECT_EQ(std::string(dec->begin(), dec->end()), "foob");
}

TEST(Encoding, Nix32RejectsBitsBeyondTheHash) {
    // 52 chars hold 260 bits; a sha256 has 256, so the first char is < 2^(256-255).
    std::string zs(52, 'z');
    EXPECT_FALSE(nix32_decode(zs, 32));
    std::string ok = "1" + std::string(51, 'z');
    EXPECT_TRUE(nix32_decode(ok, 32));
    EXPECT_FALSE(nix32_decode("2" + std::string(51, 'z'), 32));
    EXPECT_FALSE(nix32_decode("e" + std::string(51, '0'), 32)); // not in the alphabet
    EXPECT_FALSE(nix32_decode("00", 32));                       // wrong length
}

TEST(Encoding, ParseErrorsMatchNix) {
    EXPECT_EQ(parse_error("abc", HashAlgo::sha256),
              "hash 'abc' has wrong length for hash type 'sha256'");
    EXPECT_EQ(parse_error("sha1:abc", HashAlgo::sha256),
              "hash 'sha1:abc' should have type 'sha256'");
    EXPECT_EQ(parse_error("abc", std::nullopt),
              "hash 'abc' does not include a type, nor is the type otherwise known from context");
    EXPECT_EQ(parse_error(std::string(64, 'z'), HashAlgo::sha256),
              "invalid base-16 hash '" + std::string(64, 'z') + "'");
    EXPECT_EQ(parse_error(std::string(52, 'e'), HashAlgo::sha256),
              "invalid base-32 hash '" + std::string(52, 'e') + "'");
    EXPECT_EQ(parse_error(std::string(52, 'z'), HashAlgo::sha256),
              "invalid base-32 hash '" + std::string(52, 'z') + "'");
    EXPECT_EQ(parse_error("sha1-qZk+NkcGgWq6PiVxeFDCbJzQ2J0=", HashAlgo::sha256),
              "hash 'sha1-qZk+NkcGgWq6PiVxeFDCbJzQ2J0=' should have type 'sha256'");
    EXPECT_EQ(parse_error("sha256-" + std::string(43, '!') + "=", HashAlgo::sha256),
              "invalid character in Base64 string: '!'");
    EXPECT_EQ(parse_error("sha257:abc", std::nullopt), "unknown hash algorithm 'sha257'");
    EXPECT_EQ(parse_error("sha256-AAAA", std::nullopt), "invalid SRI hash 'sha256-AAAA'");
}

TEST(Encoding, SriAndColonBase64AreAccepted) {
    // Nix accepts base64 after "algo:" as well as after "algo-".
    auto zero = std::string(43, 'A') + "=";
    auto a = parse_hash("sha256-" + zero, std::nullopt);
    auto b = parse_hash("sha256:" + zero, HashAlgo::sha256);
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(*a, *b);
    EXPECT_EQ(a->bytes, std::vector<uint8_t>(32, 0));
    EXPECT_TRUE(parse_sri("sha256-" + zero).ok());
    EXPECT_FALSE(parse_sri("sha256:" + zero).ok());
}
