// Store paths: /nix/store/<32 nix-base32 chars>-<name>, and the ways Nix
// computes the hash part from a type, an inner hash and a name (the "Store
// Path" spec of the Nix manual). Knows nothing of what is on disk.
#pragma once

#include "store/error.hh"
#include "store/nar.hh"
#include "util/hash.hh"

#include <compare>
#include <set>
#include <string>
#include <string_view>

namespace hearth::store {

// 20 bytes of SHA-256, in nix-base32.
inline constexpr size_t store_hash_chars = 32;
// Nix's limit on a name, so that hash-name stays below 255 bytes.
inline constexpr size_t max_name_length = 211;

// The base name of a store path, split; its name has been checked.
struct StorePath {
    std::string hash_part;
    std::string name;

    std::string to_string() const { return hash_part + "-" + name; }
    auto operator<=>(const StorePath&) const = default;
};

// Checks a name as Nix 2.8 does (non-empty, at most 211 chars of
// [A-Za-z0-9+-._?=]); `base_name` is the hash-name shown in the message.
// Nix 2.8 accepts a leading dot (".", "..-x"); current Nix does not.
Result<void> check_name(std::string_view name, std::string_view base_name);

// Parses "hash-name" (no directory).
Result<StorePath> parse_base_name(std::string_view base_name);

enum class FileIngestion { flat, recursive };

// A store directory and the path computations that depend on it.
class StoreDir {
  public:
    explicit StoreDir(std::string dir = "/nix/store");
    const std::string& dir() const { return m_dir; }

    std::string print(const StorePath& path) const { return m_dir + "/" + path.to_string(); }
    // A full path directly inside this store dir.
    Result<StorePath> parse(std::string_view full_path) const;
    bool is_store_path(std::string_view full_path) const { return parse(full_path).ok(); }
    // The store path that `path` is or lies under ("/nix/store/x-a/bin/b" -> x-a).
    Result<StorePath> to_store_path(std::string_view path) const;

    // The primitive: hash part = nix32(compress(sha256(
    //   type ":sha256:" hex(inner) ":" storedir ":" name))).
    Result<StorePath> make_store_path(std::string_view type, const util::Hash& inner,
                                      std::string_view name) const;
    // "output:<id>", named name or name-id.
    Result<StorePath> make_output_path(std::string_view id, const util::Hash& drv_hash,
                                       std::string_view name) const;
    // Flat file or NAR of a fixed-output: recursive SHA-256 is a "source"
    // path (which may have references), anything else hashes
    // "fixed:out:[r:]algo:hex:" into an "output:out" path.
    Result<StorePath> make_fixed_output_path(FileIngestion method, const util::Hash& hash,
                                             std::string_view name,
                                             const std::set<StorePath>& references = {},
                                             bool self_reference = false) const;
    // builtins.toFile and .drv files: "text" with references.
    Result<StorePath> make_text_path(std::string_view name, const util::Hash& content_hash,
                                     const std::set<StorePath>& references) const;
    Result<StorePath> make_text_path(std::string_view name, std::string_view contents,
                                     const std::set<StorePath>& references) const;
    // Importing a filesystem path (builtins.path, filterSource, "${./x}"):
    // the NAR SHA-256 of the (filtered) tree as a recursive fixed-output.
    Result<StorePath> make_source_path(const std::string& fs_path, std::string_view name,
                                       const NarFilter& filter = {},
                                       const std::set<StorePath>& references = {}) const;

  private:
    std::string make_type(std::string type, const std::set<StorePath>& references,
                          bool self_reference) const;
    std::string m_dir;
};

} // namespace hearth::store
