// Allocation of values' parts in the arena.
#include "lang/state.hh"

#include <algorithm>
#include <cstring>

namespace hearth::lang {

Env* EvalState::alloc_env(uint32_t size) {
    size_t bytes = sizeof(Env) + sizeof(Value*) * (size ? size - 1 : 0);
    auto* e = static_cast<Env*>(arena.alloc(bytes, alignof(Env)));
    e->up = nullptr;
    std::memset(e->values, 0, sizeof(Value*) * (size ? size : 1));
    return e;
}

const StrData* EvalState::make_string(std::string_view s, const Context* ctx) {
    size_t bytes = offsetof(StrData, chars) + s.size() + 1;
    auto* d = static_cast<StrData*>(arena.alloc(bytes, alignof(StrData)));
    d->len = s.size();
    d->context = ctx;
    std::memcpy(d->chars, s.data(), s.size());
    d->chars[s.size()] = '\0';
    return d;
}

const Context* EvalState::make_context(std::vector<std::string_view> items) {
    if (items.empty()) return nullptr;
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    size_t bytes = sizeof(Context) + sizeof(std::string_view) * (items.size() - 1);
    auto* c = static_cast<Context*>(arena.alloc(bytes, alignof(Context)));
    c->size = uint32_t(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        // Context strings outlive the builder: copy them into the arena.
        char* p = static_cast<char*>(arena.alloc(items[i].size() + 1, 1));
        std::memcpy(p, items[i].data(), items[i].size());
        p[items[i].size()] = 0;
        new (&c->items[i]) std::string_view(p, items[i].size());
    }
    return c;
}

void EvalState::mk_string(Value& v, std::string_view s, const ContextBuilder& ctx) {
    v.mk_string(make_string(s, ctx.empty() ? nullptr : make_context(ctx)));
}

Bindings* EvalState::alloc_bindings(uint32_t capacity) {
    size_t bytes = sizeof(Bindings) + sizeof(Attr) * (capacity ? capacity - 1 : 0);
    uint32_t mask = 0;
    if (capacity >= Bindings::index_threshold) {
        uint32_t slots = 1;
        while (slots < capacity * 2) slots <<= 1; // load factor at most 1/2
        mask = slots - 1;
        bytes += sizeof(uint32_t) * slots;
    }
    auto* b = static_cast<Bindings*>(arena.alloc(bytes, alignof(Bindings)));
    b->size = 0;
    b->pos = {};
    b->capacity = capacity ? capacity : 1;
    b->index_mask = mask;
    b->index_built = false;
    return b;
}

ListData* EvalState::alloc_list(size_t size) {
    size_t bytes = sizeof(ListData) + sizeof(Value*) * (size ? size - 1 : 0);
    auto* l = static_cast<ListData*>(arena.alloc(bytes, alignof(ListData)));
    l->size = size;
    return l;
}

const Bindings* EvalState::make_bindings(std::vector<Attr>& attrs) {
    std::stable_sort(attrs.begin(), attrs.end(),
                     [](const Attr& a, const Attr& b) { return a.name.id < b.name.id; });
    Bindings* b = alloc_bindings(uint32_t(attrs.size()));
    uint32_t n = 0;
    for (auto& a : attrs) {
        if (n > 0 && b->attrs[n - 1].name == a.name) continue; // first one wins
        b->attrs[n++] = a;
    }
    b->size = n;
    return b;
}

std::vector<const Attr*> EvalState::sorted_by_name(const Bindings* b) const {
    std::vector<const Attr*> out;
    out.reserve(b->size);
    for (auto& a : *b) out.push_back(&a);
    std::sort(out.begin(), out.end(),
              [this](const Attr* x, const Attr* y) { return symbols[x->name] < symbols[y->name]; });
    return out;
}

} // namespace hearth::lang
