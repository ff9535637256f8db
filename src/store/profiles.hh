// Profiles and generations, as Nix lays them out: PROFILE is a symlink to
// PROFILE-N-link (relative), which is a symlink to a store path. Switching
// renames a fresh symlink over PROFILE, so readers see the old or the new
// generation, never neither. Generation links are registered as indirect
// GC roots when they are created.
#pragma once

#include "store/local_store.hh"

#include <ctime>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hearth::store {

struct Generation {
    int number = 0;
    std::string link;   // PROFILE-N-link
    std::string target; // the store path it points to
    std::time_t created = 0;
    bool current = false;
};

Result<std::vector<Generation>> list_generations(const std::string& profile);
Result<std::optional<int>> current_generation(const std::string& profile);

// A new generation pointing at `path` (or the current one if it already
// points there), made current; returns its number.
Result<int> create_generation(LocalStore& store, const std::string& profile, const StorePath& path);
Result<void> switch_generation(const std::string& profile, int number);
// To the newest generation older than the current one; returns its number.
Result<int> rollback(const std::string& profile);
// Refuses the current generation, as Nix does.
Result<void> delete_generations(const std::string& profile, const std::set<int>& numbers);
// Nix's --delete-older-than: removes generations created before `cutoff`,
// except the current one and the newest of those older than the cutoff
// (it was current at the cutoff time).
Result<std::vector<int>> expire_generations(const std::string& profile, std::time_t cutoff);
// Keeps the newest `keep` generations and the current one (Nix's +N).
Result<std::vector<int>> delete_all_but_last(const std::string& profile, int keep);

} // namespace hearth::store
