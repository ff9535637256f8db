// Store path names as current Nix checks them. store::check_name follows
// Nix 2.8 (which accepts "." and "..-x"); the evaluator must reject what
// Nix 2.26 rejects, with its words.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hearth::glue {

// Why `name` cannot name a store path ("name 'a b' contains illegal
// character ' '"), or nothing when it can.
std::optional<std::string> bad_name_reason(std::string_view name);

} // namespace hearth::glue
