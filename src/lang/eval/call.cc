// Functions: lambdas, calls, argument matching, primop application and
// `__functor` sets.
#include "lang/interrupt.hh"
#include "lang/state.hh"
#include "lang/suggest.hh"

#include <algorithm>

namespace hearth::lang {

void ExprLambda::bind(EvalState& st, const StaticEnv& env) {
    StaticEnv inner;
    inner.up = &env;
    for (uint32_t i = 0; i < formals.size(); ++i) inner.vars.push_back({formals[i].name, i});
    if (arg) inner.vars.push_back({arg, uint32_t(formals.size())});
    std::sort(inner.vars.begin(), inner.vars.end(),
              [](const auto& a, const auto& b) { return a.first.id < b.first.id; });
    for (auto& f : formals)
        if (f.def) f.def->bind(st, inner);
    body->bind(st, inner);
    inner_lambda = dynamic_cast<ExprLambda*>(body);
}

void ExprLambda::eval(EvalState& st, Env* env, Value& out) {
    st.note_capture(env);
    out.mk_lambda(env, this);
}

Value* ExprLambda::maybe_thunk(EvalState& st, Env* env) {
    if (st.options.nix_thunks) return Expr::maybe_thunk(st, env);
    st.note_capture(env);
    Value* v = st.alloc_value();
    v->mk_lambda(env, this);
    return v;
}

void ExprCall::bind(EvalState& st, const StaticEnv& env) {
    fn->bind(st, env);
    for (auto* a : args) a->bind(st, env);
}

namespace {
bool call_lambda(EvalState& st, Value& fn, Value& arg, Value& out, PosIdx pos,
                 Value* next = nullptr);
}

void ExprCall::eval(EvalState& st, Env* env, Value& out) {
    Value vfn;
    fn->eval(st, env, vfn);
    size_t n = args.size();
    // `f x` and `f x y` of a lambda (`x: y: ...` for two): what
    // call_function would do, without its general loop.
    if (vfn.type == Type::Lambda && (n == 1 || (n == 2 && vfn.lambda.fn->inner_lambda))) {
        Value* a = args[0]->maybe_thunk(st, env);
        Value* b = n == 2 ? args[1]->maybe_thunk(st, env) : nullptr;
        check_interrupt();
        CallDepth depth(st, pos);
        call_lambda(st, vfn, *a, out, pos, b);
        return;
    }
    if (n > 16) [[unlikely]] {
        std::vector<Value*> many(n);
        for (size_t i = 0; i < n; ++i) many[i] = args[i]->maybe_thunk(st, env);
        st.call_function(vfn, n, many.data(), out, pos);
        return;
    }
    Value* argv[16];
    for (size_t i = 0; i < n; ++i) argv[i] = args[i]->maybe_thunk(st, env);
    st.call_function(vfn, n, argv, out, pos);
}

namespace {

std::string lambda_name(EvalState& st, const ExprLambda* l) {
    return l->name ? "'" + st.symbols[l->name] + "'" : "'anonymous lambda'";
}

// Arity of a primop application chain: how many arguments it already has.
uint32_t applied_args(const Value& v) {
    uint32_t n = 0;
    const Value* p = &v;
    while (p->type == Type::PrimOpApp) ++n, p = p->app.left;
    return n;
}

const PrimOp* chain_primop(const Value& v) {
    const Value* p = &v;
    while (p->type == Type::PrimOpApp) p = p->app.left;
    return p->primop;
}

// Makes env the innermost call's env while a lambda's body runs (see
// EvalState::call_env), and the caller's again afterwards, also on errors.
struct CallFrame {
    EvalState& st;
    Env* saved;
    bool saved_captured;
    CallFrame(EvalState& s, Env* env)
        : st(s), saved(s.call_env), saved_captured(s.call_env_captured) {
        st.call_env = env;
        st.call_env_captured = false;
    }
    ~CallFrame() {
        st.call_env = saved;
        st.call_env_captured = saved_captured;
    }
};

// Calls the lambda fn with arg, and when next is given (fn's body is then a
// lambda, `a: b: ...`), the lambda that results with next. Returns whether
// the call's env was recycled: nothing made during the call holds it.
bool call_lambda(EvalState& st, Value& fn, Value& arg, Value& out, PosIdx pos, Value* next) {
    ExprLambda* lam = fn.lambda.fn;
    Env* env = st.alloc_env(lam->env_size());
    env->up = fn.lambda.env;
    CallFrame frame(st, env);
    if (!lam->has_formals) {
        env->values[0] = &arg;
    } else {
        const Bindings* args;
        // As Nix: only the type check names the lambda argument; either
        // failure is shown from the call site.
        try {
            st.force(arg, lam->pos);
            args = checked_at(lam->pos, ErrorAt::No, [&] {
                return st.force_attrs(arg, lam->pos,
                                      "while evaluating the value passed for the lambda argument");
            });
        } catch (EvalError& e) {
            if (pos) e.add_trace(pos, "from call site");
            throw;
        }
        if (lam->arg) env->values[lam->formals.size()] = &arg;
        uint32_t used = 0;
        for (size_t i = 0; i < lam->formals.size(); ++i) {
            const Formal& f = lam->formals[i];
            if (const Attr* a = args->find(f.name)) {
                env->values[i] = a->value;
                used++;
            } else if (f.def) {
                env->values[i] = f.def->maybe_thunk(st, env);
            } else {
                EvalError e(ErrorKind::Type,
                            "function " + lambda_name(st, lam) +
                                " called without required argument '" + st.symbols[f.name] + "'",
                            lam->pos);
                e.add_trace(pos, "from call site");
                throw e;
            }
        }
        if (!lam->ellipsis && used < args->size) {
            for (auto& a : *args) {
                bool known = std::any_of(lam->formals.begin(), lam->formals.end(),
                                         [&](const Formal& f) { return f.name == a.name; });
                if (known) continue;
                std::vector<std::string> names;
                for (auto& f : lam->formals) names.push_back(st.symbols[f.name]);
                std::string hint = did_you_mean(st.symbols[a.name], names);
                EvalError e(ErrorKind::Type,
                            "function " + lambda_name(st, lam) +
                                " called with unexpected argument '" + st.symbols[a.name] + "'",
                            lam->pos);
                e.hint = hint;
                e.add_trace(pos, "from call site");
                throw e;
            }
        }
    }
    if (next) {
        // The closure in between lives only here, so env is free when the
        // inner call's env is (which held env as its parent) and nothing
        // else took it while the arguments were bound.
        Value closure;
        closure.mk_lambda(env, lam->inner_lambda);
        bool inner_free = call_lambda(st, closure, *next, out, pos);
        if (!inner_free || st.call_env_captured) return false;
    } else {
        try {
            lam->body->eval(st, env, out);
        } catch (EvalError& e) {
            if (st.options.show_trace) {
                e.add_trace(lam->pos,
                            "while calling " + (lam->name ? "'" + st.symbols[lam->name] + "'"
                                                          : std::string("anonymous lambda")));
                if (pos) e.add_trace(pos, "from call site");
            }
            throw;
        }
        if (st.call_env_captured) return false;
    }
    // Nothing made during the call holds env: the next call can have it.
    st.recycle_env(env, lam->env_size());
    return true;
}

void call_primop(EvalState& st, const PrimOp* op, Value** args, Value& out, PosIdx pos) {
    try {
        // As Nix's, a builtin runs with no position of its own: its errors
        // and frames have none, a function it calls shows no call site, and
        // the frame below says where the builtin was called.
        op->fn(st, PosIdx{}, args, out);
    } catch (EvalError& e) {
        // addErrorContext's own frame says more; Nix leaves this one out.
        if (std::string_view(op->name) != "addErrorContext")
            e.add_trace(pos, std::string("while calling the '") + op->name + "' builtin");
        throw;
    }
}

} // namespace

void EvalState::call_function(Value& fn, Value& arg, Value& out, PosIdx pos) {
    Value* a = &arg;
    call_function(fn, 1, &a, out, pos);
}

void EvalState::call_function(Value& fn_in, size_t nargs, Value** args, Value& out, PosIdx pos) {
    check_interrupt(); // every call, of a lambda or a builtin: Ctrl-C in the REPL
    CallDepth depth(*this, pos);
    // In place, as Nix: a function passed as a thunk is evaluated once, and
    // has a position (the call site a trace shows) from then on.
    force(fn_in, pos);
    Value fn = fn_in;
    while (nargs > 0) {
        if (fn.type == Type::Lambda && nargs >= 2 && fn.lambda.fn->inner_lambda) {
            Value res;
            call_lambda(*this, fn, *args[0], nargs == 2 ? out : res, pos, args[1]);
            if (nargs == 2) return;
            fn = res;
            force(fn, pos);
            args += 2, nargs -= 2;
        } else if (fn.type == Type::Lambda) {
            Value res;
            call_lambda(*this, fn, *args[0], nargs == 1 ? out : res, pos);
            if (nargs == 1) return;
            fn = res;
            force(fn, pos);
            args++, nargs--;
        } else if (fn.type == Type::PrimOp || fn.type == Type::PrimOpApp) {
            const PrimOp* op = chain_primop(fn);
            uint32_t have = applied_args(fn);
            uint32_t need = op->arity - have;
            if (nargs < need) {
                // Not enough yet: record a partial application.
                Value cur = fn;
                for (size_t i = 0; i < nargs; ++i) {
                    Value* left = alloc_value();
                    *left = cur;
                    cur.mk_app(left, args[i]);
                }
                out = cur;
                return;
            }
            Value* all[8];
            const Value* p = &fn;
            for (uint32_t i = have; i > 0; --i) all[i - 1] = p->app.arg, p = p->app.left;
            for (uint32_t i = 0; i < need; ++i) all[have + i] = args[i];
            Value res;
            call_primop(*this, op, all, nargs == need ? out : res, pos);
            if (nargs == need) return;
            fn = res;
            force(fn, pos);
            args += need, nargs -= need;
        } else if (fn.type == Type::Attrs && fn.attrs->find(s.functor)) {
            // f x with a __functor: f.__functor f x, called where __functor
            // is defined, as Nix does.
            const Attr* functor = fn.attrs->find(s.functor);
            Value* fargs[2] = {alloc_value(), args[0]};
            *fargs[0] = fn;
            Value res;
            try {
                call_function(*functor->value, 2, fargs, nargs == 1 ? out : res, functor->pos);
            } catch (EvalError& e) {
                e.add_trace(
                    pos, "while calling a functor (an attribute set with a '__functor' attribute)");
                throw;
            }
            if (nargs == 1) return;
            fn = res;
            force(fn, pos);
            args++, nargs--;
        } else {
            error(ErrorKind::Type, pos,
                  std::string("attempt to call something which is not a function but ") +
                      show_type(fn) + ": " + show_value_short(fn));
        }
    }
    out = fn;
}

void max_call_depth_exceeded(EvalState&, PosIdx pos) {
    throw EvalError(ErrorKind::Eval, "stack overflow; max-call-depth exceeded", pos);
}

Value* EvalState::lazy_apply(Value* f, Value* a) {
    Value* v = alloc_value();
    v->mk_lazy_app(f, a);
    return v;
}

Value* EvalState::lazy_apply(Value* f, Symbol name, Value* a) {
    Value* v = alloc_value();
    v->mk_lazy_app(f, a, name.id);
    return v;
}

void EvalState::auto_call_function(const Bindings* args, Value& fn, Value& out) {
    force(fn, {});
    if (fn.type == Type::Attrs && fn.attrs->find(s.functor)) {
        Value* self = alloc_value();
        *self = fn;
        Value partial;
        call_function(*fn.attrs->find(s.functor)->value, *self, partial, {});
        auto_call_function(args, partial, out);
        return;
    }
    if (fn.type != Type::Lambda || !fn.lambda.fn->has_formals) {
        out = fn;
        return;
    }
    ExprLambda* lam = fn.lambda.fn;
    std::vector<Attr> picked;
    if (lam->ellipsis) {
        for (auto& a : *args) picked.push_back(a);
    } else {
        for (auto& f : lam->formals)
            if (const Attr* a = args->find(f.name)) picked.push_back(*a);
    }
    Value* arg = alloc_value();
    arg->mk_attrs(make_bindings(picked));
    call_function(fn, *arg, out, {});
}

} // namespace hearth::lang
