// System generations: the store profile <store state>/profiles/system,
// whose system-N-link entries point at built `hearth-system` toplevels,
// as /nix/var/nix/profiles/system does on NixOS. They are GC roots, so a
// rollback always has its generation to go back to.
#pragma once

#include "store/local_store.hh"
#include "system/error.hh"

#include <optional>
#include <string>

namespace hearth::system {

std::string system_profile(const store::LocalStore& store);

Result<int> add_system_generation(store::LocalStore& store, const std::string& toplevel);
// The toplevel of generation `number`, or of the current one.
Result<std::string> generation_toplevel(const store::LocalStore& store,
                                        std::optional<int> number = std::nullopt);
// The generation before the current one (what --rollback goes to).
Result<int> previous_generation(const store::LocalStore& store);
Result<void> set_current_generation(const store::LocalStore& store, int number);

// nixos-rebuild list-generations: newest first, the current one marked.
Result<std::string> list_generations_text(const store::LocalStore& store);

} // namespace hearth::system
