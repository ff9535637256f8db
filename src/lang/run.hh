// The language layer's boundary: runs evaluation work and turns an error
// into its rendered text, so no exception leaves hearth::lang.
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace hearth::lang {

class EvalState;

// Runs fn; returns the formatted error if evaluation failed. Evaluation runs
// on a thread with a large stack, so deep (but finite) recursion in Nix code
// ends in Nix's max-call-depth error rather than a crash.
std::optional<std::string> run_guarded(EvalState& st, const std::function<void()>& fn,
                                       bool show_trace = false);

} // namespace hearth::lang
