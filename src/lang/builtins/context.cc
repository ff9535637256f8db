// String-context builtins: getContext, hasContext, appendContext,
// unsafeDiscardStringContext, unsafeDiscardOutputDependency,
// addDrvOutputDependencies, and placeholder (the text a derivation's
// builder sees in place of an output path).
//
// A context element is kept in Nix's encoding (value.hh): "/nix/store/p"
// (the path), "=/nix/store/d.drv" (the drv and its whole closure),
// "!out!/nix/store/d.drv" (one output of a drv).
#include "lang/builtins/table.hh"

#include "lang/print.hh"
#include "util/encoding.hh"
#include "util/hash.hh"

#include <cstring>
#include <deque>
#include <map>

namespace hearth::lang {

namespace {

// Runs f, adding Nix's "while evaluating ..." frame (at `pos`) to an error.
template <class F> auto traced(PosIdx pos, std::string_view what, F&& f) {
    try {
        return f();
    } catch (EvalError& e) {
        e.add_trace(pos, std::string(what));
        throw;
    }
}

std::string store_dir(EvalState& st) {
    return st.store ? st.store->store_dir() : "/nix/store";
}

// Whether `s` is a store path itself (not a file below one): the store dir,
// 32 nix-base32 characters, '-', and a valid name.
bool is_store_path(EvalState& st, std::string_view s) {
    std::string dir = store_dir(st) + "/";
    if (s.substr(0, dir.size()) != dir) return false;
    std::string_view base = s.substr(dir.size());
    if (base.size() < 34 || base[32] != '-') return false;
    for (size_t i = 0; i < 32; ++i)
        if (util::nix32_alphabet.find(base[i]) == std::string_view::npos) return false;
    std::string_view name = base.substr(33);
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || std::strchr("+-._?=", c)))
            return false;
    return !name.empty() && name[0] != '.';
}

bool is_drv(std::string_view path) {
    return path.ends_with(".drv");
}

// Context elements made here, kept alive until make_context copies them.
class NewItems {
  public:
    void add(ContextBuilder& ctx, std::string item) {
        ctx.add(m_strings.emplace_back(std::move(item)));
    }

  private:
    std::deque<std::string> m_strings;
};

// The string and the context of a value coerced as Nix's coerceToString
// does (paths are copied to the store); `what` frames only a value that
// cannot be coerced, not a failure to evaluate it.
std::string coerce(EvalState& st, Value& v, PosIdx pos, ContextBuilder& ctx, const char* what) {
    return st.coerce_to_string(v, pos, what, ctx, CoerceMore::No, CopyToStore::Yes);
}

void bi_hasContext(EvalState& st, PosIdx pos, Value** args, Value& out) {
    ContextBuilder ctx;
    st.force_string(*args[0], pos, "while evaluating the argument passed to builtins.hasContext",
                    &ctx);
    out.mk_bool(!ctx.empty());
}

void bi_unsafeDiscardStringContext(EvalState& st, PosIdx pos, Value** args, Value& out) {
    ContextBuilder ctx;
    std::string s =
        coerce(st, *args[0], pos, ctx,
               "while evaluating the argument passed to builtins.unsafeDiscardStringContext");
    st.mk_string(out, s);
}

// Turns "the drv and its closure" into "the drv file only".
void bi_unsafeDiscardOutputDependency(EvalState& st, PosIdx pos, Value** args, Value& out) {
    ContextBuilder ctx;
    std::string s =
        coerce(st, *args[0], pos, ctx,
               "while evaluating the argument passed to builtins.unsafeDiscardOutputDependency");
    for (auto& item : ctx.items)
        if (item.starts_with('=')) item.remove_prefix(1);
    st.mk_string(out, s, ctx);
}

// The inverse: a string whose only context is a .drv file depends on the
// drv's closure.
void bi_addDrvOutputDependencies(EvalState& st, PosIdx pos, Value** args, Value& out) {
    ContextBuilder ctx;
    std::string s =
        coerce(st, *args[0], pos, ctx,
               "while evaluating the argument passed to builtins.addDrvOutputDependencies");
    const Context* c = st.make_context(ctx);
    size_t n = c ? c->size : 0;
    if (n != 1)
        st.error(ErrorKind::Eval, pos,
                 "context of string '" + s + "' must have exactly one element, but has " +
                     std::to_string(n));
    std::string_view item = c->items[0];
    if (item.starts_with('!')) {
        std::string_view output = item.substr(1, item.find('!', 1) - 1);
        st.error(ErrorKind::Eval, pos,
                 "`addDrvOutputDependencies` can only act on derivations, not on a derivation "
                 "output such as '" +
                     std::string(output) + "'");
    }
    ContextBuilder deep;
    NewItems made;
    if (item.starts_with('=')) {
        deep.add(item);
    } else {
        if (!is_drv(item))
            st.error(ErrorKind::Eval, pos, "path '" + std::string(item) + "' is not a derivation");
        made.add(deep, "=" + std::string(item));
    }
    st.mk_string(out, s, deep);
}

// { "/nix/store/p" = { path = true; allOutputs = true; outputs = [ ... ]; }; }
void bi_getContext(EvalState& st, PosIdx pos, Value** args, Value& out) {
    ContextBuilder ctx;
    st.force_string(*args[0], pos, "while evaluating the argument passed to builtins.getContext",
                    &ctx);
    struct Info {
        bool path = false, all_outputs = false;
        std::vector<std::string_view> outputs;
    };
    std::map<std::string_view, Info> infos;
    if (const Context* c = st.make_context(ctx)) {
        for (uint32_t i = 0; i < c->size; ++i) {
            std::string_view item = c->items[i];
            if (item.starts_with('=')) {
                infos[item.substr(1)].all_outputs = true;
            } else if (item.starts_with('!')) {
                size_t bang = item.find('!', 1);
                infos[item.substr(bang + 1)].outputs.push_back(item.substr(1, bang - 1));
            } else {
                infos[item].path = true;
            }
        }
    }
    Symbol s_allOutputs = st.symbols.intern("allOutputs");
    auto mk_true = [&] {
        Value* v = st.alloc_value();
        v->mk_bool(true);
        return v;
    };
    std::vector<Attr> attrs;
    for (auto& [path, info] : infos) {
        std::vector<Attr> fields;
        if (info.path) fields.push_back({st.s.path, {}, mk_true()});
        if (info.all_outputs) fields.push_back({s_allOutputs, {}, mk_true()});
        if (!info.outputs.empty()) {
            ListData* l = st.alloc_list(info.outputs.size());
            for (size_t i = 0; i < info.outputs.size(); ++i) {
                l->elems[i] = st.alloc_value();
                st.mk_string(*l->elems[i], info.outputs[i]);
            }
            Value* lv = st.alloc_value();
            lv->mk_list(l);
            fields.push_back({st.s.outputs, {}, lv});
        }
        Value* v = st.alloc_value();
        v->mk_attrs(st.make_bindings(fields));
        attrs.push_back({st.symbols.intern(path), {}, v});
    }
    out.mk_attrs(st.make_bindings(attrs));
}

// appendContext S { PATH = { path ? false; allOutputs ? false; outputs ? []; }; ... }
void bi_appendContext(EvalState& st, PosIdx pos, Value** args, Value& out) {
    ContextBuilder ctx;
    std::string_view s = st.force_string(
        *args[0], pos, "while evaluating the first argument passed to builtins.appendContext",
        &ctx);
    const Bindings* b = st.force_attrs(
        *args[1], pos, "while evaluating the second argument passed to builtins.appendContext");
    Symbol s_allOutputs = st.symbols.intern("allOutputs");
    NewItems made;
    for (const Attr* a : st.sorted_by_name(b)) {
        const std::string& name = st.symbols[a->name];
        if (!is_store_path(st, name))
            st.error(ErrorKind::Eval, a->pos,
                     "context key '" + quote_string(name) + "' is not a store path");
        const Bindings* info = traced(a->pos, "while evaluating the value of a string context",
                                      [&] { return st.force_attrs(*a->value, a->pos, ""); });
        auto flag = [&](Symbol field, const char* what) {
            const Attr* f = info->find(field);
            return f && traced(f->pos, what, [&] { return st.force_bool(*f->value, f->pos, ""); });
        };
        if (flag(st.s.path, "while evaluating the `path` attribute of a string context"))
            ctx.add(name);
        if (flag(s_allOutputs, "while evaluating the `allOutputs` attribute of a string context")) {
            if (!is_drv(name))
                st.error(ErrorKind::Eval, a->pos,
                         "tried to add all-outputs context of " + quote_string(name) +
                             ", which is not a derivation, to a string");
            made.add(ctx, "=" + name);
        }
        const Attr* outs = info->find(st.s.outputs);
        if (!outs) continue;
        const ListData* l =
            traced(outs->pos, "while evaluating the `outputs` attribute of a string context",
                   [&] { return st.force_list(*outs->value, outs->pos, ""); });
        if (l->size && !is_drv(name))
            st.error(ErrorKind::Eval, a->pos,
                     "tried to add derivation output context of " + quote_string(name) +
                         ", which is not a derivation, to a string");
        for (size_t i = 0; i < l->size; ++i) {
            std::string_view output =
                traced(outs->pos, "while evaluating an output name within a string context",
                       [&] { return st.force_string_no_ctx(*l->elems[i], outs->pos, ""); });
            made.add(ctx, "!" + std::string(output) + "!" + name);
        }
    }
    st.mk_string(out, s, ctx);
}

// placeholder OUTPUT: "/" + nix32(sha256("nix-output:" + OUTPUT)), which
// derivationStrict's callers replace by the output's path at build time.
void bi_placeholder(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string_view name = st.force_string_no_ctx(
        *args[0], pos, "while evaluating the first argument passed to builtins.placeholder");
    util::Hash h = util::hash_string(util::HashAlgo::sha256, "nix-output:" + std::string(name));
    st.mk_string(out, "/" + util::nix32_encode(h.bytes));
}

const PrimOp table[] = {
    {"addDrvOutputDependencies", 1, bi_addDrvOutputDependencies,
     "Makes a string that refers to a .drv depend on the derivation's outputs."},
    {"appendContext", 2, bi_appendContext, "Adds store-path references to a string's context."},
    {"getContext", 1, bi_getContext, "A string's context as a set of store paths."},
    {"hasContext", 1, bi_hasContext, "Whether a string refers to store paths."},
    {"placeholder", 1, bi_placeholder, "The placeholder a builder sees for a derivation output."},
    {"unsafeDiscardOutputDependency", 1, bi_unsafeDiscardOutputDependency,
     "Makes references to a .drv refer to the file only, not its outputs."},
    {"unsafeDiscardStringContext", 1, bi_unsafeDiscardStringContext,
     "The string without its context."},
};

} // namespace

std::span<const PrimOp> context_builtins() {
    return table;
}

} // namespace hearth::lang
