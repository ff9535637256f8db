// Arithmetic and bitwise builtins. The operators - * / < have their own
// fast paths in eval/ops.cc; these are the named forms.
#include "lang/builtins/table.hh"

#include <cmath>

namespace hearth::lang {

namespace {

// As Nix: both are forced first, and a float on either side makes the
// other one expected to be a float too.
void num_args(EvalState& st, PosIdx pos, Value** args, const char* fn) {
    st.force(*args[0], pos);
    st.force(*args[1], pos);
    bool floats = args[0]->type == Type::Float || args[1]->type == Type::Float;
    for (int i = 0; i < 2; ++i) {
        if (args[i]->type != Type::Int && args[i]->type != Type::Float)
            st.throw_type_error(floats ? "a float" : "an integer", *args[i], pos,
                                arith_frame(fn, i ? "second" : "first", floats));
    }
}

void bi_add(EvalState& st, PosIdx pos, Value** args, Value& out) {
    num_args(st, pos, args, "addition");
    Value &a = *args[0], &b = *args[1];
    if (a.type == Type::Int && b.type == Type::Int) {
        int64_t r;
        if (__builtin_add_overflow(a.integer, b.integer, &r))
            st.error(ErrorKind::Eval, pos,
                     "integer overflow in adding " + std::to_string(a.integer) + " + " +
                         std::to_string(b.integer));
        return out.mk_int(r);
    }
    double x = a.type == Type::Int ? double(a.integer) : a.fpoint;
    double y = b.type == Type::Int ? double(b.integer) : b.fpoint;
    out.mk_float(x + y);
}

void bi_sub(EvalState& st, PosIdx pos, Value** args, Value& out) {
    num_args(st, pos, args, "subtraction");
    Value &a = *args[0], &b = *args[1];
    if (a.type == Type::Int && b.type == Type::Int) {
        int64_t r;
        if (__builtin_sub_overflow(a.integer, b.integer, &r))
            st.error(ErrorKind::Eval, pos,
                     "integer overflow in subtracting " + std::to_string(a.integer) + " - " +
                         std::to_string(b.integer));
        return out.mk_int(r);
    }
    double x = a.type == Type::Int ? double(a.integer) : a.fpoint;
    double y = b.type == Type::Int ? double(b.integer) : b.fpoint;
    out.mk_float(x - y);
}

void bi_mul(EvalState& st, PosIdx pos, Value** args, Value& out) {
    num_args(st, pos, args, "multiplication");
    Value &a = *args[0], &b = *args[1];
    if (a.type == Type::Int && b.type == Type::Int) {
        int64_t r;
        if (__builtin_mul_overflow(a.integer, b.integer, &r))
            st.error(ErrorKind::Eval, pos,
                     "integer overflow in multiplying " + std::to_string(a.integer) + " * " +
                         std::to_string(b.integer));
        return out.mk_int(r);
    }
    double x = a.type == Type::Int ? double(a.integer) : a.fpoint;
    double y = b.type == Type::Int ? double(b.integer) : b.fpoint;
    out.mk_float(x * y);
}

void bi_div(EvalState& st, PosIdx pos, Value** args, Value& out) {
    num_args(st, pos, args, "division");
    Value &a = *args[0], &b = *args[1];
    double y = b.type == Type::Int ? double(b.integer) : b.fpoint;
    if (y == 0) st.error(ErrorKind::Eval, {}, "division by zero");
    if (a.type == Type::Int && b.type == Type::Int) {
        if (a.integer == INT64_MIN && b.integer == -1)
            st.error(ErrorKind::Eval, pos,
                     "integer overflow in dividing " + std::to_string(a.integer) + " / -1");
        return out.mk_int(a.integer / b.integer);
    }
    double x = a.type == Type::Int ? double(a.integer) : a.fpoint;
    out.mk_float(x / y);
}

void bi_lessThan(EvalState& st, PosIdx pos, Value** args, Value& out) {
    out.mk_bool(st.less_than(*args[0], *args[1], pos));
}

int64_t int_arg(EvalState& st, Value& v, PosIdx pos, const char* nth, const char* fn) {
    if (v.type == Type::Int) return v.integer; // no context string to build
    return st.force_int(
        v, pos, std::string("while evaluating the ") + nth + " argument passed to builtins." + fn);
}

void bi_bitAnd(EvalState& st, PosIdx pos, Value** args, Value& out) {
    out.mk_int(int_arg(st, *args[0], pos, "first", "bitAnd") &
               int_arg(st, *args[1], pos, "second", "bitAnd"));
}
void bi_bitOr(EvalState& st, PosIdx pos, Value** args, Value& out) {
    out.mk_int(int_arg(st, *args[0], pos, "first", "bitOr") |
               int_arg(st, *args[1], pos, "second", "bitOr"));
}
void bi_bitXor(EvalState& st, PosIdx pos, Value** args, Value& out) {
    out.mk_int(int_arg(st, *args[0], pos, "first", "bitXor") ^
               int_arg(st, *args[1], pos, "second", "bitXor"));
}

void round_to_int(EvalState& st, PosIdx pos, Value& v, Value& out, bool up, const char* fn) {
    double d = st.force_float(
        v, pos, std::string("while evaluating the first argument passed to builtins.") + fn);
    if (v.type == Type::Int) return out.mk_int(v.integer);
    double r = up ? std::ceil(d) : std::floor(d);
    // Current Nix refuses results that do not fit an integer.
    if (!(r >= -9223372036854775808.0 && r < 9223372036854775808.0))
        st.error(ErrorKind::Eval, pos,
                 std::string("float ") + std::to_string(d) + " cannot be converted to an integer");
    out.mk_int(int64_t(r));
}
void bi_ceil(EvalState& st, PosIdx pos, Value** args, Value& out) {
    round_to_int(st, pos, *args[0], out, true, "ceil");
}
void bi_floor(EvalState& st, PosIdx pos, Value** args, Value& out) {
    round_to_int(st, pos, *args[0], out, false, "floor");
}

const PrimOp table[] = {
    {"add", 2, bi_add, "a + b on numbers."},
    {"bitAnd", 2, bi_bitAnd, "Bitwise AND of two integers."},
    {"bitOr", 2, bi_bitOr, "Bitwise OR of two integers."},
    {"bitXor", 2, bi_bitXor, "Bitwise XOR of two integers."},
    {"ceil", 1, bi_ceil, "The smallest integer not below a number."},
    {"div", 2, bi_div, "a / b; integer division truncates."},
    {"floor", 1, bi_floor, "The largest integer not above a number."},
    {"lessThan", 2, bi_lessThan, "a < b on numbers, strings, paths or lists."},
    {"mul", 2, bi_mul, "a * b."},
    {"sub", 2, bi_sub, "a - b."},
};

} // namespace

std::span<const PrimOp> arith_builtins() {
    return table;
}

} // namespace hearth::lang
