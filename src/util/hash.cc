#include "util/hash.hh"

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace hearth::util {

std::string_view hash_algo_name(HashAlgo algo) {
    switch (algo) {
    case HashAlgo::md5:
        return "md5";
    case HashAlgo::sha1:
        return "sha1";
    case HashAlgo::sha256:
        return "sha256";
    case HashAlgo::sha512:
        return "sha512";
    }
    return "unknown";
}

std::optional<HashAlgo> parse_hash_algo(std::string_view name) {
    for (auto algo : {HashAlgo::md5, HashAlgo::sha1, HashAlgo::sha256, HashAlgo::sha512})
        if (hash_algo_name(algo) == name) return algo;
    return std::nullopt;
}

size_t hash_size(HashAlgo algo) {
    switch (algo) {
    case HashAlgo::md5:
        return 16;
    case HashAlgo::sha1:
        return 20;
    case HashAlgo::sha256:
        return 32;
    case HashAlgo::sha512:
        return 64;
    }
    return 0;
}

namespace {

const EVP_MD* legacy_md(HashAlgo algo) {
    switch (algo) {
    case HashAlgo::md5:
        return EVP_md5();
    case HashAlgo::sha1:
        return EVP_sha1();
    case HashAlgo::sha256:
        return EVP_sha256();
    case HashAlgo::sha512:
        return EVP_sha512();
    }
    return nullptr;
}

// OpenSSL 3 looks a legacy EVP_sha256() up in its providers on every
// EVP_DigestInit_ex; the store hashes every derivation, so the method is
// fetched once per algorithm and kept for the process's life.
const EVP_MD* evp_md(HashAlgo algo) {
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    static const EVP_MD* fetched[4] = {
        EVP_MD_fetch(nullptr, "MD5", nullptr), EVP_MD_fetch(nullptr, "SHA1", nullptr),
        EVP_MD_fetch(nullptr, "SHA256", nullptr), EVP_MD_fetch(nullptr, "SHA512", nullptr)};
    if (const EVP_MD* md = fetched[size_t(algo)]) return md;
#endif
    return legacy_md(algo);
}

} // namespace

struct Hasher::Ctx {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(ctx); }
};

Hasher::Hasher(HashAlgo algo) : m_algo(algo), m_ctx(std::make_unique<Ctx>()) {
    // Allocation or init failure here means OpenSSL itself is broken; there
    // is nothing a caller could do about it.
    if (!m_ctx->ctx || EVP_DigestInit_ex(m_ctx->ctx, evp_md(algo), nullptr) != 1)
        throw std::runtime_error("cannot initialise OpenSSL digest");
}

Hasher::~Hasher() = default;
Hasher::Hasher(Hasher&&) noexcept = default;
Hasher& Hasher::operator=(Hasher&&) noexcept = default;

void Hasher::update(std::string_view data) {
    EVP_DigestUpdate(m_ctx->ctx, data.data(), data.size());
}

void Hasher::update(std::span<const uint8_t> data) {
    EVP_DigestUpdate(m_ctx->ctx, data.data(), data.size());
}

Hash Hasher::finish() {
    Hash h{m_algo, std::vector<uint8_t>(EVP_MAX_MD_SIZE)};
    unsigned len = 0;
    EVP_DigestFinal_ex(m_ctx->ctx, h.bytes.data(), &len);
    h.bytes.resize(len);
    return h;
}

Hash hash_string(HashAlgo algo, std::string_view data) {
    Hasher h(algo);
    h.update(data);
    return h.finish();
}

UtilResult<Hash> hash_file(HashAlgo algo, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Unexpected{Error{"opening file '" + path + "': " + std::strerror(errno)}};
    Hasher h(algo);
    // 64 KiB keeps syscalls few without a large stack or heap buffer.
    std::vector<char> buf(65536);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        h.update(std::string_view(buf.data(), static_cast<size_t>(in.gcount())));
    }
    if (in.bad()) return Unexpected{Error{"reading file '" + path + "'"}};
    return h.finish();
}

std::vector<uint8_t> compress_hash(std::span<const uint8_t> hash, size_t size) {
    std::vector<uint8_t> out(size, 0);
    for (size_t i = 0; i < hash.size(); ++i) out[i % size] ^= hash[i];
    return out;
}

} // namespace hearth::util
