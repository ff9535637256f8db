// The abstract syntax tree.
//
// Nodes are allocated in the EvalState's AST arena and live as long as it.
// Variables are resolved after parsing (bind.cc) to a (level, slot) pair, so
// evaluation never looks a name up in a lexical scope; only `with` scopes are
// searched by name at run time, and only after every lexical scope failed.
#pragma once

#include "lang/pos.hh"
#include "lang/symbol.hh"
#include "lang/value.hh"

#include <ostream>
#include <vector>

namespace hearth::lang {

class EvalState;
struct StaticEnv;

struct Expr {
    PosIdx pos;
    virtual ~Expr() = default;
    // Resolves variables against the lexical scopes in `env`.
    virtual void bind(EvalState& st, const StaticEnv& env) = 0;
    // Evaluates into `out` (which may then still be unforced only for
    // nodes that are themselves lazy, never: out is always a value).
    virtual void eval(EvalState& st, Env* env, Value& out) = 0;
    // A Value* standing for this expression in env: a fresh thunk by default,
    // shared storage where the expression is a variable or a constant.
    virtual Value* maybe_thunk(EvalState& st, Env* env);
    // Whether this expression is an integer known without forcing anything
    // (a literal, a lexical variable already forced to an integer, and
    // + - * / of those that cannot fail), and then which (in n). Used by
    // arithmetic arguments to be a value at once instead of a thunk.
    virtual bool known_int(Env*, int64_t&) const { return false; }
    // The position Nix's getPos() gives the expression, for messages.
    virtual PosIdx nix_pos() const { return pos; }
    // Writes the expression as `nix-instantiate --parse` does.
    virtual void show(const EvalState& st, std::ostream& out) const = 0;
};

struct ExprInt : Expr {
    Value v;
    explicit ExprInt(int64_t n) { v.mk_int(n); }
    void bind(EvalState&, const StaticEnv&) override {}
    void eval(EvalState&, Env*, Value& out) override { out = v; }
    Value* maybe_thunk(EvalState&, Env*) override { return &v; }
    bool known_int(Env*, int64_t& n) const override { return n = v.integer, true; }
    PosIdx nix_pos() const override { return {}; }
    void show(const EvalState& st, std::ostream& out) const override;
};

struct ExprFloat : Expr {
    Value v;
    explicit ExprFloat(double d) { v.mk_float(d); }
    void bind(EvalState&, const StaticEnv&) override {}
    void eval(EvalState&, Env*, Value& out) override { out = v; }
    Value* maybe_thunk(EvalState&, Env*) override { return &v; }
    PosIdx nix_pos() const override { return {}; }
    void show(const EvalState& st, std::ostream& out) const override;
};

// A string or path literal without interpolation.
struct ExprConst : Expr {
    Value v;
    void bind(EvalState&, const StaticEnv&) override {}
    void eval(EvalState&, Env*, Value& out) override { out = v; }
    Value* maybe_thunk(EvalState&, Env*) override { return &v; }
    PosIdx nix_pos() const override { return {}; }
    void show(const EvalState& st, std::ostream& out) const override;
};

struct ExprVar : Expr {
    Symbol name;
    // Resolved by bind(): the variable is slot `displ` of the env `level`
    // scopes up, or, when from_with, found in the `with` scopes starting
    // `level` scopes up.
    uint32_t level = 0, displ = 0;
    bool from_with = false;
    const struct ExprWith* with = nullptr;
    ExprVar(PosIdx p, Symbol n) { pos = p, name = n; }
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    Value* maybe_thunk(EvalState& st, Env* env) override;
    void show(const EvalState& st, std::ostream& out) const override;
    Value* lookup(EvalState& st, Env* env);
    // Known when lexical and already an integer: reading it then has no
    // effect and cannot fail.
    bool known_int(Env* env, int64_t& n) const override;
};

// One element of an attribute path: a name, or an interpolated expression.
struct AttrName {
    Symbol name;
    Expr* expr = nullptr;
};
using AttrPath = std::vector<AttrName>;

struct ExprSelect : Expr {
    Expr* e;
    AttrPath path;
    Expr* def; // the `or` alternative, or null
    ExprSelect(PosIdx p, Expr* e_, AttrPath path_, Expr* def_)
        : e(e_), path(std::move(path_)), def(def_) {
        pos = p;
    }
    // Set by bind() when e is a lexical variable and the path has no
    // interpolation: then an already computed result can be shared.
    struct ExprVar* base_var = nullptr;
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    Value* maybe_thunk(EvalState& st, Env* env) override;
    void show(const EvalState& st, std::ostream& out) const override;
};

struct ExprHasAttr : Expr {
    Expr* e;
    AttrPath path;
    ExprHasAttr(PosIdx p, Expr* e_, AttrPath path_) : e(e_), path(std::move(path_)) { pos = p; }
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    void show(const EvalState& st, std::ostream& out) const override;
};

struct ExprAttrs : Expr {
    struct Def {
        Symbol name;
        Expr* e;
        PosIdx pos;
        // `inherit x;` refers to x in the scope *around* a rec set, so it is
        // bound in the outer scope even inside rec.
        bool inherited = false;
        uint32_t displ = 0; // slot in a rec set's env
        // For `inherit (from) name;`: e is `from.name`; kept for printing.
        Expr* inherit_from = nullptr;
    };
    struct DynDef {
        Expr* name;
        Expr* value;
        PosIdx pos;
    };
    bool recursive = false;
    std::vector<Def> attrs; // sorted by name.id after parsing
    std::vector<DynDef> dynamic;
    // The distinct `from` expressions of `inherit (from) ...;`, in the order
    // bind() met them. Each is evaluated once per evaluation of the set (or
    // let), into an env of its own that the inherited selections read.
    std::vector<Expr*> inherit_froms;
    // That env, with each `from` as a thunk in `scope` (null when none).
    Env* make_inherit_env(EvalState& st, Env* scope);
    // The value of definition d: a thunk, or shared storage.
    Value* def_value(EvalState& st, const Def& d, Env* env, Env* scope, Env* from_env);
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    void show(const EvalState& st, std::ostream& out) const override;
    Def* find(Symbol s);
};

// `from` in a selection made by `inherit (from) name;`: the slot of the
// attribute set's (or let's) inherit env that holds from's value.
struct ExprInheritFrom : Expr {
    Expr* from; // for printing
    uint32_t slot;
    ExprInheritFrom(Expr* f, uint32_t s) : from(f), slot(s) { pos = f->pos; }
    void bind(EvalState&, const StaticEnv&) override {}
    void eval(EvalState& st, Env* env, Value& out) override;
    Value* maybe_thunk(EvalState&, Env* env) override { return env->values[slot]; }
    PosIdx nix_pos() const override { return from->nix_pos(); }
    void show(const EvalState& st, std::ostream& out) const override { from->show(st, out); }
};

struct ExprList : Expr {
    std::vector<Expr*> elems;
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    Value* maybe_thunk(EvalState& st, Env* env) override;
    PosIdx nix_pos() const override { return elems.empty() ? PosIdx{} : elems.front()->nix_pos(); }
    void show(const EvalState& st, std::ostream& out) const override;
};

struct Formal {
    PosIdx pos;
    Symbol name;
    Expr* def = nullptr;
};

struct ExprLambda : Expr {
    Symbol name; // for error messages: the attribute or let-binding it came from
    Symbol arg;  // `x:` or `args@{...}`, else none
    bool has_formals = false;
    bool ellipsis = false;
    std::vector<Formal> formals; // sorted by name.id after parsing
    Expr* body = nullptr;
    // `a: b: ...`: body is a lambda itself (set by bind), so a call with two
    // arguments need not make the closure in between.
    ExprLambda* inner_lambda = nullptr;
    uint32_t env_size() const { return (arg ? 1 : 0) + uint32_t(formals.size()); }
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    // A lambda is a value at once: no thunk to force later.
    Value* maybe_thunk(EvalState& st, Env* env) override;
    void show(const EvalState& st, std::ostream& out) const override;
};

struct ExprCall : Expr {
    Expr* fn;
    std::vector<Expr*> args;
    ExprCall(PosIdx p, Expr* f, std::vector<Expr*> a) : fn(f), args(std::move(a)) { pos = p; }
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    void show(const EvalState& st, std::ostream& out) const override;
};

struct ExprLet : Expr {
    ExprAttrs* attrs;
    Expr* body;
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    PosIdx nix_pos() const override { return {}; }
    void show(const EvalState& st, std::ostream& out) const override;
};

struct ExprWith : Expr {
    Expr* attrs;
    Expr* body;
    // How many scopes up the next enclosing `with` is, and which it is.
    uint32_t prev_with_distance = 0;
    const ExprWith* parent_with = nullptr;
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    void show(const EvalState& st, std::ostream& out) const override;
};

struct ExprIf : Expr {
    Expr *cond, *then, *else_;
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    void show(const EvalState& st, std::ostream& out) const override;
};

struct ExprAssert : Expr {
    Expr *cond, *body;
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    void show(const EvalState& st, std::ostream& out) const override;
};

struct ExprNot : Expr {
    Expr* e;
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    void show(const EvalState& st, std::ostream& out) const override;
};

enum class BinOp : uint8_t {
    Eq,
    NEq,
    And,
    Or,
    Impl,
    Update,
    Concat,
    Sub,
    Mul,
    Div,
    Lt,
    Gt,
    Le,
    Ge
};

struct ExprBinOp : Expr {
    BinOp op;
    Expr *lhs, *rhs;
    ExprBinOp(PosIdx p, BinOp o, Expr* l, Expr* r) : op(o), lhs(l), rhs(r) { pos = p; }
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    Value* maybe_thunk(EvalState& st, Env* env) override;
    bool known_int(Env* env, int64_t& n) const override;
    void show(const EvalState& st, std::ostream& out) const override;
};

// `a + b`, string interpolation and interpolated paths. With force_string
// (interpolation) every part is coerced to a string; otherwise the first part
// decides: numbers add, paths stay paths, strings concatenate.
struct ExprConcatStrings : Expr {
    bool force_string;
    std::vector<std::pair<PosIdx, Expr*>> parts;
    void bind(EvalState& st, const StaticEnv& env) override;
    void eval(EvalState& st, Env* env, Value& out) override;
    Value* maybe_thunk(EvalState& st, Env* env) override;
    bool known_int(Env* env, int64_t& n) const override;
    void show(const EvalState& st, std::ostream& out) const override;
};

// __curPos
struct ExprPos : Expr {
    void bind(EvalState&, const StaticEnv&) override {}
    void eval(EvalState& st, Env* env, Value& out) override;
    void show(const EvalState& st, std::ostream& out) const override;
};

// The position Nix's getPos() gives an expression, for messages: literals
// and `let` have none, a list has its first element's.
inline PosIdx nix_pos(const Expr* e) {
    return e->nix_pos();
}

// The lexical scopes bind() walks. A `with` scope has no names.
struct StaticEnv {
    const StaticEnv* up = nullptr;
    const ExprWith* with = nullptr;                // non-null for a with scope
    std::vector<std::pair<Symbol, uint32_t>> vars; // sorted by symbol id
    const std::pair<Symbol, uint32_t>* find(Symbol s) const;
};

} // namespace hearth::lang
