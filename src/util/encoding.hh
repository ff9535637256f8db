// Text forms of hashes: base16, Nix's base-32, base64 and SRI, and parsing
// any of them back (what builtins.hashString, hashFile, convertHash and a
// derivation's outputHash accept). Error messages follow Nix's.
#pragma once

#include "util/hash.hh"
#include "util/result.hh"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::util {

std::string base16_encode(std::span<const uint8_t> bytes);
// Lower- or upper-case hex; nullopt on a bad digit or odd length.
std::optional<std::vector<uint8_t>> base16_decode(std::string_view s);

// Nix's base-32: the alphabet 0-9a-z without e, o, u, t, read from the last
// byte to the first, so it is neither RFC 4648 nor reversible by it.
extern const std::string_view nix32_alphabet;
size_t nix32_length(size_t byte_count);
std::string nix32_encode(std::span<const uint8_t> bytes);
// `byte_count` bytes from `s`, whose length must be nix32_length(byte_count)
// and whose unused high bits must be zero.
std::optional<std::vector<uint8_t>> nix32_decode(std::string_view s, size_t byte_count);

// RFC 4648 base64 with '=' padding.
std::string base64_encode(std::span<const uint8_t> bytes);
UtilResult<std::vector<uint8_t>> base64_decode(std::string_view s);
size_t base64_length(size_t byte_count);

enum class HashFormat { base16, nix32, base64, sri };

// Text of the hash alone (no "algo:" prefix), except sri, which is
// "algo-base64".
std::string format_hash(const Hash& hash, HashFormat format);
// "algo:text" for the three non-SRI formats (Nix's printHash with type).
std::string format_hash_prefixed(const Hash& hash, HashFormat format);

// Parses "algo:text", "algo-base64" (SRI) or bare text in base16, nix-base32
// or base64 (told apart by length). `expected` is the algorithm known from
// context (outputHashAlgo, hashString's first argument); a prefix that names
// another one is an error, and bare text needs `expected`.
UtilResult<Hash> parse_hash(std::string_view text, std::optional<HashAlgo> expected);

// parse_hash for SRI text only ("sha256-..."), as fetchers' `hash` needs.
UtilResult<Hash> parse_sri(std::string_view text);

} // namespace hearth::util
