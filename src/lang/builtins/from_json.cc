// builtins.fromJSON.
//
// Nix parses JSON with nlohmann::json, and its error messages are that
// library's ("[json.exception.parse_error.101] parse error at line 1,
// column 3: syntax error while parsing object key - invalid literal; last
// read: '{ i'; expected string literal"). So that Hearth prints the same
// text, this parser follows the library's documented behaviour: the same
// tokens, the same lexer messages, the same position count (every character
// read, including the one that ended a number and was put back, or the end
// of the input) and the same "last read" text (what was read since the
// current string or number began; structural characters and literals do
// not start a new token text). The parser is iterative, as the library's
// is, so deep nesting cannot overflow the stack.
#include "lang/builtins/table.hh"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace hearth::lang {

namespace {

enum class Tok {
    Uninitialized,
    True,
    False,
    Null,
    String,
    Unsigned,
    Integer,
    Float,
    BeginArray,
    BeginObject,
    EndArray,
    EndObject,
    NameSeparator,
    ValueSeparator,
    ParseError,
    EndOfInput,
    LiteralOrValue,
};

const char* tok_name(Tok t) {
    switch (t) {
    case Tok::Uninitialized:
        return "<uninitialized>";
    case Tok::True:
        return "true literal";
    case Tok::False:
        return "false literal";
    case Tok::Null:
        return "null literal";
    case Tok::String:
        return "string literal";
    case Tok::Unsigned:
    case Tok::Integer:
    case Tok::Float:
        return "number literal";
    case Tok::BeginArray:
        return "'['";
    case Tok::BeginObject:
        return "'{'";
    case Tok::EndArray:
        return "']'";
    case Tok::EndObject:
        return "'}'";
    case Tok::NameSeparator:
        return "':'";
    case Tok::ValueSeparator:
        return "','";
    case Tok::ParseError:
        return "<parse error>";
    case Tok::EndOfInput:
        return "end of input";
    case Tok::LiteralOrValue:
        return "'[', '{', or a literal";
    }
    return "unknown token";
}

constexpr int kEof = -1;

class Lexer {
  public:
    explicit Lexer(std::string_view s) : m_s(s) {}

    Tok scan() {
        if (m_total == 0 && !skip_bom()) {
            m_error = "invalid BOM; must be 0xEF 0xBB 0xBF if given";
            return Tok::ParseError;
        }
        do get();
        while (m_cur == ' ' || m_cur == '\t' || m_cur == '\n' || m_cur == '\r');
        switch (m_cur) {
        case '[':
            return Tok::BeginArray;
        case ']':
            return Tok::EndArray;
        case '{':
            return Tok::BeginObject;
        case '}':
            return Tok::EndObject;
        case ':':
            return Tok::NameSeparator;
        case ',':
            return Tok::ValueSeparator;
        case 't':
            return literal("true", Tok::True);
        case 'f':
            return literal("false", Tok::False);
        case 'n':
            return literal("null", Tok::Null);
        case '"':
            return string();
        case '-':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            return number();
        case '\0':
        case kEof:
            return Tok::EndOfInput;
        default:
            m_error = "invalid literal";
            return Tok::ParseError;
        }
    }

    // " at line L, column C", as the library counts.
    std::string position() const {
        return " at line " + std::to_string(m_lines + 1) + ", column " + std::to_string(m_column);
    }
    size_t chars_read() const { return m_total; }
    const std::string& error() const { return m_error; }
    const std::string& buffer() const { return m_buffer; }
    uint64_t unsigned_value() const { return m_unsigned; }
    int64_t integer_value() const { return m_integer; }
    double float_value() const { return m_float; }

    // The text read for the current token, control characters as <U+XXXX>.
    std::string token_text() const {
        std::string r;
        for (char c : m_token) {
            if (static_cast<unsigned char>(c) <= 0x1F) {
                char cs[9];
                std::snprintf(cs, sizeof cs, "<U+%.4X>", static_cast<unsigned char>(c));
                r += cs;
            } else {
                r += c;
            }
        }
        return r;
    }

  private:
    std::string_view m_s;
    size_t m_i = 0;
    int m_cur = kEof;
    bool m_unget = false;
    size_t m_total = 0, m_column = 0, m_lines = 0;
    std::string m_token;  // raw text of the current token
    std::string m_buffer; // a string's decoded contents, a number's text
    std::string m_error;
    uint64_t m_unsigned = 0;
    int64_t m_integer = 0;
    double m_float = 0;

    int get() {
        ++m_total;
        ++m_column;
        if (m_unget)
            m_unget = false;
        else
            m_cur = m_i < m_s.size() ? static_cast<unsigned char>(m_s[m_i++]) : kEof;
        if (m_cur != kEof) m_token.push_back(static_cast<char>(m_cur));
        if (m_cur == '\n') {
            ++m_lines;
            m_column = 0;
        }
        return m_cur;
    }

    void unget() {
        m_unget = true;
        --m_total;
        if (m_column == 0) {
            if (m_lines > 0) --m_lines;
        } else {
            --m_column;
        }
        if (m_cur != kEof) m_token.pop_back();
    }

    void reset() {
        m_buffer.clear();
        m_token.clear();
        m_token.push_back(static_cast<char>(m_cur));
    }

    bool skip_bom() {
        if (get() == 0xEF) return get() == 0xBB && get() == 0xBF;
        unget();
        return true;
    }

    Tok literal(std::string_view text, Tok t) {
        for (size_t i = 1; i < text.size(); ++i) {
            if (get() != static_cast<unsigned char>(text[i])) {
                m_error = "invalid literal";
                return Tok::ParseError;
            }
        }
        return t;
    }

    int codepoint() {
        int cp = 0;
        for (int shift : {12, 8, 4, 0}) {
            get();
            if (m_cur >= '0' && m_cur <= '9')
                cp += (m_cur - '0') << shift;
            else if (m_cur >= 'A' && m_cur <= 'F')
                cp += (m_cur - 'A' + 10) << shift;
            else if (m_cur >= 'a' && m_cur <= 'f')
                cp += (m_cur - 'a' + 10) << shift;
            else
                return -1;
        }
        return cp;
    }

    void add_utf8(int cp) {
        auto add = [&](int b) { m_buffer.push_back(static_cast<char>(b)); };
        if (cp < 0x80) {
            add(cp);
        } else if (cp <= 0x7FF) {
            add(0xC0 | (cp >> 6)), add(0x80 | (cp & 0x3F));
        } else if (cp <= 0xFFFF) {
            add(0xE0 | (cp >> 12)), add(0x80 | ((cp >> 6) & 0x3F)), add(0x80 | (cp & 0x3F));
        } else {
            add(0xF0 | (cp >> 18)), add(0x80 | ((cp >> 12) & 0x3F)), add(0x80 | ((cp >> 6) & 0x3F)),
                add(0x80 | (cp & 0x3F));
        }
    }

    // The continuation bytes of a UTF-8 sequence, each in its range.
    bool utf8_tail(std::initializer_list<int> ranges) {
        m_buffer.push_back(static_cast<char>(m_cur));
        for (auto r = ranges.begin(); r != ranges.end(); r += 2) {
            get();
            if (m_cur < r[0] || m_cur > r[1]) {
                m_error = "invalid string: ill-formed UTF-8 byte";
                return false;
            }
            m_buffer.push_back(static_cast<char>(m_cur));
        }
        return true;
    }

    Tok escape() {
        switch (get()) {
        case '"':
            m_buffer += '"';
            return Tok::String;
        case '\\':
            m_buffer += '\\';
            return Tok::String;
        case '/':
            m_buffer += '/';
            return Tok::String;
        case 'b':
            m_buffer += '\b';
            return Tok::String;
        case 'f':
            m_buffer += '\f';
            return Tok::String;
        case 'n':
            m_buffer += '\n';
            return Tok::String;
        case 'r':
            m_buffer += '\r';
            return Tok::String;
        case 't':
            m_buffer += '\t';
            return Tok::String;
        case 'u': {
            int cp = codepoint();
            if (cp == -1) {
                m_error = "invalid string: '\\u' must be followed by 4 hex digits";
                return Tok::ParseError;
            }
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (get() != '\\' || get() != 'u') {
                    m_error = "invalid string: surrogate U+D800..U+DBFF must be followed by "
                              "U+DC00..U+DFFF";
                    return Tok::ParseError;
                }
                int lo = codepoint();
                if (lo == -1) {
                    m_error = "invalid string: '\\u' must be followed by 4 hex digits";
                    return Tok::ParseError;
                }
                if (lo < 0xDC00 || lo > 0xDFFF) {
                    m_error = "invalid string: surrogate U+D800..U+DBFF must be followed by "
                              "U+DC00..U+DFFF";
                    return Tok::ParseError;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                m_error = "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF";
                return Tok::ParseError;
            }
            add_utf8(cp);
            return Tok::String;
        }
        default:
            m_error = "invalid string: forbidden character after backslash";
            return Tok::ParseError;
        }
    }

    void control_character(int c) {
        static const char* names[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL",
                                      "BS",  "HT",  "LF",  "VT",  "FF",  "CR",  "SO",  "SI",
                                      "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
                                      "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
        char hex[8];
        std::snprintf(hex, sizeof hex, "%.4X", c);
        m_error = std::string("invalid string: control character U+") + hex + " (" + names[c] +
                  ") must be escaped to \\u" + hex;
        const char* short_form = c == 0x08   ? "\\b"
                                 : c == 0x09 ? "\\t"
                                 : c == 0x0A ? "\\n"
                                 : c == 0x0C ? "\\f"
                                 : c == 0x0D ? "\\r"
                                             : nullptr;
        if (short_form) m_error += std::string(" or ") + short_form;
    }

    Tok string() {
        reset();
        while (true) {
            // Plain ASCII runs in bulk; get() takes a character at a time.
            if (!m_unget) {
                size_t j = m_i;
                while (j < m_s.size()) {
                    unsigned char b = static_cast<unsigned char>(m_s[j]);
                    if (b < 0x20 || b > 0x7F || b == '"' || b == '\\') break;
                    ++j;
                }
                if (j > m_i) {
                    std::string_view run = m_s.substr(m_i, j - m_i);
                    m_buffer += run;
                    m_token += run;
                    m_total += run.size();
                    m_column += run.size();
                    m_cur = static_cast<unsigned char>(run.back());
                    m_i = j;
                }
            }
            int c = get();
            if (c == kEof) {
                m_error = "invalid string: missing closing quote";
                return Tok::ParseError;
            }
            if (c == '"') return Tok::String;
            if (c == '\\') {
                if (escape() == Tok::ParseError) return Tok::ParseError;
                continue;
            }
            if (c <= 0x1F) {
                control_character(c);
                return Tok::ParseError;
            }
            if (c <= 0x7F) {
                m_buffer.push_back(static_cast<char>(c));
                continue;
            }
            bool ok;
            if (c >= 0xC2 && c <= 0xDF)
                ok = utf8_tail({0x80, 0xBF});
            else if (c == 0xE0)
                ok = utf8_tail({0xA0, 0xBF, 0x80, 0xBF});
            else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
                ok = utf8_tail({0x80, 0xBF, 0x80, 0xBF});
            else if (c == 0xED)
                ok = utf8_tail({0x80, 0x9F, 0x80, 0xBF});
            else if (c == 0xF0)
                ok = utf8_tail({0x90, 0xBF, 0x80, 0xBF, 0x80, 0xBF});
            else if (c >= 0xF1 && c <= 0xF3)
                ok = utf8_tail({0x80, 0xBF, 0x80, 0xBF, 0x80, 0xBF});
            else if (c == 0xF4)
                ok = utf8_tail({0x80, 0x8F, 0x80, 0xBF, 0x80, 0xBF});
            else {
                m_error = "invalid string: ill-formed UTF-8 byte";
                ok = false;
            }
            if (!ok) return Tok::ParseError;
        }
    }

    static bool digit(int c) { return c >= '0' && c <= '9'; }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, one character read
    // past the end and put back.
    Tok number() {
        reset();
        Tok type = Tok::Unsigned;
        auto add = [&] { m_buffer.push_back(static_cast<char>(m_cur)); };
        add();
        int c = m_cur;
        if (c == '-') {
            type = Tok::Integer;
            if (!digit(get())) {
                m_error = "invalid number; expected digit after '-'";
                return Tok::ParseError;
            }
            add();
            c = m_cur;
        }
        if (c != '0')
            while (digit(get())) add();
        else
            get();
        if (m_cur == '.') {
            add();
            type = Tok::Float;
            if (!digit(get())) {
                m_error = "invalid number; expected digit after '.'";
                return Tok::ParseError;
            }
            add();
            while (digit(get())) add();
        }
        if (m_cur == 'e' || m_cur == 'E') {
            add();
            type = Tok::Float;
            get();
            if (m_cur == '+' || m_cur == '-') {
                add();
                if (!digit(get())) {
                    m_error = "invalid number; expected digit after exponent sign";
                    return Tok::ParseError;
                }
            } else if (!digit(m_cur)) {
                m_error = "invalid number; expected '+', '-', or digit after exponent";
                return Tok::ParseError;
            }
            add();
            while (digit(get())) add();
        }
        unget();
        errno = 0;
        if (type == Tok::Unsigned) {
            m_unsigned = std::strtoull(m_buffer.c_str(), nullptr, 10);
            if (errno == 0) return Tok::Unsigned;
        } else if (type == Tok::Integer) {
            m_integer = std::strtoll(m_buffer.c_str(), nullptr, 10);
            if (errno == 0) return Tok::Integer;
        }
        m_float = std::strtod(m_buffer.c_str(), nullptr);
        return Tok::Float;
    }
};

// Builds the Nix value while the parser walks the tokens, as Nix's JSON
// SAX handler does: a stack of open arrays and objects.
class Parser {
  public:
    Parser(EvalState& st, std::string_view s) : m_st(st), m_lex(s) {}

    void parse(Value& out) {
        Value* result = st_value();
        m_tok = m_lex.scan();
        while (true) {
            if (!m_skip_to_state) {
                switch (m_tok) {
                case Tok::BeginObject:
                    m_stack.push_back({false, {}, {}, {}});
                    if (next() == Tok::EndObject) {
                        close(result);
                        break;
                    }
                    object_key();
                    next();
                    continue;
                case Tok::BeginArray:
                    m_stack.push_back({true, {}, {}, {}});
                    if (next() == Tok::EndArray) {
                        close(result);
                        break;
                    }
                    continue;
                case Tok::Float: {
                    double d = m_lex.float_value();
                    if (!std::isfinite(d))
                        fail("[json.exception.out_of_range.406] number overflow parsing '" +
                             m_lex.token_text() + "'");
                    scalar(result)->mk_float(d);
                    break;
                }
                case Tok::True:
                    scalar(result)->mk_bool(true);
                    break;
                case Tok::False:
                    scalar(result)->mk_bool(false);
                    break;
                case Tok::Null:
                    scalar(result)->mk_null();
                    break;
                case Tok::Integer:
                    scalar(result)->mk_int(m_lex.integer_value());
                    break;
                case Tok::Unsigned: {
                    uint64_t n = m_lex.unsigned_value();
                    // Nix's own limit, outside the JSON library's messages.
                    if (n > uint64_t(INT64_MAX))
                        throw EvalError(ErrorKind::Eval, "unsigned json number " +
                                                             std::to_string(n) +
                                                             " outside of Nix integer range");
                    scalar(result)->mk_int(int64_t(n));
                    break;
                }
                case Tok::String: {
                    Value* v = scalar(result);
                    m_st.mk_string(*v, checked_string(m_lex.buffer()));
                    break;
                }
                case Tok::ParseError:
                    syntax_error(Tok::Uninitialized, "value");
                case Tok::EndOfInput:
                    if (m_lex.chars_read() == 1)
                        parse_error(
                            "attempting to parse an empty input; check that your input string or "
                            "stream contains the expected JSON");
                    syntax_error(Tok::LiteralOrValue, "value");
                default:
                    syntax_error(Tok::LiteralOrValue, "value");
                }
            } else {
                m_skip_to_state = false;
            }
            if (m_stack.empty()) break;
            Frame& f = m_stack.back();
            if (f.is_array) {
                if (next() == Tok::ValueSeparator) {
                    next();
                    continue;
                }
                if (m_tok == Tok::EndArray) {
                    close(result);
                    m_skip_to_state = true;
                    continue;
                }
                syntax_error(Tok::EndArray, "array");
            }
            if (next() == Tok::ValueSeparator) {
                next();
                object_key();
                next();
                continue;
            }
            if (m_tok == Tok::EndObject) {
                close(result);
                m_skip_to_state = true;
                continue;
            }
            syntax_error(Tok::EndObject, "object");
        }
        // The whole input must be one value.
        if (next() != Tok::EndOfInput) syntax_error(Tok::EndOfInput, "value");
        out = *result;
    }

  private:
    struct Frame {
        bool is_array;
        std::vector<Value*> items;
        std::vector<Attr> attrs;
        Symbol key; // the key whose value comes next
    };
    EvalState& m_st;
    Lexer m_lex;
    Tok m_tok = Tok::Uninitialized;
    bool m_skip_to_state = false;
    std::vector<Frame> m_stack;

    Value* st_value() { return m_st.alloc_value(); }
    Tok next() { return m_tok = m_lex.scan(); }

    [[noreturn]] void fail(std::string msg) {
        EvalError e(ErrorKind::Eval, std::move(msg));
        e.add_trace({}, "while decoding a JSON string");
        throw e;
    }
    [[noreturn]] void parse_error(const std::string& what) {
        fail("[json.exception.parse_error.101] parse error" + m_lex.position() + ": " + what);
    }
    [[noreturn]] void syntax_error(Tok expected, const char* context) {
        std::string msg = std::string("syntax error while parsing ") + context + " - ";
        if (m_tok == Tok::ParseError)
            msg += m_lex.error() + "; last read: '" + m_lex.token_text() + "'";
        else
            msg += std::string("unexpected ") + tok_name(m_tok);
        if (expected != Tok::Uninitialized) msg += std::string("; expected ") + tok_name(expected);
        parse_error(msg);
    }

    // Nix strings cannot hold NUL; Nix shows it as U+2400 in the message.
    std::string_view checked_string(const std::string& s) {
        if (s.find('\0') == std::string::npos) return s;
        std::string shown;
        for (char c : s) shown += c ? std::string(1, c) : "\u2400";
        throw EvalError(ErrorKind::Eval,
                        "input string '" + shown +
                            "' cannot be represented as Nix string because it contains null bytes");
    }

    void object_key() {
        if (m_tok != Tok::String) syntax_error(Tok::String, "object key");
        m_stack.back().key = m_st.symbols.intern(checked_string(m_lex.buffer()));
        if (next() != Tok::NameSeparator) syntax_error(Tok::NameSeparator, "object separator");
    }

    // Where the value just read goes: the result, or the open container.
    Value* scalar(Value* result) {
        if (m_stack.empty()) return result;
        Value* v = st_value();
        Frame& f = m_stack.back();
        if (f.is_array)
            f.items.push_back(v);
        else
            f.attrs.push_back({f.key, {}, v});
        return v;
    }

    void close(Value* result) {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        Value* v = scalar(result);
        if (f.is_array) {
            ListData* l = m_st.alloc_list(f.items.size());
            std::copy(f.items.begin(), f.items.end(), l->elems);
            v->mk_list(l);
        } else {
            // A repeated key keeps its last value, as in Nix.
            std::reverse(f.attrs.begin(), f.attrs.end());
            v->mk_attrs(m_st.make_bindings(f.attrs));
        }
    }
};

void bi_fromJSON(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string_view s = st.force_string(
        *args[0], pos, "while evaluating the first argument passed to builtins.fromJSON");
    // Small inputs are cheaper to parse than to hash and remember.
    constexpr size_t cache_from = 4096;
    if (s.size() < cache_from) return Parser(st, s).parse(out);
    if (auto it = st.from_json_by_address.find(s); it != st.from_json_by_address.end()) {
        out = it->second;
        return;
    }
    if (auto it = st.from_json_cache.find(s); it != st.from_json_cache.end()) {
        out = it->second;
    } else {
        Parser(st, s).parse(out);
        st.from_json_cache.emplace(s, out);
    }
    st.from_json_by_address.emplace(s, out);
}

const PrimOp table[] = {
    {"fromJSON", 1, bi_fromJSON, "Parses a JSON string into a Nix value."},
};

} // namespace

std::span<const PrimOp> from_json_builtins() {
    return table;
}

} // namespace hearth::lang
