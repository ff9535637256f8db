// Why `assert a == b` failed: the first difference between the two sides.
#pragma once

#include "lang/value.hh"

namespace hearth::lang {

class EvalState;

// Walks a and b in the order == compares them and throws an Assert error
// naming the first difference, with a "while comparing ..." frame per level.
// Returns when it finds none (the caller then reports the plain failure).
void explain_unequal(EvalState& st, Value& a, Value& b);

} // namespace hearth::lang
