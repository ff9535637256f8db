// Control builtins: throw, abort, seq, deepSeq, tryEval, trace, warn and
// addErrorContext.
#include "lang/builtins/table.hh"

#include "lang/print.hh"

#include <sstream>

namespace hearth::lang {

namespace {

void bi_throw(EvalState& st, PosIdx pos, Value** args, Value& out) {
    ContextBuilder ctx;
    std::string msg;
    msg = st.coerce_to_string(*args[0], {},
                              "while evaluating the error message passed to builtin.throw", ctx,
                              CoerceMore::No, CopyToStore::No);
    throw EvalError(ErrorKind::Throw, msg);
}

void bi_abort(EvalState& st, PosIdx pos, Value** args, Value& out) {
    ContextBuilder ctx;
    std::string msg;
    msg = st.coerce_to_string(*args[0], {},
                              "while evaluating the error message passed to builtins.abort", ctx,
                              CoerceMore::No, CopyToStore::No);
    throw EvalError(ErrorKind::Abort,
                    "evaluation aborted with the following error message: '" + msg + "'");
}

void bi_seq(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.force(*args[0], pos);
    st.force(*args[1], pos);
    out = *args[1];
}

void bi_deepSeq(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.force_deep(*args[0]);
    st.force(*args[1], pos);
    out = *args[1];
}

void bi_tryEval(EvalState& st, PosIdx pos, Value** args, Value& out) {
    Value* value = st.alloc_value();
    Value* success = st.alloc_value();
    try {
        st.force(*args[0], pos);
        *value = *args[0];
        success->mk_bool(true);
    } catch (EvalError& e) {
        if (!e.catchable()) throw;
        value->mk_bool(false);
        success->mk_bool(false);
    }
    std::vector<Attr> attrs{{st.s.success, {}, success}, {st.s.value, {}, value}};
    out.mk_attrs(st.make_bindings(attrs));
}

std::string trace_text(EvalState& st, Value& v, PosIdx pos) {
    st.force(v, pos);
    if (v.type == Type::String) return std::string(v.str->view());
    std::ostringstream s;
    PrintOptions o;
    o.force = false;
    o.error_style = true;
    print_value(st, v, s, o);
    return s.str();
}

void bi_trace(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.print_trace("trace: " + trace_text(st, *args[0], pos));
    st.force(*args[1], pos);
    out = *args[1];
}

void bi_traceVerbose(EvalState& st, PosIdx pos, Value** args, Value& out) {
    if (st.options.trace_verbose) st.print_trace("trace: " + trace_text(st, *args[0], pos));
    st.force(*args[1], pos);
    out = *args[1];
}

void bi_warn(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string_view msg = st.force_string(
        *args[0], pos, "while evaluating the first argument; the message passed to builtins.warn");
    st.print_trace("evaluation warning: " + std::string(msg));
    if (st.options.abort_on_warn)
        st.error(ErrorKind::Eval, pos,
                 "aborting to reveal stack trace of warning, as abort-on-warn is set");
    st.force(*args[1], pos);
    out = *args[1];
}

void bi_addErrorContext(EvalState& st, PosIdx pos, Value** args, Value& out) {
    try {
        st.force(*args[1], pos);
        out = *args[1];
    } catch (EvalError& e) {
        ContextBuilder ctx;
        std::string msg = st.coerce_to_string(
            *args[0], {}, "while evaluating the error message passed to builtins.addErrorContext",
            ctx, CoerceMore::No, CopyToStore::No);
        e.add_trace({}, msg, true);
        throw;
    }
}

// Without a debugger attached, break is the identity, as in Nix.
void bi_break(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.force(*args[0], pos);
    out = *args[0];
}

const PrimOp table[] = {
    {"abort", 1, bi_abort, "Aborts evaluation with a message (not catchable by tryEval)."},
    {"addErrorContext", 2, bi_addErrorContext, "Evaluates e; on error adds a line to its trace."},
    {"break", 1, bi_break, "The argument itself (a breakpoint when a debugger is attached)."},
    {"deepSeq", 2, bi_deepSeq, "Evaluates a deeply, then returns b."},
    {"seq", 2, bi_seq, "Evaluates a to weak head normal form, then returns b."},
    {"throw", 1, bi_throw, "Raises an error that tryEval can catch."},
    {"trace", 2, bi_trace, "Prints a value to stderr, returns the second argument."},
    {"traceVerbose", 2, bi_traceVerbose, "trace, only with --trace-verbose."},
    {"tryEval", 1, bi_tryEval, "{ success; value; }: catches throw and assert failures."},
    {"warn", 2, bi_warn, "Prints an evaluation warning, returns the second argument."},
};

} // namespace

std::span<const PrimOp> control_builtins() {
    return table;
}

} // namespace hearth::lang
