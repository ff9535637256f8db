// Nix's XML rendering of a value: builtins.toXML and `nix-instantiate --xml`.
#pragma once

#include "lang/state.hh"

#include <ostream>

namespace hearth::lang {

// Writes v as Nix's printValueAsXML does, header and <expr> included.
// `strict` forces every value inside (otherwise an unforced one is
// <unevaluated />); `location` adds the path, line and column of attributes
// and functions. Strings add their context to ctx; paths are not copied.
void print_xml(EvalState& st, Value& v, std::ostream& out, bool strict, bool location,
               ContextBuilder& ctx);

} // namespace hearth::lang
