// Explaining a failed `assert a == b`, as current Nix does: instead of only
// "assertion '...' failed", name the first difference between the sides
// ("string '"a"' is not equal to string '"b"'") under frames saying where it
// is ("while comparing attribute 'b'", "where left hand side is"...).
//
// The walk follows ==  (eval/compare.cc) step for step, so it stops at the
// same difference and forces nothing == did not force. Nix's `==` node has
// no position, so the "while comparing" frames carry none either.
#include "lang/eval/assert_explain.hh"

#include "lang/state.hh"

namespace hearth::lang {

[[noreturn]] static void unequal(std::string msg) {
    throw EvalError(ErrorKind::Assert, std::move(msg));
}

// "an integer with value '1'": the type, then the value as errors print it.
static std::string described(EvalState& st, Value& v, const char* joiner) {
    return std::string(show_type(v)) + joiner + "'" + st.show_value_short(v) + "'";
}

static void explain_lists(EvalState& st, Value& a, Value& b) {
    if (a.list->size != b.list->size)
        unequal("list of size '" + std::to_string(a.list->size) +
                "' is not equal to list of size '" + std::to_string(b.list->size) +
                "', left hand side is '" + st.show_value_short(a) + "', right hand side is '" +
                st.show_value_short(b) + "'");
    for (size_t i = 0; i < a.list->size; ++i) {
        try {
            explain_unequal(st, *a.list->elems[i], *b.list->elems[i]);
        } catch (EvalError& e) {
            e.add_trace({}, "while comparing list element " + std::to_string(i));
            throw;
        }
    }
}

static void explain_attrs(EvalState& st, Value& a, Value& b) {
    if (st.is_derivation(a) && st.is_derivation(b)) {
        const Attr* oa = a.attrs->find(st.s.outPath);
        const Attr* ob = b.attrs->find(st.s.outPath);
        if (oa && ob) {
            try {
                explain_unequal(st, *oa->value, *ob->value);
                return;
            } catch (EvalError& e) {
                e.add_trace({}, "while comparing a derivation by its 'outPath' attribute");
                throw;
            }
        }
    }
    if (a.attrs->size != b.attrs->size)
        unequal("attribute names of attribute set '" + st.show_value_short(a) +
                "' differs from attribute set '" + st.show_value_short(b) + "'");
    // Both sets are sorted by symbol id, as Nix's are; the first mismatch
    // in that order is a name one side lacks, but which side is unknown.
    for (uint32_t n = 0; n < a.attrs->size; ++n) {
        const Attr& x = (*a.attrs)[n];
        const Attr& y = (*b.attrs)[n];
        if (x.name != y.name) {
            if (!b.attrs->find(x.name))
                unequal("attribute name '" + st.symbols[x.name] + "' is contained in '" +
                        st.show_value_short(a) + "', but not in '" + st.show_value_short(b) + "'");
            unequal("attribute name '" + st.symbols[y.name] + "' is missing in '" +
                    st.show_value_short(a) + "', but is contained in '" + st.show_value_short(b) +
                    "'");
        }
        try {
            explain_unequal(st, *x.value, *y.value);
        } catch (EvalError& e) {
            // Added innermost first: printed as left, right, then the name.
            if (y.pos) e.add_trace(y.pos, "where right hand side is");
            if (x.pos) e.add_trace(x.pos, "where left hand side is");
            e.add_trace({}, "while comparing attribute '" + st.symbols[x.name] + "'");
            throw;
        }
    }
}

void explain_unequal(EvalState& st, Value& a, Value& b) {
    st.force(a, {});
    st.force(b, {});
    bool a_num = a.type == Type::Int || a.type == Type::Float;
    bool b_num = b.type == Type::Int || b.type == Type::Float;
    if (a_num && b_num && a.type != b.type) {
        double x = a.type == Type::Int ? double(a.integer) : a.fpoint;
        double y = b.type == Type::Int ? double(b.integer) : b.fpoint;
        if (x == y) return;
        unequal(described(st, a, " with value ") + " is not equal to " +
                described(st, b, " with value "));
    }
    if (a.type != b.type && !(a.is_function() && b.is_function()))
        unequal(described(st, a, " of value ") + " is not equal to " +
                described(st, b, " of value "));
    switch (a.type) {
    case Type::Int:
        if (a.integer != b.integer)
            unequal(described(st, a, " with value ") + " is not equal to " +
                    described(st, b, " with value "));
        return;
    case Type::Float:
        if (a.fpoint != b.fpoint)
            unequal(described(st, a, " with value ") + " is not equal to " +
                    described(st, b, " with value "));
        return;
    case Type::Bool:
        if (a.boolean != b.boolean)
            unequal(std::string("boolean '") + (a.boolean ? "true" : "false") +
                    "' is not equal to boolean '" + (b.boolean ? "true" : "false") + "'");
        return;
    case Type::String:
        if (a.str->view() != b.str->view())
            unequal("string '" + st.show_value_short(a) + "' is not equal to string '" +
                    st.show_value_short(b) + "'");
        return;
    case Type::Path:
        if (a.str->view() != b.str->view())
            unequal("path '" + st.show_value_short(a) + "' is not equal to path '" +
                    st.show_value_short(b) + "'");
        return;
    case Type::List:
        explain_lists(st, a, b);
        return;
    case Type::Attrs:
        explain_attrs(st, a, b);
        return;
    case Type::Lambda:
    case Type::PrimOp:
    case Type::PrimOpApp:
        unequal("distinct functions and immediate comparisons of identical functions compare as "
                "unequal");
    default:
        return;
    }
}

} // namespace hearth::lang
