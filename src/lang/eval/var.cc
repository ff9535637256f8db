// Variables: binding names to (level, slot) after parsing, and looking them
// up at run time, including the dynamic search of `with` scopes.
#include "lang/state.hh"

#include <algorithm>

namespace hearth::lang {

const std::pair<Symbol, uint32_t>* StaticEnv::find(Symbol s) const {
    auto it = std::lower_bound(vars.begin(), vars.end(), s,
                               [](const auto& p, Symbol x) { return p.first.id < x.id; });
    return it != vars.end() && it->first == s ? &*it : nullptr;
}

Value* Expr::maybe_thunk(EvalState& st, Env* env) {
    st.note_capture(env);
    Value* v = st.alloc_value();
    v->mk_thunk(env, this);
    return v;
}

void ExprVar::bind(EvalState& st, const StaticEnv& env) {
    uint32_t level = 0;
    const ExprWith* first_with = nullptr;
    uint32_t with_level = 0;
    for (const StaticEnv* e = &env; e; e = e->up, ++level) {
        if (e->with) {
            if (!first_with) first_with = e->with, with_level = level;
            continue;
        }
        if (auto* v = e->find(name)) {
            this->level = level;
            displ = v->second;
            from_with = false;
            return;
        }
    }
    if (!first_with)
        throw EvalError(ErrorKind::UndefinedVar, "undefined variable '" + st.symbols[name] + "'",
                        pos);
    from_with = true;
    with = first_with;
    this->level = with_level;
}

Value* ExprVar::lookup(EvalState& st, Env* env) {
    for (uint32_t l = level; l; --l) env = env->up;
    if (!from_with) return env->values[displ];
    const ExprWith* w = with;
    while (true) {
        Value* scope = env->values[0];
        const Bindings* b;
        try {
            b = st.force_attrs(*scope, w->pos, "");
        } catch (EvalError& e) {
            e.add_trace(w->pos, "while evaluating the first subexpression of a with expression");
            throw;
        }
        if (const Attr* a = b->find(name)) return a->value;
        if (!w->parent_with)
            throw EvalError(ErrorKind::UndefinedVar,
                            "undefined variable '" + st.symbols[name] + "'", pos);
        for (uint32_t l = w->prev_with_distance; l; --l) env = env->up;
        w = w->parent_with;
    }
}

void ExprVar::eval(EvalState& st, Env* env, Value& out) {
    Value* v;
    if (!from_with) {
        for (uint32_t l = level; l; --l) env = env->up;
        v = env->values[displ];
    } else {
        v = lookup(st, env);
    }
    st.force(*v, pos);
    out = *v;
}

bool ExprVar::known_int(Env* env, int64_t& n) const {
    if (from_with) return false;
    for (uint32_t l = level; l; --l) env = env->up;
    const Value* v = env->values[displ];
    if (!v || v->type != Type::Int) return false;
    n = v->integer;
    return true;
}

Value* ExprVar::maybe_thunk(EvalState& st, Env* env) {
    // A lexical variable shares its slot: forcing either forces both.
    // In a rec set or let being built, a later slot may still be empty;
    // then a thunk stands in for it.
    if (!from_with) {
        Env* e = env;
        for (uint32_t l = level; l; --l) e = e->up;
        if (Value* v = e->values[displ]) return v;
    }
    return Expr::maybe_thunk(st, env);
}

} // namespace hearth::lang
