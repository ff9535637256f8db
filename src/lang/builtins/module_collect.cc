// builtins.hearthModuleCollect: the modules of an evaluation in the order
// the module system merges them (share/hearth/lib/modules.nix,
// collectModules' `modules`): the import tree walked depth first, each
// module loaded by the lib's own function, then the breadth-first closure
// over `imports` in which the first module of each key wins and modules
// named by some `disabledModules` are left out.
//
//   hearthModuleCollect load disabledKey file modules class -> [ module ], or null
//
// `load parentFile parentKey n x` is the lib's loadModule (normalised
// module; modules written as plain sets are loaded here without it),
// `disabledKey file item` its key for a disabledModules item. Null
// (a key that is not a string) sends the lib to its plain-Nix code, which is
// all Nix has. Loading happens in the order the plain code forces it.
#include "lang/builtins/module_syms.hh"
#include "lang/builtins/table.hh"

#include <unordered_set>

namespace hearth::lang {

namespace {

struct Node {
    Value* module;
    Value* imports;
    std::vector<Node> children;
};

struct Collector {
    EvalState& st;
    const ModuleSyms& m;
    Value& load;
    Value& cls; // the evaluation's class, a string or null
    PosIdx pos;
    std::vector<std::pair<Value*, Value*>> disabled; // (file, disabledModules)
    Symbol key, disabledModules;

    // loadModule and checkClass of a module written as a set (not a
    // function, path or mkIf/mkOverride), without calling back into the
    // lib; null when the lib's own code must load it.
    Value* load_plain(Value* file, Value* parent_key, size_t n, Value& x) {
        st.force(x, pos);
        if (x.type != Type::Attrs || x.attrs->find(st.s.functor)) return nullptr;
        std::string_view t = m.type_of(st, x, pos);
        if (x.attrs->find(m.type) && t != "module") return nullptr;
        // The key of an anonymous module: "<parent key>:anon-<n>".
        Value* fallback_key = nullptr;
        if (!x.attrs->find(key)) {
            st.force(*parent_key, pos);
            if (parent_key->type != Type::String) return nullptr;
            fallback_key = st.alloc_value();
            st.mk_string(*fallback_key,
                         std::string(parent_key->string_view()) + ":anon-" + std::to_string(n));
        }
        Value* module = unify_module(st, file, fallback_key, x, pos);
        if (!module || cls.type == Type::Null) return module;
        Value& c = *module->attrs->find(m.cls)->value;
        st.force(c, pos);
        if (c.type == Type::Null ||
            (c.type == Type::String && c.string_view() == cls.string_view()))
            return module;
        return nullptr; // the lib reports the class mismatch
    }

    // collectTree: the nodes for list ms imported by (file, parent key).
    std::vector<Node> tree(Value* file, Value* parent_key, Value& ms) {
        const ListData* l = st.force_list(ms, pos, "while evaluating the imports of a module");
        std::vector<Node> nodes;
        nodes.reserve(l->size);
        for (size_t i = 0; i < l->size; ++i) {
            Value* n = st.small_int(int64_t(i + 1));
            if (!n) {
                n = st.alloc_value();
                n->mk_int(int64_t(i + 1));
            }
            Value* module = load_plain(file, parent_key, i + 1, *l->elems[i]);
            if (!module) {
                Value* args[4] = {file, parent_key, n, l->elems[i]};
                module = st.alloc_value();
                st.call_function(load, 4, args, *module, pos);
            }
            const Bindings* b = st.force_attrs(*module, pos, "while evaluating a loaded module");
            Value& dis =
                *require_attr(st, b, disabledModules, "while selecting 'disabledModules'")->value;
            st.force(dis, pos);
            Value* own_file = require_attr(st, b, m.file_, "while selecting '_file'")->value;
            if (!(dis.type == Type::List && dis.list->size == 0))
                disabled.push_back({own_file, &dis});
            Value* imports = require_attr(st, b, m.imports, "while selecting 'imports'")->value;
            Value* own_key = require_attr(st, b, key, "while selecting 'key'")->value;
            nodes.push_back({module, imports, tree(own_file, own_key, *imports)});
        }
        return nodes;
    }
};

void bi_collect(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ModuleSyms& m = ModuleSyms::get(st);
    st.force(*args[4], pos);
    if (args[4]->type != Type::Null && args[4]->type != Type::String) return out.mk_null();
    Collector c{st, m, *args[0], *args[4], pos, {}, st.s.key, m.disabledModules};
    Value* no_key = st.alloc_value();
    st.mk_string(*no_key, "");
    std::vector<Node> roots = c.tree(args[2], no_key, *args[3]);

    std::vector<Value*> disabled_keys;
    for (auto& [file, items] : c.disabled) {
        const ListData* l = st.force_list(*items, pos, "while evaluating disabledModules");
        for (size_t i = 0; i < l->size; ++i) {
            Value* k = st.alloc_value();
            Value* a[2] = {file, l->elems[i]};
            st.call_function(*args[1], 2, a, *k, pos);
            disabled_keys.push_back(k);
        }
    }
    auto key_of = [&](const Node& n) -> Value& {
        Value& k = *require_attr(st, n.module->attrs, c.key, "while selecting 'key'")->value;
        st.force(k, pos);
        return k;
    };
    auto is_disabled = [&](const Node& n) {
        if (disabled_keys.empty()) return false;
        Value& k = key_of(n);
        for (Value* d : disabled_keys)
            if (st.eq_values(k, *d, pos, "")) return true;
        return false;
    };

    // genericClosure over the kept nodes: a queue (work from `next` on), and
    // the keys seen, searched in a list while they are few (a submodule's
    // evaluation has a handful of modules) and hashed past that.
    SmallVec<const Node*, 16> work;
    for (const Node& n : roots)
        if (!is_disabled(n)) work.push_back(&n);
    SmallVec<std::string_view, 16> seen_few;
    std::unordered_set<std::string_view> seen_many;
    auto first_sight = [&](std::string_view k) {
        if (!seen_many.empty()) return seen_many.insert(k).second;
        for (std::string_view s : seen_few)
            if (s == k) return false;
        seen_few.push_back(k);
        if (seen_few.size() > 16) seen_many.insert(seen_few.begin(), seen_few.end());
        return true;
    };
    SmallVec<Value*, 16> modules;
    for (size_t next = 0; next < work.size(); ++next) {
        const Node* n = work[next];
        Value& k = key_of(*n);
        if (k.type != Type::String) return out.mk_null();
        if (!first_sight(k.string_view())) continue;
        modules.push_back(n->module);
        for (const Node& child : n->children)
            if (!is_disabled(child)) work.push_back(&child);
    }
    out = *list_value(st, modules);
}

const PrimOp table[] = {
    {"hearthModuleCollect", 5, bi_collect,
     "The modules of an evaluation in merge order (lib.modules.collectModules); else null."},
};

} // namespace

std::span<const PrimOp> module_collect_builtins() {
    return table;
}

} // namespace hearth::lang
