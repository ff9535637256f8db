// Type predicates and typeOf.
#include "lang/builtins/table.hh"

namespace hearth::lang {

namespace {

template <Type T> void is_type(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.force(*args[0], pos);
    out.mk_bool(args[0]->type == T);
}

void bi_isFunction(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.force(*args[0], pos);
    out.mk_bool(args[0]->is_function());
}

void bi_typeOf(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.force(*args[0], pos);
    st.mk_string(out, type_name(args[0]->type));
}

const PrimOp table[] = {
    {"isAttrs", 1, is_type<Type::Attrs>, "Whether a value is a set."},
    {"isBool", 1, is_type<Type::Bool>, "Whether a value is a Boolean."},
    {"isFloat", 1, is_type<Type::Float>, "Whether a value is a float."},
    {"isFunction", 1, bi_isFunction, "Whether a value is a function."},
    {"isInt", 1, is_type<Type::Int>, "Whether a value is an integer."},
    {"isList", 1, is_type<Type::List>, "Whether a value is a list."},
    {"isNull", 1, is_type<Type::Null>, "Whether a value is null."},
    {"isPath", 1, is_type<Type::Path>, "Whether a value is a path."},
    {"isString", 1, is_type<Type::String>, "Whether a value is a string."},
    {"typeOf", 1, bi_typeOf,
     "The type of a value: int, bool, string, path, null, set, list, lambda or float."},
};

} // namespace

std::span<const PrimOp> types_builtins() {
    return table;
}

} // namespace hearth::lang
