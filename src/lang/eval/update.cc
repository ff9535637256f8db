// The update operator `x // y`: a new set with y's attributes over x's.
//
// Copying both sides at every step makes folds of `//` (a module set merged
// one module at a time, a chain of overlays over a package set) quadratic
// in memory, and fresh memory is most of what such a fold costs. So when
// one side is big and the other small, the result is a layered set (see
// Layers in value.hh): the big side's plain base, and a small plain set of
// everything the updates since then replaced or added. The small set is
// copied at each step instead of the big one, and merged into a new base
// once it has grown enough that copying it costs more than starting over:
// with n attributes below and m per step, that is at about sqrt(2 n m)
// attributes (a merge of n every L/m steps against L/2 per step).
#include "lang/state.hh"

#include <algorithm>
#include <cmath>

namespace hearth::lang {

namespace {

// Below this many attributes a plain copy is as cheap as any bookkeeping.
constexpr uint32_t layer_from = 64;

// Merges two sorted attribute runs into out, b winning on equal names;
// returns the number written.
uint32_t merge(Attr* out, const Attr* a, const Attr* ae, const Attr* b, const Attr* be) {
    Attr* o = out;
    while (a < ae && b < be) {
        if (a->name.id < b->name.id)
            *o++ = *a++;
        else if (b->name.id < a->name.id)
            *o++ = *b++;
        else
            *o++ = *b++, ++a;
    }
    o = std::copy(a, ae, o);
    o = std::copy(b, be, o);
    return uint32_t(o - out);
}

// Moves p forward to the first attribute of [p, end) whose name is not
// below id, in steps that double, then halve (names are sorted by id).
const Attr* gallop(const Attr* p, const Attr* end, uint32_t id) {
    if (p == end || p->name.id >= id) return p;
    size_t step = 1;
    while (step < size_t(end - p) && p[step].name.id < id) step *= 2;
    const Attr* lo = p + step / 2 + 1;
    const Attr* hi = p + std::min(step + 1, size_t(end - p));
    return std::lower_bound(lo, hi, id, [](const Attr& a, uint32_t x) { return a.name.id < x; });
}

// Calls f for each attribute of [a, ae) (sorted) whose name neither plain
// set `over` (may be null) nor `base` has. A walk forward through both, not
// lookups: a fold of `//` makes a new `over` at every step, and lookups
// in it would build it an index that is used once.
template <typename F>
void each_missing(const Attr* a, const Attr* ae, const Bindings* over, const Bindings* base, F f) {
    const Attr *o = over ? over->attrs : nullptr, *oe = over ? o + over->size : nullptr;
    const Attr *b = base->attrs, *be = b + base->size;
    for (; a < ae; ++a) {
        o = gallop(o, oe, a->name.id);
        if (o != oe && o->name == a->name) continue;
        b = gallop(b, be, a->name.id);
        if (b != be && b->name == a->name) continue;
        f(*a);
    }
}

const Bindings* base_of(const Bindings* b) {
    return b->layered() ? b->layers().base : b;
}
const Bindings* over_of(const Bindings* b) {
    return b->layered() ? b->layers().over : nullptr;
}

// Whether a layer of `over` attributes on a base of `base` may grow by `more`.
bool worth_layering(uint32_t base, uint32_t over, uint32_t more) {
    if (base < layer_from || more * 2 > base) return false;
    return over + more <= std::max(32.0, std::sqrt(2.0 * base * more));
}

} // namespace

const Bindings* EvalState::layered_set(const Bindings* base, const Bindings* over_old,
                                       const Attr* add, uint32_t add_n, uint32_t fresh) {
    uint32_t old_n = over_old ? over_old->size : 0;
    Bindings* o = alloc_bindings(old_n + add_n);
    o->size = over_old ? merge(o->attrs, over_old->attrs, over_old->attrs + old_n, add, add + add_n)
                       : uint32_t(std::copy(add, add + add_n, o->attrs) - o->attrs);
    trim_bindings(o, old_n + add_n);
    Bindings* r = alloc_bindings(Bindings::layers_capacity);
    r->make_layered({base, o, nullptr, fresh});
    return r;
}

const Bindings* EvalState::update_attrs(const Bindings* x, const Bindings* y) {
    if (x->size == 0) return y;
    if (y->size == 0) return x;
    const Bindings* xbase = base_of(x);
    const Bindings* xover = over_of(x);
    const Bindings* ybase = base_of(y);
    const Bindings* yover = over_of(y);

    // Big x, small y: y goes into x's layer.
    if (worth_layering(xbase->size, xover ? xover->size : 0, y->size)) {
        const Attr *ys = y->begin(), *ye = y->end();
        // y's names that neither layer has yet are new.
        uint32_t fresh = xover ? x->layers().fresh : 0;
        each_missing(ys, ye, xover, xbase, [&](const Attr&) { ++fresh; });
        return layered_set(xbase, xover, ys, y->size, fresh);
    }
    // Small x, big y (a package set's first layers under the rest): x's
    // names that y lacks go into y's layer, beneath what y has there.
    if (worth_layering(ybase->size, yover ? yover->size : 0, x->size)) {
        std::vector<Attr> kept;
        each_missing(x->begin(), x->end(), yover, ybase, [&](const Attr& a) { kept.push_back(a); });
        if (kept.empty()) return y;
        uint32_t fresh = (yover ? y->layers().fresh : 0) + uint32_t(kept.size());
        // kept and yover's names are disjoint, so the merge's order of
        // precedence does not matter.
        return layered_set(ybase, yover, kept.data(), uint32_t(kept.size()), fresh);
    }

    // A plain set: x's layers and y merged in one pass (x's own merged
    // view, when it has none yet, is not worth making for this).
    const Attr *ys = y->begin(), *ye = y->end();
    uint32_t cap = x->size + y->size;
    Bindings* r = alloc_bindings(cap);
    if (!xover || x->layers().flat) {
        r->size = merge(r->attrs, x->begin(), x->end(), ys, ye);
    } else {
        const Attr *a = xbase->attrs, *ae = a + xbase->size;
        const Attr *b = xover->attrs, *be = b + xover->size;
        const Attr* c = ys;
        Attr* o = r->attrs;
        // Three sorted runs, c over b over a.
        while (a < ae || b < be || c < ye) {
            uint32_t id = UINT32_MAX;
            if (a < ae) id = std::min(id, a->name.id);
            if (b < be) id = std::min(id, b->name.id);
            if (c < ye) id = std::min(id, c->name.id);
            const Attr* pick = nullptr;
            if (a < ae && a->name.id == id) pick = a++;
            if (b < be && b->name.id == id) pick = b++;
            if (c < ye && c->name.id == id) pick = c++;
            *o++ = *pick;
        }
        r->size = uint32_t(o - r->attrs);
    }
    trim_bindings(r, cap);
    return r;
}

} // namespace hearth::lang
