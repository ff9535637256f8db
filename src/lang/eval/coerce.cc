// Coercion of values to strings and paths, as string interpolation,
// toString and builtins taking paths do.
#include "lang/state.hh"

#include <cstdio>
#include <string>

namespace hearth::lang {

// toString of a float: Nix uses std::to_string, six decimals.
static std::string float_to_string(double d) {
    return std::to_string(d);
}

std::string EvalState::coerce_to_string(Value& v, PosIdx pos, std::string_view errctx,
                                        ContextBuilder& ctx, CoerceMore more, CopyToStore copy) {
    force(v, pos);
    switch (v.type) {
    case Type::String:
        ctx.add(v.str->context);
        return std::string(v.str->view());
    case Type::Path:
        if (copy == CopyToStore::Yes) {
            const std::string& p = copy_path_to_store(std::string(v.str->view()), pos);
            ctx.add(p);
            return p;
        }
        return std::string(v.str->view());
    case Type::Attrs: {
        if (const Attr* f = v.attrs->find(s.toString)) {
            Value res;
            call_function(*f->value, v, res, pos);
            return coerce_to_string(res, pos,
                                    "while evaluating the result of the `__toString` attribute",
                                    ctx, more, copy);
        }
        if (const Attr* o = v.attrs->find(s.outPath))
            return coerce_to_string(*o->value, pos, errctx, ctx, more, copy);
        break;
    }
    default:
        break;
    }
    if (more == CoerceMore::Yes) {
        switch (v.type) {
        case Type::Bool:
            return v.boolean ? "1" : "";
        case Type::Int:
            return std::to_string(v.integer);
        case Type::Float:
            return float_to_string(v.fpoint);
        case Type::Null:
            return "";
        case Type::List: {
            check_stack(); // a list that contains itself
            std::string out;
            for (size_t i = 0; i < v.list->size; ++i) {
                Value& e = *v.list->elems[i];
                try {
                    out += coerce_to_string(e, pos, "while evaluating one element of the list", ctx,
                                            more, copy);
                } catch (EvalError& err) {
                    if (!errctx.empty()) err.add_trace(pos, std::string(errctx));
                    throw;
                }
                // Nix puts a space between elements, but not after an empty list.
                if (i + 1 < v.list->size) {
                    force(e, pos);
                    if (!(e.type == Type::List && e.list->size == 0)) out += ' ';
                }
            }
            return out;
        }
        default:
            break;
        }
    }
    // errctx frames only this error (and a list element's), not what
    // failed while evaluating the value, as in Nix.
    EvalError err(ErrorKind::Type, std::string("cannot coerce ") + show_type(v) +
                                       " to a string: " + show_value_short(v));
    if (!errctx.empty()) err.add_trace(pos, std::string(errctx));
    throw err;
}

// As Nix's coerceToPath: errctx frames a failure to evaluate v as well as a
// value that is no path, and a __toString may return a path.
std::string EvalState::coerce_to_path(Value& v, PosIdx pos, std::string_view errctx) {
    try {
        force(v, pos);
    } catch (EvalError& e) {
        e.add_trace(pos, std::string(errctx));
        throw;
    }
    if (v.type == Type::Path) return std::string(v.str->view());
    if (v.type == Type::Attrs) {
        if (const Attr* f = v.attrs->find(s.toString)) {
            Value res;
            call_function(*f->value, v, res, pos);
            return coerce_to_path(res, pos, errctx);
        }
    }
    ContextBuilder ctx;
    std::string p = coerce_to_string(v, pos, errctx, ctx, CoerceMore::No, CopyToStore::No);
    if (p.empty() || p[0] != '/') {
        EvalError e(ErrorKind::Eval, "string '" + p + "' doesn't represent an absolute path");
        e.add_trace(pos, std::string(errctx));
        throw e;
    }
    return p;
}

const std::string& EvalState::copy_path_to_store(const std::string& path, PosIdx pos) {
    auto it = src_to_store.find(path);
    if (it != src_to_store.end()) return it->second;
    if (!store)
        error(ErrorKind::Eval, pos,
              "cannot copy '" + path + "' to the store: this evaluation has no store");
    std::string p = store->copy_path_to_store(*this, path, pos);
    return src_to_store.emplace(path, std::move(p)).first->second;
}

} // namespace hearth::lang
