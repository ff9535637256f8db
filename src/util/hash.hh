// Cryptographic hashes (MD5, SHA-1, SHA-256, SHA-512) over OpenSSL's EVP
// interface, and Nix's XOR fold of a hash into 20 bytes for store paths.
// Text forms (base16, nix-base32, base64, SRI) live in encoding.hh.
#pragma once

#include "util/result.hh"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::util {

enum class HashAlgo { md5, sha1, sha256, sha512 };

// "md5", "sha1", "sha256", "sha512": the names Nix uses everywhere.
std::string_view hash_algo_name(HashAlgo algo);
std::optional<HashAlgo> parse_hash_algo(std::string_view name);
// Digest size in bytes: 16, 20, 32, 64.
size_t hash_size(HashAlgo algo);

struct Hash {
    HashAlgo algo = HashAlgo::sha256;
    std::vector<uint8_t> bytes;

    bool operator==(const Hash&) const = default;
    std::span<const uint8_t> span() const { return bytes; }
};

// Incremental hashing; the OpenSSL context is freed with the object.
class Hasher {
  public:
    explicit Hasher(HashAlgo algo);
    ~Hasher();
    Hasher(Hasher&&) noexcept;
    Hasher& operator=(Hasher&&) noexcept;
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    void update(std::string_view data);
    void update(std::span<const uint8_t> data);
    // Ends this hasher; further updates start nothing new.
    Hash finish();

  private:
    struct Ctx;
    HashAlgo m_algo;
    std::unique_ptr<Ctx> m_ctx;
};

Hash hash_string(HashAlgo algo, std::string_view data);
// Hashes a file's contents (not its NAR serialisation), streaming it.
UtilResult<Hash> hash_file(HashAlgo algo, const std::string& path);

// Folds a hash into `size` bytes by XOR-ing byte i into position i % size;
// store paths use 20 bytes of a SHA-256.
std::vector<uint8_t> compress_hash(std::span<const uint8_t> hash, size_t size = 20);

} // namespace hearth::util
