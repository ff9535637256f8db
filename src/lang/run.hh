// The language layer's boundary: runs evaluation work and turns an error
// into its rendered text, so no exception leaves hearth::lang.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace hearth::lang {

class EvalState;

// Runs fn; returns the formatted error if evaluation failed. Evaluation runs
// on a thread with a large stack, so deep (but finite) recursion in Nix code
// ends in Nix's max-call-depth error rather than a crash. With a `program`
// name, a usage error ends in "Try '<program> --help' for more information.",
// as the Nix command of that name prints it.
std::optional<std::string> run_guarded(EvalState& st, const std::function<void()>& fn,
                                       bool show_trace = false, std::string_view program = {});

} // namespace hearth::lang
