#include "util/encoding.hh"

namespace hearth::util {

namespace {

constexpr std::string_view hex_digits = "0123456789abcdef";
constexpr std::string_view b64_alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

Error hash_error(std::string_view what, std::string_view text) {
    return Error{std::string(what) + " '" + std::string(text) + "'"};
}

} // namespace

const std::string_view nix32_alphabet = "0123456789abcdfghijklmnpqrsvwxyz";

std::string base16_encode(std::span<const uint8_t> bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (uint8_t b : bytes) {
        out += hex_digits[b >> 4];
        out += hex_digits[b & 0xf];
    }
    return out;
}

std::optional<std::vector<uint8_t>> base16_decode(std::string_view s) {
    if (s.size() % 2) return std::nullopt;
    std::vector<uint8_t> out(s.size() / 2);
    for (size_t i = 0; i < out.size(); ++i) {
        int hi = hex_value(s[2 * i]), lo = hex_value(s[2 * i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out[i] = static_cast<uint8_t>(hi << 4 | lo);
    }
    return out;
}

size_t nix32_length(size_t byte_count) {
    return byte_count == 0 ? 0 : (byte_count * 8 - 1) / 5 + 1;
}

// Character k (counted from the end of the string) holds bits 5k..5k+4 of
// the hash read as one little-endian number.
std::string nix32_encode(std::span<const uint8_t> bytes) {
    size_t len = nix32_length(bytes.size());
    std::string out(len, '0');
    for (size_t k = 0; k < len; ++k) {
        size_t bit = k * 5, byte = bit / 8, shift = bit % 8;
        unsigned v = bytes[byte] >> shift;
        if (byte + 1 < bytes.size()) v |= unsigned(bytes[byte + 1]) << (8 - shift);
        out[len - 1 - k] = nix32_alphabet[v & 0x1f];
    }
    return out;
}

std::optional<std::vector<uint8_t>> nix32_decode(std::string_view s, size_t byte_count) {
    if (s.size() != nix32_length(byte_count)) return std::nullopt;
    std::vector<uint8_t> out(byte_count, 0);
    for (size_t k = 0; k < s.size(); ++k) {
        auto digit = nix32_alphabet.find(s[s.size() - 1 - k]);
        if (digit == std::string_view::npos) return std::nullopt;
        size_t bit = k * 5, byte = bit / 8, shift = bit % 8;
        out[byte] |= static_cast<uint8_t>(digit << shift);
        unsigned carry = unsigned(digit) >> (8 - shift);
        if (byte + 1 < byte_count)
            out[byte + 1] |= static_cast<uint8_t>(carry);
        else if (carry)
            return std::nullopt; // bits beyond the hash must be zero
    }
    return out;
}

size_t base64_length(size_t byte_count) {
    return (byte_count + 2) / 3 * 4;
}

std::string base64_encode(std::span<const uint8_t> bytes) {
    std::string out;
    out.reserve(base64_length(bytes.size()));
    unsigned acc = 0;
    int bits = 0;
    for (uint8_t b : bytes) {
        acc = (acc << 8) | b;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += b64_alphabet[(acc >> bits) & 0x3f];
        }
    }
    if (bits > 0) out += b64_alphabet[(acc << (6 - bits)) & 0x3f];
    while (out.size() % 4) out += '=';
    return out;
}

UtilResult<std::vector<uint8_t>> base64_decode(std::string_view s) {
    std::vector<uint8_t> out;
    unsigned acc = 0;
    int bits = 0;
    for (char c : s) {
        if (c == '=') break;
        auto v = b64_alphabet.find(c);
        if (v == std::string_view::npos)
            return Unexpected{
                Error{"invalid character in Base64 string: '" + std::string(1, c) + "'"}};
        acc = (acc << 6) | unsigned(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<uint8_t>(acc >> bits));
        }
    }
    return out;
}

std::string format_hash(const Hash& hash, HashFormat format) {
    switch (format) {
    case HashFormat::base16:
        return base16_encode(hash.bytes);
    case HashFormat::nix32:
        return nix32_encode(hash.bytes);
    case HashFormat::base64:
        return base64_encode(hash.bytes);
    case HashFormat::sri:
        return std::string(hash_algo_name(hash.algo)) + "-" + base64_encode(hash.bytes);
    }
    return {};
}

std::string format_hash_prefixed(const Hash& hash, HashFormat format) {
    if (format == HashFormat::sri) return format_hash(hash, format);
    return std::string(hash_algo_name(hash.algo)) + ":" + format_hash(hash, format);
}

namespace {

// Decodes the text after any prefix; which encoding is chosen by length,
// as Nix does (the three lengths never coincide for the four algorithms).
UtilResult<Hash> parse_bare(std::string_view whole, std::string_view rest, HashAlgo algo,
                            bool sri) {
    size_t n = hash_size(algo);
    Hash h{algo, {}};
    if (!sri && rest.size() == n * 2) {
        auto b = base16_decode(rest);
        if (!b) return Unexpected{hash_error("invalid base-16 hash", whole)};
        h.bytes = std::move(*b);
    } else if (!sri && rest.size() == nix32_length(n)) {
        auto b = nix32_decode(rest, n);
        if (!b) return Unexpected{hash_error("invalid base-32 hash", whole)};
        h.bytes = std::move(*b);
    } else if (sri || rest.size() == base64_length(n)) {
        auto b = base64_decode(rest);
        if (!b) return Unexpected{std::move(b).error()};
        if (b->size() != n)
            return Unexpected{Error{"invalid SRI hash '" + std::string(whole) + "'"}};
        h.bytes = std::move(*b);
    } else {
        return Unexpected{Error{"hash '" + std::string(whole) +
                                "' has wrong length for hash type '" +
                                std::string(hash_algo_name(algo)) + "'"}};
    }
    return h;
}

} // namespace

UtilResult<Hash> parse_hash(std::string_view text, std::optional<HashAlgo> expected) {
    std::optional<HashAlgo> algo;
    std::string_view rest = text;
    bool sri = false;
    auto colon = text.find(':');
    auto dash = text.find('-');
    if (colon != std::string_view::npos) {
        algo = parse_hash_algo(text.substr(0, colon));
        if (!algo)
            return Unexpected{
                Error{"unknown hash algorithm '" + std::string(text.substr(0, colon)) + "'"}};
        rest = text.substr(colon + 1);
    } else if (dash != std::string_view::npos) {
        algo = parse_hash_algo(text.substr(0, dash));
        if (!algo)
            return Unexpected{
                Error{"unknown hash algorithm '" + std::string(text.substr(0, dash)) + "'"}};
        rest = text.substr(dash + 1);
        sri = true;
    }
    if (algo && expected && *algo != *expected)
        return Unexpected{Error{"hash '" + std::string(text) + "' should have type '" +
                                std::string(hash_algo_name(*expected)) + "'"}};
    if (!algo) algo = expected;
    if (!algo)
        return Unexpected{Error{"hash '" + std::string(text) +
                                "' does not include a type, nor is the type otherwise known "
                                "from context"}};
    return parse_bare(text, rest, *algo, sri);
}

UtilResult<Hash> parse_sri(std::string_view text) {
    auto dash = text.find('-');
    if (dash == std::string_view::npos || text.find(':') != std::string_view::npos)
        return Unexpected{Error{"hash '" + std::string(text) + "' is not SRI"}};
    return parse_hash(text, std::nullopt);
}

} // namespace hearth::util
