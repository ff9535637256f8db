// builtins.hearthModuleDefsFinal: the definition pipeline of one option in
// the module system (share/hearth/lib/modules.nix, mergeDefinitions'
// `defsFinal'`): expand mkMerge, drop mkIf false, keep the definitions of
// the best mkOverride priority and sort them by mkOrder. The lib calls it
// when `builtins` has it and runs its plain-Nix code otherwise (Nix has no
// such builtin), so both must give the same values, in the same order,
// forcing the same things. It exists because this pipeline runs once per
// option and per attribute of every attrsOf, and spelled out in Nix it is
// a dozen small closures and attribute sets per definition.
#include "lang/builtins/module_syms.hh"
#include "lang/builtins/table.hh"

#include <algorithm>

namespace hearth::lang {

namespace {

constexpr int64_t default_override_priority = 100; // lib.modules.defaultOverridePriority
constexpr int64_t default_order_priority = 1000;   // lib.modules.defaultOrderPriority

// Runs f; an error leaving it gets the frame the lib's
// `addErrorContext "while evaluating definitions from `${d.file}':"` adds.
template <typename F> void with_file_context(EvalState& st, const Bindings* def, F f) {
    try {
        f();
    } catch (EvalError& e) {
        std::string file;
        if (const Attr* a = def->find(st.s.file)) {
            ContextBuilder ctx;
            file = st.coerce_to_string(*a->value, {}, "while evaluating a path segment", ctx,
                                       CoerceMore::No, CopyToStore::Yes);
        }
        e.add_trace({}, "while evaluating definitions from `" + file + "':", true);
        throw;
    }
}

// dischargeProperties: v's mkMerge contents flattened, mkIf conditions
// evaluated (false drops the content).
using Defs = SmallVec<Value*, 8>;

void discharge(EvalState& st, const ModuleSyms& m, Value& v, PosIdx pos, Defs& out) {
    st.force(v, pos);
    std::string_view t = m.type_of(st, v, pos);
    if (t == "merge") {
        const Bindings* b = v.attrs;
        const ListData* l =
            st.force_list(*require_attr(st, b, m.contents, "while selecting 'contents'")->value,
                          pos, "while evaluating the contents of a mkMerge");
        for (size_t i = 0; i < l->size; ++i) discharge(st, m, *l->elems[i], pos, out);
    } else if (t == "if") {
        const Bindings* b = v.attrs;
        Value& cond = *require_attr(st, b, m.condition, "while selecting 'condition'")->value;
        st.force(cond, pos);
        if (cond.type != Type::Bool)
            throw EvalError(ErrorKind::Throw,
                            "\u2018mkIf\u2019 called with a non-Boolean condition");
        if (cond.boolean)
            discharge(st, m, *require_attr(st, b, m.content, "while selecting 'content'")->value,
                      pos, out);
    } else {
        out.push_back(&v);
    }
}

Value* make_def(EvalState& st, Value* file, Value* value) {
    return small_set(st, {{st.s.file, {}, file}, {st.s.value, {}, value}});
}

// def with `value` replaced (def // { value = ...; }), plus `priority`
// when given.
Value* replace_value(EvalState& st, const ModuleSyms& m, Value& def, Value* value,
                     Value* priority) {
    Value* over = priority ? small_set(st, {{st.s.value, {}, value}, {m.priority, {}, priority}})
                           : small_set(st, {{st.s.value, {}, value}});
    Value* d = st.alloc_value();
    d->mk_attrs(st.update_attrs(def.attrs, over->attrs));
    return d;
}

Value* int_value(EvalState& st, int64_t n) {
    if (Value* v = st.small_int(n)) return v;
    Value* v = st.alloc_value();
    v->mk_int(n);
    return v;
}

Value& def_value(EvalState& st, Value& def, PosIdx pos) {
    const Bindings* b = st.force_attrs(def, pos, "while evaluating a definition");
    return *require_attr(st, b, st.s.value, "while selecting 'value'")->value;
}

// The second half, forced only with `values`: the kept definitions sorted by
// mkOrder when any of them has one (sortProperties), else as they are.
void sort_phase(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& m = ModuleSyms::get(st);
    const ListData* l = args[0]->list;
    bool any_order = false;
    for (size_t i = 0; i < l->size && !any_order; ++i) {
        Value& v = def_value(st, *l->elems[i], pos);
        st.force(v, pos);
        any_order = m.type_of(st, v, pos) == "order";
    }
    if (!any_order) {
        out = *args[0];
        return;
    }
    Defs defs, prios;
    for (size_t i = 0; i < l->size; ++i) {
        Value& def = *l->elems[i];
        Value& v = def_value(st, def, pos);
        Value* d = &def;
        if (m.type_of(st, v, pos) == "order")
            d = replace_value(
                st, m, def,
                require_attr(st, v.attrs, m.content, "while selecting 'content'")->value,
                require_attr(st, v.attrs, m.priority, "while selecting 'priority'")->value);
        defs.push_back(d);
        const Attr* p = d->attrs->find(m.priority);
        prios.push_back(p ? p->value : int_value(st, default_order_priority));
    }
    std::vector<size_t> order(defs.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return st.less_than(*prios[a], *prios[b], pos); });
    Defs sorted;
    for (size_t i : order) sorted.push_back(defs[i]);
    out = *list_value(st, sorted);
}

const PrimOp sort_phase_op = {"hearthModuleDefsSort", 1, sort_phase, nullptr};

void bi_defsFinal(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& m = ModuleSyms::get(st);
    const ListData* defs =
        st.force_list(*args[0], pos, "while evaluating the definitions of an option");
    Value* highest = nullptr;
    Value* values = nullptr;

    // Most options have one plain definition: it is the result as it is.
    if (defs->size == 1) {
        Value& d0 = *defs->elems[0];
        const Bindings* b = st.force_attrs(d0, pos, "while evaluating a definition");
        bool plain = false;
        with_file_context(st, b, [&] {
            Value& v = *require_attr(st, b, st.s.value, "while selecting 'value'")->value;
            st.force(v, pos);
            plain = !(v.type == Type::Attrs && v.attrs->find(m.type));
        });
        if (plain) {
            highest = int_value(st, default_override_priority);
            values = args[0];
        }
    }

    if (!values) {
        // Discharged and normalised: each a { file, value } (or a
        // mkDefinition record as it is), with its override priority.
        Defs normal, prio, stripped, found;
        for (size_t i = 0; i < defs->size; ++i) {
            Value& d = *defs->elems[i];
            const Bindings* b = st.force_attrs(d, pos, "while evaluating a definition");
            found.clear();
            with_file_context(st, b, [&] {
                discharge(st, m, *require_attr(st, b, st.s.value, "while selecting 'value'")->value,
                          pos, found);
            });
            Value* file = nullptr;
            for (Value* v : found) {
                Value* def;
                if (m.type_of(st, *v, pos) == "definition") {
                    def = v;
                } else {
                    if (!file)
                        file = require_attr(st, b, st.s.file, "while selecting 'file'")->value;
                    def = make_def(st, file, v);
                }
                Value& dv = def_value(st, *def, pos);
                st.force(dv, pos);
                if (m.type_of(st, dv, pos) == "override") {
                    prio.push_back(
                        require_attr(st, dv.attrs, m.priority, "while selecting 'priority'")
                            ->value);
                    Value* content =
                        require_attr(st, dv.attrs, m.content, "while selecting 'content'")->value;
                    Value* f = def->attrs->find(st.s.file) && def->attrs->size == 2
                                   ? def->attrs->find(st.s.file)->value
                                   : nullptr;
                    stripped.push_back(f ? make_def(st, f, content)
                                         : replace_value(st, m, *def, content, nullptr));
                } else {
                    prio.push_back(int_value(st, default_override_priority));
                    stripped.push_back(def);
                }
                normal.push_back(def);
            }
        }
        // filterOverrides': the numerically lowest priority wins.
        Defs kept;
        if (normal.size() == 1) {
            highest = prio[0];
            kept.push_back(stripped[0]);
        } else {
            Value* best = int_value(st, 9999);
            for (Value* p : prio)
                if (st.less_than(*p, *best, pos)) best = p;
            for (size_t i = 0; i < normal.size(); ++i)
                if (st.eq_values(*prio[i], *best, pos, "")) kept.push_back(stripped[i]);
            highest = best;
        }
        static Value sort_fn;
        sort_fn.mk_primop(&sort_phase_op);
        values = st.lazy_apply(&sort_fn, list_value(st, kept));
    }

    out = *small_set(st, {{m.highestPrio, {}, highest}, {m.values, {}, values}});
}

const PrimOp table[] = {
    {"hearthModuleDefsFinal", 1, bi_defsFinal,
     "The module system's definition pipeline for one option (lib.modules.mergeDefinitions)."},
};

} // namespace

const PrimOp module_defs_final_op = {"hearthModuleDefsFinal", 1, bi_defsFinal, nullptr};

std::span<const PrimOp> module_defs_builtins() {
    return table;
}

} // namespace hearth::lang
