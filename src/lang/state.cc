// EvalState construction: well-known symbols and the base environment.
#include "lang/state.hh"

#include "lang/builtins/table.hh"

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace hearth::lang {

// The base environment has room for every builtin; its size is fixed before
// the first expression is bound.
static constexpr uint32_t base_env_capacity = 1024;

EvalState::EvalState(EvalOptions opts) : options(std::move(opts)) {
    auto I = [&](const char* n) { return symbols.intern(n); };
    s.outPath = I("outPath"), s.type = I("type"), s.name = I("name"), s.value = I("value");
    s.file = I("file"), s.line = I("line"), s.column = I("column"), s.functor = I("__functor");
    s.toString = I("__toString"), s.derivation = I("derivation"), s.drvPath = I("drvPath");
    s.outputs = I("outputs"), s.key = I("key"), s.operator_ = I("operator");
    s.startSet = I("startSet"), s.body = I("body"), s.wrong = I("wrong"), s.right = I("right");
    s.meta = I("meta"), s.__ignoreNulls = I("__ignoreNulls"), s.outputName = I("outputName");
    s.prefix = I("prefix"), s.path = I("path"), s.args = I("args"), s.builder = I("builder");
    s.system = I("system"), s.__structuredAttrs = I("__structuredAttrs"), s.success = I("success");
    s.data = I("data"), s.lambda = I("lambda"), s.arg = I("arg"), s.formals = I("formals");

    enter_index_arena();
    for (int64_t n = small_int_min; n <= small_int_max; ++n)
        m_small_ints[n - small_int_min].mk_int(n);
    print_trace = [](const std::string& msg) { std::cerr << msg << std::endl; };
    base_env = alloc_env(base_env_capacity);
    builtins_value = alloc_value();
    add_constant("builtins", builtins_value, true);
    register_builtins(*this);
}

EvalState::~EvalState() {
    leave_index_arena();
}

void EvalState::add_constant(std::string_view name, Value* v, bool top_level) {
    if (base_env_size >= base_env_capacity) {
        std::fprintf(stderr, "hearth: too many builtins\n");
        std::abort();
    }
    std::string n(name);
    if (n.rfind("__", 0) == 0) n = n.substr(2);
    // Every builtin is reachable as builtins.NAME; top-level ones also bare,
    // and the rest as __NAME, as in Nix.
    std::string var = top_level ? n : "__" + n;
    Symbol sym = symbols.intern(var);
    auto it = std::find_if(static_base_env.vars.begin(), static_base_env.vars.end(),
                           [&](auto& p) { return p.first == sym; });
    if (it != static_base_env.vars.end()) {
        base_env->values[it->second] = v;
    } else {
        base_env->values[base_env_size] = v;
        static_base_env.vars.push_back({sym, base_env_size++});
        std::sort(static_base_env.vars.begin(), static_base_env.vars.end(),
                  [](auto& a, auto& b) { return a.first.id < b.first.id; });
    }
    if (n != "builtins") m_builtin_attrs.push_back({symbols.intern(n), {}, v});
    m_builtins_dirty = true;
}

void EvalState::add_primops(const PrimOp* table, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        Value* v = alloc_value();
        v->mk_primop(&table[i]);
        add_constant(table[i].name, v, is_top_level_builtin(table[i].name));
    }
}

void EvalState::finish_base_env() {
    if (!m_builtins_dirty) return;
    std::vector<Attr> attrs = m_builtin_attrs;
    // builtins.builtins is builtins itself
    attrs.push_back({symbols.intern("builtins"), {}, builtins_value});
    builtins_value->mk_attrs(make_bindings(attrs));
    m_builtins_dirty = false;
}

} // namespace hearth::lang
