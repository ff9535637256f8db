// builtins.hearthModuleMergeDefinitions: the record lib.modules.
// mergeDefinitions returns for one option or element (share/hearth/lib/
// modules.nix), { defsFinal', defsFinal, isDefined, mergedValue,
// checkedAndMerged, optionalValue }, every field lazy as in the lib's `rec`
// set, computed here instead of in a dozen closures.
//
//   hearthModuleMergeDefinitions plain loc type defs
//
// `plain` is the lib's own mergeDefinitions. Wherever the result is an error
// (a definition not of the type, no value, a malformed v2 merge), the field
// is taken from `plain loc type defs` instead, so the message is the lib's;
// Nix always runs `plain`.
#include "lang/builtins/module_syms.hh"
#include "lang/builtins/table.hh"

namespace hearth::lang {

namespace {

Value& get(EvalState& st, Value& set, Symbol name, PosIdx pos) {
    return forced_field(st, set, name, pos, "while evaluating a mergeDefinitions record",
                        "while selecting a field of a mergeDefinitions record");
}

// The field of `plain loc type defs`: the lib's answer, errors included.
void from_plain(EvalState& st, const ModuleSyms& d, Value& ctx, Symbol field, PosIdx pos,
                Value& out) {
    Value* a[3] = {&get(st, ctx, d.loc, pos), &get(st, ctx, d.opt_type, pos),
                   &get(st, ctx, d.defs, pos)};
    Value rec;
    st.call_function(get(st, ctx, d.plain, pos), 3, a, rec, pos);
    out = get(st, rec, field, pos);
}

bool is_defined(EvalState& st, const ModuleSyms& d, Value& ctx, PosIdx pos) {
    Value& defsFinal = get(st, ctx, d.defsFinal, pos);
    return st.force_list(defsFinal, pos, "while evaluating the final definitions")->size != 0;
}

// type.merge ? v2
bool is_v2(EvalState& st, const ModuleSyms& d, Value& type, PosIdx pos) {
    Value& merge = get(st, type, d.merge, pos);
    return merge.type == Type::Attrs && merge.attrs->find(d.v2);
}

void defs_values(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& d = ModuleSyms::get(st);
    out = get(st, *args[0], d.values, pos);
}
const PrimOp defs_values_op = {"hearthModuleDefsValues", 1, defs_values, nullptr};

void is_defined_op_fn(EvalState& st, PosIdx pos, Value** args, Value& out) {
    out.mk_bool(is_defined(st, ModuleSyms::get(st), *args[0], pos));
}
const PrimOp is_defined_op = {"hearthModuleIsDefined", 1, is_defined_op_fn, nullptr};

void merged_value(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& d = ModuleSyms::get(st);
    Value& ctx = *args[0];
    Value& type = get(st, ctx, d.opt_type, pos);
    if (!is_defined(st, d, ctx, pos)) {
        Value& empty = get(st, type, d.emptyValue, pos);
        if (empty.type == Type::Attrs)
            if (const Attr* v = empty.attrs->find(st.s.value)) {
                st.force(*v->value, pos);
                out = *v->value;
                return;
            }
        return from_plain(st, d, ctx, d.mergedValue, pos, out);
    }
    if (is_v2(st, d, type, pos)) {
        Value& cm = get(st, ctx, d.cm, pos);
        const Attr* he = cm.attrs->find(d.headError);
        if (he) st.force(*he->value, pos);
        if (he && he->value->type != Type::Null)
            return from_plain(st, d, ctx, d.mergedValue, pos, out);
        out = get(st, cm, st.s.value, pos);
        return;
    }
    Value& check = get(st, type, d.check, pos);
    Value& defsFinal = get(st, ctx, d.defsFinal, pos);
    const ListData* l = defsFinal.list;
    for (size_t i = 0; i < l->size; ++i) {
        Value r;
        st.call_function(check, get(st, *l->elems[i], st.s.value, pos), r, pos);
        st.force(r, pos);
        if (r.type != Type::Bool || !r.boolean)
            return from_plain(st, d, ctx, d.mergedValue, pos, out);
    }
    Value* a[2] = {&get(st, ctx, d.loc, pos), &defsFinal};
    st.call_function(get(st, type, d.merge, pos), 2, a, out, pos);
    st.force(out, pos);
}
const PrimOp merged_value_op = {"hearthModuleMergedValue", 1, merged_value, nullptr};

// r.valueMeta // { _internal = { inherit type; }; }
void value_meta(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& d = ModuleSyms::get(st);
    Value& ctx = *args[0];
    Value& r = get(st, ctx, d.cm, pos);
    if (!r.attrs->find(d.valueMeta)) {
        // The lib's error for a v2 merge without valueMeta.
        Value cm;
        from_plain(st, d, get(st, ctx, d.plain, pos), d.checkedAndMerged, pos, cm);
        out = get(st, cm, d.valueMeta, pos);
        return;
    }
    Value& meta = get(st, r, d.valueMeta, pos);
    const Bindings* mb = st.force_attrs(meta, pos, "while evaluating valueMeta");
    Value* internal = small_set(st, {{d.opt_type, {}, &get(st, ctx, d.opt_type, pos)}});
    out.mk_attrs(st.update_attrs(mb, small_set(st, {{d.internal, {}, internal}})->attrs));
}
const PrimOp value_meta_op = {"hearthModuleValueMeta", 1, value_meta, nullptr};

void checked_and_merged(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& d = ModuleSyms::get(st);
    Value& ctx = *args[0];
    Value& type = get(st, ctx, d.opt_type, pos);
    if (!is_v2(st, d, type, pos)) {
        Value* null = st.alloc_value();
        Value* empty = st.alloc_value();
        empty->mk_attrs(st.alloc_bindings(0));
        out = *small_set(
            st, {{d.headError, {}, null},
                 {st.s.value, {}, require_attr(st, ctx.attrs, d.mv, "while selecting 'mv'")->value},
                 {d.valueMeta, {}, empty}});
        return;
    }
    Value& check = get(st, type, d.check, pos);
    const Attr* coherent = check.type == Type::Attrs ? check.attrs->find(d.coherent) : nullptr;
    if (coherent) st.force(*coherent->value, pos);
    if (!coherent || coherent->value->type != Type::Bool || !coherent->value->boolean)
        return from_plain(st, d, ctx, d.checkedAndMerged, pos, out);
    Value* arg = small_set(st, {{d.loc, {}, &get(st, ctx, d.loc, pos)},
                                {d.defs, {}, require_attr(st, ctx.attrs, d.defsFinal, "")->value}});
    Value* r = st.alloc_value();
    st.call_function(get(st, get(st, type, d.merge, pos), d.v2, pos), *arg, *r, pos);
    const Bindings* rb = st.force_attrs(*r, pos, "while evaluating the result of a v2 merge");
    // The lib's `shape` accepts exactly headError, value and valueMeta
    // (valueMeta being added anyway).
    uint32_t known = 0;
    for (const Attr& a : *rb)
        if (a.name == d.headError || a.name == st.s.value || a.name == d.valueMeta) ++known;
    if (known != rb->size || !rb->find(d.headError) || !rb->find(st.s.value))
        return from_plain(st, d, ctx, d.checkedAndMerged, pos, out);
    static Value meta_fn;
    meta_fn.mk_primop(&value_meta_op);
    Value* meta_ctx = small_set(st, {{d.cm, {}, r}, {d.opt_type, {}, &type}, {d.plain, {}, &ctx}});
    out.mk_attrs(st.update_attrs(
        rb, small_set(st, {{d.valueMeta, {}, st.lazy_apply(&meta_fn, meta_ctx)}})->attrs));
}
const PrimOp checked_and_merged_op = {"hearthModuleCheckedAndMerged", 1, checked_and_merged,
                                      nullptr};

void optional_value(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& d = ModuleSyms::get(st);
    Value& ctx = *args[0];
    if (!is_defined(st, d, ctx, pos)) {
        out.mk_attrs(st.alloc_bindings(0));
        return;
    }
    out = *small_set(
        st, {{st.s.value, {}, require_attr(st, ctx.attrs, d.mv, "while selecting 'mv'")->value}});
}
const PrimOp optional_value_op = {"hearthModuleOptionalValue", 1, optional_value, nullptr};

void bi_mergeDefinitions(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& d = ModuleSyms::get(st);
    static Value defs_final_fn, values_fn, defined_fn, mv_fn, cm_fn, ov_fn;
    defs_final_fn.mk_primop(&module_defs_final_op);
    values_fn.mk_primop(&defs_values_op);
    defined_fn.mk_primop(&is_defined_op);
    mv_fn.mk_primop(&merged_value_op);
    cm_fn.mk_primop(&checked_and_merged_op);
    ov_fn.mk_primop(&optional_value_op);

    Value* defsFinal_ = st.lazy_apply(&defs_final_fn, args[3]);
    Value* defsFinal = st.lazy_apply(&values_fn, defsFinal_);
    Value* mv = st.alloc_value();
    Value* cm = st.alloc_value();
    Value* ctx = small_set(st, {{d.plain, {}, args[0]},
                                {d.loc, {}, args[1]},
                                {d.opt_type, {}, args[2]},
                                {d.defs, {}, args[3]},
                                {d.defsFinal, {}, defsFinal},
                                {d.mv, {}, mv},
                                {d.cm, {}, cm}});
    mv->mk_lazy_app(&mv_fn, ctx);
    cm->mk_lazy_app(&cm_fn, ctx);
    out = *small_set(st, {{d.defsFinal_, {}, defsFinal_},
                          {d.defsFinal, {}, defsFinal},
                          {d.isDefined, {}, st.lazy_apply(&defined_fn, ctx)},
                          {d.mergedValue, {}, mv},
                          {d.checkedAndMerged, {}, cm},
                          {d.optionalValue, {}, st.lazy_apply(&ov_fn, ctx)}});
}

const PrimOp table[] = {
    {"hearthModuleMergeDefinitions", 4, bi_mergeDefinitions,
     "lib.modules.mergeDefinitions' record, its fields computed natively (errors from the lib's "
     "own)."},
};

} // namespace

std::span<const PrimOp> module_definitions_builtins() {
    return table;
}

} // namespace hearth::lang
