// The Nix parser: tokens to an AST, by recursive descent with precedence
// climbing for the operators. Variables are left unresolved (see bind.cc).
#pragma once

#include "lang/ast.hh"

#include <string>

namespace hearth::lang {

class EvalState;

// Parses `text` whose relative paths are relative to base_dir. Throws
// EvalError(ErrorKind::Parse) with a position on bad input.
Expr* parse_expr(EvalState& st, const Origin* origin, const std::string& base_dir);

} // namespace hearth::lang
