// Nix values.
//
// A Value is 24 bytes: a type tag and two words. Everything a value points to
// (strings, attribute sets, lists, environments) lives in the EvalState's
// arena and is never mutated once another value can see it, with one
// exception: a thunk is overwritten in place by its result, which is what
// makes laziness "evaluate once".
//
// Attribute sets are arrays sorted by Symbol id (not by name: lookups need an
// order, printing sorts by name itself). Strings carry their length and an
// optional context (the store paths they refer to).
#pragma once

#include "lang/symbol.hh"
#include "lang/pos.hh"

#include <cstdint>
#include <cstring>
#include <string_view>

namespace hearth::lang {

struct Env;
struct Expr;
struct ExprLambda;
struct PrimOp;
struct Value;

enum class Type : uint8_t {
    Thunk,     // unevaluated: env + expr
    Blackhole, // being evaluated; forcing it again is infinite recursion
    Int,
    Float,
    Bool,
    Null,
    String,
    Path,
    Attrs,
    List,
    Lambda,
    PrimOp,
    PrimOpApp, // a primop applied to fewer arguments than its arity
    App,       // unevaluated `fn arg` (map, genList...): cheaper than a thunk
};

// A string's context: a sorted, duplicate-free array of elements in Nix's
// encoding ("/nix/store/..." plain, "=/nix/store/...drv" for a drv and its
// closure, "!out!/nix/store/...drv" for an output).
struct Context {
    uint32_t size;
    std::string_view items[1]; // really [size]
};

struct StrData {
    size_t len;
    const Context* context; // null when empty
    char chars[1];          // really [len + 1], NUL-terminated
    std::string_view view() const { return {chars, len}; }
};

struct Attr {
    Symbol name;
    PosIdx pos;
    Value* value;
};

struct Bindings {
    uint32_t size;
    PosIdx pos;
    Attr attrs[1]; // really [size], sorted by name.id

    const Attr* find(Symbol s) const {
        // Binary search: sets are sorted by symbol id.
        uint32_t lo = 0, hi = size;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            if (attrs[mid].name.id < s.id) lo = mid + 1;
            else hi = mid;
        }
        return lo < size && attrs[lo].name.id == s.id ? &attrs[lo] : nullptr;
    }
    const Attr* begin() const { return attrs; }
    const Attr* end() const { return attrs + size; }
};

struct ListData {
    size_t size;
    Value* elems[1]; // really [size]
};

struct Value {
    Type type = Type::Null;
    union {
        int64_t integer;
        double fpoint;
        bool boolean;
        const StrData* str; // String and Path
        const Bindings* attrs;
        const ListData* list;
        struct {
            Env* env;
            Expr* expr;
        } thunk;
        struct {
            Env* env;
            ExprLambda* fn;
        } lambda;
        const PrimOp* primop;
        struct {
            Value* left; // the partial application so far, or the PrimOp value
            Value* arg;
        } app; // PrimOpApp, and App (left is the function)
    };

    Value() : integer(0) {}

    bool is_thunk() const { return type == Type::Thunk || type == Type::App; }
    bool is_function() const {
        return type == Type::Lambda || type == Type::PrimOp || type == Type::PrimOpApp;
    }
    std::string_view string_view() const { return str->view(); }
    size_t list_size() const { return list->size; }

    void mk_int(int64_t n) { type = Type::Int, integer = n; }
    void mk_float(double d) { type = Type::Float, fpoint = d; }
    void mk_bool(bool b) { type = Type::Bool, boolean = b; }
    void mk_null() { type = Type::Null, integer = 0; }
    void mk_string(const StrData* s) { type = Type::String, str = s; }
    void mk_path(const StrData* s) { type = Type::Path, str = s; }
    void mk_attrs(const Bindings* b) { type = Type::Attrs, attrs = b; }
    void mk_list(const ListData* l) { type = Type::List, list = l; }
    void mk_thunk(Env* e, Expr* x) { type = Type::Thunk, thunk = {e, x}; }
    void mk_lambda(Env* e, ExprLambda* f) { type = Type::Lambda, lambda = {e, f}; }
    void mk_primop(const PrimOp* p) { type = Type::PrimOp, primop = p; }
    void mk_app(Value* l, Value* a) { type = Type::PrimOpApp, app = {l, a}; }
    void mk_lazy_app(Value* f, Value* a) { type = Type::App, app = {f, a}; }
};

// The type names Nix reports (builtins.typeOf and error messages).
const char* type_name(Type t);     // "int", "set", "lambda", ...
const char* show_type(const Value& v); // "an integer", "a set", ...

// An environment: the values of one scope's variables, plus its parent.
// `with` scopes have one slot holding the (lazy) attribute set. The number
// of slots is known statically (bind.cc), so it is not stored.
struct Env {
    Env* up;
    Value* values[1]; // really [size]
};

} // namespace hearth::lang
