// builtins.hearthModuleUnify: a module in the one shape the module system
// works with, { _file, _class, key, disabledModules, imports, options,
// config } (share/hearth/lib/modules.nix, unifyModuleSyntax), for both the
// full form (`options`/`config`) and the shorthand (everything is config).
//
//   hearthModuleUnify file key m -> the module record, or null
//
// Null (a module that is not a set, stray attributes beside config/options,
// `require`, or a _file or key that is not already a string) sends the lib
// to its plain-Nix code, which reports the errors and is all Nix has.
#include "lang/builtins/module_syms.hh"
#include "lang/builtins/table.hh"

namespace hearth::lang {

namespace {

// `toString m.<name> or fallback`, when that needs no conversion.
bool string_or(EvalState& st, const Bindings* m, Symbol name, Value* fallback, PosIdx pos,
               Value*& out) {
    const Attr* a = m->find(name);
    if (!a) return out = fallback, true;
    st.force(*a->value, pos);
    out = a->value;
    return a->value->type == Type::String;
}

Value* mk_merge(EvalState& st, const ModuleSyms& m, Value* a, Value* b) {
    Value* tag = st.alloc_value();
    st.mk_string(*tag, "merge");
    return small_set(st, {{m.type, {}, tag},
                          {m.contents, {}, list_value(st, std::initializer_list<Value*>{a, b})}});
}

} // namespace

Value* unify_module(EvalState& st, Value* file_in, Value* key_in, Value& mv, PosIdx pos) {
    const ModuleSyms& m = ModuleSyms::get(st);
    st.force(mv, pos);
    if (mv.type != Type::Attrs) return nullptr;
    const Bindings* mb = mv.attrs;
    bool full = mb->find(m.config) || mb->find(m.options);
    if (mb->find(m.require)) return nullptr;
    if (full) {
        for (const Attr& a : *mb) {
            Symbol n = a.name;
            if (n != m.cls && n != m.file_ && n != st.s.key && n != m.disabledModules &&
                n != m.imports && n != m.options && n != m.config && n != m.meta &&
                n != m.freeformType)
                return nullptr;
        }
    }
    Value *file, *key;
    if (!string_or(st, mb, m.file_, file_in, pos, file) ||
        !string_or(st, mb, st.s.key, key_in, pos, key))
        return nullptr;

    auto attr_or = [&](Symbol name, Value* fallback) {
        const Attr* a = mb->find(name);
        return a ? a->value : fallback;
    };
    Value* null = st.alloc_value();
    Value* no_modules = empty_list(st);
    Value* empty_set = st.alloc_value();
    empty_set->mk_attrs(st.alloc_bindings(0));

    Value* config;
    if (full) {
        config = attr_or(m.config, empty_set);
        if (const Attr* meta = mb->find(m.meta))
            config = mk_merge(st, m, config, small_set(st, {{m.meta, {}, meta->value}}));
    } else {
        Bindings* b = st.alloc_bindings(mb->size);
        uint32_t n = 0;
        for (const Attr& a : *mb)
            if (a.name != m.cls && a.name != m.file_ && a.name != st.s.key &&
                a.name != m.disabledModules && a.name != m.imports && a.name != m.freeformType)
                b->attrs[n++] = a;
        b->size = n;
        b->pos = mb->pos;
        config = st.alloc_value();
        config->mk_attrs(b);
    }
    if (const Attr* ff = mb->find(m.freeformType)) {
        Value* inner = small_set(st, {{m.freeformType, {}, ff->value}});
        config = mk_merge(st, m, config, small_set(st, {{m.module_, {}, inner}}));
    }
    return small_set(st, {{m.file_, {}, file},
                          {m.cls, {}, attr_or(m.cls, null)},
                          {st.s.key, {}, key},
                          {m.disabledModules, {}, attr_or(m.disabledModules, no_modules)},
                          {m.imports, {}, attr_or(m.imports, no_modules)},
                          {m.options, {}, full ? attr_or(m.options, empty_set) : empty_set},
                          {m.config, {}, config}});
}

namespace {

void bi_unify(EvalState& st, PosIdx pos, Value** args, Value& out) {
    Value* r = unify_module(st, args[0], args[1], *args[2], pos);
    if (r)
        out = *r;
    else
        out.mk_null();
}

const PrimOp table[] = {
    {"hearthModuleUnify", 3, bi_unify,
     "A module as lib.modules.unifyModuleSyntax normalises it; else null."},
};

} // namespace

std::span<const PrimOp> module_unify_builtins() {
    return table;
}

} // namespace hearth::lang
