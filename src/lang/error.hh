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
#include <vector>

namespace hearth::lang {

enum class ErrorKind {
    Throw,             // builtins.throw: catchable
    Assert,            // failed assert: catchable
    Abort,             // builtins.abort
    Type,              // value of the wrong type
    UndefinedVar,
    MissingAttr,
    InfiniteRecursion,
    Parse,
    Eval,              // everything else (bad arguments, overflow, I/O...)
};

struct TraceFrame {
    PosIdx pos;
    std::string message;
    // Printed even when the trace is truncated (builtins.addErrorContext).
    bool always = false;
};

class EvalError : public std::exception {
  public:
    EvalError(ErrorKind k, std::string msg, PosIdx p = {}) : kind(k), message(std::move(msg)), pos(p) {}
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

} // namespace hearth::lang
