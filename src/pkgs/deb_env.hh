// The store path a user gets for pkgs.NAME: the unpacked package and the
// unpacked dependencies the host lacks, merged into one tree, with
// wrappers that start its programs from there.
//
//   $out/bin/PROG                   wrappers for NAME's own programs
//   $out/share                      NAME's usr/share (manuals, completions)
//   $out/libexec/hearth/root/       the merged tree (usr/, lib/, etc/...):
//                                   real directories, files as symlinks
//   $out/libexec/hearth/bin/PROG    wrappers for every program in the tree,
//                                   first in the PATH the wrappers set
//
// Every link into another store path is relative ("../../<hash>-x/..."), and
// wrappers find the tree from their own location, so the result works
// whether the store is /nix/store or lives under ~/.local/share/hearth.
#pragma once

#include "pkgs/error.hh"

#include <string>
#include <vector>

namespace hearth::pkgs {

struct EnvNode {
    std::string package;
    std::string version;
    std::string real_dir; // where its unpacked files are now
    std::string base;     // its store path's base name, <hash>-<name>
};

// `nodes[0]` is the requested package; earlier nodes win file conflicts.
Result<void> build_env(const std::string& out, const std::vector<EnvNode>& nodes);

} // namespace hearth::pkgs
