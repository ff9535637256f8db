// Interrupting an evaluation (Ctrl-C in the REPL). A signal handler, on any
// thread, sets the flag; the evaluator looks at it once per call (of a lambda
// or a builtin) and unwinds with Interrupted. As Nix's Interrupted, it is no
// EvalError: no trace frame is added to it, and neither tryEval nor any
// other `catch (EvalError&)` stops it.
#pragma once

#include <atomic>
#include <exception>

namespace hearth::lang {

class Interrupted : public std::exception {
  public:
    const char* what() const noexcept override { return "interrupted by the user"; }
};

// Set from a signal handler, so it must be lock-free. Whoever installs the
// handler clears it before the evaluation it may interrupt.
inline std::atomic<bool> interrupt_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

inline void check_interrupt() {
    if (interrupt_requested.load(std::memory_order_relaxed)) [[unlikely]]
        throw Interrupted();
}

} // namespace hearth::lang
