// Rendering an EvalError as Nix prints it.
#pragma once

#include <string>

namespace hearth::lang {

class EvalState;
class EvalError;

// Without show_trace, frames are printed until Nix's budget is spent (a frame
// counts one, two with a position, and printing stops once the count exceeds
// 3), then only those marked `always`, then "(stack trace truncated; ...)".
std::string format_error(const EvalState& st, const EvalError& e, bool show_trace = false);

// The text without its ANSI escape sequences (colours), as Nix filters
// messages for output.
std::string strip_ansi(const std::string& s);

} // namespace hearth::lang
