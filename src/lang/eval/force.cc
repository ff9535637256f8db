// Forcing: turning thunks into values, and checking the type of the result.
#include "lang/state.hh"

#include <unordered_set>

namespace hearth::lang {

[[noreturn, gnu::noinline, gnu::cold]] static void infinite_recursion(PosIdx pos) {
    throw EvalError(ErrorKind::InfiniteRecursion, "infinite recursion encountered", pos);
}

// An application made by map, genList, mapAttrs... (Out of line, so that a
// chain of thunks forced thousands deep has small frames: see
// ExprSelect::eval.)
[[gnu::noinline]] static void force_app(EvalState& st, Value& v, PosIdx pos) {
    Value saved = v;
    Value* f = v.app.left;
    v.type = Type::Blackhole;
    try {
        if (saved.app_index) {
            Value* iv = st.small_int(saved.app.index); // shared, for the first thousand
            if (!iv) {
                iv = st.alloc_value();
                iv->mk_int(saved.app.index);
            }
            st.call_function(*f, *iv, v, pos);
        } else if (saved.app_name) {
            // Called from where it is forced, as Nix's App(App(f, name), x),
            // whose inner application is a call of its own, one deeper,
            // made (and counted toward max-call-depth) before f's body runs.
            if (st.call_depth >= st.options.max_call_depth) max_call_depth_exceeded(st, pos);
            Value* args[2] = {st.symbol_value(Symbol{saved.app_name}), saved.app.arg};
            st.call_function(*f, 2, args, v, pos);
        } else {
            st.call_function(*f, *saved.app.arg, v, pos);
        }
    } catch (...) {
        v = saved;
        throw;
    }
}

void EvalState::force_slow(Value& v, PosIdx pos) {
    if (v.type == Type::Blackhole) infinite_recursion(pos);
    if (v.type == Type::App) return force_app(*this, v, pos);
    Env* env = v.thunk.env;
    Expr* e = v.thunk.expr;
    v.type = Type::Blackhole;
    try {
        e->eval(*this, env, v);
    } catch (...) {
        // Restore the thunk so that a later force (after tryEval, say)
        // evaluates it again instead of reporting infinite recursion.
        v.mk_thunk(env, e);
        throw;
    }
}

// Forces every value reachable from v. A set or list already visited is
// skipped, so cyclic structures (a set containing itself) terminate.
static void force_deep_rec(EvalState& st, Value& v, std::unordered_set<const void*>& seen) {
    st.force(v, v.type == Type::App ? value_pos(v, {}) : PosIdx{});
    if (v.type == Type::Attrs) {
        if (!seen.insert(v.attrs).second) return;
        for (auto& a : *v.attrs) {
            try {
                force_deep_rec(st, *a.value, seen);
            } catch (EvalError& e) {
                e.add_trace(a.pos, "while evaluating the attribute '" + st.symbols[a.name] + "'");
                throw;
            }
        }
    } else if (v.type == Type::List) {
        if (!seen.insert(v.list).second) return;
        for (size_t i = 0; i < v.list->size; ++i) force_deep_rec(st, *v.list->elems[i], seen);
    }
}

void EvalState::force_deep(Value& v) {
    std::unordered_set<const void*> seen;
    force_deep_rec(*this, v, seen);
}

[[noreturn]] static void wrong(EvalState& st, const char* expected, Value& v, PosIdx pos,
                               std::string_view ctx) {
    st.throw_type_error(expected, v, pos, ctx);
}

// Nix's forceInt, forceFloat, forceBool, forceFunction and forceString add
// their frame to a failure to evaluate the value as well (forceList and
// forceAttrs only to the type error).
static void force_framed(EvalState& st, Value& v, PosIdx pos, std::string_view ctx) {
    if (!v.is_thunk() && v.type != Type::Blackhole) return;
    try {
        st.force(v, pos);
    } catch (EvalError& e) {
        if (!ctx.empty()) e.add_trace({}, std::string(ctx));
        throw;
    }
}

int64_t EvalState::force_int(Value& v, PosIdx pos, std::string_view ctx) {
    force_framed(*this, v, pos, ctx);
    if (v.type != Type::Int) wrong(*this, "an integer", v, pos, ctx);
    return v.integer;
}

double EvalState::force_float(Value& v, PosIdx pos, std::string_view ctx) {
    force_framed(*this, v, pos, ctx);
    if (v.type == Type::Int) return double(v.integer);
    if (v.type != Type::Float) wrong(*this, "a float", v, pos, ctx);
    return v.fpoint;
}

bool EvalState::force_bool(Value& v, PosIdx pos, std::string_view ctx) {
    force_framed(*this, v, pos, ctx);
    if (v.type != Type::Bool) wrong(*this, "a Boolean", v, pos, ctx);
    return v.boolean;
}

const Bindings* EvalState::force_attrs(Value& v, PosIdx pos, std::string_view ctx) {
    force(v, pos);
    if (v.type != Type::Attrs) wrong(*this, "a set", v, pos, ctx);
    return v.attrs;
}

const ListData* EvalState::force_list(Value& v, PosIdx pos, std::string_view ctx) {
    force(v, pos);
    if (v.type != Type::List) wrong(*this, "a list", v, pos, ctx);
    return v.list;
}

void EvalState::force_function(Value& v, PosIdx pos, std::string_view ctx) {
    force_framed(*this, v, pos, ctx);
    if (v.is_function()) return;
    if (v.type == Type::Attrs && v.attrs->find(s.functor)) return;
    wrong(*this, "a function", v, pos, ctx);
}

std::string_view EvalState::force_string(Value& v, PosIdx pos, std::string_view errctx,
                                         ContextBuilder* ctx) {
    force_framed(*this, v, pos, errctx);
    if (v.type != Type::String) wrong(*this, "a string", v, pos, errctx);
    if (ctx) ctx->add(v.str->context);
    return v.str->view();
}

std::string_view EvalState::force_string_no_ctx(Value& v, PosIdx pos, std::string_view errctx) {
    std::string_view s = force_string(v, pos, errctx);
    if (v.str->context) {
        std::string what(v.str->context->items[0]);
        error(ErrorKind::Eval, pos,
              "the string '" + std::string(s) +
                  "' is not allowed to refer to a store path (such as '" + what + "')");
    }
    return s;
}

bool EvalState::is_derivation(Value& v) {
    if (v.type != Type::Attrs) return false;
    const Attr* t = v.attrs->find(s.type);
    if (!t) return false;
    force(*t->value, t->pos);
    return t->value->type == Type::String && t->value->str->view() == "derivation";
}

} // namespace hearth::lang
