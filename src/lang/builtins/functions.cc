// Builtins about functions and graphs: functionArgs, genericClosure.
#include "lang/builtins/table.hh"

#include <memory>
#include <set>

namespace hearth::lang {

namespace {

void bi_functionArgs(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.force(*args[0], pos);
    Value& f = *args[0];
    if (f.type == Type::PrimOp || f.type == Type::PrimOpApp) {
        out.mk_attrs(st.alloc_bindings(0));
        return;
    }
    if (f.type != Type::Lambda)
        throw EvalError(ErrorKind::Type, "'functionArgs' requires a function");
    std::vector<Attr> attrs;
    for (auto& fm : f.lambda.fn->formals) {
        Value* b = st.alloc_value();
        b->mk_bool(fm.def != nullptr);
        attrs.push_back({fm.name, fm.pos, b});
    }
    out.mk_attrs(st.make_bindings(attrs));
}

// An open-addressing set of pointers, for genericClosure's keys.
class PointerSet {
  public:
    PointerSet() : m_slots(64, nullptr) {}
    // Empties the set, in time for what it held; its memory stays for the
    // next user (see ClosureScratch).
    void clear() {
        for (uint32_t i : m_filled) m_slots[i] = nullptr;
        m_filled.clear();
    }
    // False when p was there already.
    bool insert(const void* p) {
        size_t i = slot_for(p);
        if (m_slots[i]) return false;
        m_slots[i] = p;
        m_filled.push_back(uint32_t(i));
        if (m_filled.size() * 2 > m_slots.size()) grow();
        return true;
    }

  private:
    size_t slot_for(const void* p) const {
        size_t mask = m_slots.size() - 1;
        size_t i = (reinterpret_cast<uintptr_t>(p) >> 3) * 0x9e3779b97f4a7c15ull >> 40;
        for (i &= mask; m_slots[i]; i = (i + 1) & mask)
            if (m_slots[i] == p) break;
        return i;
    }
    void grow() {
        std::vector<const void*> old(m_slots.size() * 2, nullptr);
        old.swap(m_slots);
        m_filled.clear();
        for (const void* p : old)
            if (p) {
                size_t i = slot_for(p);
                m_slots[i] = p;
                m_filled.push_back(uint32_t(i));
            }
    }
    std::vector<const void*> m_slots;
    std::vector<uint32_t> m_filled; // the slots in use
};

// An open-addressing set of strings, each slot holding the string's hash
// beside it: a probe reads one array, and a string's bytes only when the
// hashes agree (std::unordered_set chased a node per probe, and allocated
// one per key).
class StringSet {
  public:
    StringSet() : m_slots(64) {}
    // False when s was there already.
    bool insert(std::string_view s) {
        uint64_t h = std::hash<std::string_view>()(s) | 1; // 0 marks an empty slot
        size_t mask = m_slots.size() - 1;
        size_t i = h & mask;
        for (; m_slots[i].hash; i = (i + 1) & mask)
            if (m_slots[i].hash == h && m_slots[i].str == s) return false;
        m_slots[i] = {h, s};
        m_filled.push_back(uint32_t(i));
        if (m_filled.size() * 2 > m_slots.size()) grow();
        return true;
    }
    bool empty() const { return m_filled.empty(); }
    template <typename F> void each(F f) const {
        for (uint32_t i : m_filled) f(m_slots[i].str);
    }
    // Empties the set, in time for what it held; its memory stays for the
    // next user (see ClosureScratch).
    void clear() {
        for (uint32_t i : m_filled) m_slots[i] = {};
        m_filled.clear();
    }

  private:
    struct Slot {
        uint64_t hash = 0;
        std::string_view str;
    };
    void grow() {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_filled.clear();
        size_t mask = m_slots.size() - 1;
        for (auto& sl : old) {
            if (!sl.hash) continue;
            size_t i = sl.hash & mask;
            while (m_slots[i].hash) i = (i + 1) & mask;
            m_slots[i] = sl;
            m_filled.push_back(uint32_t(i));
        }
    }
    std::vector<Slot> m_slots;
    std::vector<uint32_t> m_filled; // the slots in use
};

// genericClosure's working memory, kept from one call to the next (package
// sets ask for hundreds of closures, and memory freed after each was given
// back to the kernel and faulted in again by the next). A call made while
// another runs (from its operator) makes its own.
struct ClosureScratch {
    std::vector<Value*> work, result;
    StringSet string_keys;
    PointerSet seen_strings;
    bool busy = false;
};

class ScratchLease {
  public:
    ScratchLease() {
        static thread_local ClosureScratch shared;
        if (!shared.busy)
            m_s = &shared;
        else
            m_own = std::make_unique<ClosureScratch>(), m_s = m_own.get();
        m_s->busy = true;
    }
    ~ScratchLease() {
        m_s->work.clear(), m_s->result.clear();
        m_s->string_keys.clear(), m_s->seen_strings.clear();
        m_s->busy = false;
    }
    ScratchLease(const ScratchLease&) = delete;
    ScratchLease& operator=(const ScratchLease&) = delete;
    ClosureScratch* operator->() { return m_s; }

  private:
    ClosureScratch* m_s;
    std::unique_ptr<ClosureScratch> m_own;
};

// The items are mostly `map`'s unforced applications (`d: { key = d.name;
// ... }`) to sets scattered over the heap, and each item's cache misses
// come one after another: the value d, its set, the set's values, the key
// string. Each step asks for one level of the next items, a level deeper
// the nearer an item is, so they arrive while this one is evaluated.
// (Inlined by force: a function that only prefetches counts as pure, and
// GCC drops its calls.)
[[gnu::always_inline]] inline void prefetch_items(const std::vector<Value*>& work, size_t at) {
    auto applied_to = [](const Value* w) -> const Value* {
        if (w->type == Type::App && !w->app_index) return w->app.arg;
        return nullptr;
    };
    // The set an item applies its function to, when it is one already.
    auto set_of = [&](size_t i) -> const Bindings* {
        if (i >= work.size()) return nullptr;
        const Value* d = applied_to(work[i]);
        return d && d->type == Type::Attrs ? d->attrs : nullptr;
    };
    constexpr uint32_t small = 16; // a package's attributes, not a package set's
    if (at + 16 < work.size()) __builtin_prefetch(work[at + 16]);
    if (at + 8 < work.size())
        if (const Value* d = applied_to(work[at + 8])) __builtin_prefetch(d);
    if (const Bindings* b = set_of(at + 4)) __builtin_prefetch(b), __builtin_prefetch(&b->attrs[2]);
    if (const Bindings* b = set_of(at + 2); b && b->size <= small && !b->layered())
        for (uint32_t i = 0; i < b->size; ++i) __builtin_prefetch(b->attrs[i].value);
    if (const Bindings* b = set_of(at + 1); b && b->size <= small && !b->layered())
        for (uint32_t i = 0; i < b->size; ++i)
            if (const Value* v = b->attrs[i].value; v->type == Type::String)
                __builtin_prefetch(v->str);
}

void bi_genericClosure(EvalState& st, PosIdx pos, Value** args, Value& out) {
    // Nix's order of checks: the start set first, and the operator only
    // when there is something to apply it to.
    const Bindings* b = st.force_attrs(
        *args[0], pos, "while evaluating the first argument passed to builtins.genericClosure");
    const Attr* start = require_attr(
        st, b, st.s.startSet, "in the attrset passed as argument to builtins.genericClosure");
    const ListData* l = st.force_list(
        *start->value, pos,
        "while evaluating the 'startSet' attribute passed as argument to builtins.genericClosure");
    if (l->size == 0) {
        out = *start->value;
        return;
    }
    const Attr* op = require_attr(st, b, st.s.operator_,
                                  "in the attrset passed as argument to builtins.genericClosure");
    st.force_function(
        *op->value, pos,
        "while evaluating the 'operator' attribute passed as argument to builtins.genericClosure");
    ScratchLease scratch;
    std::vector<Value*>& work = scratch->work;
    work.assign(l->elems, l->elems + l->size);
    // Keys live in an ordered set compared with <, as in Nix, so keys of
    // types that cannot be compared are an error. While every key is a
    // string (the common case: package names) a hash set gives the same
    // answers without the O(log n) string comparisons.
    auto less = [&](Value* a, Value* b) {
        try {
            return st.less_than(*a, *b, pos);
        } catch (EvalError& e) {
            e.add_trace({}, "while comparing the `key` attributes of two genericClosure elements");
            throw;
        }
    };
    std::set<Value*, decltype(less)> keys(less);
    StringSet& string_keys = scratch->string_keys;
    // Closures meet the same key string (one package's name) over and over:
    // a set of the strings' addresses answers those without reading them.
    PointerSet& seen_strings = scratch->seen_strings;
    bool all_strings = true;
    auto insert_key = [&](Value* k) {
        if (all_strings && k->type == Type::String) {
            if (!seen_strings.insert(k->str)) return false;
            return string_keys.insert(k->str->view());
        }
        if (all_strings) {
            all_strings = false;
            string_keys.each([&](std::string_view sk) {
                Value* v = st.alloc_value();
                st.mk_string(*v, sk);
                keys.insert(v);
            });
            string_keys.clear();
        }
        return keys.insert(k).second;
    };
    std::vector<Value*>& result = scratch->result;
    for (size_t head = 0; head < work.size();) {
        prefetch_items(work, head);
        Value* e = work[head++];
        const Bindings* eb = st.force_attrs(*e, pos,
                                            "while evaluating one of the elements generated by (or "
                                            "initially passed to) builtins.genericClosure");
        const Attr* key = require_attr(
            st, eb, st.s.key,
            "in one of the attrsets generated by (or initially passed to) builtins.genericClosure");
        st.force(*key->value, pos);
        if (!insert_key(key->value)) continue;
        result.push_back(e);
        Value next;
        st.call_function(*op->value, *e, next, pos);
        const ListData* nl = st.force_list(next, pos,
                                           "while evaluating the return value of the `operator` "
                                           "passed to builtins.genericClosure");
        for (size_t i = 0; i < nl->size; ++i) work.push_back(nl->elems[i]);
    }
    ListData* r = st.alloc_list(result.size());
    std::copy(result.begin(), result.end(), r->elems);
    out.mk_list(r);
}

const PrimOp table[] = {
    {"functionArgs", 1, bi_functionArgs, "A function's formal arguments: name = hasDefault."},
    {"genericClosure", 1, bi_genericClosure,
     "The closure of startSet under operator, unique by key."},
};

} // namespace

std::span<const PrimOp> functions_builtins() {
    return table;
}

} // namespace hearth::lang
