// Rendering an EvalError as Nix prints it.
#pragma once

#include <string>

namespace hearth::lang {

class EvalState;
class EvalError;

// Without show_trace, at most two frames are printed (plus those marked
// `always`), then "(stack trace truncated; ...)", as Nix does.
std::string format_error(const EvalState& st, const EvalError& e, bool show_trace = false);

} // namespace hearth::lang
