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

#include "lang/pos.hh"
#include "lang/symbol.hh"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>
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

// A string's bytes follow its header, NUL-terminated, except for the long
// results of `+` (EvalState::concat_strings): those are `external`, and
// chars holds a pointer to bytes in a buffer that later results extend in
// place, so `acc + "..."` in a fold does not copy acc again at every step.
// An external string's bytes are only followed by a NUL while it is the
// newest in its buffer: read strings through view(), by length.
struct StrData {
    size_t len;             // with the `external` bit
    const Context* context; // null when empty
    char chars[1];          // really [len + 1], NUL-terminated; or a pointer
    static constexpr size_t external = size_t(1) << 63;
    std::string_view view() const {
        if (len & external) [[unlikely]] {
            const char* p;
            std::memcpy(&p, reinterpret_cast<const char*>(this) + offsetof(StrData, chars),
                        sizeof p);
            return {p, len & ~external};
        }
        return {chars, len};
    }
};

struct Attr {
    Symbol name;
    PosIdx pos;
    Value* value;
};

// Space for a set's lookup index, from the current evaluation's arena
// (null when no evaluation is running: lookups then use binary search).
uint32_t* alloc_index_space(size_t entries);
// Space for a layered set's attributes once it is read in order (below).
Attr* alloc_attr_space(size_t entries);

struct Bindings;

// `big // small` does not copy big: the result is a layered set, big's
// attributes (`base`, always a plain set) under a small plain set of the
// attributes that replace or add to them (`over`). Folds like
// `foldl' (acc: m: acc // m) {} modules` and overlay chains otherwise copy
// the whole growing set at every step: quadratic memory, and fresh memory
// is most of what they cost. Lookups try `over`, then `base`; the first
// reading in order merges the two once (`flat`).
struct Layers {
    const Bindings* base;
    const Bindings* over;
    mutable const Attr* flat;
    uint32_t fresh; // how many of over's names base lacks
};

struct Bindings {
    uint32_t size; // how many attributes the set has (layered too)
    PosIdx pos;
    // Big sets (packages, options) get a hash index from symbol id to slot
    // once they have been looked up a few times: a binary search over 20,000
    // attributes misses the cache on nearly every probe, and lookups in such
    // sets dominate nixpkgs-style code. Sets that are only built and merged
    // (the intermediate results of `//`) never pay for one. A layered set
    // has layered_mark here instead, and its Layers in place of its attrs.
    mutable uint32_t* index;
    mutable uint32_t index_mask;
    mutable uint32_t lookups;
    // Really [size], sorted by name.id. Written only to fill a set just
    // allocated; read through begin()/end()/operator[], which see a layered
    // set's attributes too.
    Attr attrs[1];

    static constexpr uint32_t index_threshold = 32;
    static constexpr uint32_t lookups_before_index = 8;

    const Attr* find(Symbol s) const {
        if (index) return index == layered_mark() ? find_layered(s) : find_indexed(s);
        if (size >= index_threshold && ++lookups > lookups_before_index && build_index())
            return find_indexed(s);
        if (size <= 8) { // most sets: a scan beats the mispredicted halvings
            for (uint32_t i = 0; i < size; ++i)
                if (attrs[i].name.id >= s.id) return attrs[i].name.id == s.id ? &attrs[i] : nullptr;
            return nullptr;
        }
        uint32_t lo = 0, hi = size;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            if (attrs[mid].name.id < s.id)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < size && attrs[lo].name.id == s.id ? &attrs[lo] : nullptr;
    }
    const Attr* begin() const { return index == layered_mark() ? flat_attrs() : attrs; }
    const Attr* end() const { return begin() + size; }
    const Attr& operator[](uint32_t i) const { return begin()[i]; }

    bool layered() const { return index == layered_mark(); }
    const Layers& layers() const {
        return *std::launder(static_cast<const Layers*>(static_cast<const void*>(attrs)));
    }
    // Makes b (allocated with room for layers_capacity attrs) the layered set l.
    static constexpr uint32_t layers_capacity = (sizeof(Layers) + sizeof(Attr) - 1) / sizeof(Attr);
    void make_layered(const Layers& l) {
        static_assert(alignof(Layers) <= alignof(Attr));
        new (static_cast<void*>(attrs)) Layers(l);
        size = l.base->size + l.fresh;
        index = layered_mark();
    }

  private:
    static uint32_t* layered_mark() {
        static uint32_t mark;
        return &mark;
    }
    static uint32_t slot_of(Symbol s, uint32_t mask) { return (s.id * 2654435761u) & mask; }
    const Attr* find_layered(Symbol s) const {
        const Layers& l = layers();
        if (const Attr* a = l.over->find(s)) return a;
        return l.base->find(s);
    }
    const Attr* flat_attrs() const {
        const Layers& l = layers();
        if (!l.flat) {
            Attr* out = alloc_attr_space(size);
            const Attr *a = l.base->attrs, *ae = a + l.base->size;
            const Attr *b = l.over->attrs, *be = b + l.over->size;
            Attr* o = out;
            while (a < ae && b < be) {
                if (a->name.id < b->name.id)
                    *o++ = *a++;
                else if (b->name.id < a->name.id)
                    *o++ = *b++;
                else
                    *o++ = *b++, ++a;
            }
            while (a < ae) *o++ = *a++;
            while (b < be) *o++ = *b++;
            l.flat = out;
        }
        return l.flat;
    }
    bool build_index() const {
        uint32_t slots = 1;
        while (slots < size * 2) slots <<= 1; // load factor at most 1/2
        uint32_t* idx = alloc_index_space(slots);
        if (!idx) return false;
        index_mask = slots - 1;
        for (uint32_t i = 0; i < slots; ++i) idx[i] = 0;
        for (uint32_t i = 0; i < size; ++i) {
            uint32_t h = slot_of(attrs[i].name, index_mask);
            while (idx[h]) h = (h + 1) & index_mask;
            idx[h] = i + 1;
        }
        index = idx;
        return true;
    }
    const Attr* find_indexed(Symbol s) const {
        for (uint32_t h = slot_of(s, index_mask);; h = (h + 1) & index_mask) {
            uint32_t slot = index[h];
            if (!slot) return nullptr;
            if (attrs[slot - 1].name == s) return &attrs[slot - 1];
        }
    }
};

struct ListData {
    size_t size;
    Value* elems[1]; // really [size]
};

struct Value {
    Type type = Type::Null;
    // For App only, in what would otherwise be padding: app_index when the
    // argument is the integer app.index itself (genList's `f i`, so a list
    // of a million unforced elements holds no million integer values), and
    // app_name when not 0: the symbol whose name is the function's first
    // argument (mapAttrs' `f name value`: one value per attribute instead of
    // a value and a 3-slot env).
    bool app_index = false;
    uint32_t app_name = 0;
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
            union {
                Value* arg;
                int64_t index; // App with app_index
            };
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
    void mk_app(Value* l, Value* a) { type = Type::PrimOpApp, app.left = l, app.arg = a; }
    void mk_lazy_app(Value* f, Value* a, uint32_t name = 0) {
        type = Type::App, app_index = false, app_name = name, app.left = f, app.arg = a;
    }
    void mk_lazy_index_app(Value* f, int64_t i) {
        type = Type::App, app_index = true, app_name = 0, app.left = f, app.index = i;
    }
};

// The type names Nix reports (builtins.typeOf and error messages).
const char* type_name(Type t);         // "int", "set", "lambda", ...
std::string show_type(const Value& v); // "an integer", "a set", "the built-in function 'head'"...

// An environment: the values of one scope's variables, plus its parent.
// `with` scopes have one slot holding the (lazy) attribute set. The number
// of slots is known statically (bind.cc), so it is not stored.
struct Env {
    Env* up;
    Value* values[1]; // really [size]
};

} // namespace hearth::lang
