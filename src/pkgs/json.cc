#include "pkgs/json.hh"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace hearth::pkgs {

namespace {

struct Parser {
    std::string_view s;
    size_t i = 0;
    std::string error;

    void ws() {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
    }
    bool expect(char c) {
        ws();
        if (i < s.size() && s[i] == c) return ++i, true;
        if (error.empty())
            error = "expected '" + std::string(1, c) + "' at offset " + std::to_string(i);
        return false;
    }
    void put_utf8(std::string& out, unsigned cp) {
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
    std::optional<std::string> str() {
        if (!expect('"')) return std::nullopt;
        std::string out;
        while (i < s.size() && s[i] != '"') {
            char c = s[i++];
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i >= s.size()) break;
            char e = s[i++];
            switch (e) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'u': {
                if (i + 4 > s.size()) return error = "bad \\u escape", std::nullopt;
                unsigned cp = std::strtoul(std::string(s.substr(i, 4)).c_str(), nullptr, 16);
                i += 4;
                put_utf8(out, cp);
                break;
            }
            default:
                out += e;
            }
        }
        if (i >= s.size()) return error = "unterminated string", std::nullopt;
        ++i;
        return out;
    }
    std::optional<Json> value(int depth) {
        ws();
        if (depth > 64 || i >= s.size()) return error = "unexpected end or nesting", std::nullopt;
        char c = s[i];
        if (c == '"') {
            auto t = str();
            if (!t) return std::nullopt;
            return Json{std::move(*t)};
        }
        if (c == '{') {
            ++i;
            Json::Object obj;
            ws();
            if (i < s.size() && s[i] == '}') return ++i, Json{std::move(obj)};
            do {
                auto k = str();
                if (!k || !expect(':')) return std::nullopt;
                auto v = value(depth + 1);
                if (!v) return std::nullopt;
                obj[*k] = std::move(*v);
                ws();
            } while (i < s.size() && s[i] == ',' && ++i);
            if (!expect('}')) return std::nullopt;
            return Json{std::move(obj)};
        }
        if (c == '[') {
            ++i;
            Json::Array arr;
            ws();
            if (i < s.size() && s[i] == ']') return ++i, Json{std::move(arr)};
            do {
                auto v = value(depth + 1);
                if (!v) return std::nullopt;
                arr.push_back(std::move(*v));
                ws();
            } while (i < s.size() && s[i] == ',' && ++i);
            if (!expect(']')) return std::nullopt;
            return Json{std::move(arr)};
        }
        for (auto [word, val] : {std::pair{"true", Json{true}}, std::pair{"false", Json{false}},
                                 std::pair{"null", Json{nullptr}}}) {
            std::string_view w = word;
            if (s.substr(i, w.size()) == w) return i += w.size(), val;
        }
        const char* start = s.data() + i;
        char* end = nullptr;
        std::string num(start, std::min<size_t>(s.size() - i, 64));
        double d = std::strtod(num.c_str(), &end);
        if (end == num.c_str())
            return error = "unexpected character at offset " + std::to_string(i), std::nullopt;
        i += static_cast<size_t>(end - num.c_str());
        return Json{d};
    }
};

} // namespace

const Json* Json::get(const std::string& key) const {
    auto* o = object();
    if (!o) return nullptr;
    auto it = o->find(key);
    return it == o->end() ? nullptr : &it->second;
}

std::optional<double> Json::number() const {
    if (auto* d = std::get_if<double>(&v)) return *d;
    return std::nullopt;
}

std::optional<Json> parse_json(std::string_view text, std::string& error) {
    Parser p{text, 0, {}};
    auto v = p.value(0);
    if (v) {
        p.ws();
        if (p.i != text.size())
            v.reset(), p.error = "trailing data at offset " + std::to_string(p.i);
    }
    if (!v) error = p.error;
    return v;
}

std::string json_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
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
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

} // namespace hearth::pkgs
