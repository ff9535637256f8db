// builtins.fromTOML: a TOML 1.0 parser.
//
// Nix parses with the toml11 library (v4) and turns the document into Nix
// values; dates and times are refused ("Dates and times are not supported")
// unless an experimental feature is on, which Hearth does not have. Errors
// read "while parsing TOML: " followed by toml11's report: a title, the
// source lines with a caret line under the offending region, and hints. We
// write those reports in the same layout for the errors people meet (bad
// values, unterminated strings, bad numbers, redefinitions); rarer ones keep
// toml11's title with a simpler location.
#include "lang/builtins/table.hh"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>

namespace hearth::lang {

namespace {

struct TomlError {
    std::string message;
};

// A parsed TOML value, before it becomes a Nix value.
struct TNode {
    enum class Kind { Table, Array, String, Int, Float, Bool, Datetime } kind;
    // How a table came to be, which decides whether it may be reopened.
    enum class How { Implicit, Header, Dotted, Inline } how = How::Implicit;
    bool array_of_tables = false;
    std::map<std::string, std::unique_ptr<TNode>> table;
    std::vector<std::unique_ptr<TNode>> array;
    std::string str;
    int64_t integer = 0;
    double fpoint = 0;
    bool boolean = false;
    size_t off = 0, len = 0; // the source region, for error reports

    explicit TNode(Kind k) : kind(k) {}
};

const char* int_hint = "Hint: valid  : -42, 1_000, 1_2_3_4_5, 0xC0FFEE, 0b0010, 0o755\n"
                       "Hint: invalid: _42, 1__000, 0123\n";
const char* float_hint = "Hint: valid  : +1.0, -2e-2, 3.141_592_653_589, inf, nan\n"
                         "Hint: invalid: .0, 1., _1.0, 1.0_, 1_.0, 1.0__0\n";

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_bare(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '-' || c == '_';
}

class TomlParser {
  public:
    explicit TomlParser(std::string_view s) : m_s(s) {}

    std::unique_ptr<TNode> parse() {
        auto root = std::make_unique<TNode>(TNode::Kind::Table);
        root->how = TNode::How::Header;
        TNode* current = root.get();
        for (;;) {
            skip_ws_comments_newlines();
            if (eof()) break;
            if (peek() == '[')
                current = table_header(*root);
            else
                keyval(*current);
            end_of_line();
        }
        return root;
    }

  private:
    std::string_view m_s;
    size_t m_i = 0;

    bool eof() const { return m_i >= m_s.size(); }
    char peek(size_t ahead = 0) const { return m_i + ahead < m_s.size() ? m_s[m_i + ahead] : '\0'; }
    bool starts(std::string_view t) const { return m_s.substr(m_i, t.size()) == t; }

    // --- error reports in toml11's layout ---

    struct Loc {
        size_t off, len;
        std::string msg;
    };

    size_t line_of(size_t off) const {
        size_t n = 1;
        for (size_t i = 0; i < off && i < m_s.size(); ++i) n += m_s[i] == '\n';
        return n;
    }
    std::string_view line_text(size_t off, size_t& col) const {
        size_t start = m_s.rfind('\n', off == 0 ? 0 : off - 1);
        start = (start == std::string_view::npos || off == 0) ? 0 : start + 1;
        if (off > 0 && m_s[off - 1] == '\n') start = off;
        size_t end = m_s.find('\n', start);
        if (end == std::string_view::npos) end = m_s.size();
        if (end > start && m_s[end - 1] == '\r') --end;
        col = off - start + 1;
        return m_s.substr(start, end - start);
    }

    [[noreturn]] void fail(const std::string& title, std::vector<Loc> locs,
                           const std::string& suffix = "") const {
        size_t width = 0;
        for (auto& l : locs) width = std::max(width, std::to_string(line_of(l.off)).size());
        std::string pad(width + 1, ' ');
        std::string r = "[error] " + title + "\n";
        bool first = true;
        for (auto& l : locs) {
            if (first)
                r += " --> fromTOML\n" + pad + " |\n";
            else
                r += pad + " | ...\n" + pad + " |\n";
            first = false;
            size_t col;
            std::string_view line = line_text(l.off, col);
            std::string num = std::to_string(line_of(l.off));
            r += " " + std::string(width - num.size(), ' ') + num + " | ";
            for (char c : line) r += c;
            r += "\n";
            size_t limit = line.size() < col ? 1 : line.size() - col + 1;
            size_t under = std::min(limit, std::max<size_t>(l.len, 1));
            r += pad + " | " + std::string(col - 1, ' ') + std::string(under, '^') + "-- " + l.msg +
                 "\n";
        }
        throw TomlError{r + suffix};
    }
    [[noreturn]] void fail_here(const std::string& title, const std::string& msg,
                                const std::string& suffix = "") const {
        fail(title, {{m_i, 1, msg}}, suffix);
    }

    // --- whitespace, comments, line ends ---

    void skip_ws() {
        while (peek() == ' ' || peek() == '\t') ++m_i;
    }
    void skip_comment() {
        if (peek() != '#') return;
        while (!eof() && peek() != '\n') {
            unsigned char c = static_cast<unsigned char>(peek());
            if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f)
                fail_here("toml::parse_comment: comment contains control character",
                          "control character not allowed");
            ++m_i;
        }
    }
    void skip_ws_comments_newlines() {
        for (;;) {
            skip_ws();
            skip_comment();
            if (peek() == '\n')
                ++m_i;
            else if (peek() == '\r' && peek(1) == '\n')
                m_i += 2;
            else
                return;
        }
    }
    void skip_ws_newlines_in_array() { skip_ws_comments_newlines(); }
    void end_of_line() {
        skip_ws();
        skip_comment();
        if (eof()) return;
        if (peek() == '\n')
            ++m_i;
        else if (peek() == '\r' && peek(1) == '\n')
            m_i += 2;
        else
            fail_here("toml::parse_table: newline (LF / CRLF) or EOF is expected", "here");
    }

    // --- keys ---

    struct Key {
        std::vector<std::string> parts;
        size_t off, len;
    };

    std::string simple_key() {
        if (peek() == '"') return basic_string();
        if (peek() == '\'') return literal_string();
        size_t start = m_i;
        while (is_bare(peek())) ++m_i;
        if (m_i == start)
            fail("toml::parse_simple_key: invalid key: key must be \"quoted\", 'quoted-literal', "
                 "or bare key.",
                 {{m_i, 1, "expected alpha [a-zA-Z], digit [0-9], -, or _"}},
                 "Hint: non-ASCII scripts are allowed in toml v1.1.0, but not in v1.0.0.\n");
        return std::string(m_s.substr(start, m_i - start));
    }

    Key key() {
        Key k{{}, m_i, 0};
        k.parts.push_back(simple_key());
        for (;;) {
            size_t save = m_i;
            skip_ws();
            if (peek() != '.') {
                m_i = save;
                break;
            }
            ++m_i;
            skip_ws();
            k.parts.push_back(simple_key());
        }
        k.len = m_i - k.off;
        return k;
    }

    // --- tables ---

    [[noreturn]] void table_defined(size_t off, size_t len, const TNode& old) const {
        fail(
            "toml::insert_value: failed to insert a table, table already defined",
            {{off, len, "inserting this"}, {old.off, old.len, "this table is explicitly defined"}});
    }

    // The table a dotted prefix names, creating implicit tables on the way.
    // [off, off+len) is what is being inserted (a header or a dotted key).
    TNode* descend(TNode* t, const std::string& name, TNode::How how, size_t off, size_t len) {
        auto it = t->table.find(name);
        if (it == t->table.end()) {
            auto n = std::make_unique<TNode>(TNode::Kind::Table);
            n->how = how;
            n->off = off;
            n->len = len;
            TNode* r = n.get();
            t->table.emplace(name, std::move(n));
            return r;
        }
        TNode* n = it->second.get();
        if (n->kind == TNode::Kind::Array && n->array_of_tables && how != TNode::How::Dotted)
            return n->array.back().get();
        if (n->kind != TNode::Kind::Table)
            fail("toml::insert_value: failed to insert a value, value already exists",
                 {{off, len, "while inserting this"},
                  {n->off, n->len, "non-table value already exists"}});
        if (n->how == TNode::How::Inline)
            fail("toml::insert_value: failed to insert a value: inline table is immutable",
                 {{off, len, "inserting this"}, {n->off, n->len, "to this table"}});
        // A header-defined table cannot be extended by dotted keys elsewhere.
        if (how == TNode::How::Dotted && n->how == TNode::How::Header)
            fail("toml::insert_value: failed to insert a value, value already exists",
                 {{off, len, "inserting this"}, {n->off, n->len, "but value already exists"}});
        return n;
    }

    // [a.b] or [[a.b]]: returns the table later key/value pairs go into.
    TNode* table_header(TNode& root) {
        size_t start = m_i;
        bool aot = starts("[[");
        m_i += aot ? 2 : 1;
        skip_ws();
        Key k = key();
        skip_ws();
        if (aot ? !starts("]]") : peek() != ']')
            fail_here(aot ? "toml::parse_file: invalid array-table key"
                          : "toml::parse_file: invalid table key",
                      aot ? "expected ]]" : "expected ]");
        m_i += aot ? 2 : 1;
        size_t len = m_i - start;
        TNode* t = &root;
        for (size_t i = 0; i + 1 < k.parts.size(); ++i)
            t = descend(t, k.parts[i], TNode::How::Implicit, start, len);
        const std::string& last = k.parts.back();
        auto it = t->table.find(last);
        if (aot) {
            auto table = std::make_unique<TNode>(TNode::Kind::Table);
            table->how = TNode::How::Header;
            table->off = start;
            table->len = len;
            TNode* r = table.get();
            if (it == t->table.end()) {
                auto arr = std::make_unique<TNode>(TNode::Kind::Array);
                arr->array_of_tables = true;
                arr->off = start;
                arr->len = len;
                arr->array.push_back(std::move(table));
                t->table.emplace(last, std::move(arr));
            } else if (it->second->kind == TNode::Kind::Array && it->second->array_of_tables) {
                it->second->array.push_back(std::move(table));
            } else {
                fail("toml::insert_value: failed to insert an array of tables, value already "
                     "exists",
                     {{start, len, "while inserting this"},
                      {it->second->off, it->second->len, "non-table value already exists"}});
            }
            return r;
        }
        if (it == t->table.end()) {
            auto table = std::make_unique<TNode>(TNode::Kind::Table);
            table->how = TNode::How::Header;
            table->off = start;
            table->len = len;
            TNode* r = table.get();
            t->table.emplace(last, std::move(table));
            return r;
        }
        TNode* n = it->second.get();
        if (n->kind != TNode::Kind::Table || n->how != TNode::How::Implicit)
            table_defined(start, len, *n);
        n->how = TNode::How::Header;
        n->off = start;
        n->len = len;
        return n;
    }

    // key = value, into `t` (which may be an inline table being built).
    void keyval(TNode& t) {
        Key k = key();
        skip_ws();
        if (peek() != '=')
            fail_here("toml::parse_key_value_pair: invalid key value separator `=`", "expected =");
        ++m_i;
        skip_ws();
        auto v = value();
        TNode* target = &t;
        for (size_t i = 0; i + 1 < k.parts.size(); ++i)
            target = descend(target, k.parts[i], TNode::How::Dotted, k.off, k.len);
        auto it = target->table.find(k.parts.back());
        if (it != target->table.end())
            fail("toml::insert_value: failed to insert a value, value already exists",
                 {{k.off, k.len, "inserting this"},
                  {it->second->off, it->second->len, "but value already exists"}});
        target->table.emplace(k.parts.back(), std::move(v));
    }

    // --- values ---

    std::unique_ptr<TNode> value() {
        size_t start = m_i;
        std::unique_ptr<TNode> v;
        char c = peek();
        if (c == '"' || c == '\'') {
            v = std::make_unique<TNode>(TNode::Kind::String);
            v->str = c == '"' ? basic_string() : literal_string();
        } else if (c == 't' || c == 'f') {
            v = std::make_unique<TNode>(TNode::Kind::Bool);
            if (starts("true"))
                v->boolean = true, m_i += 4;
            else if (starts("false"))
                m_i += 5;
            else
                fail_here("toml::parse_boolean: invalid boolean: boolean must be `true` or "
                          "`false`, in lowercase. string must be surrounded by `\"`",
                          "expected true or false");
        } else if (c == '[') {
            v = array();
        } else if (c == '{') {
            v = inline_table();
        } else if (is_digit(c) || c == '+' || c == '-' || c == 'i' || c == 'n') {
            v = number_or_date();
        } else if (c == '.' && is_digit(peek(1))) {
            fail_here("bad float: integer part is required before decimal point",
                      "missing integer part", float_hint);
        } else if (c == '_' && is_digit(peek(1))) {
            fail_here("bad number: `_` must be surrounded by digits", "digits required before `_`",
                      int_hint);
        } else {
            fail_here("bad format: unknown value appeared", "here");
        }
        v->off = start;
        v->len = m_i - start;
        return v;
    }

    std::unique_ptr<TNode> array() {
        ++m_i;
        auto a = std::make_unique<TNode>(TNode::Kind::Array);
        for (;;) {
            skip_ws_newlines_in_array();
            if (peek() == ']') break;
            if (eof())
                fail_here("toml::parse_array: missing closing bracket `]`",
                          "expected `]`, reached EOF");
            a->array.push_back(value());
            skip_ws_newlines_in_array();
            if (peek() == ',') {
                ++m_i;
                continue;
            }
            if (peek() == ']') break;
            fail_here("toml::parse_array: missing closing bracket `]`",
                      eof() ? "expected `]`, reached EOF" : "expected `]`");
        }
        ++m_i;
        return a;
    }

    std::unique_ptr<TNode> inline_table() {
        ++m_i;
        auto t = std::make_unique<TNode>(TNode::Kind::Table);
        t->how = TNode::How::Inline;
        skip_ws();
        if (peek() == '}') {
            ++m_i;
            return t;
        }
        for (;;) {
            skip_ws();
            if (peek() == '}')
                fail_here("toml::parse_inline_table: trailing comma is not allowed in TOML-v1.0.0)",
                          "here");
            keyval(*t);
            skip_ws();
            if (peek() == ',') {
                ++m_i;
                continue;
            }
            if (peek() == '}') break;
            fail_here("toml::parse_inline_table: expected value-separator `,` or closing `}`",
                      "here");
        }
        ++m_i;
        // Dotted keys inside are part of the inline table: it is closed now.
        seal(*t);
        return t;
    }
    static void seal(TNode& t) {
        t.how = TNode::How::Inline;
        for (auto& [_, v] : t.table)
            if (v->kind == TNode::Kind::Table) seal(*v);
    }

    // --- strings ---

    static void put_utf8(std::string& out, uint32_t cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xc0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out += char(0xe0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3f));
            out += char(0x80 | (cp & 0x3f));
        } else {
            out += char(0xf0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3f));
            out += char(0x80 | ((cp >> 6) & 0x3f));
            out += char(0x80 | (cp & 0x3f));
        }
    }

    // One escape after '\'; false when it is not a valid one.
    bool escape(std::string& out) {
        char c = peek(1);
        const char* simple = "b\bt\tn\nf\fr\r\"\"\\\\";
        for (const char* p = simple; *p; p += 2)
            if (c == p[0]) {
                out += p[1];
                m_i += 2;
                return true;
            }
        if (c != 'u' && c != 'U') return false;
        size_t n = c == 'u' ? 4 : 8;
        uint32_t cp = 0;
        for (size_t i = 0; i < n; ++i) {
            char h = peek(2 + i);
            int d = is_digit(h)              ? h - '0'
                    : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                    : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                             : -1;
            if (d < 0) return false;
            cp = cp * 16 + uint32_t(d);
        }
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
        put_utf8(out, cp);
        m_i += 2 + n;
        return true;
    }

    static bool bad_control(char ch) {
        unsigned char c = static_cast<unsigned char>(ch);
        return (c < 0x20 && c != '\t') || c == 0x7f;
    }

    std::string basic_string() {
        if (starts("\"\"\"")) return ml_basic_string();
        ++m_i;
        std::string out;
        for (;;) {
            char c = peek();
            if (c == '"' && !eof()) break;
            if (eof() || c == '\n' || bad_control(c) || (c == '\\' && !escape(out)))
                fail_here("toml::parse_basic_string: invalid string format", "expected \"");
            if (c != '\\') out += c, ++m_i;
        }
        ++m_i;
        return out;
    }

    std::string ml_basic_string() {
        m_i += 3;
        std::string out;
        if (peek() == '\n')
            ++m_i;
        else if (starts("\r\n"))
            m_i += 2;
        for (;;) {
            if (starts("\"\"\"")) {
                // Up to two quotes may end the content right before the delimiter.
                size_t q = 3;
                while (q < 5 && peek(q) == '"') ++q;
                out.append(q - 3, '"');
                m_i += q;
                return out;
            }
            char c = peek();
            if (eof())
                fail_here("toml::parse_ml_basic_string: invalid string format", "expected \"\"\"");
            if (c == '\\') {
                // A line-ending backslash eats the newline and following blanks.
                size_t j = m_i + 1;
                while (j < m_s.size() && (m_s[j] == ' ' || m_s[j] == '\t')) ++j;
                if (j < m_s.size() && (m_s[j] == '\n' || m_s[j] == '\r')) {
                    m_i = j;
                    while (!eof() &&
                           (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
                        ++m_i;
                    continue;
                }
                if (!escape(out))
                    fail_here("toml::parse_ml_basic_string: invalid string format",
                              "expected \"\"\"");
                continue;
            }
            if (bad_control(c) && c != '\n' && !(c == '\r' && peek(1) == '\n'))
                fail_here("toml::parse_ml_basic_string: invalid string format", "expected \"\"\"");
            out += c;
            ++m_i;
        }
    }

    std::string literal_string() {
        if (starts("'''")) return ml_literal_string();
        ++m_i;
        size_t start = m_i;
        while (!eof() && peek() != '\'' && peek() != '\n' && !bad_control(peek())) ++m_i;
        if (peek() != '\'' || eof())
            fail_here("toml::parse_literal_string: invalid string format", "expected '");
        std::string out(m_s.substr(start, m_i - start));
        ++m_i;
        return out;
    }

    std::string ml_literal_string() {
        m_i += 3;
        if (peek() == '\n')
            ++m_i;
        else if (starts("\r\n"))
            m_i += 2;
        size_t start = m_i;
        for (;;) {
            if (starts("'''")) {
                size_t q = 3;
                while (q < 5 && peek(q) == '\'') ++q;
                std::string out(m_s.substr(start, m_i - start));
                out.append(q - 3, '\'');
                m_i += q;
                return out;
            }
            char c = peek();
            if (eof() || (bad_control(c) && c != '\n' && !(c == '\r' && peek(1) == '\n')))
                fail_here("toml::parse_ml_literal_string: invalid string format", "expected '''");
            ++m_i;
        }
    }

    // --- numbers, dates and times ---

    bool digits_at(size_t at, size_t n) const {
        for (size_t i = 0; i < n; ++i)
            if (!is_digit(at + i < m_s.size() ? m_s[at + i] : '\0')) return false;
        return true;
    }

    std::unique_ptr<TNode> number_or_date() {
        if (digits_at(m_i, 4) && peek(4) == '-') return datetime();
        if (digits_at(m_i, 2) && peek(2) == ':') return datetime();
        size_t start = m_i;
        if (peek() == '+' || peek() == '-') ++m_i;
        if (starts("inf") || starts("nan")) {
            bool neg = m_s[start] == '-';
            bool inf = peek() == 'i';
            m_i += 3;
            auto v = std::make_unique<TNode>(TNode::Kind::Float);
            v->fpoint = inf ? (neg ? -INFINITY : INFINITY) : (neg ? -NAN : NAN);
            return v;
        }
        if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b')) {
            if (m_i != start)
                fail("toml::parse_hex_integer: invalid integer: hex_int must be like: 0xC0FFEE, "
                     "0xdead_beef",
                     {{start, 1, "expected 0x"}});
            return radix_integer();
        }
        std::string digits = digit_run(int_hint, "bad integer");
        if (peek() == '.' || peek() == 'e' || peek() == 'E') return decimal_float(start);
        if (digits.size() > 1 && digits[0] == '0') {
            size_t second = start + 1 + (m_s[start] == '+' || m_s[start] == '-');
            fail("bad integer: invalid digit after an integer",
                 {{second, 1, "this digit is not allowed"}}, int_hint);
        }
        auto v = std::make_unique<TNode>(TNode::Kind::Int);
        errno = 0;
        std::string text = (m_s[start] == '-' ? "-" : "") + digits;
        long long n = std::strtoll(text.c_str(), nullptr, 10);
        if (errno == ERANGE)
            fail("toml::parse_dec_integer: too large integer: current max digits = 2^63",
                 {{m_i, 1, "must be < 2^63"}});
        v->integer = n;
        return v;
    }

    // Digits with single underscores between them; returns the digits.
    std::string digit_run(const char* hint, const char* kind) {
        std::string out;
        if (!is_digit(peek())) fail_here(std::string(kind) + ": invalid format", "here", hint);
        for (;;) {
            if (is_digit(peek())) {
                out += peek();
                ++m_i;
            } else if (peek() == '_') {
                if (!is_digit(peek(1)))
                    fail(std::string(kind) + ": `_` must be surrounded by digits",
                         {{m_i, 1, "invalid underscore"}}, hint);
                ++m_i;
            } else {
                return out;
            }
        }
    }

    std::unique_ptr<TNode> decimal_float(size_t start) {
        if (peek() == '.') {
            ++m_i;
            if (!is_digit(peek()))
                fail("bad float: invalid format", {{m_i - 1, 1, "here"}}, float_hint);
            digit_run(float_hint, "bad float");
        }
        if (peek() == 'e' || peek() == 'E') {
            size_t e = m_i++;
            if (peek() == '+' || peek() == '-') ++m_i;
            if (!is_digit(peek())) fail("bad float: invalid format", {{e, 1, "here"}}, float_hint);
            digit_run(float_hint, "bad float");
        }
        std::string text;
        for (size_t i = start; i < m_i; ++i)
            if (m_s[i] != '_') text += m_s[i];
        auto v = std::make_unique<TNode>(TNode::Kind::Float);
        v->fpoint = std::strtod(text.c_str(), nullptr);
        return v;
    }

    std::unique_ptr<TNode> radix_integer() {
        char r = peek(1);
        int base = r == 'x' ? 16 : r == 'o' ? 8 : 2;
        const char* name = r == 'x' ? "hex" : r == 'o' ? "oct" : "bin";
        std::string title = std::string("toml::parse_") + name + "_integer: ";
        m_i += 2;
        auto digit = [&](char c) {
            int d = is_digit(c)              ? c - '0'
                    : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                             : 99;
            return d < base ? d : -1;
        };
        if (digit(peek()) < 0)
            fail_here(title + (r == 'x'   ? "invalid integer: hex_int must be like: 0xC0FFEE, "
                                            "0xdead_beef"
                               : r == 'o' ? "invalid integer: oct_int must be like: 0o775, 0o04_44"
                                          : "invalid integer: bin_int must be like: 0b0101, "
                                            "0b1111_0000"),
                      r == 'x'   ? "expected hex [0-9a-fA-F]"
                      : r == 'o' ? "expected from `0` to `7`"
                                 : "expected 0 or 1");
        uint64_t n = 0;
        bool overflow = false;
        for (;;) {
            int d = digit(peek());
            if (d >= 0) {
                if (n > (uint64_t(INT64_MAX) - uint64_t(d)) / uint64_t(base)) overflow = true;
                n = n * uint64_t(base) + uint64_t(d);
                ++m_i;
            } else if (peek() == '_' && digit(peek(1)) >= 0) {
                ++m_i;
            } else if (peek() == '_') {
                fail("bad integer: `_` must be surrounded by digits",
                     {{m_i, 1, "invalid underscore"}}, int_hint);
            } else {
                break;
            }
        }
        if (overflow)
            fail_here(title + "too large integer: current max value = 2^63", "must be < 2^63");
        auto v = std::make_unique<TNode>(TNode::Kind::Int);
        v->integer = int64_t(n);
        return v;
    }

    // Dates and times are parsed only to be refused after the whole
    // document is read, as Nix does.
    std::unique_ptr<TNode> datetime() {
        auto bad = [&] { fail_here("bad datetime: invalid format", "here"); };
        auto two = [&](int lo, int hi) {
            if (!digits_at(m_i, 2)) bad();
            int n = (m_s[m_i] - '0') * 10 + (m_s[m_i + 1] - '0');
            if (n < lo || n > hi) bad();
            m_i += 2;
        };
        auto time = [&] {
            two(0, 23);
            if (peek() != ':') bad();
            ++m_i;
            two(0, 59);
            if (peek() != ':') bad();
            ++m_i;
            two(0, 60);
            if (peek() == '.') {
                ++m_i;
                if (!is_digit(peek())) bad();
                while (is_digit(peek())) ++m_i;
            }
        };
        if (peek(2) == ':') {
            time();
        } else {
            m_i += 4;
            ++m_i;
            two(1, 12);
            if (peek() != '-') bad();
            ++m_i;
            two(1, 31);
            bool has_time = (peek() == 'T' || peek() == 't') ||
                            (peek() == ' ' && digits_at(m_i + 1, 2) && peek(3) == ':');
            if (has_time) {
                ++m_i;
                time();
                if (peek() == 'Z' || peek() == 'z') {
                    ++m_i;
                } else if (peek() == '+' || peek() == '-') {
                    ++m_i;
                    two(0, 23);
                    if (peek() != ':') bad();
                    ++m_i;
                    two(0, 59);
                }
            }
        }
        return std::make_unique<TNode>(TNode::Kind::Datetime);
    }
};

// Nix strings cannot hold NUL: Nix refuses a key or string with one,
// showing it as U+2400.
const std::string& checked(EvalState& st, const std::string& s) {
    if (s.find('\0') == std::string::npos) return s;
    std::string shown;
    for (char c : s) shown += c ? std::string(1, c) : "\u2400";
    st.error(ErrorKind::Eval, {},
             "while parsing TOML: error: input string '" + shown +
                 "' cannot be represented as Nix string because it contains null bytes");
}

void to_nix(EvalState& st, const TNode& n, Value& out) {
    switch (n.kind) {
    case TNode::Kind::Table: {
        std::vector<Attr> attrs;
        attrs.reserve(n.table.size());
        for (auto& [k, v] : n.table) {
            Value* x = st.alloc_value();
            to_nix(st, *v, *x);
            attrs.push_back({st.symbols.intern(checked(st, k)), {}, x});
        }
        out.mk_attrs(st.make_bindings(attrs));
        break;
    }
    case TNode::Kind::Array: {
        ListData* l = st.alloc_list(n.array.size());
        for (size_t i = 0; i < n.array.size(); ++i) {
            l->elems[i] = st.alloc_value();
            to_nix(st, *n.array[i], *l->elems[i]);
        }
        out.mk_list(l);
        break;
    }
    case TNode::Kind::String:
        st.mk_string(out, checked(st, n.str));
        break;
    case TNode::Kind::Int:
        out.mk_int(n.integer);
        break;
    case TNode::Kind::Float:
        out.mk_float(n.fpoint);
        break;
    case TNode::Kind::Bool:
        out.mk_bool(n.boolean);
        break;
    case TNode::Kind::Datetime:
        throw TomlError{"Dates and times are not supported"};
    }
}

void bi_fromTOML(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string_view s =
        st.force_string(*args[0], pos, "while evaluating the argument passed to builtins.fromTOML");
    try {
        auto root = TomlParser(s).parse();
        to_nix(st, *root, out);
    } catch (TomlError& e) {
        // Nix colours the quoted report (magenta, then a reset). toml11's
        // report ends with a newline, so the reset is alone on the last
        // line, which Nix prints as the message's indentation.
        st.error(ErrorKind::Eval, {}, "while parsing TOML: \x1b[35;1m" + e.message + "\x1b[0m");
    }
}

const PrimOp table[] = {
    {"fromTOML", 1, bi_fromTOML, "Parses a TOML 1.0 document into a Nix value."},
};

} // namespace

std::span<const PrimOp> toml_builtins() {
    return table;
}

} // namespace hearth::lang
