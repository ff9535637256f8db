// The search path for <name> lookups: -I, then NIX_PATH, then the Nix code
// Hearth ships (so <nixpkgs> and <home-manager> work with nothing set up)
// and the Debian package index (<hearth-debian-index>, cli/debian_index.hh).
#pragma once

#include "lang/state.hh"

#include <string>
#include <vector>

namespace hearth::cli {

std::string share_dir(); // share/hearth of this installation or source tree
void add_search_path_entry(std::vector<lang::SearchPathEntry>& out, const std::string& spec);
std::vector<lang::SearchPathEntry> build_search_path(const std::vector<std::string>& include);
// After `primary` (-I and NIX_PATH): channels, then share/hearth, then the
// Debian index unless `primary` or $HEARTH_DEBIAN_INDEX names one.
std::vector<lang::SearchPathEntry>
fallback_search_path(const std::vector<lang::SearchPathEntry>& primary);
// Sets all three lookups of `o`: -I (`include`) and NIX_PATH, the fallback
// above, and Nix's built-in <nix/...> files (share/hearth/corepkgs), which
// every command that evaluates gets.
void set_search_paths(lang::EvalOptions& o, const std::vector<std::string>& include);

} // namespace hearth::cli
