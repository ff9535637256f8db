// What the module-system builtins (module_*.cc) share: the names they look
// up, the `_type` tag test, small-set and list builders, and the pieces one
// builtin borrows from another (option_decl, unify_module, the definition
// pipeline).
#pragma once

#include "lang/builtins/table.hh"

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string_view>
#include <type_traits>

namespace hearth::lang {

struct ModuleSyms {
// One name per line reads better than any packing clang-format would make.
// clang-format off
#define HEARTH_MODULE_SYMS(X) \
    X(type, "_type")                                \
    X(content, "content")                           \
    X(contents, "contents")                         \
    X(condition, "condition")                       \
    X(priority, "priority")                         \
    X(highestPrio, "highestPrio")                   \
    X(values, "values")                             \
    X(file_, "_file")                               \
    X(pos, "pos")                                   \
    X(options, "options")                           \
    X(opt_type, "type")                             \
    X(getSubModules, "getSubModules")               \
    X(substSubModules, "substSubModules")           \
    X(loc, "loc")                                   \
    X(declarations, "declarations")                 \
    X(declarationPositions, "declarationPositions") \
    X(imports, "imports")                           \
    X(config, "config")                             \
    X(cls, "_class")                                \
    X(prefix, "prefix")                             \
    X(configs, "configs")                           \
    X(decls, "decls")                               \
    X(defs, "defs")                                 \
    X(resultOfAt, "resultOfAt")                     \
    X(raw, "raw")                                   \
    X(pushed, "pushed")                             \
    X(mergeModules, "mergeModules")                 \
    X(evalOptionValue, "evalOptionValue")           \
    X(unspecified, "unspecified")                   \
    X(ctx, "ctx")                                   \
    X(results, "results")                           \
    X(matchedOptions, "matchedOptions")             \
    X(unmatchedDefns, "unmatchedDefns")             \
    X(plain, "plain")                               \
    X(defsFinal, "defsFinal")                       \
    X(defsFinal_, "defsFinal'")                     \
    X(cm, "cm")                                     \
    X(mv, "mv")                                     \
    X(merge, "merge")                               \
    X(v2, "v2")                                     \
    X(check, "check")                               \
    X(coherent, "isV2MergeCoherent")                \
    X(headError, "headError")                       \
    X(valueMeta, "valueMeta")                       \
    X(internal, "_internal")                        \
    X(emptyValue, "emptyValue")                     \
    X(isDefined, "isDefined")                       \
    X(mergedValue, "mergedValue")                   \
    X(checkedAndMerged, "checkedAndMerged")         \
    X(optionalValue, "optionalValue")               \
    X(default_, "default")                          \
    X(example, "example")                           \
    X(description, "description")                   \
    X(apply, "apply")                               \
    X(disabledModules, "disabledModules")           \
    X(meta, "meta")                                 \
    X(freeformType, "freeformType")                 \
    X(require, "require")                           \
    X(module_, "_module")
// clang-format on
#define HEARTH_DECLARE(name, text) Symbol name;
    HEARTH_MODULE_SYMS(HEARTH_DECLARE)
#undef HEARTH_DECLARE

    // Interned once per evaluation, kept by the EvalState: these builtins
    // run tens of thousands of times, and interning is a hash and a probe per
    // name.
    static const ModuleSyms& get(EvalState& st);
    static const ModuleSyms& intern_all(EvalState& st);

  public:
    // `v._type or ""` of a forced value, when that is a string; else "".
    std::string_view type_of(EvalState& st, Value& v, PosIdx pos) const {
        if (v.type != Type::Attrs) return {};
        const Attr* a = v.attrs->find(type);
        if (!a) return {};
        st.force(*a->value, pos);
        return a->value->type == Type::String ? a->value->string_view() : std::string_view{};
    }
};

inline const ModuleSyms& ModuleSyms::get(EvalState& st) {
    if (st.module_syms) [[likely]]
        return *static_cast<const ModuleSyms*>(st.module_syms);
    return intern_all(st);
}

[[gnu::noinline]] inline const ModuleSyms& ModuleSyms::intern_all(EvalState& st) {
    auto* syms = st.arena.make<ModuleSyms>();
#define HEARTH_INTERN(name, text) syms->name = st.symbols.intern(text);
    HEARTH_MODULE_SYMS(HEARTH_INTERN)
#undef HEARTH_INTERN
    st.module_syms = syms;
    return *syms;
}

// unifyModuleSyntax file key m, or null where the lib's plain-Nix code must
// decide (module_unify.cc). file and key are only used when m lacks them.
Value* unify_module(EvalState& st, Value* file, Value* key, Value& m, PosIdx pos);

// fixupOptionType loc (mergeOptionDecls loc decls) for a single option
// declaration, or null (module_decls.cc).
Value* option_decl(EvalState& st, Value* unspecified, Value* loc, Value& decls, PosIdx pos);

// builtins.hearthModuleDefsFinal, for the builtins that use it lazily.
extern const PrimOp module_defs_final_op;

// hearthModuleDeclsByName / hearthModuleDefsByName of a list, or null
// (module_merge.cc).
Value* decls_by_name(EvalState& st, Value& modules, PosIdx pos);
Value* defs_by_name(EvalState& st, Value& configs, PosIdx pos);

// A set of a few attributes with distinct names, built without the
// temporary vector and merge sort of make_bindings (these builtins make one
// or more per definition).
inline Value* small_set(EvalState& st, std::initializer_list<Attr> attrs) {
    Bindings* b = st.alloc_bindings(uint32_t(attrs.size()));
    uint32_t n = 0;
    for (const Attr& a : attrs) {
        uint32_t i = n++;
        while (i > 0 && b->attrs[i - 1].name.id > a.name.id) b->attrs[i] = b->attrs[i - 1], --i;
        b->attrs[i] = a;
    }
    b->size = n;
    Value* v = st.alloc_value();
    v->mk_attrs(b);
    return v;
}

// The attribute `name` of the set `set`, forced; `set_ctx` and `attr_ctx`
// name what is being read in the trace of an error (static strings: this
// runs for every option).
inline Value& forced_field(EvalState& st, Value& set, Symbol name, PosIdx pos, const char* set_ctx,
                           const char* attr_ctx) {
    const Bindings* b = st.force_attrs(set, pos, set_ctx);
    Value& v = *require_attr(st, b, name, attr_ctx)->value;
    st.force(v, pos);
    return v;
}

// A new empty list.
inline Value* empty_list(EvalState& st) {
    Value* v = st.alloc_value();
    v->mk_list(st.alloc_list(0));
    return v;
}

// A vector of trivially copyable items that stays on the stack until it
// outgrows N. These builtins run per option and per definition, and most
// lists they gather hold one to a few items: a std::vector costs a malloc and
// a free (and regrowths) each time, about a tenth of the module bench.
template <typename T, size_t N> class SmallVec {
    static_assert(std::is_trivially_copyable_v<T>);

  public:
    SmallVec() = default;
    SmallVec(const SmallVec&) = delete;
    SmallVec& operator=(const SmallVec&) = delete;

    void push_back(const T& x) {
        if (m_size == m_cap) grow();
        m_data[m_size++] = x;
    }
    void clear() { m_size = 0; }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T& operator[](size_t i) { return m_data[i]; }
    const T& operator[](size_t i) const { return m_data[i]; }
    T* begin() { return m_data; }
    T* end() { return m_data + m_size; }
    const T* begin() const { return m_data; }
    const T* end() const { return m_data + m_size; }

  private:
    void grow() {
        auto bigger = std::make_unique_for_overwrite<T[]>(m_cap * 2);
        std::copy(m_data, m_data + m_size, bigger.get());
        m_heap = std::move(bigger);
        m_data = m_heap.get();
        m_cap *= 2;
    }

    T m_inline[N];
    std::unique_ptr<T[]> m_heap;
    T* m_data = m_inline;
    size_t m_size = 0, m_cap = N;
};

// A list value of the given items.
template <typename Items> Value* list_value(EvalState& st, const Items& items) {
    ListData* l = st.alloc_list(items.size());
    size_t i = 0;
    for (Value* x : items) l->elems[i++] = x;
    Value* v = st.alloc_value();
    v->mk_list(l);
    return v;
}

} // namespace hearth::lang
