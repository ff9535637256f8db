// The scope of a REPL session: the variables bound by `x = ...`, `:l` and
// `:a` sit between each input and the base environment, so an input sees
// them as lexical variables that shadow builtins, as in `nix repl`.
//
// A binding never changes what an earlier input already bound to: every
// change builds a fresh environment, and closures keep the one they saw.
#pragma once

#include "lang/state.hh"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::lang {

class ReplScope {
  public:
    explicit ReplScope(EvalState& st) : m_st(st) {}

    // Binds name to v, replacing an earlier binding of the same name.
    void bind(std::string_view name, Value* v);
    // Binds every attribute of the set; returns how many.
    size_t add_attrs(const Bindings* b);
    void clear();

    // Parses an input (origin «string», relative paths against base_dir)
    // against the session's variables. Throws EvalError(Parse).
    Expr* parse(std::string text, const std::string& base_dir);
    // Evaluates an expression returned by parse().
    void eval(Expr* e, Value& out);
    // A thunk for e, evaluated when first used (what `x = e` binds).
    Value* thunk(Expr* e);

    // Every name an input can use: the session's variables and the base
    // environment's (builtins, true, map...), sorted, without duplicates.
    std::vector<std::string> names() const;

  private:
    void refresh();

    EvalState& m_st;
    std::map<Symbol, Value*> m_vars; // ordered by symbol id, as StaticEnv wants
    StaticEnv m_static;
    Env* m_env = nullptr;
    bool m_stale = true;
};

} // namespace hearth::lang
