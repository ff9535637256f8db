// builtins.hearthModuleLevel: one level of the option tree once its
// declarations and definitions are grouped by name (share/hearth/lib/
// modules.nix, the end of mergeModules'): per name, the option record or the
// level below, and the definitions no option matched.
//
//   hearthModuleLevel { prefix, configs, decls, defs, pushed, resultOfAt, evalOptionValue,
//                       unspecified, mergeModules }
//     -> { results; matchedOptions; unmatchedDefns; }
//
// Everything it returns is lazy per name, as the lib's mapAttrs is. A name
// whose declarations are one option is evaluated here (evalOptionValue is
// still the lib's), and so is a name whose declarations are all subtrees
// (the level below, recursively); every other name goes to the lib's
// `resultOfAt prefix defs pushed name decls`, the plain-Nix code that Nix
// runs for every name.
#include "lang/builtins/module_syms.hh"
#include "lang/builtins/table.hh"

#include <algorithm>

namespace hearth::lang {

namespace {

Value& field(EvalState& st, Value& set, Symbol name, PosIdx pos) {
    return forced_field(st, set, name, pos, "while evaluating a module-system level",
                        "while selecting a field of a module-system level");
}

// { ctx, name } -> `<field>.${name} or [ ]`, lazily: an option's definitions
// are only looked at when its value is, a subtree's when it is descended.
void named_or_empty(EvalState& st, PosIdx pos, Value** args, Value& out, Symbol which) {
    const ModuleSyms& l = ModuleSyms::get(st);
    Value& ctx = field(st, *args[0], l.ctx, pos);
    Symbol name{uint32_t(field(st, *args[0], st.s.name, pos).integer)};
    Value& set = field(st, ctx, which, pos);
    const Attr* a = set.attrs->find(name);
    if (a) {
        st.force(*a->value, pos);
        out = *a->value;
    } else {
        out = *empty_list(st);
    }
}
void defs_of(EvalState& st, PosIdx pos, Value** args, Value& out) {
    named_or_empty(st, pos, args, out, ModuleSyms::get(st).defs);
}
void pushed_of(EvalState& st, PosIdx pos, Value** args, Value& out) {
    named_or_empty(st, pos, args, out, ModuleSyms::get(st).pushed);
}
const PrimOp defs_of_op = {"hearthModuleLevelDefs", 1, defs_of, nullptr};
const PrimOp pushed_of_op = {"hearthModuleLevelPushed", 1, pushed_of, nullptr};

// { configs, loc, decls, mergeModules } -> { raw, pushed } of a subtree's
// definitions; where the lib's code reports an error (a definition that is
// not a set), its own mergeModules' is made to report it.
void by_name(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& l = ModuleSyms::get(st);
    Value& configs = *require_attr(st, st.force_attrs(*args[0], pos, ""), l.configs, "")->value;
    if (Value* r = defs_by_name(st, configs, pos)) {
        out = *r;
        return;
    }
    Value* a[3] = {&field(st, *args[0], l.loc, pos), &field(st, *args[0], l.decls, pos), &configs};
    Value level;
    st.call_function(field(st, *args[0], l.mergeModules, pos), 3, a, level, pos);
    st.force_deep(field(st, level, l.unmatchedDefns, pos));
    throw EvalError(ErrorKind::Eval, "module definitions that are not attribute sets");
}
const PrimOp by_name_op = {"hearthModuleLevelByName", 1, by_name, nullptr};

// One field of a set, lazily: arity 2, the field's symbol id first.
void select_field(EvalState& st, PosIdx pos, Value** args, Value& out) {
    out = field(st, *args[1], Symbol{uint32_t(args[0]->integer)}, pos);
}
const PrimOp select_field_op = {"hearthModuleLevelSelect", 2, select_field, nullptr};

Value* lazy_field(EvalState& st, Value* set, Symbol name) {
    static Value fn;
    fn.mk_primop(&select_field_op);
    Value* id = st.alloc_value();
    id->mk_int(name.id);
    Value* partial = st.alloc_value();
    partial->mk_app(&fn, id);
    return st.lazy_apply(partial, set);
}

Value* build_level(EvalState& st, Value* ctx, PosIdx pos);

// A name whose declarations are all subtrees: the level below, built like
// this one; null when the lib must do it (a declaration that is not a set).
Value* sub_level(EvalState& st, Value* key, Value& ctx, Value* loc, Value& decls, PosIdx pos) {
    const ModuleSyms& l = ModuleSyms::get(st);
    st.force(decls, pos);
    if (decls.type != Type::List) return nullptr;
    for (size_t i = 0; i < decls.list->size; ++i) {
        Value& d = *decls.list->elems[i];
        st.force(d, pos);
        if (d.type != Type::Attrs) return nullptr;
        const Attr* o = d.attrs->find(l.options);
        if (!o) return nullptr;
        st.force(*o->value, pos);
        if (o->value->type != Type::Attrs || o->value->attrs->find(l.type)) return nullptr;
    }
    Value* sub_decls = decls_by_name(st, decls, pos);
    if (!sub_decls) return nullptr;
    static Value pushed_fn, by_name_fn;
    pushed_fn.mk_primop(&pushed_of_op);
    by_name_fn.mk_primop(&by_name_op);
    Value* configs = st.lazy_apply(&pushed_fn, key);
    Value* mm = require_attr(st, ctx.attrs, l.mergeModules, "")->value;
    Value* grouped = st.lazy_apply(&by_name_fn, small_set(st, {{l.configs, {}, configs},
                                                               {l.loc, {}, loc},
                                                               {l.decls, {}, &decls},
                                                               {l.mergeModules, {}, mm}}));
    Value* sub = small_set(
        st, {{l.prefix, {}, loc},
             {l.configs, {}, configs},
             {l.decls, {}, sub_decls},
             {l.defs, {}, lazy_field(st, grouped, l.raw)},
             {l.pushed, {}, lazy_field(st, grouped, l.pushed)},
             {l.resultOfAt, {}, require_attr(st, ctx.attrs, l.resultOfAt, "")->value},
             {l.evalOptionValue, {}, require_attr(st, ctx.attrs, l.evalOptionValue, "")->value},
             {l.unspecified, {}, require_attr(st, ctx.attrs, l.unspecified, "")->value},
             {l.mergeModules, {}, mm}});
    Value* level = build_level(st, sub, pos);
    return small_set(
        st, {{l.matchedOptions, {}, require_attr(st, level->attrs, l.matchedOptions, "")->value},
             {l.unmatchedDefns, {}, require_attr(st, level->attrs, l.unmatchedDefns, "")->value}});
}

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
    if (Value* sub = sub_level(st, args[0], ctx, loc, *mine, pos)) {
        out = *sub;
        return;
    }
    Value* slow = require_attr(st, ctx.attrs, l.resultOfAt, "while selecting 'resultOfAt'")->value;
    Value* a[5] = {&prefix, &field(st, ctx, l.defs, pos), &field(st, ctx, l.pushed, pos), name,
                   mine};
    st.call_function(*slow, 5, a, out, pos);
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
    out = *build_level(st, args[0], pos);
}

Value* build_level(EvalState& st, Value* ctx, PosIdx pos) {
    const ModuleSyms& l = ModuleSyms::get(st);
    Value& decls = field(st, *ctx, l.decls, pos);
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
        Value* key = small_set(st, {{l.ctx, {}, ctx}, {st.s.name, {}, id}});
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
        st.lazy_apply(&unmatched_fn, small_set(st, {{l.ctx, {}, ctx}, {l.results, {}, rv}}));
    return small_set(
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
