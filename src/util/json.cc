#include "util/json.hh"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace hearth::util {

namespace {

// Recursive descent over RFC 8259. Nesting is bounded so that a hostile
// file cannot exhaust the stack.
class Parser {
  public:
    explicit Parser(std::string_view s) : m_s(s) {}

    UtilResult<Json> document() {
        auto v = HEARTH_TRY(value(0));
        skip_ws();
        if (m_i != m_s.size()) return error("trailing data");
        return v;
    }

  private:
    static constexpr int max_depth = 512;

    Unexpected<Error> error(const std::string& what) const { return error_at(m_i, what); }
    Unexpected<Error> error_at(size_t at, const std::string& what) const {
        return Unexpected{Error{"invalid JSON at offset " + std::to_string(at) + ": " + what}};
    }

    bool at(char c) const { return m_i < m_s.size() && m_s[m_i] == c; }
    bool at_digit() const { return m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9'; }

    void skip_ws() {
        while (m_i < m_s.size() &&
               (m_s[m_i] == ' ' || m_s[m_i] == '\n' || m_s[m_i] == '\t' || m_s[m_i] == '\r'))
            ++m_i;
    }

    bool literal(std::string_view word) {
        if (m_s.substr(m_i, word.size()) != word) return false;
        m_i += word.size();
        return true;
    }

    UtilResult<Json> value(int depth) {
        if (depth > max_depth) return error("nested too deeply");
        skip_ws();
        if (m_i >= m_s.size()) return error("unexpected end");
        char c = m_s[m_i];
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') return Json(HEARTH_TRY(string()));
        if (literal("true")) return Json(true);
        if (literal("false")) return Json(false);
        if (literal("null")) return Json();
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        return error(std::string("unexpected character '") + c + "'");
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?; without fraction or
    // exponent and in range it is an integer, otherwise a double.
    UtilResult<Json> number() {
        size_t start = m_i;
        if (at('-')) ++m_i;
        if (at('0')) {
            ++m_i;
        } else if (at_digit()) {
            while (at_digit()) ++m_i;
        } else {
            return error("malformed number");
        }
        bool integral = true;
        if (at('.')) {
            integral = false;
            ++m_i;
            if (!at_digit()) return error("malformed number");
            while (at_digit()) ++m_i;
        }
        if (at('e') || at('E')) {
            integral = false;
            ++m_i;
            if (at('+') || at('-')) ++m_i;
            if (!at_digit()) return error("malformed number");
            while (at_digit()) ++m_i;
        }
        const char* first = m_s.data() + start;
        const char* last = m_s.data() + m_i;
        if (integral) {
            std::int64_t i = 0;
            auto [p, ec] = std::from_chars(first, last, i);
            if (ec == std::errc() && p == last) return Json(i);
        }
        double d = 0;
        auto [p, ec] = std::from_chars(first, last, d);
        if (ec != std::errc() || p != last) return error_at(start, "number out of range");
        return Json(d);
    }

    static void put_utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    UtilResult<unsigned> hex4() {
        if (m_i + 4 > m_s.size()) return error("short \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = m_s[m_i];
            int d = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
            if (d < 0) return error("bad \\u escape");
            v = v * 16 + unsigned(d);
            ++m_i;
        }
        return v;
    }

    // After "\u": one code point, joining a surrogate pair. A lone
    // surrogate has no UTF-8 form, so it becomes U+FFFD.
    UtilResult<unsigned> code_point() {
        unsigned cp = HEARTH_TRY(hex4());
        if (cp < 0xD800 || cp > 0xDFFF) return cp;
        if (cp < 0xDC00 && m_s.substr(m_i, 2) == "\\u") {
            size_t back = m_i;
            m_i += 2;
            unsigned lo = HEARTH_TRY(hex4());
            if (lo >= 0xDC00 && lo <= 0xDFFF)
                return 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            m_i = back; // not a pair: the next escape stands on its own
        }
        return 0xFFFDu;
    }

    UtilResult<std::string> string() {
        ++m_i; // the opening quote
        std::string out;
        while (true) {
            if (m_i >= m_s.size()) return error("unterminated string");
            char c = m_s[m_i];
            if (static_cast<unsigned char>(c) < 0x20) return error("control character in a string");
            ++m_i;
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_i >= m_s.size()) return error("unterminated escape");
            char e = m_s[m_i++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u':
                put_utf8(out, HEARTH_TRY(code_point()));
                break;
            default:
                --m_i;
                return error("bad escape");
            }
        }
    }

    UtilResult<Json> array(int depth) {
        ++m_i;
        Json::Array items;
        skip_ws();
        if (literal("]")) return Json(std::move(items));
        while (true) {
            items.push_back(HEARTH_TRY(value(depth + 1)));
            skip_ws();
            if (literal("]")) return Json(std::move(items));
            if (!literal(",")) return error("expected ',' or ']'");
        }
    }

    UtilResult<Json> object(int depth) {
        ++m_i;
        Json::Object members;
        skip_ws();
        if (literal("}")) return Json(std::move(members));
        while (true) {
            skip_ws();
            if (!at('"')) return error("expected a key");
            std::string key = HEARTH_TRY(string());
            skip_ws();
            if (!literal(":")) return error("expected ':'");
            // A repeated key keeps its last value, as most readers do.
            members[std::move(key)] = HEARTH_TRY(value(depth + 1));
            skip_ws();
            if (literal("}")) return Json(std::move(members));
            if (!literal(",")) return error("expected ',' or '}'");
        }
    }

    std::string_view m_s;
    size_t m_i = 0;
};

} // namespace

UtilResult<Json> Json::parse(std::string_view text) {
    return Parser(text).document();
}

std::optional<std::int64_t> Json::as_int() const {
    if (auto* i = std::get_if<std::int64_t>(&m_v)) return *i;
    // 2^63 is exact as a double; anything at or beyond it does not fit.
    if (auto* d = std::get_if<double>(&m_v);
        d && std::floor(*d) == *d && *d >= -9223372036854775808.0 && *d < 9223372036854775808.0)
        return static_cast<std::int64_t>(*d);
    return std::nullopt;
}

std::optional<double> Json::as_number() const {
    if (auto* i = std::get_if<std::int64_t>(&m_v)) return static_cast<double>(*i);
    if (auto* d = std::get_if<double>(&m_v)) return *d;
    return std::nullopt;
}

const Json::Array* Json::as_array() const {
    auto* p = std::get_if<std::shared_ptr<const Array>>(&m_v);
    return p ? p->get() : nullptr;
}

const Json::Object* Json::as_object() const {
    auto* p = std::get_if<std::shared_ptr<const Object>>(&m_v);
    return p ? p->get() : nullptr;
}

const Json* Json::get(std::string_view key) const {
    auto* o = as_object();
    if (!o) return nullptr;
    auto it = o->find(key);
    return it == o->end() ? nullptr : &it->second;
}

std::string Json::dump() const {
    std::string out;
    dump_to(out);
    return out;
}

void Json::dump_to(std::string& out) const {
    if (is_null()) {
        out += "null";
    } else if (auto* b = as_bool()) {
        out += *b ? "true" : "false";
    } else if (auto* i = std::get_if<std::int64_t>(&m_v)) {
        out += std::to_string(*i);
    } else if (auto* d = std::get_if<double>(&m_v)) {
        // JSON has no NaN or infinity.
        if (!std::isfinite(*d)) {
            out += "null";
            return;
        }
        char buf[32];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *d);
        std::string_view text(buf, static_cast<size_t>(end - buf));
        out += text;
        // Shortest form of 2.0 is "2", which would read back as an integer.
        if (text.find_first_of(".eE") == std::string_view::npos) out += ".0";
    } else if (auto* s = as_string()) {
        out += json_quote(*s);
    } else if (auto* a = as_array()) {
        out += '[';
        for (size_t k = 0; k < a->size(); ++k) {
            if (k) out += ',';
            (*a)[k].dump_to(out);
        }
        out += ']';
    } else if (auto* o = as_object()) {
        out += '{';
        bool first = true;
        for (const auto& [key, v] : *o) {
            if (!first) out += ',';
            first = false;
            out += json_quote(key);
            out += ':';
            v.dump_to(out);
        }
        out += '}';
    }
}

void json_quote_append(std::string& out, std::string_view s) {
    out += '"';
    // Bytes that need no escape are copied in runs: most strings have none.
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
        }
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

std::string json_quote(std::string_view s) {
    std::string out;
    json_quote_append(out, s);
    return out;
}

} // namespace hearth::util
