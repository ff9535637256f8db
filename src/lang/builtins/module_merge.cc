// The module system's grouping of declarations and definitions by name, one
// level of the option tree at a time (share/hearth/lib/modules.nix,
// mergeModules'), and its pushDownProperties:
//
//   hearthModuleDeclsByName modules  -> declsByName, or null
//   hearthModuleDefsByName configs   -> { raw = rawByName; pushed = pushedDownByName; }, or null
//   hearthModulePushDown defs        -> [ { file, config } ] for [ { file, value } ]
//   hearthModulePushDownModules ms   -> the same for modules' [ { _file, config } ]
//
// Null means "not handled here" (a module whose options or config is not a
// set): the lib then runs its plain-Nix code, which reports the error, and
// which is all Nix has. Declarations and definitions are separate builtins
// because the option names must be known from declarations alone, before
// any definition is looked at.
#include "lang/builtins/module_syms.hh"
#include "lang/builtins/table.hh"

#include <algorithm>

namespace hearth::lang {

namespace {

// Values grouped by attribute name, each group in the order added, as
// zipAttrsWith collects them. Gathered flat and sorted by name: a hash map
// of vectors cost a malloc per name and per regrowth, and these run per
// level of every option tree.
class Groups {
  public:
    void add(Symbol name, Value* v) { m_items.push_back({name, uint32_t(m_items.size()), v}); }

    // Sorts the items into groups; returns how many names there are.
    uint32_t sort() {
        std::sort(m_items.begin(), m_items.end(), [](const Item& a, const Item& b) {
            return a.name.id != b.name.id ? a.name.id < b.name.id : a.seq < b.seq;
        });
        uint32_t n = 0;
        for (size_t i = 0; i < m_items.size(); ++i)
            if (i == 0 || m_items[i].name != m_items[i - 1].name) ++n;
        return n;
    }

    // Calls f(name, list of the group's values) for each group, by name.
    template <typename F> void each(EvalState& st, F f) const {
        for (size_t i = 0; i < m_items.size();) {
            size_t j = i + 1;
            while (j < m_items.size() && m_items[j].name == m_items[i].name) ++j;
            ListData* l = st.alloc_list(j - i);
            for (size_t k = i; k < j; ++k) l->elems[k - i] = m_items[k].value;
            Value* v = st.alloc_value();
            v->mk_list(l);
            f(m_items[i].name, v);
            i = j;
        }
    }

  private:
    struct Item {
        Symbol name;
        uint32_t seq;
        Value* value;
    };
    SmallVec<Item, 64> m_items;
};

// A set of the given size, filled in order of name (as Groups::each goes).
struct SetBuilder {
    Bindings* b;
    SetBuilder(EvalState& st, uint32_t size) : b(st.alloc_bindings(size)) {}
    void add(Symbol name, Value* v) { b->attrs[b->size++] = {name, {}, v}; }
    Value* value(EvalState& st) {
        Value* r = st.alloc_value();
        r->mk_attrs(b);
        return r;
    }
};

// What builtins.unsafeGetAttrPos gives for an attribute, the file string
// shared by all the attributes of one file.
struct FileCache {
    const Origin* origin = nullptr;
    Value* file = nullptr;
};
Value* attr_pos(EvalState& st, const Attr& a, FileCache& files) {
    if (!a.pos) return nullptr;
    const Pos& p = st.positions[a.pos];
    if (!files.file || files.origin != p.origin) {
        files.origin = p.origin;
        Value*& file = files.file;
        file = st.alloc_value();
        st.mk_string(*file,
                     p.origin ? (p.origin->path.empty() ? p.origin->label : p.origin->path) : "");
    }
    Value* line = st.alloc_value();
    line->mk_int(p.line);
    Value* col = st.alloc_value();
    col->mk_int(p.column);
    return small_set(st,
                     {{st.s.file, {}, files.file}, {st.s.line, {}, line}, {st.s.column, {}, col}});
}

Value* decls_by_name_in(EvalState& st, Value& modules_v, PosIdx pos) {
    const ModuleSyms& m = ModuleSyms::get(st);
    st.force(modules_v, pos);
    if (modules_v.type != Type::List) return nullptr;
    const ListData* modules = modules_v.list;
    Groups groups;
    FileCache files;
    Value* null = st.alloc_value();
    for (size_t i = 0; i < modules->size; ++i) {
        Value& module = *modules->elems[i];
        st.force(module, pos);
        if (module.type != Type::Attrs) return nullptr;
        const Attr* file = module.attrs->find(m.file_);
        const Attr* options = module.attrs->find(m.options);
        if (!file || !options) return nullptr;
        st.force(*options->value, pos);
        if (options->value->type != Type::Attrs) return nullptr;
        for (const Attr& a : *options->value->attrs) {
            Value* where = attr_pos(st, a, files);
            groups.add(a.name, small_set(st, {{m.file_, {}, file->value},
                                              {m.pos, {}, where ? where : null},
                                              {m.options, {}, a.value}}));
        }
    }
    SetBuilder result(st, groups.sort());
    groups.each(st, [&](Symbol name, Value* decls) { result.add(name, decls); });
    return result.value(st);
}

void bi_declsByName(EvalState& st, PosIdx pos, Value** args, Value& out) {
    Value* r = decls_by_name_in(st, *args[0], pos);
    if (r)
        out = *r;
    else
        out.mk_null();
}

// pushDownProperties of one value, appended to out: mkMerge is split, and
// mkIf/mkOverride on a set move onto each of its attributes.
using Pushed = SmallVec<Value*, 8>;

void push_down(EvalState& st, const ModuleSyms& m, Value& cfg, PosIdx pos, Pushed& out) {
    st.force(cfg, pos);
    std::string_view t = m.type_of(st, cfg, pos);
    if (t == "merge") {
        const ListData* l = st.force_list(
            *require_attr(st, cfg.attrs, m.contents, "while selecting 'contents'")->value, pos,
            "while evaluating the contents of a mkMerge");
        for (size_t i = 0; i < l->size; ++i) push_down(st, m, *l->elems[i], pos, out);
        return;
    }
    if (t != "if" && t != "override") {
        out.push_back(&cfg);
        return;
    }
    // The wrapper, rebuilt around each attribute of the content.
    Value* tag = require_attr(st, cfg.attrs, m.type, "while selecting '_type'")->value;
    Symbol key = t == "if" ? m.condition : m.priority;
    Value* arg =
        require_attr(st, cfg.attrs, key,
                     t == "if" ? "while selecting 'condition'" : "while selecting 'priority'")
            ->value;
    size_t first = out.size();
    push_down(st, m, *require_attr(st, cfg.attrs, m.content, "while selecting 'content'")->value,
              pos, out);
    for (size_t i = first; i < out.size(); ++i) {
        Value& v = *out[i];
        st.force(v, pos);
        if (v.type != Type::Attrs) continue;
        Bindings* b = st.alloc_bindings(v.attrs->size);
        uint32_t n = 0;
        for (const Attr& a : *v.attrs) {
            b->attrs[n++] = {
                a.name, a.pos,
                small_set(st, {{m.type, {}, tag}, {key, {}, arg}, {m.content, {}, a.value}})};
        }
        b->size = n;
        Value* w = st.alloc_value();
        w->mk_attrs(b);
        out[i] = w;
    }
}

// [ { file, value } ] -> [ { file, config } ], each value pushed down.
// file_sym/value_sym: which attributes of each element hold the file and the
// value (`file`/`value` for definitions, `_file`/`config` for modules).
void push_defs(EvalState& st, const ModuleSyms& m, const ListData* defs, Symbol file_sym,
               Symbol value_sym, PosIdx pos, Value& out) {
    SmallVec<Value*, 16> result;
    Pushed pushed;
    for (size_t i = 0; i < defs->size; ++i) {
        const Bindings* d = st.force_attrs(*defs->elems[i], pos, "while evaluating a definition");
        Value* file =
            require_attr(st, d, file_sym, "while selecting the file of a definition")->value;
        pushed.clear();
        push_down(
            st, m,
            *require_attr(st, d, value_sym, "while selecting the value of a definition")->value,
            pos, pushed);
        for (Value* c : pushed) {
            result.push_back(small_set(st, {{st.s.file, {}, file}, {m.config, {}, c}}));
        }
    }
    out = *list_value(st, result);
}

void bi_pushDown(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& m = ModuleSyms::get(st);
    push_defs(st, m, st.force_list(*args[0], pos, "while evaluating the definitions to push down"),
              st.s.file, st.s.value, pos, out);
}

// mergeModules' first step: every module's config, pushed down, as
// [ { file = m._file; config; } ].
void bi_pushDownModules(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& m = ModuleSyms::get(st);
    push_defs(st, m, st.force_list(*args[0], pos, "while evaluating the modules to push down"),
              m.file_, m.config, pos, out);
}

const PrimOp push_down_op = {
    "hearthModulePushDown", 1, bi_pushDown,
    "Definitions with properties pushed down (lib.modules.pushDownProperties)."};

Value* defs_by_name_in(EvalState& st, Value& configs_v, PosIdx pos) {
    const ModuleSyms& m = ModuleSyms::get(st);
    st.force(configs_v, pos);
    if (configs_v.type != Type::List) return nullptr;
    const ListData* configs = configs_v.list;
    Groups groups;
    for (size_t i = 0; i < configs->size; ++i) {
        Value& c = *configs->elems[i];
        st.force(c, pos);
        if (c.type != Type::Attrs) return nullptr;
        const Attr* file = c.attrs->find(st.s.file);
        const Attr* config = c.attrs->find(m.config);
        if (!file || !config) return nullptr;
        st.force(*config->value, pos);
        if (config->value->type != Type::Attrs) return nullptr;
        for (const Attr& a : *config->value->attrs) {
            groups.add(a.name,
                       small_set(st, {{st.s.file, {}, file->value}, {st.s.value, {}, a.value}}));
        }
    }
    static Value push_fn;
    push_fn.mk_primop(&push_down_op);
    uint32_t names = groups.sort();
    SetBuilder raw(st, names), pushed(st, names);
    groups.each(st, [&](Symbol name, Value* defs) {
        raw.add(name, defs);
        pushed.add(name, st.lazy_apply(&push_fn, defs));
    });
    return small_set(st, {{m.raw, {}, raw.value(st)}, {m.pushed, {}, pushed.value(st)}});
}

void bi_defsByName(EvalState& st, PosIdx pos, Value** args, Value& out) {
    Value* r = defs_by_name_in(st, *args[0], pos);
    if (r)
        out = *r;
    else
        out.mk_null();
}

const PrimOp table[] = {
    {"hearthModuleDeclsByName", 1, bi_declsByName,
     "A module list's option declarations grouped by name (lib.modules.mergeModules'); else null."},
    {"hearthModuleDefsByName", 1, bi_defsByName,
     "Definitions grouped by name, as written and pushed down (lib.modules.mergeModules'); else "
     "null."},
    push_down_op,
    {"hearthModulePushDownModules", 1, bi_pushDownModules,
     "Each module's config pushed down, as [ { file, config } ] (lib.modules.mergeModules)."},
};

} // namespace

Value* decls_by_name(EvalState& st, Value& modules, PosIdx pos) {
    return decls_by_name_in(st, modules, pos);
}
Value* defs_by_name(EvalState& st, Value& configs, PosIdx pos) {
    return defs_by_name_in(st, configs, pos);
}

std::span<const PrimOp> module_merge_builtins() {
    return table;
}

} // namespace hearth::lang
