// Printing expressions as `nix-instantiate --parse` does: fully
// parenthesised, operators that Nix desugars to builtins shown as calls.
#include "lang/print.hh"
#include "lang/state.hh"

#include <algorithm>

namespace hearth::lang {

void ExprInt::show(const EvalState&, std::ostream& out) const {
    out << v.integer;
}
void ExprFloat::show(const EvalState&, std::ostream& out) const {
    out << format_float(v.fpoint);
}

void ExprConst::show(const EvalState&, std::ostream& out) const {
    if (v.type == Type::Path)
        out << v.str->view();
    else
        out << quote_string(v.str->view());
}

void ExprVar::show(const EvalState& st, std::ostream& out) const {
    out << st.symbols[name];
}

static void show_path(const EvalState& st, std::ostream& out, const AttrPath& path) {
    bool first = true;
    for (auto& n : path) {
        if (!first) out << '.';
        first = false;
        if (n.expr) {
            out << "\"${";
            n.expr->show(st, out);
            out << "}\"";
        } else {
            out << print_attr_name(st.symbols[n.name]);
        }
    }
}

void ExprSelect::show(const EvalState& st, std::ostream& out) const {
    out << '(';
    e->show(st, out);
    out << ").";
    show_path(st, out, path);
    if (def) {
        out << " or (";
        def->show(st, out);
        out << ')';
    }
}

void ExprHasAttr::show(const EvalState& st, std::ostream& out) const {
    out << "((";
    e->show(st, out);
    out << ") ? ";
    show_path(st, out, path);
    out << ')';
}

static void show_binds(const EvalState& st, std::ostream& out, const ExprAttrs& a) {
    std::vector<const ExprAttrs::Def*> defs;
    for (auto& d : a.attrs) defs.push_back(&d);
    std::sort(defs.begin(), defs.end(),
              [&](auto* x, auto* y) { return st.symbols[x->name] < st.symbols[y->name]; });
    // inherit a b;: one clause for all, as current Nix shows them
    bool any_inherited = false;
    for (auto* d : defs) {
        if (!d->inherited) continue;
        out << (any_inherited ? " " : "inherit ") << print_attr_name(st.symbols[d->name]);
        any_inherited = true;
    }
    if (any_inherited) out << "; ";
    // inherit (e) a b;: one clause per source expression, in source order
    for (const Expr* from : a.inherit_froms) {
        if (std::none_of(defs.begin(), defs.end(),
                         [&](auto* d) { return d->inherit_from == from; }))
            continue;
        out << "inherit (";
        from->show(st, out);
        out << ")";
        for (auto* d : defs)
            if (d->inherit_from == from) out << " " << print_attr_name(st.symbols[d->name]);
        out << "; ";
    }
    for (auto* d : defs) {
        if (d->inherited || d->inherit_from) continue;
        out << print_attr_name(st.symbols[d->name]) << " = ";
        d->e->show(st, out);
        out << "; ";
    }
    for (auto& d : a.dynamic) {
        out << "\"${";
        d.name->show(st, out);
        out << "}\" = ";
        d.value->show(st, out);
        out << "; ";
    }
}

void ExprAttrs::show(const EvalState& st, std::ostream& out) const {
    if (recursive) out << "rec ";
    out << "{ ";
    show_binds(st, out, *this);
    out << "}";
}

void ExprList::show(const EvalState& st, std::ostream& out) const {
    out << "[ ";
    for (auto* e : elems) {
        out << '(';
        e->show(st, out);
        out << ") ";
    }
    out << ']';
}

void ExprLambda::show(const EvalState& st, std::ostream& out) const {
    out << '(';
    if (has_formals) {
        out << "{ ";
        std::vector<const Formal*> fs;
        for (auto& f : formals) fs.push_back(&f);
        std::sort(fs.begin(), fs.end(),
                  [&](auto* x, auto* y) { return st.symbols[x->name] < st.symbols[y->name]; });
        bool first = true;
        for (auto* f : fs) {
            if (!first) out << ", ";
            first = false;
            out << st.symbols[f->name];
            if (f->def) {
                out << " ? ";
                f->def->show(st, out);
            }
        }
        if (ellipsis) out << (first ? "..." : ", ...");
        out << " }";
        if (arg) out << " @ " << st.symbols[arg];
        out << ": ";
    } else {
        out << st.symbols[arg] << ": ";
    }
    body->show(st, out);
    out << ')';
}

void ExprCall::show(const EvalState& st, std::ostream& out) const {
    out << '(';
    fn->show(st, out);
    for (auto* a : args) {
        out << ' ';
        a->show(st, out);
    }
    out << ')';
}

void ExprLet::show(const EvalState& st, std::ostream& out) const {
    out << "(let ";
    show_binds(st, out, *attrs);
    out << "in ";
    body->show(st, out);
    out << ')';
}

void ExprWith::show(const EvalState& st, std::ostream& out) const {
    out << "(with ";
    attrs->show(st, out);
    out << "; ";
    body->show(st, out);
    out << ')';
}

void ExprIf::show(const EvalState& st, std::ostream& out) const {
    out << "(if ";
    cond->show(st, out);
    out << " then ";
    then->show(st, out);
    out << " else ";
    else_->show(st, out);
    out << ')';
}

void ExprAssert::show(const EvalState& st, std::ostream& out) const {
    out << "assert ";
    cond->show(st, out);
    out << "; ";
    body->show(st, out);
}

void ExprNot::show(const EvalState& st, std::ostream& out) const {
    out << "(! ";
    e->show(st, out);
    out << ')';
}

void ExprBinOp::show(const EvalState& st, std::ostream& out) const {
    auto call = [&](const char* fn, Expr* a, Expr* b) {
        out << '(' << fn << ' ';
        a->show(st, out);
        out << ' ';
        b->show(st, out);
        out << ')';
    };
    auto infix = [&](const char* op) {
        out << '(';
        lhs->show(st, out);
        out << ' ' << op << ' ';
        rhs->show(st, out);
        out << ')';
    };
    switch (op) {
    case BinOp::Eq:
        return infix("==");
    case BinOp::NEq:
        return infix("!=");
    case BinOp::And:
        return infix("&&");
    case BinOp::Or:
        return infix("||");
    case BinOp::Impl:
        return infix("->");
    case BinOp::Update:
        return infix("//");
    case BinOp::Concat:
        return infix("++");
    case BinOp::Sub:
        return call("__sub", lhs, rhs);
    case BinOp::Mul:
        return call("__mul", lhs, rhs);
    case BinOp::Div:
        return call("__div", lhs, rhs);
    case BinOp::Lt:
        return call("__lessThan", lhs, rhs);
    case BinOp::Gt:
        return call("__lessThan", rhs, lhs);
    case BinOp::Le:
        out << "(! ";
        call("__lessThan", rhs, lhs);
        out << ')';
        return;
    case BinOp::Ge:
        out << "(! ";
        call("__lessThan", lhs, rhs);
        out << ')';
        return;
    }
}

void ExprConcatStrings::show(const EvalState& st, std::ostream& out) const {
    out << '(';
    bool first = true;
    for (auto& p : parts) {
        if (!first) out << " + ";
        first = false;
        p.second->show(st, out);
    }
    out << ')';
}

void ExprPos::show(const EvalState&, std::ostream& out) const {
    out << "__curPos";
}

} // namespace hearth::lang
