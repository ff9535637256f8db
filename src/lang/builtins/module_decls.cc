// builtins.hearthModuleOptionDecl: an option declared once, as the module
// system's `fixupOptionType loc (mergeOptionDecls loc decls)` makes it
// (share/hearth/lib/modules.nix). Nearly every option has a single
// declaration, and the general fold (several declarations, type merging,
// "already declared" errors) is a closure and four set unions per option.
// The builtin answers null for anything but one well-formed declaration, and
// the lib then runs its plain-Nix code, which is also what Nix runs.
#include "lang/builtins/module_syms.hh"
#include "lang/builtins/table.hh"

namespace hearth::lang {

Value* option_decl(EvalState& st, Value* unspecified, Value* loc, Value& decls, PosIdx pos) {
    const ModuleSyms& m = ModuleSyms::get(st);
    st.force(decls, pos);
    if (decls.type != Type::List || decls.list->size != 1) return nullptr;
    Value& decl = *decls.list->elems[0];
    st.force(decl, pos);
    if (decl.type != Type::Attrs) return nullptr;
    const Attr* file = decl.attrs->find(m.file_);
    const Attr* declPos = decl.attrs->find(m.pos);
    const Attr* opts = decl.attrs->find(m.options);
    if (!file || !declPos || !opts) return nullptr;
    st.force(*opts->value, pos);
    if (opts->value->type != Type::Attrs) return nullptr;
    const Bindings* opt = opts->value->attrs;
    if (m.type_of(st, *opts->value, pos) != "option") return nullptr;

    // declarationPositions: the attribute's position, else the file alone.
    st.force(*declPos->value, pos);
    Value* where = declPos->value;
    if (where->type == Type::Null) {
        Value* null = st.alloc_value();
        where = small_set(
            st, {{st.s.file, {}, file->value}, {st.s.line, {}, null}, {st.s.column, {}, null}});
    }

    // A submodule type gets the declaring file attached to its modules
    // (setDefaultModuleLocation) and takes them in through substSubModules.
    Value* type = unspecified; // types.unspecified when none is given
    Value* modules = nullptr;
    if (const Attr* t = opt->find(m.opt_type)) {
        type = t->value;
        st.force(*type, pos);
        if (type->type == Type::Attrs) {
            if (const Attr* g = type->attrs->find(m.getSubModules)) {
                st.force(*g->value, pos);
                if (g->value->type != Type::Null) {
                    const Attr* subst = type->attrs->find(m.substSubModules);
                    if (g->value->type != Type::List || !subst) return nullptr;
                    const ListData* sub = g->value->list;
                    ListData* located = st.alloc_list(sub->size);
                    for (size_t i = 0; i < sub->size; ++i)
                        located->elems[i] = small_set(
                            st, {{m.file_, {}, file->value},
                                 {m.imports,
                                  {},
                                  list_value(st, std::initializer_list<Value*>{sub->elems[i]})}});
                    modules = st.alloc_value();
                    modules->mk_list(located);
                    type = st.lazy_apply(subst->value, modules);
                }
            }
        }
    }
    Value* empty = st.alloc_value();
    empty->mk_list(st.alloc_list(0));
    Value* extra = small_set(
        st, {{m.loc, {}, loc},
             {m.declarations, {}, list_value(st, std::initializer_list<Value*>{file->value})},
             {m.declarationPositions, {}, list_value(st, std::initializer_list<Value*>{where})},
             {m.options, {}, empty},
             {m.opt_type, {}, type}});
    Value* r = st.alloc_value();
    r->mk_attrs(st.update_attrs(opt, extra->attrs));
    return r;
}

namespace {

// unspecified loc decls -> the option record, or null (not handled here:
// several declarations, or a subtree of options rather than one).
void bi_optionDecl(EvalState& st, PosIdx pos, Value** args, Value& out) {
    Value* r = option_decl(st, args[0], args[1], *args[2], pos);
    if (r)
        out = *r;
    else
        out.mk_null();
}

const PrimOp table[] = {
    {"hearthModuleOptionDecl", 3, bi_optionDecl,
     "An option with a single declaration, as lib.modules.fixupOptionType makes it; else null."},
};

} // namespace

std::span<const PrimOp> module_decls_builtins() {
    return table;
}

} // namespace hearth::lang
