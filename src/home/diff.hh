// What switching from one generation to another changes, without
// activating anything (`hearth home diff`): the files under $HOME that
// appear, disappear or get other contents, and the packages of
// home-manager-path that come and go.
#pragma once

#include "home/generation.hh"

#include <string>
#include <vector>

namespace hearth::home {

struct GenerationDiff {
    std::vector<std::string> files_added, files_removed, files_changed; // relative to $HOME
    std::vector<std::string> packages_added, packages_removed;          // names without hash

    bool empty() const {
        return files_added.empty() && files_removed.empty() && files_changed.empty() &&
               packages_added.empty() && packages_removed.empty();
    }
};

// `from` is the generation the home reflects, or nullptr on a first switch.
// A file counts as changed when its bytes or its executable bit differ.
Result<GenerationDiff> diff_generations(const Generation* from, const Generation& to);

// The report printed by `hearth home diff`: "+", "-" and "~" lines under
// "Home files (in HOME):" and "Packages:", or "No changes." when empty.
std::string render_diff(const GenerationDiff& d, const std::string& home);

} // namespace hearth::home
