// The lock file (hearth.lock.json, kept next to home.nix or
// configuration.nix): for each Debian package in use, the exact version,
// where to fetch it, its SHA-256 and size, and the names its dependencies
// resolved to. Evaluation reads it with builtins.fromJSON; keys are written
// sorted so that the file diffs well and hashes the same on every machine.
//
//   {"version": 1, "packages": {"hello": {"version": "2.10-3", ...}}}
#pragma once

#include "pkgs/apt_index.hh"
#include "pkgs/error.hh"
#include "pkgs/host.hh"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace hearth::pkgs {

inline constexpr int lock_format_version = 1;

struct LockEntry {
    std::string name;
    std::string version;
    std::string architecture;
    std::string filename;
    std::string url;
    std::string sha256;
    uint64_t size = 0;
    std::vector<std::string> depends; // resolved package or virtual names
};

struct LockFile {
    std::map<std::string, LockEntry> packages;

    // A missing file is an empty lock.
    static Result<LockFile> read(const std::string& path);
    static Result<LockFile> parse(std::string_view text, const std::string& path);
    std::string to_json() const;
    // Written to a temporary name and renamed, so a crash leaves the old one.
    Result<void> write(const std::string& path) const;
};

// Pins a package from the index: each dependency group becomes one name,
// preferring an alternative the host already satisfies, then a real
// package, then the first provider of a virtual one.
Result<LockEntry> entry_from_index(const AptIndex& index, const HostSystem& host,
                                   const DebPackage& pkg);

// Makes sure `names` and everything they need that the host does not
// provide are in `lock`, loading the index (through `index`) only when a
// name is missing; returns the closure in dependency order (dependencies
// first). A virtual name is resolved to its first provider.
Result<std::vector<std::string>> lock_closure(LockFile& lock, const HostSystem& host,
                                              const std::function<Result<const AptIndex*>()>& index,
                                              const std::vector<std::string>& names);

// Re-pins every package in `lock` from the current index.
Result<void> update_lock(LockFile& lock, const AptIndex& index, const HostSystem& host);

} // namespace hearth::pkgs
