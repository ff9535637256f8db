// JSON output: builtins.toJSON (also behind --json). fromJSON is in from_json.cc.
#include "lang/builtins/table.hh"

#include "lang/print.hh"
#include "util/json_float.hh"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <string>

namespace hearth::lang {

// Into a std::string, not an ostream: the stream's per-call sentry and
// virtual dispatch were most of toJSON's time. Runs of characters that need
// no escape are appended at once.
static void json_string(std::string& out, std::string_view s) {
    out += '"';
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        }
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

static void write_json(EvalState& st, Value& v, std::string& out, PosIdx pos, bool copy_to_store,
                       ContextBuilder& ctx, bool strict);

void print_json(EvalState& st, Value& v, std::ostream& out, PosIdx pos, bool copy_to_store,
                ContextBuilder& ctx, bool strict) {
    std::string s;
    try {
        st.force(v, pos);
        write_json(st, v, s, pos, copy_to_store, ctx, strict);
    } catch (...) {
        out << s; // what was written before the error, as a stream would have it
        throw;
    }
    out << s;
}

// Not strict (`nix-instantiate --eval --json` without --strict): a value
// still unevaluated is an error, as in Nix, instead of being forced.
static void write_json(EvalState& st, Value& v, std::string& out, PosIdx pos, bool copy_to_store,
                       ContextBuilder& ctx, bool strict) {
    if (strict) st.force(v, pos);
    switch (v.type) {
    case Type::Int: out += std::to_string(v.integer); break;
    case Type::Float:
        out += util::json_float(v.fpoint);
        break;
    case Type::Bool: out += v.boolean ? "true" : "false"; break;
    case Type::Null: out += "null"; break;
    case Type::String:
        ctx.add(v.str->context);
        json_string(out, v.str->view());
        break;
    case Type::Path:
        json_string(out, copy_to_store ? st.copy_path_to_store(std::string(v.str->view()), pos)
                                       : std::string(v.str->view()));
        if (copy_to_store) ctx.add(st.copy_path_to_store(std::string(v.str->view()), pos));
        break;
    case Type::Attrs: {
        // As Nix: __toString's result is coerced (without copying paths),
        // outPath's value is written as JSON itself.
        if (v.attrs->find(st.s.toString)) {
            json_string(out, st.coerce_to_string(v, pos, "", ctx, CoerceMore::No, CopyToStore::No));
            break;
        }
        if (const Attr* o = v.attrs->find(st.s.outPath)) {
            write_json(st, *o->value, out, o->pos, copy_to_store, ctx, strict);
            break;
        }
        out += '{';
        bool first = true;
        for (const Attr* a : st.sorted_by_name(v.attrs)) {
            if (!first) out += ',';
            first = false;
            json_string(out, st.symbols[a->name]);
            out += ':';
            try {
                write_json(st, *a->value, out, a->pos, copy_to_store, ctx, strict);
            } catch (EvalError& e) {
                e.add_trace(a->pos, "while evaluating attribute '" + st.symbols[a->name] + "'");
                throw;
            }
        }
        out += '}';
        break;
    }
    case Type::List:
        out += '[';
        for (size_t i = 0; i < v.list->size; ++i) {
            if (i) out += ',';
            try {
                write_json(st, *v.list->elems[i], out, pos, copy_to_store, ctx, strict);
            } catch (EvalError& e) {
                e.add_trace(pos, "while evaluating list element at index " + std::to_string(i));
                throw;
            }
        }
        out += ']';
        break;
    default: {
        // Reported where the function was written, as Nix does.
        PosIdx at = v.type == Type::Lambda ? v.lambda.fn->pos : pos;
        st.error(ErrorKind::Type, at, std::string("cannot convert ") + show_type(v) + " to JSON");
    }
    }
}

namespace {

void bi_toJSON(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string s;
    ContextBuilder ctx;
    // A builtin knows no position of its own in Nix: frames below it carry
    // only the positions of attributes and functions.
    write_json(st, *args[0], s, {}, true, ctx, true);
    st.mk_string(out, s, ctx);
}

const PrimOp table[] = {
    {"toJSON", 1, bi_toJSON, "A value as a JSON string (paths are copied to the store)."},
};

} // namespace

std::span<const PrimOp> json_builtins() { return table; }

} // namespace hearth::lang
