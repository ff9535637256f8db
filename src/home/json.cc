#include "home/json.hh"

#include <cmath>
#include <cstdlib>

namespace hearth::home {

namespace {

// Recursive descent over RFC 8259; nesting is bounded so a hostile file
// cannot exhaust the stack.
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
    static constexpr int max_depth = 512;

    Unexpected<Error> error(const std::string& what) {
        return fail(ErrorKind::bad_generation,
                    "invalid JSON at offset " + std::to_string(m_i) + ": " + what);
    }

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

    Result<Json> value(int depth) {
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

    Result<Json> number() {
        size_t start = m_i;
        bool integral = true;
        if (m_s[m_i] == '-') ++m_i;
        while (m_i < m_s.size()) {
            char c = m_s[m_i];
            if (c == '.' || c == 'e' || c == 'E' || c == '+' || (c == '-' && m_i > start))
                integral = false;
            else if (c < '0' || c > '9')
                break;
            ++m_i;
        }
        std::string text(m_s.substr(start, m_i - start));
        char* end = nullptr;
        if (integral) {
            errno = 0;
            long long v = std::strtoll(text.c_str(), &end, 10);
            if (errno == 0 && *end == 0) return Json(static_cast<std::int64_t>(v));
        }
        double d = std::strtod(text.c_str(), &end);
        if (*end != 0 || text.empty()) return error("malformed number");
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
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= c - '0';
            else if (c >= 'a' && c <= 'f')
                v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v |= c - 'A' + 10;
            else
                return error("bad \\u escape");
        }
        return v;
    }

    Result<std::string> string() {
        ++m_i; // the opening quote
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
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
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
            default:
                return error("bad escape");
            }
        }
    }

    Result<Json> array(int depth) {
        ++m_i;
        Json::Array items;
        skip_ws();
        if (m_i < m_s.size() && m_s[m_i] == ']') return ++m_i, Json(std::move(items));
        while (true) {
            items.push_back(HEARTH_TRY(value(depth + 1)));
            skip_ws();
            if (m_i < m_s.size() && m_s[m_i] == ',') {
                ++m_i;
                continue;
            }
            if (m_i < m_s.size() && m_s[m_i] == ']') return ++m_i, Json(std::move(items));
            return error("expected ',' or ']'");
        }
    }

    Result<Json> object(int depth) {
        ++m_i;
        Json::Object members;
        skip_ws();
        if (m_i < m_s.size() && m_s[m_i] == '}') return ++m_i, Json(std::move(members));
        while (true) {
            skip_ws();
            if (m_i >= m_s.size() || m_s[m_i] != '"') return error("expected a key");
            std::string key = HEARTH_TRY(string());
            skip_ws();
            if (m_i >= m_s.size() || m_s[m_i] != ':') return error("expected ':'");
            ++m_i;
            members[key] = HEARTH_TRY(value(depth + 1));
            skip_ws();
            if (m_i < m_s.size() && m_s[m_i] == ',') {
                ++m_i;
                continue;
            }
            if (m_i < m_s.size() && m_s[m_i] == '}') return ++m_i, Json(std::move(members));
            return error("expected ',' or '}'");
        }
    }

    std::string_view m_s;
    size_t m_i = 0;
};

} // namespace

Result<Json> Json::parse(std::string_view text) {
    return Parser(text).document();
}

std::optional<std::int64_t> Json::as_int() const {
    if (auto* i = std::get_if<std::int64_t>(&m_v)) return *i;
    if (auto* d = std::get_if<double>(&m_v); d && std::floor(*d) == *d)
        return static_cast<std::int64_t>(*d);
    return std::nullopt;
}

const Json::Array* Json::as_array() const {
    auto* p = std::get_if<std::shared_ptr<Array>>(&m_v);
    return p ? p->get() : nullptr;
}

const Json::Object* Json::as_object() const {
    auto* p = std::get_if<std::shared_ptr<Object>>(&m_v);
    return p ? p->get() : nullptr;
}

const Json* Json::get(std::string_view key) const {
    auto* o = as_object();
    if (!o) return nullptr;
    auto it = o->find(key);
    return it == o->end() ? nullptr : &it->second;
}

} // namespace hearth::home
