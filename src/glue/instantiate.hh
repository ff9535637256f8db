// What `nix-instantiate FILE` prints: the derivations a value denotes,
// found as Nix's getDerivations finds them, each instantiated (its .drv
// written) and named "DRVPATH" or "DRVPATH!OUTPUT" for an output other
// than out.
#pragma once

#include "lang/state.hh"

#include <string>
#include <vector>

namespace hearth::glue {

// A derivation; or the derivations in a list, or in a set's attributes
// (sorted by name; nested sets only with recurseForDerivations = true).
// Throws Nix's type error for anything else.
std::vector<std::string> instantiate_value(lang::EvalState& st, lang::Value& v);

} // namespace hearth::glue
