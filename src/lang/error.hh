// Evaluation errors.
//
// Errors are C++ exceptions inside the language layer only: they unwind the
// evaluator's deep recursion cheaply on the rare failing path and cost
// nothing on the hot path. They never cross out of hearth::lang's public
// entry points (eval_file, eval_string...), which report them as values.
//
// Catchable errors (`throw`, failed `assert`) are a separate kind from fatal
// ones, so builtins.tryEval catches exactly what Nix catches.
#pragma once

#include "lang/pos.hh"

#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::lang {

enum class ErrorKind {
    Throw,  // builtins.throw: catchable
    Assert, // failed assert: catchable
    Abort,  // builtins.abort
    Type,   // value of the wrong type
    UndefinedVar,
    MissingAttr,
    InfiniteRecursion,
    Parse,
    Eval, // everything else (bad arguments, overflow, I/O...)
    // Nix's UsageError (an unknown hash algorithm...): the command then
    // points at its --help.
    Usage,
};

struct TraceFrame {
    PosIdx pos;
    std::string message;
    // Printed even when the trace is truncated (builtins.addErrorContext).
    bool always = false;
};

// Nix's stack overflow, which Nix reports from its SIGSEGV handler: only
// this line, no trace. Not an EvalError, so no frame is added on the way out
// and tryEval does not catch it.
struct StackOverflow : std::exception {
    const char* what() const noexcept override {
        return "stack overflow (possible infinite recursion)";
    }
};

class EvalError : public std::exception {
  public:
    EvalError(ErrorKind k, std::string msg, PosIdx p = {})
        : kind(k), message(std::move(msg)), pos(p) {}
    const char* what() const noexcept override { return message.c_str(); }
    bool catchable() const { return kind == ErrorKind::Throw || kind == ErrorKind::Assert; }
    // Adds the frame Nix prints as "… while ..." (innermost first).
    EvalError& add_trace(PosIdx p, std::string msg, bool always = false) {
        traces.push_back({p, std::move(msg), always});
        return *this;
    }

    ErrorKind kind;
    std::string message;
    std::string hint; // "Did you mean ...?", printed after the source lines
    PosIdx pos;
    std::vector<TraceFrame> traces;
};

// The frame Nix gives an operand of - * / (and builtins.sub...) that is no
// number, quirks included: the division has operands, and the float
// multiplication's first argument has no noun.
inline std::string arith_frame(std::string_view what, std::string_view nth, bool floats) {
    std::string_view noun = what == "division"                                     ? " operand"
                            : floats && what == "multiplication" && nth == "first" ? ""
                                                                                   : " argument";
    return "while evaluating the " + std::string(nth) + std::string(noun) + " of the " +
           std::string(what);
}

// Nix forces and checks some values at a position of their own (the
// attribute they came from, the function that returned them): the frame the
// check adds points there, and with ErrorAt::Yes so does the check's own
// type error (Nix's forceString reports it there; an error from evaluating
// the value keeps its own place). `check` is one force_* call.
enum class ErrorAt : bool { No, Yes };
template <class F> auto checked_at(PosIdx at, ErrorAt error_at, F&& check) -> decltype(check()) {
    try {
        return check();
    } catch (EvalError& e) {
        if (!e.traces.empty()) e.traces.back().pos = at;
        if (error_at == ErrorAt::Yes && e.traces.size() == 1 && !e.pos) e.pos = at;
        throw;
    }
}

} // namespace hearth::lang
