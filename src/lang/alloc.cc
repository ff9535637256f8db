// Allocation of values' parts in the arena.
#include "lang/state.hh"

#include <algorithm>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define HEARTH_POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define HEARTH_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define HEARTH_POISON(p, n) ((void)(p), (void)(n))
#define HEARTH_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace hearth::lang {

static size_t env_bytes(uint32_t size) {
    return sizeof(Env) + sizeof(Value*) * (size ? size - 1 : 0);
}

Env* EvalState::alloc_env_slow(uint32_t size) {
    Env* e;
    if (size <= max_recycled_env && m_free_envs[size]) {
        e = m_free_envs[size];
        HEARTH_UNPOISON(e, env_bytes(size));
        m_free_envs[size] = e->up;
    } else {
        e = static_cast<Env*>(arena.alloc(env_bytes(size), alignof(Env)));
    }
    e->up = nullptr;
    // A loop, not memset: most envs have one or two slots.
    for (uint32_t i = 0; i < (size ? size : 1); ++i) e->values[i] = nullptr;
    return e;
}

void EvalState::recycle_env_poisoned(Env* e, uint32_t size) {
    e->up = m_free_envs[size];
    m_free_envs[size] = e;
    // In sanitized builds a read of a recycled env is an error at once.
    HEARTH_POISON(e, env_bytes(size));
}

StrData* EvalState::alloc_string(size_t len, const Context* ctx) {
    size_t bytes = offsetof(StrData, chars) + len + 1;
    auto* d = static_cast<StrData*>(arena.alloc(bytes, alignof(StrData)));
    d->len = len;
    d->context = ctx;
    d->chars[len] = '\0';
    return d;
}

const StrData* EvalState::make_string(std::string_view s, const Context* ctx) {
    StrData* d = alloc_string(s.size(), ctx);
    std::memcpy(d->chars, s.data(), s.size());
    return d;
}

// Below this length a result is an ordinary string: copying it is cheap,
// and most strings are short.
static constexpr size_t long_string = 256;

const StrData* EvalState::concat_strings(const std::string_view* parts, size_t n, size_t total,
                                         const Context* ctx) {
    if (total < long_string) {
        StrData* d = alloc_string(total, ctx);
        char* p = d->chars;
        for (size_t i = 0; i < n; ++i)
            std::memcpy(p, parts[i].data(), parts[i].size()), p += parts[i].size();
        return d;
    }
    std::string_view first = parts[0];
    char* top = m_tail.buf + m_tail.used;
    bool at_top = m_tail.used && first.data() >= m_tail.buf && first.data() + first.size() == top;
    char* start;
    size_t i = 0;
    if (at_top && m_tail.used + (total - first.size()) < m_tail.cap) {
        // first is the newest long string: its bytes stay where they are.
        start = const_cast<char*>(first.data());
        i = 1;
    } else {
        // A string that was appended to is likely to be again (a fold):
        // room to double, so the copies add up to twice the final length.
        size_t cap = (at_top ? 2 * total : total) + 1;
        m_tail.buf = static_cast<char*>(arena.alloc(cap, 1));
        m_tail.used = 0;
        m_tail.cap = cap;
        start = m_tail.buf;
    }
    char* p = i ? start + first.size() : start;
    for (; i < n; ++i) std::memcpy(p, parts[i].data(), parts[i].size()), p += parts[i].size();
    *p = '\0';
    m_tail.used = size_t(p - m_tail.buf);
    auto* d = static_cast<StrData*>(arena.alloc(sizeof(StrData), alignof(StrData)));
    d->len = total | StrData::external;
    d->context = ctx;
    const char* bytes = start;
    std::memcpy(reinterpret_cast<char*>(d) + offsetof(StrData, chars), &bytes, sizeof bytes);
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

Value* EvalState::make_symbol_value(Symbol s) {
    if (s.id >= m_symbol_values.size()) m_symbol_values.resize(symbols.size() + 64, nullptr);
    Value* v = alloc_value();
    mk_string(*v, symbols[s]);
    m_symbol_values[s.id] = v;
    return v;
}

Bindings* EvalState::alloc_bindings(uint32_t capacity) {
    size_t bytes = sizeof(Bindings) + sizeof(Attr) * (capacity ? capacity - 1 : 0);
    auto* b = static_cast<Bindings*>(arena.alloc(bytes, alignof(Bindings)));
    b->size = 0;
    b->pos = {};
    b->index = nullptr;
    b->index_mask = 0;
    b->lookups = 0;
    return b;
}

void EvalState::trim_bindings(Bindings* b, uint32_t capacity) {
    auto bytes = [](uint32_t n) { return sizeof(Bindings) + sizeof(Attr) * (n ? n - 1 : 0); };
    if (b->size < capacity) arena.give_back(b, bytes(capacity), bytes(b->size));
}

// The arena of the evaluation that is running. Evaluations do not overlap
// in one process (an EvalState is used by one thread at a time), and the
// innermost one wins while they nest.
static Arena* g_index_arena = nullptr;

uint32_t* alloc_index_space(size_t entries) {
    if (!g_index_arena) return nullptr;
    return static_cast<uint32_t*>(
        g_index_arena->alloc(entries * sizeof(uint32_t), alignof(uint32_t)));
}

Attr* alloc_attr_space(size_t entries) {
    // Layered sets only come from `//` during an evaluation.
    if (!g_index_arena) throw std::bad_alloc();
    return static_cast<Attr*>(g_index_arena->alloc(entries * sizeof(Attr), alignof(Attr)));
}

void EvalState::enter_index_arena() {
    m_prev_index_arena = g_index_arena;
    g_index_arena = &arena;
}

void EvalState::leave_index_arena() {
    g_index_arena = static_cast<Arena*>(m_prev_index_arena);
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
    // Each name is looked up in the symbol table once, not per comparison,
    // and its first 8 bytes, as a big-endian number (which orders as the
    // bytes do), decide most comparisons without reading the name again:
    // attrNames of a 200,000-name set otherwise misses the cache on nearly
    // every comparison.
    struct Key {
        uint64_t prefix;
        std::string_view name;
        const Attr* attr;
    };
    std::vector<Key> keys;
    keys.reserve(b->size);
    for (auto& a : *b) {
        std::string_view n = symbols[a.name];
        unsigned char bytes[8] = {};
        std::memcpy(bytes, n.data(), std::min<size_t>(8, n.size()));
        uint64_t prefix = 0;
        for (unsigned char c : bytes) prefix = prefix << 8 | c;
        keys.push_back({prefix, n, &a});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) {
        return x.prefix != y.prefix ? x.prefix < y.prefix : x.name < y.name;
    });
    std::vector<const Attr*> out;
    out.reserve(b->size);
    for (auto& k : keys) out.push_back(k.attr);
    return out;
}

} // namespace hearth::lang
