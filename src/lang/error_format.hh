// Rendering an EvalError as Nix prints it.
#pragma once

#include <string>

namespace hearth::lang {

class EvalState;
class EvalError;

std::string format_error(const EvalState& st, const EvalError& e);

} // namespace hearth::lang
