// Lexical path canonicalisation, as Nix's canonPath without following
// symlinks: collapse "//", drop ".", resolve "..". Used for path literals,
// path concatenation and builtins.toPath.
#pragma once

#include <string>
#include <string_view>

namespace hearth::lang {

std::string canon_path(std::string_view path);

} // namespace hearth::lang
