// JSON: builtins.toJSON (also behind --json) and builtins.fromJSON.
#include "lang/builtins/table.hh"

#include "lang/print.hh"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace hearth::lang {

// The shortest decimal form that reads back as the same double.
static std::string json_float(double d) {
    char buf[40];
    for (int prec = 1; prec <= 17; ++prec) {
        std::snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (std::strtod(buf, nullptr) == d) break;
    }
    std::string s = buf;
    // JSON writers print a whole float with ".0"
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
}

static void json_string(std::ostream& out, std::string_view s) {
    out << '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out << "\\\""; break;
        case '\\': out << "\\\\"; break;
        case '\n': out << "\\n"; break;
        case '\r': out << "\\r"; break;
        case '\t': out << "\\t"; break;
        case '\b': out << "\\b"; break;
        case '\f': out << "\\f"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out << buf;
            } else {
                out << c;
            }
        }
    }
    out << '"';
}

void print_json(EvalState& st, Value& v, std::ostream& out, PosIdx pos, bool copy_to_store,
                ContextBuilder& ctx) {
    st.force(v, pos);
    switch (v.type) {
    case Type::Int: out << v.integer; break;
    case Type::Float: out << json_float(v.fpoint); break;
    case Type::Bool: out << (v.boolean ? "true" : "false"); break;
    case Type::Null: out << "null"; break;
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
        if (v.attrs->find(st.s.toString) || v.attrs->find(st.s.outPath)) {
            std::string s = st.coerce_to_string(v, pos, "", ctx, CoerceMore::No,
                                                copy_to_store ? CopyToStore::Yes : CopyToStore::No);
            json_string(out, s);
            break;
        }
        out << '{';
        bool first = true;
        for (const Attr* a : st.sorted_by_name(v.attrs)) {
            if (!first) out << ',';
            first = false;
            json_string(out, st.symbols[a->name]);
            out << ':';
            try {
                print_json(st, *a->value, out, pos, copy_to_store, ctx);
            } catch (EvalError& e) {
                e.add_trace(a->pos, "while evaluating attribute '" + st.symbols[a->name] + "'");
                throw;
            }
        }
        out << '}';
        break;
    }
    case Type::List:
        out << '[';
        for (size_t i = 0; i < v.list->size; ++i) {
            if (i) out << ',';
            try {
                print_json(st, *v.list->elems[i], out, pos, copy_to_store, ctx);
            } catch (EvalError& e) {
                e.add_trace({}, "while evaluating list element at index " + std::to_string(i));
                throw;
            }
        }
        out << ']';
        break;
    default:
        st.error(ErrorKind::Type, {}, std::string("cannot convert ") + show_type(v) + " to JSON");
    }
}

namespace {

void bi_toJSON(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::ostringstream s;
    ContextBuilder ctx;
    try {
        print_json(st, *args[0], s, pos, true, ctx);
    } catch (EvalError& e) {
        e.add_trace({}, "while evaluating the first argument passed to builtins.toJSON");
        throw;
    }
    st.mk_string(out, s.str(), ctx);
}

class JsonParser {
  public:
    JsonParser(EvalState& st, std::string_view s, PosIdx pos) : m_st(st), m_s(s), m_pos(pos) {}

    void parse(Value& out) {
        value(out, 0);
        ws();
        if (m_i != m_s.size()) fail("syntax error: trailing characters");
    }

  private:
    EvalState& m_st;
    std::string_view m_s;
    PosIdx m_pos;
    size_t m_i = 0;

    [[noreturn]] void fail(const std::string& what) {
        m_st.error(ErrorKind::Eval, m_pos, "while parsing JSON at offset " + std::to_string(m_i) + ": " + what);
    }
    void ws() {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r')) ++m_i;
    }
    bool lit(std::string_view w) {
        if (m_s.substr(m_i, w.size()) != w) return false;
        m_i += w.size();
        return true;
    }

    void value(Value& out, int depth) {
        if (depth > 2000) fail("nesting too deep");
        ws();
        if (m_i >= m_s.size()) fail("unexpected end of input");
        char c = m_s[m_i];
        if (c == '{') return object(out, depth);
        if (c == '[') return array(out, depth);
        if (c == '"') {
            std::string s = string();
            m_st.mk_string(out, s);
            return;
        }
        if (lit("true")) return out.mk_bool(true);
        if (lit("false")) return out.mk_bool(false);
        if (lit("null")) return out.mk_null();
        if (c == '-' || (c >= '0' && c <= '9')) return number(out);
        fail(std::string("syntax error: unexpected '") + c + "'");
    }

    void number(Value& out) {
        size_t start = m_i;
        if (m_s[m_i] == '-') ++m_i;
        bool is_float = false;
        while (m_i < m_s.size() && std::isdigit((unsigned char)m_s[m_i])) ++m_i;
        if (m_i < m_s.size() && m_s[m_i] == '.') {
            is_float = true;
            ++m_i;
            while (m_i < m_s.size() && std::isdigit((unsigned char)m_s[m_i])) ++m_i;
        }
        if (m_i < m_s.size() && (m_s[m_i] == 'e' || m_s[m_i] == 'E')) {
            is_float = true;
            ++m_i;
            if (m_i < m_s.size() && (m_s[m_i] == '+' || m_s[m_i] == '-')) ++m_i;
            while (m_i < m_s.size() && std::isdigit((unsigned char)m_s[m_i])) ++m_i;
        }
        std::string text(m_s.substr(start, m_i - start));
        if (text == "-" || text.empty()) fail("syntax error: bad number");
        if (!is_float) {
            errno = 0;
            long long n = std::strtoll(text.c_str(), nullptr, 10);
            if (errno != ERANGE) return out.mk_int(n);
        }
        out.mk_float(std::strtod(text.c_str(), nullptr));
    }

    unsigned hex4() {
        if (m_i + 4 > m_s.size()) fail("bad \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = m_s[m_i++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= c - '0';
            else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
            else fail("bad \\u escape");
        }
        return v;
    }

    static void utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) out += char(cp);
        else if (cp < 0x800) out += char(0xC0 | (cp >> 6)), out += char(0x80 | (cp & 0x3F));
        else if (cp < 0x10000)
            out += char(0xE0 | (cp >> 12)), out += char(0x80 | ((cp >> 6) & 0x3F)), out += char(0x80 | (cp & 0x3F));
        else
            out += char(0xF0 | (cp >> 18)), out += char(0x80 | ((cp >> 12) & 0x3F)),
                out += char(0x80 | ((cp >> 6) & 0x3F)), out += char(0x80 | (cp & 0x3F));
    }

    std::string string() {
        ++m_i; // "
        std::string out;
        while (true) {
            if (m_i >= m_s.size()) fail("unterminated string");
            char c = m_s[m_i++];
            if (c == '"') break;
            if ((unsigned char)c < 0x20) fail("control character in string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_i >= m_s.size()) fail("unterminated string");
            char e = m_s[m_i++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00 && m_s.substr(m_i, 2) == "\\u") {
                    m_i += 2;
                    unsigned lo = hex4();
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
                utf8(out, cp);
                break;
            }
            default: fail(std::string("bad escape '\\") + e + "'");
            }
        }
        return out;
    }

    void array(Value& out, int depth) {
        ++m_i;
        std::vector<Value*> items;
        ws();
        if (m_i < m_s.size() && m_s[m_i] == ']') {
            ++m_i;
        } else {
            while (true) {
                Value* v = m_st.alloc_value();
                value(*v, depth + 1);
                items.push_back(v);
                ws();
                if (m_i < m_s.size() && m_s[m_i] == ',') { ++m_i; continue; }
                if (m_i < m_s.size() && m_s[m_i] == ']') { ++m_i; break; }
                fail("expected ',' or ']'");
            }
        }
        ListData* l = m_st.alloc_list(items.size());
        std::copy(items.begin(), items.end(), l->elems);
        out.mk_list(l);
    }

    void object(Value& out, int depth) {
        ++m_i;
        std::vector<Attr> attrs;
        ws();
        if (m_i < m_s.size() && m_s[m_i] == '}') {
            ++m_i;
        } else {
            while (true) {
                ws();
                if (m_i >= m_s.size() || m_s[m_i] != '"') fail("expected a string key");
                std::string key = string();
                ws();
                if (m_i >= m_s.size() || m_s[m_i] != ':') fail("expected ':'");
                ++m_i;
                Value* v = m_st.alloc_value();
                value(*v, depth + 1);
                attrs.push_back({m_st.symbols.intern(key), {}, v});
                ws();
                if (m_i < m_s.size() && m_s[m_i] == ',') { ++m_i; continue; }
                if (m_i < m_s.size() && m_s[m_i] == '}') { ++m_i; break; }
                fail("expected ',' or '}'");
            }
        }
        // Duplicate keys: the last one wins, as in nlohmann's parser.
        std::reverse(attrs.begin(), attrs.end());
        out.mk_attrs(m_st.make_bindings(attrs));
    }
};

void bi_fromJSON(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string_view s = st.force_string(*args[0], pos, "while evaluating the first argument passed to builtins.fromJSON");
    JsonParser(st, s, pos).parse(out);
}

const PrimOp table[] = {
    {"fromJSON", 1, bi_fromJSON, "Parses a JSON string into a Nix value."},
    {"toJSON", 1, bi_toJSON, "A value as a JSON string (paths are copied to the store)."},
};

} // namespace

std::span<const PrimOp> json_builtins() { return table; }

} // namespace hearth::lang
