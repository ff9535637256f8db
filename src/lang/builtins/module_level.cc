// builtins.hearthModuleLevel: one level of the option tree once its
// declarations and definitions are grouped by name (share/hearth/lib/
// modules.nix, the end of mergeModules'): per name, the option record or the
// level below, and the definitions no option matched.
//
//   hearthModuleLevel { prefix, configs, decls, defs, resultOf, evalOptionValue, unspecified }
//     -> { results; matchedOptions; unmatchedDefns; }
//
// Everything it returns is lazy per name, as the lib's mapAttrs is. A name
// whose declarations are one option is evaluated here (evalOptionValue is
// still the lib's); every other name goes to the lib's `resultOf name decls`,
// the plain-Nix code that Nix runs for every name.
#include "lang/builtins/module_syms.hh"
#include "lang/builtins/table.hh"

#include <algorithm>

namespace hearth::lang {

namespace {

Value& field(EvalState& st, Value& set, Symbol name, PosIdx pos) {
    const Bindings* b = st.force_attrs(set, pos, "while evaluating a module-system level");
    Value& v =
        *require_attr(st, b, name, "while selecting a field of a module-system level")->value;
    st.force(v, pos);
    return v;
}

Value* empty_list(EvalState& st) {
    Value* v = st.alloc_value();
    v->mk_list(st.alloc_list(0));
    return v;
}

// { ctx, name } -> `defs.${name} or [ ]`, lazily: an option's definitions are
// only looked at when its value is.
void defs_of(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& l = ModuleSyms::get(st);
    Value& ctx = field(st, *args[0], l.ctx, pos);
    Symbol name{uint32_t(field(st, *args[0], st.s.name, pos).integer)};
    Value& defs = field(st, ctx, l.defs, pos);
    const Attr* a = defs.attrs->find(name);
    out = a ? (st.force(*a->value, pos), *a->value) : *empty_list(st);
}
const PrimOp defs_of_op = {"hearthModuleLevelDefs", 1, defs_of, nullptr};

// { ctx, name } -> resultsByName.${name}
void result_of(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& l = ModuleSyms::get(st);
    Value& ctx = field(st, *args[0], l.ctx, pos);
    Symbol sym{uint32_t(field(st, *args[0], st.s.name, pos).integer)};
    Value* name = st.symbol_value(sym);
    Value& decls = field(st, ctx, l.decls, pos);
    Value* mine = require_attr(st, decls.attrs, sym, "while selecting declarations")->value;
    Value& prefix = field(st, ctx, l.prefix, pos);
    const ListData* p =
        st.force_list(prefix, pos, "while evaluating the prefix of a module-system level");
    ListData* ll = st.alloc_list(p->size + 1);
    std::copy(p->elems, p->elems + p->size, ll->elems);
    ll->elems[p->size] = name;
    Value* loc = st.alloc_value();
    loc->mk_list(ll);
    Value* unspecified =
        require_attr(st, ctx.attrs, l.unspecified, "while selecting 'unspecified'")->value;
    if (Value* opt = option_decl(st, unspecified, loc, *mine, pos)) {
        static Value defs_fn;
        defs_fn.mk_primop(&defs_of_op);
        Value* defs = st.lazy_apply(&defs_fn, args[0]);
        Value* eval =
            require_attr(st, ctx.attrs, l.evalOptionValue, "while selecting 'evalOptionValue'")
                ->value;
        Value* matched = st.lazy_apply(st.lazy_apply(st.lazy_apply(eval, loc), opt), defs);
        out = *small_set(st,
                         {{l.matchedOptions, {}, matched}, {l.unmatchedDefns, {}, empty_list(st)}});
        return;
    }
    Value* slow = require_attr(st, ctx.attrs, l.resultOf, "while selecting 'resultOf'")->value;
    Value* a[2] = {name, mine};
    st.call_function(*slow, 2, a, out, pos);
}
const PrimOp result_of_op = {"hearthModuleLevelResult", 1, result_of, nullptr};

// A result's matchedOptions.
void matched_of(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& l = ModuleSyms::get(st);
    out = field(st, *args[0], l.matchedOptions, pos);
}
const PrimOp matched_of_op = {"hearthModuleLevelMatched", 1, matched_of, nullptr};

// { ctx, results } -> the unmatched definitions of the level, each with the
// name it was found under put in front of its prefix.
void unmatched_of(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& l = ModuleSyms::get(st);
    Value& ctx = field(st, *args[0], l.ctx, pos);
    const ListData* configs =
        st.force_list(field(st, ctx, l.configs, pos), pos, "while evaluating configs");
    if (configs->size == 0) {
        out = *empty_list(st);
        return;
    }
    const Bindings* results = field(st, *args[0], l.results, pos).attrs;
    const Bindings* defs = field(st, ctx, l.defs, pos).attrs;
    // Names in attrNames order: results', then definitions without an option.
    std::vector<std::pair<std::string_view, const Attr*>> names;
    for (const Attr& a : *results) names.push_back({st.symbols[a.name], &a});
    for (const Attr& a : *defs)
        if (!results->find(a.name)) names.push_back({st.symbols[a.name], &a});
    std::sort(names.begin(), names.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    Symbol prefix = l.prefix;
    std::vector<Value*> out_defs;
    for (auto& [text, attr] : names) {
        const ListData* list;
        if (results->find(attr->name) == attr)
            list = st.force_list(field(st, *attr->value, l.unmatchedDefns, pos), pos,
                                 "while evaluating unmatchedDefns");
        else
            list = st.force_list(*attr->value, pos, "while evaluating definitions");
        if (list->size == 0) continue;
        Value* name = st.symbol_value(attr->name);
        for (size_t i = 0; i < list->size; ++i) {
            const Bindings* d =
                st.force_attrs(*list->elems[i], pos, "while evaluating a definition");
            ListData* path;
            if (const Attr* p = d->find(prefix)) {
                const ListData* old =
                    st.force_list(*p->value, pos, "while evaluating a definition's prefix");
                path = st.alloc_list(old->size + 1);
                std::copy(old->elems, old->elems + old->size, path->elems + 1);
            } else {
                path = st.alloc_list(1);
            }
            path->elems[0] = name;
            Value* pv = st.alloc_value();
            pv->mk_list(path);
            Value* nd = st.alloc_value();
            nd->mk_attrs(st.update_attrs(d, small_set(st, {{prefix, {}, pv}})->attrs));
            out_defs.push_back(nd);
        }
    }
    out = *list_value(st, out_defs);
}
const PrimOp unmatched_of_op = {"hearthModuleLevelUnmatched", 1, unmatched_of, nullptr};

void bi_level(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& l = ModuleSyms::get(st);
    Value& decls = field(st, *args[0], l.decls, pos);
    static Value result_fn, matched_fn, unmatched_fn;
    result_fn.mk_primop(&result_of_op);
    matched_fn.mk_primop(&matched_of_op);
    unmatched_fn.mk_primop(&unmatched_of_op);
    uint32_t n = decls.attrs->size;
    Bindings* results = st.alloc_bindings(n);
    Bindings* matched = st.alloc_bindings(n);
    uint32_t i = 0;
    for (const Attr& a : *decls.attrs) {
        Value* id = st.alloc_value();
        id->mk_int(a.name.id);
        Value* key = small_set(st, {{l.ctx, {}, args[0]}, {st.s.name, {}, id}});
        Value* r = st.lazy_apply(&result_fn, key);
        results->attrs[i] = {a.name, a.pos, r};
        matched->attrs[i] = {a.name, a.pos, st.lazy_apply(&matched_fn, r)};
        ++i;
    }
    results->size = matched->size = n;
    Value* rv = st.alloc_value();
    rv->mk_attrs(results);
    Value* mv = st.alloc_value();
    mv->mk_attrs(matched);
    Value* unmatched =
        st.lazy_apply(&unmatched_fn, small_set(st, {{l.ctx, {}, args[0]}, {l.results, {}, rv}}));
    out = *small_set(
        st, {{l.results, {}, rv}, {l.matchedOptions, {}, mv}, {l.unmatchedDefns, {}, unmatched}});
}

const PrimOp table[] = {
    {"hearthModuleLevel", 1, bi_level,
     "One level of lib.modules.mergeModules': options per name and unmatched definitions, lazily."},
};

} // namespace

std::span<const PrimOp> module_level_builtins() {
    return table;
}

} // namespace hearth::lang
