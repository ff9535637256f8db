#include "system/json.hh"

#include <cstdlib>

namespace hearth::system {

namespace {

// Recursive descent over RFC 8259 with bounded nesting.
class Parser {
  public:
    explicit Parser(std::string_view s) : m_s(s) {}

    Result<Json> document() {
        auto v = HEARTH_TRY(value(0));
        skip_ws();
        if (m_i != m_s.size()) return error("trailing data");
        return v;
    }

  private:
    Unexpected<Error> error(const std::string& what) {
        return fail(ErrorKind::bad_manifest,
                    "invalid JSON at offset " + std::to_string(m_i) + ": " + what);
    }

    void skip_ws() {
        while (m_i < m_s.size() &&
               (m_s[m_i] == ' ' || m_s[m_i] == '\n' || m_s[m_i] == '\t' || m_s[m_i] == '\r'))
            ++m_i;
    }

    bool literal(std::string_view w) {
        if (m_s.substr(m_i, w.size()) != w) return false;
        m_i += w.size();
        return true;
    }

    Result<Json> value(int depth) {
        if (depth > 256) return error("nested too deeply");
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

    Result<Json> number() {
        size_t start = m_i;
        bool integral = true;
        while (m_i < m_s.size() &&
               std::string_view("+-0123456789.eE").find(m_s[m_i]) != std::string_view::npos) {
            if (std::string_view(".eE").find(m_s[m_i]) != std::string_view::npos) integral = false;
            ++m_i;
        }
        std::string text(m_s.substr(start, m_i - start));
        char* end = nullptr;
        if (integral) {
            long long v = std::strtoll(text.c_str(), &end, 10);
            if (*end == 0) return Json(std::int64_t(v));
        }
        double d = std::strtod(text.c_str(), &end);
        if (*end != 0) return error("malformed number");
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

    Result<unsigned> hex4() {
        if (m_i + 4 > m_s.size()) return error("short \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = m_s[m_i++];
            int d = c >= '0' && c <= '9'   ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
            if (d < 0) return error("bad \\u escape");
            v = v * 16 + unsigned(d);
        }
        return v;
    }

    Result<std::string> string() {
        ++m_i;
        std::string out;
        while (true) {
            if (m_i >= m_s.size()) return error("unterminated string");
            char c = m_s[m_i++];
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_i >= m_s.size()) return error("unterminated escape");
            char e = m_s[m_i++];
            switch (e) {
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
            case 'u': {
                unsigned cp = HEARTH_TRY(hex4());
                if (cp >= 0xD800 && cp < 0xDC00 && m_s.substr(m_i, 2) == "\\u") {
                    m_i += 2;
                    unsigned lo = HEARTH_TRY(hex4());
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
                put_utf8(out, cp);
                break;
            }
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            default:
                return error("bad escape");
            }
        }
    }

    Result<Json> array(int depth) {
        ++m_i;
        Json::Array a;
        skip_ws();
        if (literal("]")) return Json(std::make_shared<Json::Array>(std::move(a)));
        while (true) {
            a.push_back(HEARTH_TRY(value(depth + 1)));
            skip_ws();
            if (literal("]")) return Json(std::make_shared<Json::Array>(std::move(a)));
            if (!literal(",")) return error("expected ',' or ']'");
        }
    }

    Result<Json> object(int depth) {
        ++m_i;
        Json::Object o;
        skip_ws();
        if (literal("}")) return Json(std::make_shared<Json::Object>(std::move(o)));
        while (true) {
            skip_ws();
            if (m_i >= m_s.size() || m_s[m_i] != '"') return error("expected a key");
            std::string key = HEARTH_TRY(string());
            skip_ws();
            if (!literal(":")) return error("expected ':'");
            o[key] = HEARTH_TRY(value(depth + 1));
            skip_ws();
            if (literal("}")) return Json(std::make_shared<Json::Object>(std::move(o)));
            if (!literal(",")) return error("expected ',' or '}'");
        }
    }

    std::string_view m_s;
    size_t m_i = 0;
};

} // namespace

Result<Json> Json::parse(std::string_view text) {
    return Parser(text).document();
}

} // namespace hearth::system
