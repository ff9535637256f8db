// Operators: arithmetic, comparison, `//`, `++`, `+` on strings and paths,
// list literals and __curPos.
#include "lang/canon_path.hh"
#include "lang/state.hh"

#include <cmath>
#include <cstring>
#include <typeinfo>

namespace hearth::lang {

// `f (n - 1)` with n already an integer: the argument is the result, a
// value at once (shared when small), instead of a thunk. Nothing is
// evaluated that was not already, and a case that could fail (overflow,
// division by zero) keeps its thunk, so laziness and errors are unchanged.
// No thunk also means the call's env is not captured (EvalState::call_env).
static Value* int_value(EvalState& st, int64_t n) {
    if (Value* v = st.small_int(n)) return v;
    Value* v = st.alloc_value();
    v->mk_int(n);
    return v;
}

bool ExprBinOp::known_int(Env* env, int64_t& n) const {
    if (op != BinOp::Sub && op != BinOp::Mul && op != BinOp::Div) return false;
    int64_t a, b;
    if (!lhs->known_int(env, a) || !rhs->known_int(env, b)) return false;
    switch (op) {
    case BinOp::Sub:
        return !__builtin_sub_overflow(a, b, &n);
    case BinOp::Mul:
        return !__builtin_mul_overflow(a, b, &n);
    default:
        if (b == 0 || (a == INT64_MIN && b == -1)) return false;
        n = a / b;
        return true;
    }
}

bool ExprConcatStrings::known_int(Env* env, int64_t& n) const {
    if (force_string) return false;
    int64_t sum = 0;
    for (auto& p : parts) {
        int64_t x;
        if (!p.second->known_int(env, x) || __builtin_add_overflow(sum, x, &sum)) return false;
    }
    n = sum;
    return true;
}

// Whether a result may be computed at once. In Nix, `n - 1` is a call of
// __sub, made where the thunk is forced (the callee, a level deeper) and
// counted toward max-call-depth: near that limit the thunk is made, so that
// the error comes where Nix's does. (A thunk made far from the limit and
// forced deep down, as a chain of them can be, is not emulated.)
static bool eager(const EvalState& st) {
    return !st.options.nix_thunks && st.call_depth + 64 < st.options.max_call_depth;
}

Value* ExprBinOp::maybe_thunk(EvalState& st, Env* env) {
    int64_t n;
    if (eager(st) && known_int(env, n)) return int_value(st, n);
    return Expr::maybe_thunk(st, env);
}

Value* ExprConcatStrings::maybe_thunk(EvalState& st, Env* env) {
    int64_t n;
    if (eager(st) && known_int(env, n)) return int_value(st, n);
    return Expr::maybe_thunk(st, env);
}

void ExprBinOp::bind(EvalState& st, const StaticEnv& env) {
    // a > b and a <= b are Nix's __lessThan b a: b is bound (and checked) first.
    if (op == BinOp::Gt || op == BinOp::Le) {
        rhs->bind(st, env);
        lhs->bind(st, env);
        return;
    }
    lhs->bind(st, env);
    rhs->bind(st, env);
}

namespace {

const char* arith_builtin(BinOp op) {
    switch (op) {
    case BinOp::Sub:
        return "sub";
    case BinOp::Mul:
        return "mul";
    case BinOp::Div:
        return "div";
    default:
        return "lessThan";
    }
}

void arith(EvalState& st, BinOp op, Value& a, Value& b, Value& out, PosIdx pos) {
    const char* what = op == BinOp::Sub   ? "subtraction"
                       : op == BinOp::Mul ? "multiplication"
                                          : "division";
    st.force(a, pos);
    st.force(b, pos);
    bool floats = a.type == Type::Float || b.type == Type::Float;
    auto check = [&](Value& v, const char* nth) {
        if (v.type != Type::Int && v.type != Type::Float) {
            EvalError e(ErrorKind::Type, std::string("expected ") +
                                             (floats ? "a float" : "an integer") + " but found " +
                                             show_type(v) + ": " + st.show_value_short(v));
            e.add_trace({}, arith_frame(what, nth, floats));
            throw e;
        }
    };
    check(a, "first");
    check(b, "second");
    if (a.type == Type::Int && b.type == Type::Int) {
        int64_t x = a.integer, y = b.integer, r;
        switch (op) {
        case BinOp::Sub:
            if (__builtin_sub_overflow(x, y, &r))
                st.error(ErrorKind::Eval, {},
                         "integer overflow in subtracting " + std::to_string(x) + " - " +
                             std::to_string(y));
            break;
        case BinOp::Mul:
            if (__builtin_mul_overflow(x, y, &r))
                st.error(ErrorKind::Eval, {},
                         "integer overflow in multiplying " + std::to_string(x) + " * " +
                             std::to_string(y));
            break;
        default:
            if (y == 0) st.error(ErrorKind::Eval, {}, "division by zero");
            if (x == INT64_MIN && y == -1)
                st.error(ErrorKind::Eval, {},
                         "integer overflow in dividing " + std::to_string(x) + " / " +
                             std::to_string(y));
            r = x / y;
        }
        out.mk_int(r);
        return;
    }
    double x = a.type == Type::Int ? double(a.integer) : a.fpoint;
    double y = b.type == Type::Int ? double(b.integer) : b.fpoint;
    switch (op) {
    case BinOp::Sub:
        out.mk_float(x - y);
        break;
    case BinOp::Mul:
        out.mk_float(x * y);
        break;
    default:
        if (y == 0) st.error(ErrorKind::Eval, {}, "division by zero");
        out.mk_float(x / y);
    }
}

} // namespace

// The frame Nix's evalBool gives an operand of && || ->, whatever failed in it.
static std::string logic_frame(BinOp op, const char* side) {
    const char* name = op == BinOp::And ? "AND" : op == BinOp::Or ? "OR" : "IMPL";
    const char* sym = op == BinOp::And ? "&&" : op == BinOp::Or ? "||" : "->";
    return std::string("in the ") + side + " operand of the " + name + " (" + sym + ") operator";
}

[[gnu::noinline, gnu::cold]] static void frame_logic_operand(EvalError& err, BinOp op,
                                                             const char* side, PosIdx pos) {
    err.add_trace(pos, logic_frame(op, side));
}

[[noreturn, gnu::noinline, gnu::cold]] static void
logic_operand_not_bool(EvalState& st, BinOp op, const char* side, Value& v, PosIdx pos) {
    EvalError err(ErrorKind::Type,
                  std::string("expected a Boolean but found ") + show_type(v) + ": " +
                      st.show_value_short(v),
                  pos);
    err.add_trace(pos, logic_frame(op, side));
    throw err;
}

// && || ->, in a function of its own with a small frame: `acc.ok && ...`
// in a fold makes a chain of thunks that is forced thousands deep through
// this and ExprSelect::eval, and every frame is stack the kernel has to
// hand out fresh. The error paths are kept out of line for the same reason.
[[gnu::noinline]] static void eval_logic(const ExprBinOp& x, EvalState& st, Env* env, Value& out) {
    auto get = [&](Expr* e, const char* side) {
        Value v;
        try {
            e->eval(st, env, v);
        } catch (EvalError& err) {
            frame_logic_operand(err, x.op, side, x.pos);
            throw;
        }
        if (v.type != Type::Bool) logic_operand_not_bool(st, x.op, side, v, x.pos);
        return v.boolean;
    };
    bool l = get(x.lhs, "left");
    if (x.op == BinOp::And && !l) return out.mk_bool(false);
    if (x.op == BinOp::Or && l) return out.mk_bool(true);
    if (x.op == BinOp::Impl && !l) return out.mk_bool(true);
    out.mk_bool(get(x.rhs, "right"));
}

// == != ++ //.
[[gnu::noinline]] static void eval_binop(const ExprBinOp& x, EvalState& st, Env* env, Value& out) {
    const BinOp op = x.op;
    const PosIdx pos = x.pos;
    Value a, b;
    if (op == BinOp::Update) {
        // Nix's evalAttrs frames whatever fails in an operand of //.
        try {
            x.lhs->eval(st, env, a);
        } catch (EvalError& e) {
            e.add_trace(pos, "in the left operand of the update (//) operator");
            throw;
        }
        try {
            x.rhs->eval(st, env, b);
        } catch (EvalError& e) {
            e.add_trace(pos, "in the right operand of the update (//) operator");
            throw;
        }
    } else {
        x.lhs->eval(st, env, a);
        x.rhs->eval(st, env, b);
    }
    switch (op) {
    case BinOp::Eq:
        if (a.type == Type::Int && b.type == Type::Int) return out.mk_bool(a.integer == b.integer);
        out.mk_bool(st.eq_values(a, b, pos, "while testing two values for equality"));
        return;
    case BinOp::NEq:
        if (a.type == Type::Int && b.type == Type::Int) return out.mk_bool(a.integer != b.integer);
        out.mk_bool(!st.eq_values(a, b, pos, "while testing two values for inequality"));
        return;
    case BinOp::Update: {
        const Bindings* x;
        const Bindings* y;
        try {
            x = st.force_attrs(a, pos, "");
        } catch (EvalError& e) {
            e.add_trace(pos, "in the left operand of the update (//) operator");
            throw;
        }
        try {
            y = st.force_attrs(b, pos, "");
        } catch (EvalError& e) {
            e.add_trace(pos, "in the right operand of the update (//) operator");
            throw;
        }
        out.mk_attrs(st.update_attrs(x, y));
        return;
    }
    default: { // ++
        const ListData* x;
        const ListData* y;
        try {
            x = st.force_list(a, pos, "");
        } catch (EvalError& e) {
            e.add_trace(pos, "while evaluating one of the elements to concatenate");
            throw;
        }
        try {
            y = st.force_list(b, pos, "");
        } catch (EvalError& e) {
            e.add_trace(pos, "while evaluating one of the elements to concatenate");
            throw;
        }
        if (x->size == 0) return out.mk_list(y);
        if (y->size == 0) return out.mk_list(x);
        ListData* l = st.alloc_list(x->size + y->size);
        std::copy(x->elems, x->elems + x->size, l->elems);
        std::copy(y->elems, y->elems + y->size, l->elems + x->size);
        out.mk_list(l);
        return;
    }
    }
}

// - * / < > <= >=, which Nix parses as calls of __sub, __mul, __div and
// __lessThan (a > b is __lessThan b a, a <= b is !(__lessThan b a)): one
// call under way for max-call-depth, and the operands are evaluated within
// the builtin's frame, b first for > and <=.
[[gnu::noinline]] static void eval_builtin_op(const ExprBinOp& x, EvalState& st, Env* env,
                                              Value& out) {
    const BinOp op = x.op;
    const PosIdx pos = x.pos;
    CallDepth depth(st, pos);
    Value a, b;
    try {
        if (op == BinOp::Gt || op == BinOp::Le) {
            x.rhs->eval(st, env, b);
            x.lhs->eval(st, env, a);
        } else {
            x.lhs->eval(st, env, a);
            x.rhs->eval(st, env, b);
        }
    } catch (EvalError& e) {
        e.add_trace(pos, std::string("while calling the '") + arith_builtin(op) + "' builtin");
        if (op == BinOp::Le || op == BinOp::Ge)
            e.add_trace(pos, "in the argument of the not operator");
        throw;
    }
    if (a.type == Type::Int && b.type == Type::Int) { // the common case, without calls
        switch (op) {
        case BinOp::Lt:
            return out.mk_bool(a.integer < b.integer);
        case BinOp::Gt:
            return out.mk_bool(a.integer > b.integer);
        case BinOp::Le:
            return out.mk_bool(a.integer <= b.integer);
        case BinOp::Ge:
            return out.mk_bool(a.integer >= b.integer);
        default:
            break;
        }
    }
    switch (op) {
    case BinOp::Lt:
    case BinOp::Gt:
    case BinOp::Le:
    case BinOp::Ge: {
        try {
            bool r = op == BinOp::Lt   ? st.less_than(a, b, pos)
                     : op == BinOp::Gt ? st.less_than(b, a, pos)
                     : op == BinOp::Le ? !st.less_than(b, a, pos)
                                       : !st.less_than(a, b, pos);
            out.mk_bool(r);
        } catch (EvalError& e) {
            e.add_trace(pos, "while calling the 'lessThan' builtin");
            if (op == BinOp::Le || op == BinOp::Ge)
                e.add_trace(pos, "in the argument of the not operator");
            throw;
        }
        return;
    }
    default:
        try {
            arith(st, op, a, b, out, pos);
        } catch (EvalError& e) {
            e.add_trace(pos, std::string("while calling the '") + arith_builtin(op) + "' builtin");
            throw;
        }
    }
}

void ExprBinOp::eval(EvalState& st, Env* env, Value& out) {
    // Tail calls, so that no frame of this function's stays in between.
    switch (op) {
    case BinOp::And:
    case BinOp::Or:
    case BinOp::Impl:
        return eval_logic(*this, st, env, out);
    case BinOp::Eq:
    case BinOp::NEq:
    case BinOp::Concat:
    case BinOp::Update:
        return eval_binop(*this, st, env, out);
    default:
        return eval_builtin_op(*this, st, env, out);
    }
}

void ExprConcatStrings::bind(EvalState& st, const StaticEnv& env) {
    for (auto& p : parts) p.second->bind(st, env);
}

// A part of a string concatenation. `"k${toString n}"` with n an integer
// known without forcing anything (Expr::known_int) has its digits written
// into buf: no value for toString's argument, no call, no string returned
// to copy once more (listToAttrs-style names make hundreds of thousands).
// Any other call is made as ExprCall::eval makes it, its function being
// evaluated already. Returns whether the text is in buf, else out holds
// the part's value.
static bool eval_part(EvalState& st, Expr* e, Env* env, Value& out, std::string& buf) {
    int64_t n;
    // type_info objects are unique in the one binary Hearth is linked into.
    if (&typeid(*e) != &typeid(ExprCall)) return e->eval(st, env, out), false;
    auto* call = static_cast<ExprCall*>(e);
    if (call->args.size() != 1 || !call->args[0]->known_int(env, n))
        return e->eval(st, env, out), false;
    Value fn;
    call->fn->eval(st, env, fn);
    if (fn.type == Type::PrimOp && std::strcmp(fn.primop->name, "toString") == 0) {
        buf = std::to_string(n); // as toString writes an integer
        return true;
    }
    Value* arg = call->args[0]->maybe_thunk(st, env);
    st.call_function(fn, 1, &arg, out, call->pos);
    return false;
}

void ExprConcatStrings::eval(EvalState& st, Env* env, Value& out) {
    Value first;
    parts[0].second->eval(st, env, first);

    if (!force_string && (first.type == Type::Int || first.type == Type::Float)) {
        bool is_float = first.type == Type::Float;
        int64_t n = is_float ? 0 : first.integer;
        double d = is_float ? first.fpoint : 0;
        for (size_t i = 1; i < parts.size(); ++i) {
            Value v;
            parts[i].second->eval(st, env, v);
            if (v.type == Type::Int) {
                if (is_float)
                    d += double(v.integer);
                else if (__builtin_add_overflow(n, v.integer, &n))
                    st.error(ErrorKind::Eval, parts[i].first,
                             "integer overflow in adding " + std::to_string(first.integer) + " + " +
                                 std::to_string(v.integer));
            } else if (v.type == Type::Float) {
                if (!is_float) d = double(n), is_float = true;
                d += v.fpoint;
            } else {
                st.error(ErrorKind::Type, parts[i].first,
                         std::string("cannot add ") + show_type(v) + " to " +
                             (is_float ? "a float" : "an integer"));
            }
        }
        if (is_float)
            out.mk_float(d);
        else
            out.mk_int(n);
        return;
    }

    ContextBuilder ctx;
    bool is_path = !force_string && first.type == Type::Path;
    if (!is_path) {
        // Strings: view every part where it lives and copy each byte once,
        // into the result; a long first part may not even be copied (see
        // EvalState::concat_strings), so `acc + "x"` in a fold is linear.
        std::string_view small[8];
        std::string small_bufs[8]; // for parts that are not strings already
        std::vector<std::string_view> many;
        std::vector<std::string> many_bufs;
        std::string_view* views = small;
        std::string* bufs = small_bufs;
        if (parts.size() > 8) {
            many.resize(parts.size());
            many_bufs.resize(parts.size());
            views = many.data();
            bufs = many_bufs.data();
        }
        size_t total = 0;
        for (size_t i = 0; i < parts.size(); ++i) {
            Value v;
            Value& cur = i == 0 ? first : v;
            if (i && eval_part(st, parts[i].second, env, v, bufs[i])) {
                views[i] = bufs[i];
                total += views[i].size();
                continue;
            }
            views[i] =
                st.coerce_to_string_view(cur, parts[i].first, "while evaluating a path segment",
                                         ctx, bufs[i], CoerceMore::No, CopyToStore::Yes);
            total += views[i].size();
        }
        out.mk_string(st.concat_strings(views, parts.size(), total,
                                        ctx.empty() ? nullptr : st.make_context(ctx)));
        return;
    }
    std::string s;
    // As Nix's coerceToString: the frame is for a part that cannot be a
    // string; copying a path that does not exist is reported bare.
    auto append = [&](Value& v, PosIdx p) {
        s += st.coerce_to_string(v, p, "while evaluating a path segment", ctx, CoerceMore::No,
                                 is_path ? CopyToStore::No : CopyToStore::Yes);
    };
    if (is_path)
        s = std::string(first.str->view());
    else
        append(first, parts[0].first);
    for (size_t i = 1; i < parts.size(); ++i) {
        Value v;
        parts[i].second->eval(st, env, v);
        append(v, parts[i].first);
    }
    if (is_path && !ctx.empty())
        st.error(ErrorKind::Eval, pos,
                 "a string that refers to a store path cannot be appended to a path");
    if (is_path) {
        st.mk_path(out, canon_path(s));
        return;
    }
    st.mk_string(out, s, ctx);
}

void ExprList::bind(EvalState& st, const StaticEnv& env) {
    for (auto* e : elems) e->bind(st, env);
}

void ExprList::eval(EvalState& st, Env* env, Value& out) {
    ListData* l = st.alloc_list(elems.size());
    for (size_t i = 0; i < elems.size(); ++i) l->elems[i] = elems[i]->maybe_thunk(st, env);
    out.mk_list(l);
}

// `[ ]` is one shared value, as in Nix (so a non-strict printout shows it as
// `[ ]`, not <CODE>): a value that is not a thunk is never written again.
Value* ExprList::maybe_thunk(EvalState& st, Env* env) {
    if (!elems.empty()) return Expr::maybe_thunk(st, env);
    static const ListData none{0, {nullptr}};
    static Value empty = [] {
        Value v;
        v.mk_list(&none);
        return v;
    }();
    return &empty;
}

void ExprPos::eval(EvalState& st, Env*, Value& out) {
    st.mk_pos(out, pos);
}

void EvalState::mk_pos(Value& out, PosIdx idx) {
    const Pos& p = positions[idx];
    // As in current Nix: only a position in a file is a value (not -E, stdin).
    std::string path = p.origin ? p.origin->value_path() : "";
    if (path.empty()) return out.mk_null();
    // Nix computes line and column lazily, so a non-strict printout shows
    // them unevaluated; only then are they thunks here.
    auto number = [&](uint32_t n) {
        Value* v = alloc_value();
        if (options.nix_thunks)
            v->mk_thunk(nullptr, ast_arena.make<ExprInt>(n));
        else
            v->mk_int(n);
        return v;
    };
    Value* file = alloc_value();
    mk_string(*file, path);
    std::vector<Attr> attrs;
    attrs.push_back({s.file, {}, file});
    attrs.push_back({s.line, {}, number(p.line)});
    attrs.push_back({s.column, {}, number(p.column)});
    out.mk_attrs(make_bindings(attrs));
}

} // namespace hearth::lang
