// The builtins that need the store, one theme per file, each exporting its
// table the way lang's theme files do; install.cc registers them.
#pragma once

#include "glue/eval_store.hh"
#include "lang/state.hh"

#include <span>

namespace hearth::glue {

std::span<const lang::PrimOp> derivation_builtins(); // derivationStrict
std::span<const lang::PrimOp> source_builtins();     // path, filterSource, toFile, storePath

// The text of the `derivation` wrapper, parsed as <nix/derivation-internal.nix>.
extern const char* const derivation_nix;

// The EvalStore that install() put behind st.store.
inline EvalStore& eval_store(lang::EvalState& st) {
    return static_cast<EvalStore&>(*st.store);
}

// Runs f, adding a "while ..." frame at `pos` to an evaluation error.
template <class F> auto traced(lang::PosIdx pos, std::string_view what, F&& f) {
    try {
        return f();
    } catch (lang::EvalError& e) {
        e.add_trace(pos, std::string(what));
        throw;
    }
}

// A store error as an evaluation error.
[[noreturn]] inline void throw_store_error(const store::Error& e, lang::PosIdx pos = {}) {
    throw lang::EvalError(lang::ErrorKind::Eval, message(e), pos);
}

// A string that is a store path and depends on it.
void mk_store_path_string(lang::EvalState& st, lang::Value& out, const std::string& path);

} // namespace hearth::glue
