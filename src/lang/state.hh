// EvalState: one evaluation's world.
//
// It owns the arenas, the symbol and position tables, the base environment
// with `builtins`, the import cache and the search path. The evaluator's
// operations (force, call, coerce, compare) are declared here and defined in
// eval/*.cc, one file per family, so this header is the map of the evaluator.
#pragma once

#include "lang/arena.hh"
#include "lang/ast.hh"
#include "lang/error.hh"
#include "lang/inputs.hh"
#include "lang/pos.hh"
#include "lang/symbol.hh"
#include "lang/value.hh"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hearth::lang {

class EvalState;

using PrimOpFn = void (*)(EvalState& st, PosIdx pos, Value** args, Value& out);

struct PrimOp {
    const char* name; // the name in `builtins`
    uint32_t arity;
    PrimOpFn fn;
    const char* doc; // one line, for :doc and the manual
};

// What the store-aware layer (glue) plugs into the language. The language
// itself never writes a store; without hooks, paths cannot be copied.
struct StoreHooks {
    virtual ~StoreHooks() = default;
    // Copies a filesystem path into the store, returning its store path.
    virtual std::string copy_path_to_store(EvalState& st, const std::string& path, PosIdx pos) = 0;
    // The store directory, for builtins.storeDir and path checks.
    virtual std::string store_dir() const = 0;
};

struct SearchPathEntry {
    std::string prefix; // "" matches every lookup
    std::string path;
};

struct EvalOptions {
    std::vector<SearchPathEntry> search_path; // -I first, then NIX_PATH
    // Tried after search_path for <name> lookups, without showing in
    // builtins.nixPath: the Nix code Hearth ships (<nixpkgs>, <home-manager>).
    std::vector<SearchPathEntry> fallback_search_path;
    // Where <nix/NAME> is found when the search path has no `nix` entry:
    // the expressions Nix carries inside itself (fetchurl.nix); "" for none.
    std::string corepkgs;
    bool pure = false;
    std::string current_system = "x86_64-linux";
    uint32_t max_call_depth = 10000;
    bool trace_verbose = false;
    bool abort_on_warn = false;
    // --show-trace: as Nix, only then does an error in a lambda's body get
    // the frames "while calling 'f'" and "from call site".
    bool show_trace = false;
    // Make a thunk wherever Nix does: no shortcut may hand out a value for
    // an expression Nix would leave unevaluated (a lambda, `a.b`, `x + 1`).
    // A non-strict printout (`--eval` without `--strict`, `--xml`) shows the
    // difference, as <CODE> or <unevaluated />, and so does --show-trace
    // (whether a function passed to mapAttrs has its call site shown), so
    // only they set this; every maybe_thunk shortcut must honour it.
    bool nix_thunks = false;
    // Where to record what the evaluation reads from outside (files, the
    // environment...), for caches of its result; nullptr records nothing.
    InputLog* inputs = nullptr;
};

// Collects the context of the strings that went into a result.
class ContextBuilder {
  public:
    void add(const Context* c) {
        if (!c) return;
        for (uint32_t i = 0; i < c->size; ++i) items.push_back(c->items[i]);
    }
    void add(std::string_view s) { items.push_back(s); }
    bool empty() const { return items.empty(); }
    std::vector<std::string_view> items;
};

enum class CoerceMore : bool { No, Yes };  // toString's extra conversions
enum class CopyToStore : bool { No, Yes }; // paths become store paths

class EvalState {
  public:
    explicit EvalState(EvalOptions opts = {});
    ~EvalState();
    EvalState(const EvalState&) = delete;
    EvalState& operator=(const EvalState&) = delete;

    EvalOptions options;
    Arena arena;     // values, envs, strings, sets, lists
    Arena ast_arena; // expression nodes
    SymbolTable symbols;
    PosTable positions;
    StoreHooks* store = nullptr;
    std::function<void(const std::string&)> print_trace; // builtins.trace; stderr by default

    // Well-known names, interned once.
    struct {
        Symbol outPath, type, name, value, file, line, column, functor, toString, derivation,
            drvPath, outputs, key, operator_, startSet, body, wrong, right, meta, __ignoreNulls,
            outputName, prefix, path, args, builder, system, __structuredAttrs, success, data,
            lambda, arg, formals;
    } s;

    // --- allocation (alloc.cc) ---
    Value* alloc_value() { return arena.make<Value>(); }
    // Shared, immutable values for small integers (a value that is not a
    // thunk is never written again, so one copy can serve every use).
    static constexpr int64_t small_int_min = -128, small_int_max = 1023;
    Value* small_int(int64_t n) {
        return n >= small_int_min && n <= small_int_max ? &m_small_ints[n - small_int_min]
                                                        : nullptr;
    }
    Env* alloc_env(uint32_t size) {
#if !defined(__SANITIZE_ADDRESS__) // there, recycled envs are poisoned (alloc.cc)
        if (size <= max_recycled_env && m_free_envs[size]) { // inline: once per call
            Env* e = m_free_envs[size];
            m_free_envs[size] = e->up;
            e->up = nullptr;
            e->values[0] = nullptr;
            for (uint32_t i = 1; i < size; ++i) e->values[i] = nullptr;
            return e;
        }
#endif
        return alloc_env_slow(size);
    }
    Env* alloc_env_slow(uint32_t size);
    // Env reuse. Nothing is freed in the arena, but most calls' envs die
    // with the call: fib's body reads n and makes no thunk or closure. Such
    // an env goes to a free list for the next call of its size, so the
    // process keeps touching the same warm memory instead of fresh pages
    // (which the kernel has to zero, and are most of a call-heavy program's
    // cost). call_env is the env of the innermost lambda call running; any
    // thunk, closure or child env made on it "captures" it, and then it is
    // kept. Code running inside a nested call cannot reach an outer call's
    // env except through something that captured it already.
    Env* call_env = nullptr;
    bool call_env_captured = false;
    void note_capture(const Env* e) {
        if (e == call_env) call_env_captured = true;
    }
    void recycle_env(Env* e, uint32_t size) {
        if (size > max_recycled_env) return;
#if defined(__SANITIZE_ADDRESS__)
        recycle_env_poisoned(e, size);
#else
        e->up = m_free_envs[size];
        m_free_envs[size] = e;
#endif
    }
    void recycle_env_poisoned(Env* e, uint32_t size);
    // The string value of a symbol's name, made once and shared (attrNames,
    // mapAttrs and zipAttrsWith hand out the same names again and again;
    // a value that is not a thunk is never written, so sharing is safe).
    Value* symbol_value(Symbol s) {
        if (s.id < m_symbol_values.size() && m_symbol_values[s.id]) return m_symbol_values[s.id];
        return make_symbol_value(s);
    }
    const StrData* make_string(std::string_view s, const Context* ctx = nullptr);
    // A string of len bytes (NUL-terminated) for the caller to fill in.
    StrData* alloc_string(size_t len, const Context* ctx = nullptr);
    // The parts' bytes one after another (`+` and interpolation). A long
    // result is external (see StrData), and when the first part is the
    // newest such string its bytes are extended in place.
    const StrData* concat_strings(const std::string_view* parts, size_t n, size_t total,
                                  const Context* ctx);
    const Context* make_context(std::vector<std::string_view> items);
    const Context* make_context(const ContextBuilder& b) {
        return make_context(b.items);
    }
    Bindings* alloc_bindings(uint32_t capacity);
    ListData* alloc_list(size_t size);
    void mk_string(Value& v, std::string_view s, const ContextBuilder& ctx);
    void mk_string(Value& v, std::string_view s) {
        v.mk_string(make_string(s));
    }
    void mk_path(Value& v, std::string_view s) {
        v.mk_path(make_string(s));
    }
    // { file; line; column; } of a position (__curPos, unsafeGetAttrPos), or
    // null where it is in no file (eval/ops.cc).
    void mk_pos(Value& out, PosIdx p);

    // --- forcing (eval/force.cc) ---
    void force(Value& v, PosIdx pos) {
        if (v.type == Type::Thunk || v.type == Type::Blackhole || v.type == Type::App)
            force_slow(v, pos);
    }
    void force_slow(Value& v, PosIdx pos);
    void force_deep(Value& v);
    int64_t force_int(Value& v, PosIdx pos, std::string_view ctx);
    double force_float(Value& v, PosIdx pos, std::string_view ctx); // ints too
    bool force_bool(Value& v, PosIdx pos, std::string_view ctx);
    const Bindings* force_attrs(Value& v, PosIdx pos, std::string_view ctx);
    const ListData* force_list(Value& v, PosIdx pos, std::string_view ctx);
    void force_function(Value& v, PosIdx pos, std::string_view ctx);
    // A string, its context added to ctx (when given).
    std::string_view force_string(Value& v, PosIdx pos, std::string_view errctx,
                                  ContextBuilder* ctx = nullptr);
    std::string_view force_string_no_ctx(Value& v, PosIdx pos, std::string_view errctx);
    bool is_derivation(Value& v);

    // --- coercion (eval/coerce.cc) ---
    std::string coerce_to_string(Value& v, PosIdx pos, std::string_view errctx, ContextBuilder& ctx,
                                 CoerceMore more = CoerceMore::No,
                                 CopyToStore copy = CopyToStore::Yes);
    // As coerce_to_string, but a string value is viewed in place instead of
    // copied (substring of a 2 MB text must not copy it); other results are
    // kept in buf.
    std::string_view coerce_to_string_view(Value& v, PosIdx pos, std::string_view errctx,
                                           ContextBuilder& ctx, std::string& buf,
                                           CoerceMore more = CoerceMore::No,
                                           CopyToStore copy = CopyToStore::Yes) {
        force(v, pos);
        if (v.type == Type::String) {
            ctx.add(v.str->context);
            return v.str->view();
        }
        buf = coerce_to_string(v, pos, errctx, ctx, more, copy);
        return buf;
    }
    std::string coerce_to_path(Value& v, PosIdx pos, std::string_view errctx); // absolute path
    // The store path, owned by src_to_store: a ContextBuilder may keep a view of it.
    const std::string& copy_path_to_store(const std::string& path, PosIdx pos);

    // --- calls (eval/call.cc) ---
    void call_function(Value& fn, Value& arg, Value& out, PosIdx pos);
    void call_function(Value& fn, size_t nargs, Value** args, Value& out, PosIdx pos);
    void auto_call_function(const Bindings* args, Value& fn, Value& out);
    // A thunk for `f a`, or `f "name" a`, evaluated only when forced (map, mapAttrs...).
    Value* lazy_apply(Value* f, Value* a);
    Value* lazy_apply(Value* f, Symbol name, Value* a);
    // Calls under way, counted as Nix counts them for max-call-depth: every
    // call of a function or builtin, the operators that are builtin calls
    // in Nix (- * / < > <= >=, unary -) included. As Nix, a call fails when
    // max_call_depth calls are already under way (CallDepth).
    uint32_t call_depth = 0;
    // Walks over values that may meet a cycle (JSON, XML, ==) check that
    // the stack is not below this (run.cc sets it), and end as Nix does.
    const char* stack_floor = nullptr;
    void check_stack() const {
        if (static_cast<const char*>(__builtin_frame_address(0)) < stack_floor)
            throw StackOverflow();
    }

    // --- comparison (eval/compare.cc) ---
    bool eq_values(Value& a, Value& b, PosIdx pos, std::string_view errctx);
    // builtins.lessThan and sort's default: numbers, strings, paths, lists.
    bool less_than(Value& a, Value& b, PosIdx pos);

    // --- attribute sets (eval/attrs.cc) ---
    const Attr* get_attr(const Bindings* b, Symbol s) const {
        return b->find(s);
    }
    // Builds a set from unsorted attrs; later duplicates are an error for
    // literal sets but callers like listToAttrs keep the first.
    const Bindings* make_bindings(std::vector<Attr>& attrs);
    // x // y (eval/update.cc): y's attributes over x's.
    const Bindings* update_attrs(const Bindings* x, const Bindings* y);
    // A layered set: base under over_old (may be null) merged with add
    // (sorted, winning over over_old), with `fresh` names base lacks.
    const Bindings* layered_set(const Bindings* base, const Bindings* over_old, const Attr* add,
                                uint32_t add_n, uint32_t fresh);
    // Gives back the room of a set allocated for `capacity` attributes
    // that it did not fill, when nothing was allocated after it.
    void trim_bindings(Bindings* b, uint32_t capacity);
    std::vector<const Attr*> sorted_by_name(const Bindings* b) const;

    // --- parsing and files (parse/load.cc) ---
    Expr* parse(std::string text, std::string path, std::string label, std::string base_dir);
    Expr* parse_file(const std::string& path);
    void eval_file(const std::string& path, Value& out);        // import, cached per path
    std::string resolve_import_path(const std::string& path);   // dir -> dir/default.nix
    std::string find_file(std::string_view lookup, PosIdx pos); // <lookup>
    std::string find_file(const ListData* search_path, std::string_view lookup, PosIdx pos);
    // Evaluates an expression parsed against the base scope.
    void eval(Expr* e, Value& out);

    // --- the base environment (builtins/table.cc) ---
    Env* base_env = nullptr;
    StaticEnv static_base_env;
    Value* builtins_value = nullptr;
    void add_primops(const PrimOp* table, size_t n); // glue registers its own
    void note_input(InputKind kind, const std::string& name) {
        if (options.inputs) options.inputs->add(kind, name);
    }
    void add_constant(std::string_view name, Value* v, bool top_level);
    uint32_t base_env_size = 0;

    // --- errors (error.cc) ---
    [[noreturn]] void throw_type_error(std::string_view expected, Value& got, PosIdx pos,
                                       std::string_view ctx);
    [[noreturn]] void error(ErrorKind k, PosIdx pos, std::string msg);
    std::string show_value_short(Value& v); // the value as an error message shows it

    std::map<std::string, Value*> import_cache;
    std::map<std::string, Expr*> parse_cache;
    // The module builtins' names (builtins/module_syms.hh), interned on first use.
    const void* module_syms = nullptr;
    std::unordered_map<std::string, std::string> src_to_store; // path -> store path
    // fromJSON's results for big inputs, by the input's text (which lives in
    // the arena): package indexes are read and parsed once per package set,
    // and a system with ten users has eleven package sets. fromJSON is pure
    // and its values hold no thunks, so one copy can serve every caller.
    std::unordered_map<std::string_view, Value> from_json_cache;
    // The same string again (strings are never written once made, so where
    // one starts and its length name its text), found without hashing it.
    struct SameString {
        size_t operator()(std::string_view s) const { return std::hash<const void*>()(s.data()); }
        bool operator()(std::string_view a, std::string_view b) const {
            return a.data() == b.data() && a.size() == b.size();
        }
    };
    std::unordered_map<std::string_view, Value, SameString, SameString> from_json_by_address;
    // readFile's results, by path, while the file's identity, size and
    // modification time stay the same: the package index's shards are read
    // once per package asked for (hundreds of times, 100 KB each).
    struct ReadFileEntry {
        uint64_t dev, ino, size;
        int64_t mtime_sec, mtime_nsec;
        const StrData* text;
    };
    std::unordered_map<std::string, ReadFileEntry> read_file_cache;

    // Builds the `builtins` set from everything registered; parse() calls it.
    void finish_base_env();

  private:
    Value m_small_ints[small_int_max - small_int_min + 1];
    std::vector<Value*> m_symbol_values; // by symbol id; see symbol_value
    static constexpr uint32_t max_recycled_env = 8;
    Env* m_free_envs[max_recycled_env + 1] = {}; // by size, linked through up
    Value* make_symbol_value(Symbol s);
    // Where concat_strings puts long results: [buf, buf + used) holds
    // them, the newest last, with room up to cap.
    struct {
        char* buf = nullptr;
        size_t used = 0, cap = 0;
    } m_tail;
    void enter_index_arena(); // alloc.cc: sets' lookup indexes come from this arena
    void leave_index_arena();
    void* m_prev_index_arena = nullptr;
    std::vector<Attr> m_builtin_attrs;
    bool m_builtins_dirty = true;
};

[[noreturn, gnu::cold, gnu::noinline]] void max_call_depth_exceeded(EvalState& st, PosIdx pos);

// One call under way (EvalState::call_depth), for its scope.
struct CallDepth {
    EvalState& st;
    CallDepth(EvalState& s, PosIdx pos) : st(s) {
        if (st.call_depth > st.options.max_call_depth) [[unlikely]]
            max_call_depth_exceeded(st, pos);
        ++st.call_depth;
    }
    ~CallDepth() { --st.call_depth; }
    CallDepth(const CallDepth&) = delete;
    CallDepth& operator=(const CallDepth&) = delete;
};

// Helpers for primop implementations.
inline std::string_view sv(const StrData* s) {
    return s->view();
}

// Where a value was written, when Nix knows (its Value::determinePos): a
// set's or a function's position, else the fallback. An application (from
// map, genList...) is where its function was written, which a deep force
// and the builtins that call it show as the call site. mapAttrs's
// `f "name" x` looks through to f as passed: a thunk (no position) until
// its first call forces it, so Nix shows the call site from the second
// attribute on (from the first with zipAttrsWith, which forces f first).
inline PosIdx value_pos(const Value& v, PosIdx fallback) {
    switch (v.type) {
    case Type::Attrs:
        return v.attrs->pos;
    case Type::Lambda:
        return v.lambda.fn->pos;
    case Type::App:
        return value_pos(*v.app.left, fallback);
    default:
        return fallback;
    }
}

} // namespace hearth::lang
