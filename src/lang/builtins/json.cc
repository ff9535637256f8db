// JSON output: builtins.toJSON (also behind --json). fromJSON is in from_json.cc.
#include "lang/builtins/table.hh"

#include "lang/print.hh"
#include "util/json.hh"
#include "util/json_float.hh"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <string>

namespace hearth::lang {

// The JSON text being written. Nix (2.26) builds the whole JSON value first
// and then serialises it with nlohmann::json, which rejects a string that is
// not valid UTF-8; so an evaluation error anywhere wins over a bad string,
// and a bad string leaves on stdout what the serialiser had written by then.
struct JsonOut {
    std::string text;
    size_t bad_at = std::string::npos; // length of text written before failing
    std::string bad_message;
    uint32_t depth = 0;
};

// Nix's 64 MiB stack runs out between 50000 and 100000 nested lists.
constexpr uint32_t json_max_depth = 100000;

// The length of a valid UTF-8 sequence starting with lead byte c, with the
// range its second byte must fall in (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF); 0 when c cannot start one.
static int utf8_sequence(unsigned char c, unsigned char& lo, unsigned char& hi) {
    lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) return 2;
    if (c >= 0xE0 && c <= 0xEF) {
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
        return 4;
    }
    return 0;
}

static std::string hex_byte(unsigned char c) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%02X", c);
    return buf;
}

// How many bytes of the escaped text of s[0, end) the serialiser has flushed:
// it buffers 512 bytes and writes them out once fewer than 13 are free after
// a whole character.
static size_t json_flushed(std::string_view s, size_t end) {
    size_t flushed = 0, buffered = 0;
    for (size_t i = 0; i < end;) {
        unsigned char c = static_cast<unsigned char>(s[i]), lo, hi;
        size_t n = c < 0x80 ? 1 : size_t(utf8_sequence(c, lo, hi));
        if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f')
            buffered += 2;
        else
            buffered += c < 0x20 ? 6 : n;
        i += n;
        if (buffered >= 500) flushed += buffered, buffered = 0;
    }
    return flushed;
}

// Records the first string that is not valid UTF-8 (only the first: the
// serialiser stops there), with nlohmann's message.
static void check_utf8(JsonOut& out, size_t start, std::string_view s) {
    if (out.bad_at != std::string::npos) return;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]), lo, hi;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int n = utf8_sequence(c, lo, hi);
        size_t bad = i;
        if (n) {
            for (int k = 1; k < n; ++k, lo = 0x80, hi = 0xBF) {
                if (i + k == s.size()) {
                    out.bad_message = "incomplete UTF-8 string; last byte: 0x" +
                                      hex_byte(static_cast<unsigned char>(s.back()));
                    break;
                }
                unsigned char d = static_cast<unsigned char>(s[i + k]);
                if (d < lo || d > hi) {
                    bad = i + k;
                    break;
                }
            }
            if (out.bad_message.empty() && bad == i) {
                i += n;
                continue;
            }
        }
        if (out.bad_message.empty())
            out.bad_message = "invalid UTF-8 byte at index " + std::to_string(bad) + ": 0x" +
                              hex_byte(static_cast<unsigned char>(s[bad]));
        out.bad_message =
            "JSON serialization error: [json.exception.type_error.316] " + out.bad_message;
        out.bad_at = start + 1 + json_flushed(s, i);
        return;
    }
}

// Runs of characters that need no escape are appended at once: toJSON's
// time went to per-character appends.
static void json_string(JsonOut& jo, std::string_view s) {
    check_utf8(jo, jo.text.size(), s);
    util::json_quote_append(jo.text, s);
}

static void write_json(EvalState& st, Value& v, JsonOut& out, PosIdx pos, bool copy_to_store,
                       ContextBuilder& ctx, bool strict);

void print_json(EvalState& st, Value& v, std::ostream& out, PosIdx pos, bool copy_to_store,
                ContextBuilder& ctx, bool strict) {
    JsonOut j;
    st.force(v, pos);
    write_json(st, v, j, pos, copy_to_store, ctx, strict);
    if (j.bad_at != std::string::npos) {
        out << std::string_view(j.text).substr(0, j.bad_at);
        throw EvalError(ErrorKind::Eval, j.bad_message);
    }
    out << j.text;
}

// Not strict (`nix-instantiate --eval --json` without --strict): a value
// still unevaluated is an error, as in Nix, instead of being forced.
static void write_json(EvalState& st, Value& v, JsonOut& jo, PosIdx pos, bool copy_to_store,
                       ContextBuilder& ctx, bool strict) {
    std::string& out = jo.text;
    st.check_stack(); // a cyclic value
    if (jo.depth >= json_max_depth) throw StackOverflow();
    ++jo.depth;
    struct Leave {
        uint32_t& d;
        ~Leave() { --d; }
    } leave{jo.depth};
    if (strict) st.force(v, pos);
    switch (v.type) {
    case Type::Int:
        out += std::to_string(v.integer);
        break;
    case Type::Float:
        out += util::json_float(v.fpoint);
        break;
    case Type::Bool:
        out += v.boolean ? "true" : "false";
        break;
    case Type::Null:
        out += "null";
        break;
    case Type::String:
        ctx.add(v.str->context);
        json_string(jo, v.str->view());
        break;
    case Type::Path:
        json_string(jo, copy_to_store ? st.copy_path_to_store(std::string(v.str->view()), pos)
                                      : std::string(v.str->view()));
        if (copy_to_store) ctx.add(st.copy_path_to_store(std::string(v.str->view()), pos));
        break;
    case Type::Attrs: {
        // As Nix: __toString's result is coerced (without copying paths),
        // outPath's value is written as JSON itself.
        if (v.attrs->find(st.s.toString)) {
            json_string(jo, st.coerce_to_string(v, pos, "", ctx, CoerceMore::No, CopyToStore::No));
            break;
        }
        if (const Attr* o = v.attrs->find(st.s.outPath)) {
            write_json(st, *o->value, jo, o->pos, copy_to_store, ctx, strict);
            break;
        }
        out += '{';
        bool first = true;
        for (const Attr* a : st.sorted_by_name(v.attrs)) {
            if (!first) out += ',';
            first = false;
            json_string(jo, st.symbols[a->name]);
            out += ':';
            try {
                write_json(st, *a->value, jo, a->pos, copy_to_store, ctx, strict);
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
                write_json(st, *v.list->elems[i], jo, pos, copy_to_store, ctx, strict);
            } catch (EvalError& e) {
                e.add_trace(pos, "while evaluating list element at index " + std::to_string(i));
                throw;
            }
        }
        out += ']';
        break;
    default: {
        // Reported where the function was written, as Nix does (for an
        // application, the function applied; mapAttrs's is still a thunk in
        // Nix, with no position).
        const Value* f = &v;
        while (f->type == Type::App && !f->app_name) f = f->app.left;
        PosIdx at = f->type == Type::Lambda  ? f->lambda.fn->pos
                    : f->type == Type::Attrs ? f->attrs->pos
                                             : pos;
        st.error(ErrorKind::Type, at, std::string("cannot convert ") + show_type(v) + " to JSON");
    }
    }
}

namespace {

void bi_toJSON(EvalState& st, PosIdx pos, Value** args, Value& out) {
    JsonOut j;
    ContextBuilder ctx;
    // A builtin knows no position of its own in Nix: frames below it carry
    // only the positions of attributes and functions.
    write_json(st, *args[0], j, {}, true, ctx, true);
    if (j.bad_at != std::string::npos) throw EvalError(ErrorKind::Eval, j.bad_message);
    st.mk_string(out, j.text, ctx);
}

const PrimOp table[] = {
    {"toJSON", 1, bi_toJSON, "A value as a JSON string (paths are copied to the store)."},
};

} // namespace

std::span<const PrimOp> json_builtins() {
    return table;
}

} // namespace hearth::lang
