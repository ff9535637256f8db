// The apt index as the package set reads it (share/hearth/nixpkgs/debian),
// with builtins.fromJSON, which is far cheaper than parsing the same data
// as Nix (0.1 s against 2 s of CPU for the 98,000 names here). ~60,000
// packages are split so that evaluating pkgs.hello reads little:
//   names.json     {"hello": 17, "awk": "gawk", ...}   name -> shard, or
//                  a virtual name -> the package providing it
//   shard-N.json   {"hello": {"version": ..., "depends": [...], ...}}
//                  (the lock file's fields, so lock and index entries agree)
//   host.json      {"libc6": true, ...}  what the host provides
// The directory is keyed by the index files and dpkg's status, so it is
// written once per `apt-get update` and reused until the next.
#pragma once

#include "pkgs/apt_index.hh"
#include "pkgs/host.hh"
#include "pkgs/lock_file.hh"

#include <functional>
#include <set>
#include <string>

namespace hearth::pkgs {

inline constexpr size_t nix_index_shard_size = 256;

// Writes the index into `dir` (beside it first, then renamed, so a reader
// never sees half an index) and returns the directory.
Result<std::string> write_nix_index(const std::function<Result<const AptIndex*>()>& index,
                                    const HostSystem& host, const std::string& dir);

// Writes the files for an index already loaded.
Result<void> write_nix_index_files(const AptIndex& index, const HostSystem& host,
                                   const std::string& dir);

} // namespace hearth::pkgs
