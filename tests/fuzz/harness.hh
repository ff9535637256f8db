// What the fuzz targets and the regression replay (tests/lang/
// fuzz_regressions_test.cc) run on one input: parse it, or parse, evaluate
// strictly and print it, as `hearth instantiate --eval --strict -E` does.
//
// Evaluation is boxed in so that every input ends in a value or an error:
// builtins that reach the filesystem or the network fail instead (reading
// /dev/zero would never end), the call depth is low, and inputs are short.
// Header-only so that both the fuzz build and the lang tests can use it
// without a library of their own.
#pragma once

#include "lang/print.hh"
#include "lang/run.hh"
#include "lang/state.hh"

#include <deque>
#include <sstream>
#include <string>
#include <string_view>

namespace hearth::fuzz {

// Longer inputs only slow the fuzzer down: every construct fits in far less.
constexpr size_t max_parse_input = 64 * 1024;
constexpr size_t max_eval_input = 4 * 1024;

// Low enough that runaway recursion fails in microseconds, high enough for
// the corpus's legitimate recursion (fixed points, folds over short lists).
constexpr uint32_t fuzz_call_depth = 200;

struct Outcome {
    bool ok;
    std::string text; // the printed value, or the rendered error
};

inline lang::EvalOptions fuzz_options() {
    lang::EvalOptions o;
    o.pure = true;
    o.max_call_depth = fuzz_call_depth;
    return o;
}

// Builtins whose effects reach outside the evaluation.
inline bool is_sealed(std::string_view name) {
    static constexpr std::string_view sealed[] = {
        "fetchClosure", "fetchGit",     "fetchMercurial", "fetchTarball", "fetchTree",
        "fetchurl",     "filterSource", "findFile",       "getEnv",       "hashFile",
        "import",       "path",         "pathExists",     "readDir",      "readFile",
        "readFileType", "scopedImport", "storePath",      "toFile"};
    for (auto s : sealed)
        if (s == name) return true;
    return false;
}

inline void sealed_builtin(lang::EvalState& st, lang::PosIdx pos, lang::Value**, lang::Value&) {
    st.error(lang::ErrorKind::Eval, pos, "this builtin is disabled while fuzzing");
}

// Replaces the sealed builtins in place. A builtin's Value is shared by the
// base environment and the `builtins` set, so overwriting it covers both
// `import x` and `builtins.import x`.
inline void seal_builtins(lang::EvalState& st) {
    static std::deque<lang::PrimOp> stubs; // PrimOp values must outlive every state
    st.finish_base_env();
    st.print_trace = [](const std::string&) {};
    for (auto& a : *st.builtins_value->attrs) {
        lang::Value& v = *a.value;
        if (v.type != lang::Type::PrimOp || !is_sealed(v.primop->name)) continue;
        stubs.push_back({v.primop->name, v.primop->arity, sealed_builtin, "disabled"});
        v.mk_primop(&stubs.back());
    }
}

inline Outcome parse_one(std::string_view input) {
    lang::EvalState st(fuzz_options());
    try {
        st.parse(std::string(input), "", "«string»", "/");
        return {true, ""};
    } catch (lang::EvalError& e) {
        return {false, e.message};
    }
}

inline Outcome eval_one(std::string_view input) {
    lang::EvalState st(fuzz_options());
    seal_builtins(st);
    std::string printed;
    auto err = lang::run_guarded(st, [&] {
        lang::Expr* e = st.parse(std::string(input), "", "«string»", "/");
        lang::Value v;
        st.eval(e, v);
        st.force_deep(v);
        std::ostringstream out;
        lang::print_value(st, v, out);
        printed = out.str();
    });
    if (err) return {false, *err};
    return {true, printed};
}

} // namespace hearth::fuzz
