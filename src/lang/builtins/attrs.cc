// Builtins on attribute sets.
#include "lang/builtins/table.hh"

#include <algorithm>
#include <bit>
#include <unordered_map>
#include <unordered_set>

namespace hearth::lang {

namespace {

// Error contexts are built only when they can be needed (see lists.cc).
const Bindings* attrs_arg(EvalState& st, Value& v, PosIdx pos, const char* nth, const char* fn) {
    st.force(v, pos);
    if (v.type == Type::Attrs) return v.attrs;
    return st.force_attrs(
        v, pos, std::string("while evaluating the ") + nth + " argument passed to builtins." + fn);
}

Symbol name_arg(EvalState& st, Value& v, PosIdx pos, const char* nth, const char* fn) {
    if (v.type == Type::String && !v.str->context) return st.symbols.intern(v.str->view());
    return st.symbols.intern(st.force_string_no_ctx(
        v, pos, std::string("while evaluating the ") + nth + " argument passed to builtins." + fn));
}

void bi_attrNames(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const Bindings* b =
        st.force_attrs(*args[0], pos, "while evaluating the argument passed to builtins.attrNames");
    auto sorted = st.sorted_by_name(b);
    ListData* l = st.alloc_list(sorted.size());
    for (size_t i = 0; i < sorted.size(); ++i) l->elems[i] = st.symbol_value(sorted[i]->name);
    out.mk_list(l);
}

void bi_attrValues(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const Bindings* b = st.force_attrs(
        *args[0], pos, "while evaluating the argument passed to builtins.attrValues");
    auto sorted = st.sorted_by_name(b);
    ListData* l = st.alloc_list(sorted.size());
    for (size_t i = 0; i < sorted.size(); ++i) l->elems[i] = sorted[i]->value;
    out.mk_list(l);
}

void bi_getAttr(EvalState& st, PosIdx pos, Value** args, Value& out) {
    Symbol n = name_arg(st, *args[0], pos, "first", "getAttr");
    const Bindings* b = attrs_arg(st, *args[1], pos, "second", "getAttr");
    const Attr* a = b->find(n);
    if (!a) {
        EvalError e(ErrorKind::MissingAttr, "attribute '" + st.symbols[n] + "' missing");
        e.add_trace({}, "in the attribute set under consideration");
        throw e;
    }
    st.force(*a->value, pos);
    out = *a->value;
}

void bi_hasAttr(EvalState& st, PosIdx pos, Value** args, Value& out) {
    Symbol n = name_arg(st, *args[0], pos, "first", "hasAttr");
    const Bindings* b = attrs_arg(st, *args[1], pos, "second", "hasAttr");
    out.mk_bool(b->find(n) != nullptr);
}

void bi_removeAttrs(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const Bindings* b = attrs_arg(st, *args[0], pos, "first", "removeAttrs");
    const ListData* names = st.force_list(
        *args[1], pos, "while evaluating the second argument passed to builtins.removeAttrs");
    std::vector<uint32_t> drop;
    for (size_t i = 0; i < names->size; ++i) {
        std::string_view n = st.force_string_no_ctx(
            *names->elems[i], pos,
            "while evaluating the values of the second argument passed to builtins.removeAttrs");
        Symbol s = st.symbols.find(n);
        if (s) drop.push_back(s.id);
    }
    std::sort(drop.begin(), drop.end());
    Bindings* r = st.alloc_bindings(b->size);
    uint32_t k = 0;
    for (auto& a : *b)
        if (!std::binary_search(drop.begin(), drop.end(), a.name.id)) r->attrs[k++] = a;
    r->size = k;
    r->pos = b->pos;
    out.mk_attrs(r);
}

void bi_listToAttrs(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = st.force_list(
        *args[0], pos, "while evaluating the argument passed to builtins.listToAttrs");
    std::vector<Attr> attrs;
    attrs.reserve(l->size);
    // Names seen so far, as an open-addressing set of symbol ids (a node
    // per name in std::unordered_set cost a malloc each).
    std::vector<uint32_t> seen_slots(std::bit_ceil(2 * l->size + 2), 0);
    size_t seen_mask = seen_slots.size() - 1;
    auto first_time = [&](Symbol s) {
        for (size_t h = (s.id * 2654435761u) & seen_mask;; h = (h + 1) & seen_mask) {
            if (seen_slots[h] == s.id) return false;
            if (!seen_slots[h]) return seen_slots[h] = s.id, true;
        }
    };
    for (size_t i = 0; i < l->size; ++i) {
        const Bindings* e = st.force_attrs(
            *l->elems[i], pos,
            "while evaluating an element of the list passed to builtins.listToAttrs");
        const Attr* n = require_attr(st, e, st.s.name, "in a {name=...; value=...;} pair");
        std::string_view name = checked_at(n->pos, ErrorAt::Yes, [&] {
            return st.force_string_no_ctx(*n->value, n->pos,
                                          "while evaluating the `name` attribute of an element of "
                                          "the list passed to builtins.listToAttrs");
        });
        // The first occurrence of a name wins; later ones need no value.
        Symbol sym = st.symbols.intern(name);
        if (!first_time(sym)) continue;
        const Attr* v = require_attr(st, e, st.s.value, "in a {name=...; value=...;} pair");
        attrs.push_back({sym, v->pos, v->value});
    }
    out.mk_attrs(st.make_bindings(attrs));
}

void bi_intersectAttrs(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const Bindings* a = attrs_arg(st, *args[0], pos, "first", "intersectAttrs");
    const Bindings* b = attrs_arg(st, *args[1], pos, "second", "intersectAttrs");
    Bindings* r = st.alloc_bindings(std::min(a->size, b->size));
    uint32_t k = 0;
    if (a->size * 8 < b->size) {
        // callPackage: a function's few arguments against a whole package
        // set; looking each up beats walking the set.
        for (const Attr& x : *a)
            if (const Attr* y = b->find(x.name)) r->attrs[k++] = *y;
    } else {
        const Attr *x = a->begin(), *y = b->begin();
        uint32_t i = 0, j = 0;
        while (i < a->size && j < b->size) {
            if (x[i].name.id < y[j].name.id)
                ++i;
            else if (y[j].name.id < x[i].name.id)
                ++j;
            else
                r->attrs[k++] = y[j], ++i, ++j;
        }
    }
    r->size = k;
    out.mk_attrs(r);
}

void bi_catAttrs(EvalState& st, PosIdx pos, Value** args, Value& out) {
    Symbol n = name_arg(st, *args[0], pos, "first", "catAttrs");
    const ListData* l = st.force_list(
        *args[1], pos, "while evaluating the second argument passed to builtins.catAttrs");
    std::vector<Value*> found;
    for (size_t i = 0; i < l->size; ++i) {
        const Bindings* b = st.force_attrs(*l->elems[i], pos,
                                           "while evaluating an element in the list passed as "
                                           "second argument to builtins.catAttrs");
        if (const Attr* a = b->find(n)) found.push_back(a->value);
    }
    ListData* r = st.alloc_list(found.size());
    std::copy(found.begin(), found.end(), r->elems);
    out.mk_list(r);
}

void bi_mapAttrs(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const Bindings* b = attrs_arg(st, *args[1], pos, "second", "mapAttrs");
    Bindings* r = st.alloc_bindings(b->size);
    const Attr* from = b->begin();
    for (uint32_t i = 0; i < b->size; ++i) {
        const Attr& a = from[i];
        r->attrs[i] = {a.name, PosIdx{}, st.lazy_apply(args[0], a.name, a.value)};
    }
    r->size = b->size;
    out.mk_attrs(r);
}

void bi_zipAttrsWith(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.force_function(*args[0], pos,
                      "while evaluating the first argument passed to builtins.zipAttrsWith");
    const ListData* l = st.force_list(
        *args[1], pos, "while evaluating the second argument passed to builtins.zipAttrsWith");
    std::unordered_map<uint32_t, std::vector<Value*>> groups;
    std::vector<Symbol> order;
    for (size_t i = 0; i < l->size; ++i) {
        const Bindings* b = st.force_attrs(*l->elems[i], pos,
                                           "while evaluating a value of the list passed as second "
                                           "argument to builtins.zipAttrsWith");
        for (auto& a : *b) {
            auto& g = groups[a.name.id];
            if (g.empty()) order.push_back(a.name);
            g.push_back(a.value);
        }
    }
    std::vector<Attr> attrs;
    for (Symbol s : order) {
        auto& g = groups[s.id];
        ListData* vl = st.alloc_list(g.size());
        std::copy(g.begin(), g.end(), vl->elems);
        Value* lv = st.alloc_value();
        lv->mk_list(vl);
        attrs.push_back({s, {}, st.lazy_apply(args[0], s, lv)});
    }
    out.mk_attrs(st.make_bindings(attrs));
}

void bi_unsafeGetAttrPos(EvalState& st, PosIdx pos, Value** args, Value& out) {
    Symbol n = name_arg(st, *args[0], pos, "first", "unsafeGetAttrPos");
    const Bindings* b = attrs_arg(st, *args[1], pos, "second", "unsafeGetAttrPos");
    const Attr* a = b->find(n);
    if (!a || !a->pos) return out.mk_null();
    st.mk_pos(out, a->pos);
}

const PrimOp table[] = {
    {"attrNames", 1, bi_attrNames, "The names of a set's attributes, sorted."},
    {"attrValues", 1, bi_attrValues, "The values of a set's attributes, sorted by name."},
    {"catAttrs", 2, bi_catAttrs, "The values of attribute NAME in each set of a list that has it."},
    {"getAttr", 2, bi_getAttr, "Attribute NAME of a set (s.${name})."},
    {"hasAttr", 2, bi_hasAttr, "Whether a set has attribute NAME (s ? ${name})."},
    {"intersectAttrs", 2, bi_intersectAttrs,
     "The attributes of the second set whose names are in the first."},
    {"listToAttrs", 1, bi_listToAttrs,
     "A set from a list of { name; value; }; the first of a name wins."},
    {"mapAttrs", 2, bi_mapAttrs, "Applies f name value to each attribute, lazily."},
    {"removeAttrs", 2, bi_removeAttrs, "A set without the named attributes."},
    {"unsafeGetAttrPos", 2, bi_unsafeGetAttrPos,
     "{ file; line; column; } where an attribute was defined, or null."},
    {"zipAttrsWith", 2, bi_zipAttrsWith, "Merges a list of sets: f name [values] per name."},
};

} // namespace

std::span<const PrimOp> attrs_builtins() {
    return table;
}

} // namespace hearth::lang
