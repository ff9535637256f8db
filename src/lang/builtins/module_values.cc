// Two small helpers of evalModules (share/hearth/lib/modules.nix):
//
//   hearthModuleReverse xs         -> xs reversed (the merge order of the
//                                     collected modules)
//   hearthModuleOptionValues tree  -> the option tree with each option
//                                     replaced by its value (optionValues)
//
// Both are as lazy as the lib's genList/mapAttrs versions, which Nix runs.
#include "lang/builtins/module_syms.hh"
#include "lang/builtins/table.hh"

namespace hearth::lang {

namespace {

void bi_reverse(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = st.force_list(*args[0], pos, "while evaluating the list to reverse");
    ListData* r = st.alloc_list(l->size);
    for (size_t i = 0; i < l->size; ++i) r->elems[i] = l->elems[l->size - 1 - i];
    out.mk_list(r);
}

void bi_optionValues(EvalState& st, PosIdx pos, Value** args, Value& out);
const PrimOp option_values_op = {"hearthModuleOptionValues", 1, bi_optionValues,
                                 "An option tree's values (lib.modules' optionValues)."};

// One node: an option's value, else the values of the subtree.
void node_value(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& m = ModuleSyms::get(st);
    Value& v = *args[0];
    st.force(v, pos);
    if (m.type_of(st, v, pos) == "option") {
        Value& value = *require_attr(st, v.attrs, st.s.value, "while selecting 'value'")->value;
        st.force(value, pos);
        out = value;
        return;
    }
    bi_optionValues(st, pos, args, out);
}
const PrimOp node_value_op = {"hearthModuleOptionValue", 1, node_value, nullptr};

void bi_optionValues(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const Bindings* b = st.force_attrs(*args[0], pos, "while evaluating an option tree");
    static Value node_fn;
    node_fn.mk_primop(&node_value_op);
    Bindings* r = st.alloc_bindings(b->size);
    uint32_t n = 0;
    for (const Attr& a : *b) r->attrs[n++] = {a.name, a.pos, st.lazy_apply(&node_fn, a.value)};
    r->size = n;
    out.mk_attrs(r);
}

const PrimOp table[] = {
    {"hearthModuleReverse", 1, bi_reverse, "A list reversed (lib.modules' reverseList)."},
    option_values_op,
};

} // namespace

std::span<const PrimOp> module_values_builtins() {
    return table;
}

} // namespace hearth::lang
