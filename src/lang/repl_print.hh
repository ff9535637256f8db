// Printing values as `nix repl` shows them (current Nix): forced down to a
// depth (1 for a plain input, unlimited for :p), deeper sets and lists as
// `{ ... }` and `[ ... ]`, a set or list of more than one item (or of one
// nested item) one item per line, derivations as «derivation /nix/store/…drv»,
// functions as «lambda f @ file:line:col» or «primop map», and an error met
// below the top as «error: message» in place of the value.
#pragma once

#include "lang/value.hh"

#include <cstdint>
#include <ostream>

namespace hearth::lang {

class EvalState;

struct ReplPrintOptions {
    uint32_t max_depth = 1;
    bool colors = false; // ANSI colours, as Nix uses them
};

// Throws the EvalError of v itself; errors of values inside are printed.
void print_repl_value(EvalState& st, Value& v, std::ostream& out, const ReplPrintOptions& opts);

} // namespace hearth::lang
