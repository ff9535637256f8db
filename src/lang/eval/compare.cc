// Equality (==) and ordering (<, builtins.lessThan, sort's default).
#include "lang/state.hh"

namespace hearth::lang {

bool EvalState::eq_values(Value& a, Value& b, PosIdx pos, std::string_view errctx) {
    check_stack(); // two cyclic values
    // From no position, as Nix: a function applied by map, say, shows no
    // call site when an element is compared.
    force(a, {});
    force(b, {});
    // The same value is equal to itself, after forcing it (so a throwing
    // element still throws) — which is what makes [ f ] == [ f ] true for a
    // function f.
    if (&a == &b) return true;
    // Numbers compare across int and float.
    if (a.type == Type::Int && b.type == Type::Float) return double(a.integer) == b.fpoint;
    if (a.type == Type::Float && b.type == Type::Int) return a.fpoint == double(b.integer);
    if (a.type != b.type) return false;
    switch (a.type) {
    case Type::Int:
        return a.integer == b.integer;
    case Type::Float:
        return a.fpoint == b.fpoint;
    case Type::Bool:
        return a.boolean == b.boolean;
    case Type::Null:
        return true;
    case Type::String: // context is ignored
    case Type::Path:
        return a.str == b.str || a.str->view() == b.str->view();
    case Type::List: {
        if (a.list->size != b.list->size) return false;
        for (size_t i = 0; i < a.list->size; ++i)
            if (!eq_values(*a.list->elems[i], *b.list->elems[i], pos, errctx)) return false;
        return true;
    }
    case Type::Attrs: {
        // Two derivations are equal when their outPaths are.
        if (is_derivation(a) && is_derivation(b)) {
            const Attr* oa = a.attrs->find(s.outPath);
            const Attr* ob = b.attrs->find(s.outPath);
            if (oa && ob) return eq_values(*oa->value, *ob->value, pos, errctx);
        }
        if (a.attrs->size != b.attrs->size) return false;
        const Attr* xs = a.attrs->begin();
        const Attr* ys = b.attrs->begin();
        for (uint32_t i = 0; i < a.attrs->size; ++i) {
            const Attr& x = xs[i];
            const Attr& y = ys[i];
            if (x.name != y.name) return false;
            if (!eq_values(*x.value, *y.value, pos, errctx)) return false;
        }
        return true;
    }
    case Type::Lambda:
    case Type::PrimOp:
    case Type::PrimOpApp:
        return false;
    default:
        return false;
    }
}

bool EvalState::less_than(Value& a, Value& b, PosIdx pos) {
    check_stack(); // two cyclic lists
    force(a, pos);
    force(b, pos);
    if (a.type == Type::Int && b.type == Type::Int) return a.integer < b.integer;
    if ((a.type == Type::Int || a.type == Type::Float) &&
        (b.type == Type::Int || b.type == Type::Float)) {
        double x = a.type == Type::Int ? double(a.integer) : a.fpoint;
        double y = b.type == Type::Int ? double(b.integer) : b.fpoint;
        return x < y;
    }
    if (a.type == Type::String && b.type == Type::String) return a.str->view() < b.str->view();
    if (a.type == Type::Path && b.type == Type::Path) return a.str->view() < b.str->view();
    if (a.type == Type::List && b.type == Type::List) {
        size_t n = std::min(a.list->size, b.list->size);
        for (size_t i = 0; i < n; ++i) {
            Value& x = *a.list->elems[i];
            Value& y = *b.list->elems[i];
            if (eq_values(x, y, pos, "")) continue;
            try {
                return less_than(x, y, {});
            } catch (EvalError& e) {
                e.add_trace({}, "while comparing two list elements");
                throw;
            }
        }
        return a.list->size < b.list->size;
    }
    std::string msg = std::string("cannot compare ") + show_type(a) + " with " + show_type(b);
    if (a.type == b.type) msg += "; values of that type are incomparable";
    throw EvalError(ErrorKind::Type, msg);
}

} // namespace hearth::lang
