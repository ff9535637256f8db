// Builtins on lists.
#include "lang/builtins/table.hh"

#include <algorithm>
#include <unordered_map>

namespace hearth::lang {

namespace {

// The error context strings are built only when they can be needed: a
// value already of the right type cannot fail (these run per element).
const ListData* list_arg(EvalState& st, Value& v, PosIdx pos, const char* nth, const char* fn) {
    st.force(v, pos);
    if (v.type == Type::List) return v.list;
    return st.force_list(
        v, pos, std::string("while evaluating the ") + nth + " argument passed to builtins." + fn);
}

void check_function(EvalState& st, Value& v, PosIdx pos, const char* nth, const char* fn) {
    if (v.is_function()) return;
    st.force_function(
        v, pos, std::string("while evaluating the ") + nth + " argument passed to builtins." + fn);
}

Value* make_list_value(EvalState& st, const std::vector<Value*>& items, Value& out) {
    ListData* l = st.alloc_list(items.size());
    std::copy(items.begin(), items.end(), l->elems);
    out.mk_list(l);
    return &out;
}

bool call_pred(EvalState& st, Value& f, Value* x, PosIdx pos, const char* fn) {
    Value r;
    st.call_function(f, *x, r, pos);
    if (r.type == Type::Bool) return r.boolean;
    return st.force_bool(
        r, pos,
        std::string(
            "while evaluating the return value of the filtering function passed to builtins.") +
            fn);
}

void bi_length(EvalState& st, PosIdx pos, Value** args, Value& out) {
    out.mk_int(int64_t(list_arg(st, *args[0], pos, "first", "length")->size));
}

void bi_head(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = st.force_list(
        *args[0], pos, "while evaluating the first argument passed to 'builtins.head'");
    if (l->size == 0) st.error(ErrorKind::Eval, {}, "'builtins.head' called on an empty list");
    st.force(*l->elems[0], pos);
    out = *l->elems[0];
}

void bi_tail(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = st.force_list(
        *args[0], pos, "while evaluating the first argument passed to 'builtins.tail'");
    if (l->size == 0) st.error(ErrorKind::Eval, {}, "'builtins.tail' called on an empty list");
    ListData* r = st.alloc_list(l->size - 1);
    std::copy(l->elems + 1, l->elems + l->size, r->elems);
    out.mk_list(r);
}

void bi_elemAt(EvalState& st, PosIdx pos, Value** args, Value& out) {
    int64_t n = st.force_int(*args[1], pos,
                             "while evaluating the second argument passed to 'builtins.elemAt'");
    const ListData* l = st.force_list(
        *args[0], pos, "while evaluating the first argument passed to 'builtins.elemAt'");
    if (n < 0 || size_t(n) >= l->size)
        st.error(ErrorKind::Eval, {},
                 "'builtins.elemAt' called with index " + std::to_string(n) +
                     " on a list of size " + std::to_string(l->size));
    st.force(*l->elems[n], pos);
    out = *l->elems[n];
}

void bi_map(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = list_arg(st, *args[1], pos, "second", "map");
    if (l->size == 0) return out.mk_list(l), void();
    check_function(st, *args[0], pos, "first", "map");
    ListData* r = st.alloc_list(l->size);
    for (size_t i = 0; i < l->size; ++i) r->elems[i] = st.lazy_apply(args[0], l->elems[i]);
    out.mk_list(r);
}

void bi_filter(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = list_arg(st, *args[1], pos, "second", "filter");
    if (l->size == 0) return out.mk_list(l), void();
    check_function(st, *args[0], pos, "first", "filter");
    std::vector<Value*> keep;
    for (size_t i = 0; i < l->size; ++i)
        if (call_pred(st, *args[0], l->elems[i], pos, "filter")) keep.push_back(l->elems[i]);
    if (keep.size() == l->size) return out.mk_list(l), void();
    make_list_value(st, keep, out);
}

void bi_concatLists(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = list_arg(st, *args[0], pos, "first", "concatLists");
    size_t n = 0;
    for (size_t i = 0; i < l->size; ++i)
        n += st.force_list(*l->elems[i], pos,
                           "while evaluating a value of the list passed to builtins.concatLists")
                 ->size;
    ListData* r = st.alloc_list(n);
    size_t k = 0;
    for (size_t i = 0; i < l->size; ++i) {
        const ListData* x = l->elems[i]->list;
        std::copy(x->elems, x->elems + x->size, r->elems + k);
        k += x->size;
    }
    out.mk_list(r);
}

void bi_concatMap(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = list_arg(st, *args[1], pos, "second", "concatMap");
    check_function(st, *args[0], pos, "first", "concatMap");
    std::vector<Value*> items;
    for (size_t i = 0; i < l->size; ++i) {
        Value r;
        st.call_function(*args[0], *l->elems[i], r, pos);
        // Nix reports a result that is no list where the result, or else
        // the function, was written.
        PosIdx at = value_pos(r, value_pos(*args[0], {}));
        const ListData* x = checked_at(at, ErrorAt::No, [&] {
            return st.force_list(
                r, pos,
                "while evaluating the return value of the function passed to builtins.concatMap");
        });
        items.insert(items.end(), x->elems, x->elems + x->size);
    }
    make_list_value(st, items, out);
}

void bi_foldl(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = list_arg(st, *args[2], pos, "third", "foldlStrict");
    check_function(st, *args[0], pos, "first", "foldlStrict");
    if (l->size == 0) {
        st.force(*args[1], pos);
        out = *args[1];
        return;
    }
    // The initial accumulator is only passed on, not forced (as in Nix);
    // each step's result is a call's result, so it is already evaluated.
    Value* acc = args[1];
    for (size_t i = 0; i < l->size; ++i) {
        Value* fa[2] = {acc, l->elems[i]};
        if (i + 1 == l->size) {
            st.call_function(*args[0], 2, fa, out, pos);
            break;
        }
        Value next;
        st.call_function(*args[0], 2, fa, next, pos);
        // A small integer result (a count, a sum) is the shared value.
        acc = next.type == Type::Int ? st.small_int(next.integer) : nullptr;
        if (!acc) {
            acc = st.alloc_value();
            *acc = next;
        }
    }
    st.force(out, pos);
}

void bi_elem(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = list_arg(st, *args[1], pos, "second", "elem");
    for (size_t i = 0; i < l->size; ++i)
        if (st.eq_values(*args[0], *l->elems[i], pos,
                         "while searching for the presence of the given element in the list"))
            return out.mk_bool(true);
    out.mk_bool(false);
}

void any_all(EvalState& st, PosIdx pos, Value** args, Value& out, bool any, const char* fn) {
    const ListData* l = list_arg(st, *args[1], pos, "second", fn);
    check_function(st, *args[0], pos, "first", fn);
    for (size_t i = 0; i < l->size; ++i) {
        Value r;
        st.call_function(*args[0], *l->elems[i], r, pos);
        bool b =
            r.type == Type::Bool
                ? r.boolean
                : st.force_bool(
                      r, pos,
                      std::string(
                          "while evaluating the return value of the function passed to builtins.") +
                          fn);
        if (b == any) return out.mk_bool(any);
    }
    out.mk_bool(!any);
}
void bi_any(EvalState& st, PosIdx pos, Value** args, Value& out) {
    any_all(st, pos, args, out, true, "any");
}
void bi_all(EvalState& st, PosIdx pos, Value** args, Value& out) {
    any_all(st, pos, args, out, false, "all");
}

void bi_genList(EvalState& st, PosIdx pos, Value** args, Value& out) {
    int64_t n = st.force_int(*args[1], pos,
                             "while evaluating the second argument passed to builtins.genList");
    if (n < 0) st.error(ErrorKind::Eval, pos, "cannot create list of size " + std::to_string(n));
    check_function(st, *args[0], pos, "first", "genList");
    ListData* r = st.alloc_list(size_t(n));
    int64_t i = 0;
    // `genList (i: i) n`, `genList (d: d + 2) n`: when the body is an
    // integer known without forcing anything (Expr::known_int), evaluating
    // it cannot fail or have an effect, so the elements are those integers
    // at once instead of applications that each cost a call when forced.
    // Nix keeps them unevaluated, which only a non-strict printout shows.
    const Value& f = *args[0];
    if (!st.options.nix_thunks && f.type == Type::Lambda && !f.lambda.fn->has_formals) {
        Value iv;
        Env env; // the call's env, which known_int only reads
        env.up = f.lambda.env;
        env.values[0] = &iv;
        for (int64_t x; i < n; ++i) {
            iv.mk_int(i);
            if (!f.lambda.fn->body->known_int(&env, x)) break;
            Value* v = st.small_int(x);
            if (!v) v = st.alloc_value(), v->mk_int(x);
            r->elems[i] = v;
        }
    }
    for (; i < n; ++i) {
        Value* v = st.alloc_value();
        v->mk_lazy_index_app(args[0], i);
        r->elems[i] = v;
    }
    out.mk_list(r);
}

// Asks for x's value, and for a set its attributes, to be brought into the
// cache ahead of a comparison that will read them. (Inlined by force: GCC
// takes a function that only prefetches for pure and drops its calls.)
[[gnu::always_inline]] inline void prefetch_value(const Value* x, bool deep) {
    __builtin_prefetch(x);
    if (deep && x->type == Type::Attrs) __builtin_prefetch(x->attrs);
}

// A stable merge sort (std::stable_sort's results) for comparators written
// in Nix. Sorting records (`a.v < b.v`) reads elements scattered over the
// heap in an order that has nothing to do with where they live, so a
// comparison costs mostly cache misses: each merge step asks for the
// elements it may compare next (their values four steps ahead, their sets
// two steps ahead) while the evaluator runs this one.
template <typename Less> void merge_sort(std::vector<Value*>& v, Less less) {
    size_t n = v.size();
    constexpr size_t run = 8;
    constexpr size_t ahead = 4;
    for (size_t lo = 0; lo < n; lo += run) { // insertion sort of each run
        size_t hi = std::min(n, lo + run);
        for (size_t i = lo + 1; i < hi; ++i) {
            Value* x = v[i];
            size_t j = i;
            for (; j > lo && less(x, v[j - 1]); --j) v[j] = v[j - 1];
            v[j] = x;
        }
    }
    std::vector<Value*> buf(n);
    std::vector<Value*>*from = &v, *to = &buf;
    for (size_t width = run; width < n; width *= 2) {
        Value** src = from->data();
        Value** dst = to->data();
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = std::min(n, lo + width), hi = std::min(n, lo + 2 * width);
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (i + ahead < mid) prefetch_value(src[i + ahead], false);
                if (j + ahead < hi) prefetch_value(src[j + ahead], false);
                if (i + ahead / 2 < mid) prefetch_value(src[i + ahead / 2], true);
                if (j + ahead / 2 < hi) prefetch_value(src[j + ahead / 2], true);
                // Stable: an element of the right run goes first only when
                // strictly less.
                if (less(src[j], src[i]))
                    dst[k++] = src[j++];
                else
                    dst[k++] = src[i++];
            }
            while (i < mid) dst[k++] = src[i++];
            while (j < hi) dst[k++] = src[j++];
        }
        std::swap(from, to);
    }
    if (from != &v) v.swap(*from);
}

void bi_sort(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = list_arg(st, *args[1], pos, "second", "sort");
    if (l->size == 0) return out.mk_list(l), void();
    check_function(st, *args[0], pos, "first", "sort");
    std::vector<Value*> items(l->elems, l->elems + l->size);
    for (auto* v : items) st.force(*v, pos);
    Value& f = *args[0];
    bool is_less_than = f.type == Type::PrimOp && std::string_view(f.primop->name) == "lessThan";
    merge_sort(items, [&](Value* a, Value* b) {
        if (is_less_than) {
            try {
                return st.less_than(*a, *b, pos);
            } catch (EvalError& e) {
                e.add_trace({}, "while evaluating the ordering function passed to builtins.sort");
                throw;
            }
        }
        Value r;
        Value* ab[2] = {a, b};
        st.call_function(f, 2, ab, r, pos);
        return st.force_bool(
            r, pos,
            "while evaluating the return value of the sorting function passed to builtins.sort");
    });
    make_list_value(st, items, out);
}

void bi_partition(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = list_arg(st, *args[1], pos, "second", "partition");
    check_function(st, *args[0], pos, "first", "partition");
    std::vector<Value*> right, wrong;
    for (size_t i = 0; i < l->size; ++i) {
        Value r;
        st.call_function(*args[0], *l->elems[i], r, pos);
        bool b = st.force_bool(r, pos,
                               "while evaluating the return value of the partition function passed "
                               "to builtins.partition");
        (b ? right : wrong).push_back(l->elems[i]);
    }
    Value* r = st.alloc_value();
    make_list_value(st, right, *r);
    Value* w = st.alloc_value();
    make_list_value(st, wrong, *w);
    std::vector<Attr> attrs{{st.s.right, {}, r}, {st.s.wrong, {}, w}};
    out.mk_attrs(st.make_bindings(attrs));
}

void bi_groupBy(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = list_arg(st, *args[1], pos, "second", "groupBy");
    check_function(st, *args[0], pos, "first", "groupBy");
    std::unordered_map<uint32_t, std::vector<Value*>> groups;
    std::vector<Symbol> order;
    for (size_t i = 0; i < l->size; ++i) {
        Value r;
        st.call_function(*args[0], *l->elems[i], r, pos);
        std::string_view k = st.force_string_no_ctx(r, pos,
                                                    "while evaluating the return value of the "
                                                    "grouping function passed to builtins.groupBy");
        Symbol s = st.symbols.intern(k);
        auto& g = groups[s.id];
        if (g.empty()) order.push_back(s);
        g.push_back(l->elems[i]);
    }
    std::vector<Attr> attrs;
    for (Symbol s : order) {
        Value* v = st.alloc_value();
        make_list_value(st, groups[s.id], *v);
        attrs.push_back({s, {}, v});
    }
    out.mk_attrs(st.make_bindings(attrs));
}

const PrimOp table[] = {
    {"all", 2, bi_all, "Whether pred holds for every element."},
    {"any", 2, bi_any, "Whether pred holds for some element."},
    {"concatLists", 1, bi_concatLists, "Concatenates a list of lists."},
    {"concatMap", 2, bi_concatMap, "concatLists (map f list)."},
    {"elem", 2, bi_elem, "Whether x is equal to an element of the list."},
    {"elemAt", 2, bi_elemAt, "Element N of a list, from 0."},
    {"filter", 2, bi_filter, "The elements for which pred is true."},
    {"foldl'", 3, bi_foldl, "Strict left fold."},
    {"genList", 2, bi_genList, "[ (f 0) (f 1) ... (f (n - 1)) ], lazily."},
    {"groupBy", 2, bi_groupBy, "Groups elements into a set by the string f returns."},
    {"head", 1, bi_head, "The first element of a list."},
    {"length", 1, bi_length, "The number of elements of a list."},
    {"map", 2, bi_map, "Applies f to each element, lazily."},
    {"partition", 2, bi_partition,
     "{ right; wrong; }: elements for which pred is true, and the rest."},
    {"sort", 2, bi_sort, "Sorts a list with a less-than comparator (stable)."},
    {"tail", 1, bi_tail, "A list without its first element."},
};

} // namespace

std::span<const PrimOp> lists_builtins() {
    return table;
}

} // namespace hearth::lang
