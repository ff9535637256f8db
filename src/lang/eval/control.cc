// Control flow: if, assert, with, and the lazy Boolean operators.
#include "lang/eval/assert_explain.hh"
#include "lang/state.hh"

#include <sstream>

namespace hearth::lang {

void ExprIf::bind(EvalState& st, const StaticEnv& env) {
    cond->bind(st, env);
    then->bind(st, env);
    else_->bind(st, env);
}

// The frame names the condition whatever failed in it, as Nix's evalBool does.
static bool eval_bool(EvalState& st, Expr* e, Env* env, PosIdx pos, const char* trace) {
    Value v;
    try {
        e->eval(st, env, v);
    } catch (EvalError& err) {
        err.add_trace(pos, trace);
        throw;
    }
    if (v.type != Type::Bool) {
        EvalError err(ErrorKind::Type,
                      std::string("expected a Boolean but found ") + show_type(v) + ": " +
                          st.show_value_short(v),
                      pos);
        err.add_trace(pos, trace);
        throw err;
    }
    return v.boolean;
}

void ExprIf::eval(EvalState& st, Env* env, Value& out) {
    if (eval_bool(st, cond, env, pos, "while evaluating a branch condition"))
        then->eval(st, env, out);
    else
        else_->eval(st, env, out);
}

void ExprAssert::bind(EvalState& st, const StaticEnv& env) {
    cond->bind(st, env);
    body->bind(st, env);
}

void ExprAssert::eval(EvalState& st, Env* env, Value& out) {
    if (!eval_bool(st, cond, env, pos, "in the condition of the assert statement")) {
        std::ostringstream shown;
        cond->show(st, shown);
        // For `a == b`, say which parts differ (evaluating both sides again,
        // as Nix does; their thunks are already forced).
        if (auto* eq = dynamic_cast<ExprBinOp*>(cond); eq && eq->op == BinOp::Eq) {
            try {
                Value a, b;
                eq->lhs->eval(st, env, a);
                eq->rhs->eval(st, env, b);
                explain_unequal(st, a, b);
            } catch (EvalError& e) {
                if (e.kind != ErrorKind::Assert) throw;
                e.add_trace(pos, "while evaluating the condition of the assertion '" + shown.str() +
                                     "'");
                throw;
            }
        }
        throw EvalError(ErrorKind::Assert, "assertion '" + shown.str() + "' failed", pos);
    }
    body->eval(st, env, out);
}

void ExprWith::bind(EvalState& st, const StaticEnv& env) {
    attrs->bind(st, env);
    // Find the next enclosing `with`, counting the scopes in between.
    uint32_t distance = 1;
    for (const StaticEnv* e = &env; e; e = e->up, ++distance) {
        if (e->with) {
            parent_with = e->with;
            prev_with_distance = distance;
            break;
        }
    }
    StaticEnv inner;
    inner.up = &env;
    inner.with = this;
    body->bind(st, inner);
}

void ExprWith::eval(EvalState& st, Env* env, Value& out) {
    st.note_capture(env);
    Env* scope = st.alloc_env(1);
    scope->up = env;
    scope->values[0] = attrs->maybe_thunk(st, env);
    body->eval(st, scope, out);
}

void ExprNot::bind(EvalState& st, const StaticEnv& env) {
    e->bind(st, env);
}

// Nix reports `!e` at e's own position.
void ExprNot::eval(EvalState& st, Env* env, Value& out) {
    out.mk_bool(!eval_bool(st, e, env, e->nix_pos(), "in the argument of the not operator"));
}

} // namespace hearth::lang
