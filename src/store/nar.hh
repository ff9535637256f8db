// NAR, the Nix ARchive: a deterministic serialisation of a file, symlink
// or directory tree (entries sorted, no timestamps, owners or modes beyond
// the executable bit). Its SHA-256 is what store paths of imported sources
// and recursive fixed-outputs are made from.
//
// Format: every string is a little-endian u64 length, the bytes, and zero
// padding to a multiple of 8. A node is "(" "type" T ... ")" with T one of
// regular ["executable" ""] "contents" BYTES, symlink "target" S, or
// directory ("entry" "(" "name" N "node" NODE ")")*; the archive is
// "nix-archive-1" NODE.
#pragma once

#include "store/error.hh"
#include "util/hash.hh"

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

namespace hearth::store {

enum class FileType { regular, directory, symlink, unknown };

// "regular", "directory", "symlink", "unknown": what builtins.filterSource
// and builtins.path pass to their filter.
std::string_view file_type_name(FileType type);

// Receives the archive in pieces.
using NarSink = std::function<void(std::string_view)>;
// Decides whether a path below the root (never the root itself) goes into
// the archive; a rejected directory is left out with everything under it.
using NarFilter = std::function<bool(const std::string& path, FileType type)>;

Result<void> dump_path(const std::string& path, const NarSink& sink, const NarFilter& filter = {});
Result<std::string> dump_path_to_string(const std::string& path, const NarFilter& filter = {});
// The NAR of a single regular file with the given contents, as Nix hashes
// builtins.toFile's text when asked for recursive ingestion.
std::string dump_contents(std::string_view contents, bool executable = false);

struct NarHashResult {
    util::Hash hash;
    uint64_t size = 0;
};
Result<NarHashResult> nar_hash_and_size(const std::string& path, const NarFilter& filter = {},
                                        util::HashAlgo algo = util::HashAlgo::sha256);
Result<util::Hash> nar_hash(const std::string& path, const NarFilter& filter = {},
                            util::HashAlgo algo = util::HashAlgo::sha256);

// Creates the tree described by the archive at `dest`, which must not
// exist. Rejects names that are empty, ".", "..", or contain '/' or NUL,
// and directories whose entries are not strictly sorted (which would let
// one entry overwrite another). Files are created 0644 or 0755.
Result<void> restore_path(const std::string& dest, std::istream& nar);

} // namespace hearth::store
