// Attribute sets: literal and rec sets, selection (`a.b or c`) and `?`.
#include "lang/state.hh"
#include "lang/suggest.hh"

#include <algorithm>
#include <sstream>

namespace hearth::lang {

// Sets are looked up by binary search over symbol ids, so a set's static
// attributes must be sorted by id; nested sets built from `a.b = ...` paths
// are sorted here, once, before anything evaluates them.
static void sort_defs(std::vector<ExprAttrs::Def>& attrs) {
    std::sort(attrs.begin(), attrs.end(), [](const ExprAttrs::Def& x, const ExprAttrs::Def& y) {
        return x.name.id < y.name.id;
    });
}

// The selections `from.name` of `inherit (from) ...;` read `from` from the
// inherit env's slot, so that `from` is evaluated once for all the names
// (and `from` itself once per set). The parser lists the sources in source
// order; they are bound before the attributes, as Nix binds them, so that of
// two undefined variables Nix's first is reported.
static void share_inherit_froms(EvalState& st, ExprAttrs& x, const StaticEnv& scope) {
    for (auto& d : x.attrs) {
        if (!d.inherit_from) continue;
        auto* sel = static_cast<ExprSelect*>(d.e);
        if (dynamic_cast<ExprInheritFrom*>(sel->e)) continue; // bound before
        auto it = std::find(x.inherit_froms.begin(), x.inherit_froms.end(), d.inherit_from);
        uint32_t slot = uint32_t(it - x.inherit_froms.begin());
        if (it == x.inherit_froms.end()) x.inherit_froms.push_back(d.inherit_from);
        sel->e = st.ast_arena.make<ExprInheritFrom>(d.inherit_from, slot);
        sel->base_var = nullptr; // `from` is no variable any more
    }
    for (Expr* from : x.inherit_froms) from->bind(st, scope);
}

Env* ExprAttrs::make_inherit_env(EvalState& st, Env* scope) {
    if (inherit_froms.empty()) return nullptr;
    st.note_capture(scope);
    Env* e = st.alloc_env(uint32_t(inherit_froms.size()));
    e->up = scope;
    for (size_t i = 0; i < inherit_froms.size(); ++i)
        e->values[i] = inherit_froms[i]->maybe_thunk(st, scope);
    return e;
}

Value* ExprAttrs::def_value(EvalState& st, const Def& d, Env* env, Env* scope, Env* from_env) {
    if (d.inherit_from) {
        Value* v = st.alloc_value();
        v->mk_thunk(from_env, d.e);
        return v;
    }
    return d.e->maybe_thunk(st, d.inherited ? env : scope);
}

void ExprInheritFrom::eval(EvalState& st, Env* env, Value& out) {
    Value* v = env->values[slot];
    st.force(*v, pos);
    out = *v;
}

void ExprAttrs::bind(EvalState& st, const StaticEnv& env) {
    sort_defs(attrs);
    if (!recursive) {
        share_inherit_froms(st, *this, env);
        for (auto& d : attrs) d.e->bind(st, env);
        for (auto& d : dynamic) {
            d.name->bind(st, env);
            d.value->bind(st, env);
        }
        return;
    }
    StaticEnv inner;
    inner.up = &env;
    for (uint32_t i = 0; i < attrs.size(); ++i) {
        attrs[i].displ = i;
        inner.vars.push_back({attrs[i].name, i});
    }
    share_inherit_froms(st, *this, inner);
    for (auto& d : attrs) d.e->bind(st, d.inherited ? env : inner);
    for (auto& d : dynamic) {
        d.name->bind(st, inner);
        d.value->bind(st, inner);
    }
    // The inner scope only lives during bind: variables keep (level, slot).
}

// Adds the dynamic attributes (`${e} = v;`) to a set built from the static ones.
static const Bindings* add_dynamic(EvalState& st, ExprAttrs* x, Env* env, Bindings* b) {
    std::vector<Attr> all(b->begin(), b->end());
    for (auto& d : x->dynamic) {
        Value name;
        d.name->eval(st, env, name);
        st.force(name, d.pos);
        if (name.type == Type::Null) continue;
        std::string_view n = checked_at(d.pos, ErrorAt::Yes, [&] {
            return st.force_string_no_ctx(name, d.pos,
                                          "while evaluating the name of a dynamic attribute");
        });
        Symbol s = st.symbols.intern(n);
        for (auto& a : all)
            if (a.name == s) {
                const Pos& p = st.positions[a.pos];
                std::string where =
                    p.origin ? (p.origin->path.empty() ? p.origin->label : p.origin->path) : "";
                st.error(ErrorKind::Eval, d.pos,
                         "dynamic attribute '" + std::string(n) + "' already defined at " + where +
                             ":" + std::to_string(p.line) + ":" + std::to_string(p.column));
            }
        all.push_back({s, d.pos, d.value->maybe_thunk(st, env)});
    }
    return st.make_bindings(all);
}

void ExprAttrs::eval(EvalState& st, Env* env, Value& out) {
    Env* scope = env;
    if (recursive) {
        st.note_capture(env);
        scope = st.alloc_env(uint32_t(attrs.size()));
        scope->up = env;
        Env* from_env = make_inherit_env(st, scope);
        for (auto& d : attrs) scope->values[d.displ] = def_value(st, d, env, scope, from_env);
    }
    Env* from_env = recursive ? nullptr : make_inherit_env(st, env);
    Bindings* b = st.alloc_bindings(uint32_t(attrs.size()));
    for (uint32_t i = 0; i < attrs.size(); ++i) {
        auto& d = attrs[i];
        b->attrs[i] = {d.name, d.pos,
                       recursive ? scope->values[d.displ] : def_value(st, d, env, env, from_env)};
    }
    b->size = uint32_t(attrs.size());
    b->pos = pos;
    if (dynamic.empty()) {
        out.mk_attrs(b);
        return;
    }
    out.mk_attrs(add_dynamic(st, this, scope, b));
}

void ExprLet::bind(EvalState& st, const StaticEnv& env) {
    sort_defs(attrs->attrs);
    StaticEnv inner;
    inner.up = &env;
    for (uint32_t i = 0; i < attrs->attrs.size(); ++i) {
        attrs->attrs[i].displ = i;
        inner.vars.push_back({attrs->attrs[i].name, i});
    }
    share_inherit_froms(st, *attrs, inner);
    for (auto& d : attrs->attrs) d.e->bind(st, d.inherited ? env : inner);
    body->bind(st, inner);
}

void ExprLet::eval(EvalState& st, Env* env, Value& out) {
    st.note_capture(env);
    Env* scope = st.alloc_env(uint32_t(attrs->attrs.size()));
    scope->up = env;
    Env* from_env = attrs->make_inherit_env(st, scope);
    for (auto& d : attrs->attrs)
        scope->values[d.displ] = attrs->def_value(st, d, env, scope, from_env);
    body->eval(st, scope, out);
}

static void bind_path(EvalState& st, const StaticEnv& env, AttrPath& path) {
    for (auto& n : path)
        if (n.expr) n.expr->bind(st, env);
}

// A path element's name; an interpolated one is checked at its own
// position, as Nix's getName does. (Kept out of line, as the error paths
// below: a chain of thunks forced through selections, like a fold's
// `acc.ok && ...`, nests ExprSelect::eval thousands deep, and the frame
// of each is stack the kernel has to hand out fresh.)
[[gnu::noinline]] static Symbol path_symbol(EvalState& st, Env* env, const AttrName& n) {
    if (!n.expr) return n.name;
    Value v;
    n.expr->eval(st, env, v);
    std::string_view s = checked_at(nix_pos(n.expr), ErrorAt::Yes, [&] {
        return st.force_string_no_ctx(v, nix_pos(n.expr), "while evaluating an attribute name");
    });
    return st.symbols.intern(s);
}

// The attribute path for a message, as Nix's showAttrPath: interpolated
// names evaluated when they can be, else shown as written.
static std::string shown_path(EvalState& st, Env* env, const AttrPath& path) {
    std::string s;
    for (auto& n : path) {
        if (!s.empty()) s += '.';
        try {
            s += st.symbols[path_symbol(st, env, n)];
        } catch (EvalError&) {
            std::ostringstream e;
            n.expr->show(st, e);
            s += "\"${" + e.str() + "}\"";
        }
    }
    return s;
}

void ExprSelect::bind(EvalState& st, const StaticEnv& env) {
    // The default before the path, in Nix's order (the first undefined
    // variable is the one reported).
    e->bind(st, env);
    if (def) def->bind(st, env);
    bind_path(st, env, path);
    auto* var = dynamic_cast<ExprVar*>(e);
    base_var =
        var && !var->from_with &&
                std::none_of(path.begin(), path.end(), [](const AttrName& n) { return n.expr; })
            ? var
            : nullptr;
}

// `a.b.c` as an argument or attribute, where a and every step are values
// already: the result is shared instead of wrapped in a thunk. Only a
// result that is itself a value is shared, so nothing is evaluated, nothing
// can fail, and error traces are those the thunk would give.
Value* ExprSelect::maybe_thunk(EvalState& st, Env* env) {
    if (base_var && !st.options.nix_thunks) {
        Env* e = env;
        for (uint32_t l = base_var->level; l; --l) e = e->up;
        Value* cur = e->values[base_var->displ];
        for (auto& n : path) {
            if (!cur || cur->type != Type::Attrs) {
                cur = nullptr;
                break;
            }
            const Attr* a = cur->attrs->find(n.name);
            cur = a ? a->value : nullptr;
        }
        if (cur && !cur->is_thunk() && cur->type != Type::Blackhole) return cur;
    }
    return Expr::maybe_thunk(st, env);
}

[[noreturn, gnu::noinline, gnu::cold]] static void missing_attr(EvalState& st, Symbol name,
                                                                const Bindings* b, PosIdx pos) {
    std::vector<std::string> names;
    for (auto& a : *b) names.push_back(st.symbols[a.name]);
    EvalError e(ErrorKind::MissingAttr, "attribute '" + st.symbols[name] + "' missing", pos);
    e.hint = did_you_mean(st.symbols[name], names);
    throw e;
}

// `e.a` where e is not a set.
[[noreturn, gnu::noinline, gnu::cold]] static void select_from_non_set(EvalState& st, Value& v,
                                                                       PosIdx pos) {
    EvalError err(ErrorKind::Type,
                  "expected a set but found " + show_type(v) + ": " + st.show_value_short(v));
    err.add_trace(pos, "while selecting an attribute");
    throw err;
}

// As Nix: whatever failed once an attribute was selected is framed by the
// whole path, except inside Nix's own derivation wrapper.
[[gnu::noinline, gnu::cold]] static void frame_select_error(EvalState& st, EvalError& err, Env* env,
                                                            const AttrPath& path, PosIdx attr_pos) {
    const Pos& p = st.positions[attr_pos];
    if (attr_pos &&
        !(p.origin && p.origin->path.empty() && p.origin->label == "<nix/derivation-internal.nix>"))
        err.add_trace(attr_pos,
                      "while evaluating the attribute '" + shown_path(st, env, path) + "'");
}

void ExprSelect::eval(EvalState& st, Env* env, Value& out) {
    Value tmp;
    Value* cur = &tmp;
    if (base_var) {
        // `x.a.b` with x lexical: x's value is read where it lives (as
        // ExprVar::eval would force it) instead of copied out first.
        Env* e = env;
        for (uint32_t l = base_var->level; l; --l) e = e->up;
        cur = e->values[base_var->displ];
        st.force(*cur, base_var->pos);
    } else {
        e->eval(st, env, tmp);
    }
    PosIdx attr_pos; // the last selected attribute's
    try {
        for (auto& n : path) {
            Symbol s = n.expr ? path_symbol(st, env, n) : n.name;
            st.force(*cur, pos);
            const Attr* a = cur->type == Type::Attrs ? cur->attrs->find(s) : nullptr;
            if (!a) {
                if (def) return def->eval(st, env, out);
                if (cur->type != Type::Attrs) select_from_non_set(st, *cur, pos);
                missing_attr(st, s, cur->attrs, pos);
            }
            cur = a->value;
            attr_pos = a->pos;
        }
        st.force(*cur, attr_pos ? attr_pos : pos);
    } catch (EvalError& err) {
        frame_select_error(st, err, env, path, attr_pos);
        throw;
    }
    out = *cur;
}

void ExprHasAttr::bind(EvalState& st, const StaticEnv& env) {
    e->bind(st, env);
    bind_path(st, env, path);
}

void ExprHasAttr::eval(EvalState& st, Env* env, Value& out) {
    Value tmp;
    e->eval(st, env, tmp);
    Value* cur = &tmp;
    for (auto& n : path) {
        st.force(*cur, pos);
        Symbol s = path_symbol(st, env, n);
        const Attr* a = cur->type == Type::Attrs ? cur->attrs->find(s) : nullptr;
        if (!a) {
            out.mk_bool(false);
            return;
        }
        cur = a->value;
    }
    out.mk_bool(true);
}

} // namespace hearth::lang
