// The update operator `x // y`: a new set with y's attributes over x's.
//
// Copying x at every step makes folds of `//` (a module set merged one
// module at a time, a chain of overlays over a package set) quadratic in
// memory, and fresh memory is most of what such a fold costs. So when x is
// big and y small, the result is a layered set (see Layers in value.hh):
// x's plain base, and a small plain set of everything the updates since
// then replaced or added. The small set is copied at each step instead of
// the big one, and merged into a new base once it has grown enough that
// copying it costs more than starting over: with n attributes below and m
// per step, that is at about sqrt(2 n m) attributes (a merge of n every L/m
// steps against L/2 per step).
#include "lang/state.hh"

#include <algorithm>
#include <cmath>

namespace hearth::lang {

namespace {

// Below this many attributes a plain copy is as cheap as any bookkeeping.
constexpr uint32_t layer_from = 64;

// Merges sorted attribute runs into out, later runs winning on equal
// names; returns the number written.
uint32_t merge(Attr* out, const Attr* a, const Attr* ae, const Attr* b, const Attr* be) {
    Attr* o = out;
    while (a < ae && b < be) {
        if (a->name.id < b->name.id) *o++ = *a++;
        else if (b->name.id < a->name.id) *o++ = *b++;
        else *o++ = *b++, ++a;
    }
    o = std::copy(a, ae, o);
    o = std::copy(b, be, o);
    return uint32_t(o - out);
}

} // namespace

const Bindings* EvalState::update_attrs(const Bindings* x, const Bindings* y) {
    if (x->size == 0) return y;
    if (y->size == 0) return x;
    const Bindings* base = x->layered() ? x->layers().base : x;
    const Bindings* over = x->layered() ? x->layers().over : nullptr;
    uint32_t over_n = over ? over->size : 0;
    const Attr *ys = y->begin(), *ye = y->end();

    if (base->size >= layer_from && y->size * 2 <= base->size) {
        double limit = std::max(32.0, std::sqrt(2.0 * base->size * y->size));
        if (over_n + y->size <= limit) {
            // y's names base lacks and over does not have already are new.
            uint32_t fresh = over ? x->layers().fresh : 0;
            for (const Attr* a = ys; a < ye; ++a)
                if (!(over && over->find(a->name)) && !base->find(a->name)) ++fresh;
            Bindings* o = alloc_bindings(over_n + y->size);
            o->size = over ? merge(o->attrs, over->attrs, over->attrs + over_n, ys, ye)
                           : merge(o->attrs, ys, ye, ys, ys);
            trim_bindings(o, over_n + y->size);
            Bindings* r = alloc_bindings(Bindings::layers_capacity);
            r->make_layered({base, o, nullptr, fresh});
            return r;
        }
    }

    // A plain set: base, over and y merged in one pass (x's own merged
    // view, when it has none yet, is not worth making for this).
    uint32_t cap = x->size + y->size;
    Bindings* r = alloc_bindings(cap);
    if (!over || x->layers().flat) {
        r->size = merge(r->attrs, x->begin(), x->end(), ys, ye);
    } else {
        const Attr *a = base->attrs, *ae = a + base->size;
        const Attr *b = over->attrs, *be = b + over_n;
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
