// The Nix lexer: a hand-written scanner following the token rules of Nix's
// flex grammar (longest match between identifiers, numbers, paths and URIs).
#include "lang/lexer.hh"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace hearth::lang {

namespace {

// Character classes, one table lookup each (the lexer asks several of them
// per character of the input).
enum : uint8_t {
    IdStart = 1,    // [a-zA-Z_]
    IdChar = 2,     // [a-zA-Z0-9_'-]
    Digit = 4,      // [0-9]
    PathChar = 8,   // [a-zA-Z0-9._+-]
    UriScheme = 16, // [a-zA-Z0-9+.-]
    UriChar = 32,   // [a-zA-Z0-9%/?:@&=+$,_.!~*'-]
};
constexpr std::array<uint8_t, 256> make_classes() {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'), digit = c >= '0' && c <= '9';
        uint8_t k = 0;
        if (alpha || c == '_') k |= IdStart;
        if (alpha || digit || c == '_' || c == '\'' || c == '-') k |= IdChar;
        if (digit) k |= Digit;
        if (alpha || digit || c == '.' || c == '_' || c == '-' || c == '+') k |= PathChar;
        if (alpha || digit || c == '+' || c == '-' || c == '.') k |= UriScheme;
        if (alpha || digit) k |= UriChar;
        // (as strchr finds the terminator, NUL counted as one before)
        for (const char* u = "%/?:@&=+$,-_.!~*'";; ++u) {
            if (c == *u) k |= UriChar;
            if (!*u) break;
        }
        t[size_t(c)] = k;
    }
    return t;
}
constexpr std::array<uint8_t, 256> classes = make_classes();
bool has(char c, uint8_t k) {
    return (classes[static_cast<unsigned char>(c)] & k) != 0;
}

bool is_id_start(char c) {
    return has(c, IdStart);
}
bool is_id_char(char c) {
    return has(c, IdChar);
}
bool is_digit(char c) {
    return has(c, Digit);
}
bool is_path_char(char c) {
    return has(c, PathChar);
}
bool is_uri_scheme_char(char c) {
    return has(c, UriScheme);
}
bool is_uri_char(char c) {
    return has(c, UriChar);
}

enum class Mode : uint8_t { Normal, String, IndString, Path };

class Lexer {
  public:
    Lexer(std::string_view src, Tokens& out)
        : m_src(src), m_out(out.list), m_decoded(out.decoded) {}

    bool run(LexError& err) {
        m_modes.push_back({Mode::Normal, 0});
        m_out.reserve(m_src.size() / 4 + 16); // about one token per 5 bytes of Nix
        try {
            try {
                while (true) {
                    Mode m = m_modes.back().mode;
                    bool more = m == Mode::Normal      ? normal()
                                : m == Mode::String    ? string()
                                : m == Mode::IndString ? ind_string()
                                                       : path();
                    if (!more) break;
                }
            } catch (Stop&) {
            }
        } catch (LexError& e) {
            err = std::move(e);
            return false;
        }
        return true;
    }

  private:
    struct Stop {}; // ends lexing early; the tokens so far end in Eof

    struct ModeEntry {
        Mode mode;
        uint32_t braces; // open `{` inside this Normal mode, to match `}`
    };

    std::string_view m_src;
    std::vector<Token>& m_out;
    std::deque<std::string>& m_decoded;
    std::vector<ModeEntry> m_modes;
    size_t m_pos = 0;
    uint32_t m_line = 1, m_col = 1;

    char peek(size_t k = 0) const { return m_pos + k < m_src.size() ? m_src[m_pos + k] : '\0'; }
    bool at_end() const { return m_pos >= m_src.size(); }
    bool starts(std::string_view s) const { return m_src.substr(m_pos, s.size()) == s; }

    void advance(size_t n) {
        for (size_t i = 0; i < n && m_pos < m_src.size(); ++i, ++m_pos) {
            if (m_src[m_pos] == '\n')
                m_line++, m_col = 1;
            else
                m_col++;
        }
    }

    [[noreturn]] void fail(std::string msg) { throw LexError{std::move(msg), m_line, m_col}; }

    // A path (part) of length len ends in '/' with no "${" after it. Nix's
    // lexer keeps such a path open: a following "/seg" becomes one more
    // part, which the parser then rejects for want of "${"; anything else
    // is "path has a trailing slash". Both are reported where the next
    // character starts, or, at the end of the input (where Nix's location
    // does not move on), where this token starts.
    [[noreturn]] void trailing_slash(size_t len) {
        size_t after = m_pos + len, j = after, n = m_src.size();
        std::string msg = "path has a trailing slash";
        size_t at = after; // where the next character starts
        if (j + 1 < n && m_src[j] == '/' && is_path_char(m_src[j + 1])) {
            while (j < n && (m_src[j] == '/' || is_path_char(m_src[j]))) ++j;
            if (m_src[j - 1] != '/')
                msg = "syntax error, unexpected PATH_END, expecting DOLLAR_CURLY";
            else
                at = j; // that part has a trailing slash itself
        }
        // At the end of the input, Nix's location is the last token's.
        size_t last = at == after ? m_pos : after;
        uint32_t col = uint32_t(m_col + ((j < n ? at : last) - m_pos));
        throw LexError{msg, m_line, col};
    }

    // A text that is not a slice of the source, kept beside the tokens.
    std::string_view keep(std::string s) { return m_decoded.emplace_back(std::move(s)); }

    Token& emit(Tok t, size_t len, std::string_view text = {}) {
        Token tok{t, m_line, m_col, m_line, m_col, text};
        advance(len);
        tok.end_line = m_line;
        tok.end_column = m_col > 1 ? m_col - 1 : m_col;
        m_out.push_back(tok);
        return m_out.back();
    }

    // A token that holds no newline (identifiers, numbers, operators).
    Token& emit_flat(Tok t, size_t len, std::string_view text = {}) {
        uint32_t col = m_col + uint32_t(len);
        m_out.emplace_back(t, m_line, m_col, m_line, col - 1, text);
        m_pos += len;
        m_col = col;
        return m_out.back();
    }

    void skip_space_and_comments() {
        while (!at_end()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r') {
                ++m_pos, ++m_col;
            } else if (c == '\n') {
                ++m_pos, ++m_line, m_col = 1;
            } else if (c == '#') {
                // up to the newline; a comment holds no other line break
                size_t eol = m_src.find('\n', m_pos);
                if (eol == std::string_view::npos) eol = m_src.size();
                m_col += uint32_t(eol - m_pos);
                m_pos = eol;
            } else if (c == '/' && peek(1) == '*') {
                uint32_t l = m_line, col = m_col;
                advance(2);
                while (!at_end() && !(peek() == '*' && peek(1) == '/')) advance(1);
                if (at_end()) {
                    // flex never matches an unterminated comment: it lexes '/' and '*'.
                    m_out.push_back({Tok::Slash, l, col, l, col});
                    m_out.push_back({Tok::Star, l, col + 1, l, col + 1});
                    m_out.push_back({Tok::Eof, m_line, m_col, m_line, m_col});
                    throw Stop{};
                }
                advance(2);
            } else {
                break;
            }
        }
    }

    // Length of a path literal starting here (0 if none). A trailing slash
    // is only part of it when `${` follows (an interpolated path).
    size_t match_path(size_t start) const {
        size_t i = start, n = m_src.size();
        while (i < n && is_path_char(m_src[i])) ++i;
        size_t segs = 0;
        while (i < n && m_src[i] == '/') {
            size_t j = i + 1;
            while (j < n && is_path_char(m_src[j])) ++j;
            if (j == i + 1) {
                // "a/": a path with a trailing slash (an error unless "${" follows)
                if (segs > 0 || m_src.substr(j, 2) == "${") return j - start;
                break;
            }
            i = j;
            segs++;
        }
        if (segs == 0) return 0;
        return i - start;
    }

    size_t match_uri() const {
        size_t i = m_pos, n = m_src.size();
        if (i >= n ||
            !((m_src[i] >= 'a' && m_src[i] <= 'z') || (m_src[i] >= 'A' && m_src[i] <= 'Z')))
            return 0;
        ++i;
        while (i < n && is_uri_scheme_char(m_src[i])) ++i;
        if (i >= n || m_src[i] != ':') return 0;
        size_t j = i + 1;
        while (j < n && is_uri_char(m_src[j])) ++j;
        return j == i + 1 ? 0 : j - m_pos;
    }

    // Starts a path literal of length len; pushes Path mode when `${`
    // follows, so its parts are lexed next.
    bool start_path(Tok kind, size_t len) {
        std::string_view text = m_src.substr(m_pos, len);
        bool interp = m_src.substr(m_pos + len, 2) == "${";
        if (!interp && text.back() == '/') trailing_slash(len);
        if (interp) {
            Token& t = emit_flat(Tok::PathStart, len, text);
            t.integer = kind == Tok::HPath;
            m_modes.push_back({Mode::Path, 0});
        } else {
            emit_flat(kind, len, text);
        }
        return true;
    }

    // Most tokens are identifiers and punctuation, which the first one or two
    // characters decide; only the rest pay for the longest-match rules.
    bool normal() {
        skip_space_and_comments();
        if (at_end()) {
            emit(Tok::Eof, 0);
            return false;
        }
        char c = peek();
        if (is_id_start(c)) {
            size_t id_len = 1;
            while (is_id_char(peek(id_len))) ++id_len;
            if (!may_extend(id_len)) return identifier(id_len), true;
        } else if (!is_path_char(c) && c != '/' && c != '~' && c != '<') {
            return punctuation(c);
        }
        return longest_match(c);
    }

    // Whether the identifier of length len here may be the start of a
    // longer path or URI. Any other path or URI character would have
    // continued the identifier, so only '.', '+', '/' and ':' can follow
    // it then; after '.' or '+', the run of path characters must end in '/'
    // (a path) or ':' (a URI: URI scheme characters are path characters).
    bool may_extend(size_t len) const {
        char after = peek(len);
        if (after == '/') return true;
        if (after == ':') return is_uri_char(peek(len + 1));
        if (after != '.' && after != '+') return false;
        while (is_path_char(peek(len))) ++len;
        return peek(len) == '/' || peek(len) == ':';
    }

    void identifier(size_t len) {
        std::string_view word = m_src.substr(m_pos, len);
        Tok kw = keyword(word);
        if (kw != Tok::Id)
            emit_flat(kw, len);
        else
            emit_flat(Tok::Id, len, word);
    }

    static Tok keyword(std::string_view w) {
        switch (w.size()) {
        case 2:
            if (w == "if") return Tok::If;
            if (w == "in") return Tok::In;
            if (w == "or") return Tok::Or;
            break;
        case 3:
            if (w == "let") return Tok::Let;
            if (w == "rec") return Tok::Rec;
            break;
        case 4:
            if (w == "then") return Tok::Then;
            if (w == "else") return Tok::Else;
            if (w == "with") return Tok::With;
            break;
        case 6:
            if (w == "assert") return Tok::Assert;
            break;
        case 7:
            if (w == "inherit") return Tok::Inherit;
            break;
        default:
            break;
        }
        return Tok::Id;
    }

    // Paths and URIs win over identifiers and numbers when longer.
    bool longest_match(char c) {
        size_t id_len = 0;
        if (is_id_start(c)) {
            while (is_id_char(peek(id_len))) ++id_len;
        }
        size_t num_len = 0;
        if (is_digit(c) || (c == '.' && is_digit(peek(1)))) num_len = number_length();
        size_t path_len = (is_path_char(c) || c == '/') ? match_path(m_pos) : 0;
        size_t uri_len = match_uri();

        if (c == '~' && peek(1) == '/') {
            size_t len = match_path(m_pos + 1);
            if (len > 0) return start_path(Tok::HPath, len + 1);
        }
        if (c == '<') {
            size_t i = 1;
            while (is_path_char(peek(i)) || (peek(i) == '/' && is_path_char(peek(i + 1)))) ++i;
            if (i > 1 && peek(i) == '>' && peek(i - 1) != '/')
                return emit_flat(Tok::SPath, i + 1, m_src.substr(m_pos + 1, i - 1)), true;
        }
        if (uri_len > 0 && uri_len >= path_len && uri_len > id_len) {
            emit_flat(Tok::Uri, uri_len, m_src.substr(m_pos, uri_len));
            return true;
        }
        if (path_len > 0 && path_len > id_len && path_len > num_len)
            return start_path(Tok::Path, path_len);
        if (id_len > 0) return identifier(id_len), true;
        if (num_len > 0) return lex_number(num_len), true;
        return punctuation(c);
    }

    // Strings, braces, `${`, operators; anything else is an invalid token.
    bool punctuation(char c) {
        switch (c) {
        case '"':
            emit_flat(Tok::StrOpen, 1);
            m_modes.push_back({Mode::String, 0});
            return true;
        case '\'':
            if (peek(1) == '\'') {
                // `''` then optional spaces and a newline, which belong to the opener
                size_t len = 2;
                while (peek(len) == ' ') ++len;
                if (peek(len) == '\n')
                    ++len;
                else
                    len = 2;
                emit(Tok::IndOpen, len);
                m_modes.push_back({Mode::IndString, 0});
                return true;
            }
            break;
        case '{':
            m_modes.back().braces++;
            return emit_flat(Tok::LBrace, 1), true;
        case '}':
            if (m_modes.back().braces == 0 && m_modes.size() > 1) {
                // closes an interpolation
                emit_flat(Tok::RBrace, 1);
                m_modes.pop_back();
                return true;
            }
            if (m_modes.back().braces > 0) m_modes.back().braces--;
            return emit_flat(Tok::RBrace, 1), true;
        case '$':
            if (peek(1) == '{') {
                m_modes.push_back({Mode::Normal, 0});
                return emit_flat(Tok::DollarCurly, 2), true;
            }
            break;
        default:
            break;
        }
        Tok t = Tok::Invalid;
        if (size_t len = operator_length(c, t)) return emit_flat(t, len), true;

        // Nix's lexer yields an invalid token here; the parser reports it.
        emit(Tok::Invalid, 1);
        emit(Tok::Eof, 0);
        return false;
    }

    // The operator starting here, longest first: its length (0 if none).
    size_t operator_length(char c, Tok& t) const {
        char d = peek(1);
        auto one_or_two = [&](char second, Tok two, Tok one) -> size_t {
            if (d == second) return t = two, 2;
            return t = one, 1;
        };
        switch (c) {
        case '.':
            if (d == '.' && peek(2) == '.') return t = Tok::Ellipsis, 3;
            return t = Tok::Dot, 1;
        case '=':
            return one_or_two('=', Tok::Eq, Tok::Assign);
        case '!':
            return one_or_two('=', Tok::NEq, Tok::Not);
        case '<':
            if (d == '|') return t = Tok::PipeFrom, 2;
            return one_or_two('=', Tok::Le, Tok::Lt);
        case '>':
            return one_or_two('=', Tok::Ge, Tok::Gt);
        case '-':
            return one_or_two('>', Tok::Impl, Tok::Minus);
        case '/':
            return one_or_two('/', Tok::Update, Tok::Slash);
        case '+':
            return one_or_two('+', Tok::Concat, Tok::Plus);
        case '&':
            if (d == '&') return t = Tok::And, 2;
            return 0;
        case '|':
            if (d == '|') return t = Tok::OrOr, 2;
            if (d == '>') return t = Tok::PipeInto, 2;
            return 0;
        case '[':
            return t = Tok::LBracket, 1;
        case ']':
            return t = Tok::RBracket, 1;
        case '(':
            return t = Tok::LParen, 1;
        case ')':
            return t = Tok::RParen, 1;
        case ';':
            return t = Tok::Semi, 1;
        case ':':
            return t = Tok::Colon, 1;
        case ',':
            return t = Tok::Comma, 1;
        case '?':
            return t = Tok::Question, 1;
        case '@':
            return t = Tok::At, 1;
        case '*':
            return t = Tok::Star, 1;
        default:
            return 0;
        }
    }

    // INT: [0-9]+ ; FLOAT: (([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?
    size_t number_length() const {
        size_t int_len = 0;
        while (is_digit(peek(int_len))) ++int_len;
        size_t flt = 0;
        if (is_digit(peek()) && peek() != '0' && peek(int_len) == '.') {
            flt = int_len + 1;
            while (is_digit(peek(flt))) ++flt;
        } else {
            size_t i = peek() == '0' ? 1 : 0;
            if (peek(i) == '.' && is_digit(peek(i + 1))) {
                flt = i + 1;
                while (is_digit(peek(flt))) ++flt;
            }
        }
        if (flt > 0 && (peek(flt) == 'e' || peek(flt) == 'E')) {
            size_t j = flt + 1;
            if (peek(j) == '+' || peek(j) == '-') ++j;
            if (is_digit(peek(j))) {
                while (is_digit(peek(j))) ++j;
                flt = j;
            }
        }
        return flt > int_len ? flt : int_len;
    }

    void lex_number(size_t len) {
        std::string text(m_src.substr(m_pos, len));
        bool is_float = text.find_first_of(".eE") != std::string::npos;
        if (is_float) {
            errno = 0;
            double d = std::strtod(text.c_str(), nullptr);
            if (errno == ERANGE) fail("invalid float '" + text + "'");
            emit_flat(Tok::Float, len, m_src.substr(m_pos, len)).fpoint = d;
        } else {
            errno = 0;
            char* end = nullptr;
            long long n = std::strtoll(text.c_str(), &end, 10);
            if (errno == ERANGE) fail("invalid integer '" + text + "'");
            emit_flat(Tok::Int, len, m_src.substr(m_pos, len)).integer = n;
        }
    }

    // Inside "...": literal runs, ${, and the closing quote.
    bool string() {
        if (at_end()) return emit(Tok::Eof, 0), false;
        if (peek() == '"') {
            m_modes.pop_back();
            return emit(Tok::StrClose, 1), true;
        }
        if (peek() == '$' && peek(1) == '{') {
            m_modes.push_back({Mode::Normal, 0});
            return emit(Tok::DollarCurly, 2), true;
        }
        std::string text;
        bool decoded = false; // text differs from the source
        size_t i = m_pos;
        while (i < m_src.size()) {
            char c = m_src[i];
            if (c == '"') break;
            if (c == '$' && i + 1 < m_src.size() && m_src[i + 1] == '{') break;
            if (c == '$' && i + 1 < m_src.size() && m_src[i + 1] == '$') {
                // "$$" is literal, and protects a following "{"
                text += "$$";
                i += 2;
                continue;
            }
            if (c == '\r' && i + 1 < m_src.size() && m_src[i + 1] == '\n') {
                ++i; // CRLF in a string literal reads as LF
                decoded = true;
                continue;
            }
            if (c == '\\' && i + 1 < m_src.size()) {
                char e = m_src[i + 1];
                text += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
                i += 2;
                decoded = true;
                continue;
            }
            text += c;
            ++i;
        }
        emit(Tok::StrPart, i - m_pos,
             decoded ? keep(std::move(text)) : m_src.substr(m_pos, i - m_pos));
        return true;
    }

    bool ind_string() {
        if (at_end()) return emit(Tok::Eof, 0), false;
        if (starts("'''")) return emit(Tok::IndEscape, 3, "''"), true;
        if (starts("''$")) return emit(Tok::IndEscape, 3, "$"), true;
        if (starts("''\\")) {
            if (m_pos + 3 >= m_src.size()) return emit(Tok::Eof, 0), false;
            char e = m_src[m_pos + 3];
            std::string text(1, e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
            return emit(Tok::IndEscape, 4, keep(std::move(text))), true;
        }
        if (starts("''")) {
            m_modes.pop_back();
            return emit(Tok::IndClose, 2), true;
        }
        if (starts("${")) {
            m_modes.push_back({Mode::Normal, 0});
            return emit(Tok::DollarCurly, 2), true;
        }
        // A run of text as Nix's lexer reads it: plain characters, and "$" or
        // "'" with the character after them unless that could start "${",
        // "''" or "'$" ("$$" thus protects a following "{"). Nix makes a
        // part of each run, so where runs end shows in `--parse`.
        size_t i = m_pos;
        while (i < m_src.size()) {
            char c = m_src[i];
            if (c != '$' && c != '\'') {
                ++i;
                continue;
            }
            if (i + 1 >= m_src.size()) break;
            char d = m_src[i + 1];
            if (c == '$' ? d == '{' || d == '\'' : d == '\'' || d == '$') break;
            i += 2;
        }
        if (i == m_pos) { // a lone "'" or "$" before the delimiter
            emit(Tok::IndPart, 1, m_src.substr(m_pos, 1));
            return true;
        }
        emit(Tok::IndPart, i - m_pos, m_src.substr(m_pos, i - m_pos));
        return true;
    }

    // After an interpolated path's first segment: more segments, ${...}, or the end.
    bool path() {
        if (starts("${")) {
            m_modes.push_back({Mode::Normal, 0});
            return emit(Tok::DollarCurly, 2), true;
        }
        size_t i = m_pos;
        while (i < m_src.size() && (is_path_char(m_src[i]) || m_src[i] == '/')) ++i;
        if (i > m_pos) {
            std::string_view text = m_src.substr(m_pos, i - m_pos);
            bool interp = m_src.substr(i, 2) == "${";
            if (text.back() == '/' && !interp) trailing_slash(i - m_pos);
            emit_flat(Tok::StrPart, i - m_pos, text);
            return true;
        }
        m_modes.pop_back();
        m_out.emplace_back(Tok::PathEnd, m_line, m_col, m_line, m_col);
        return true;
    }
};

} // namespace

bool lex(std::string_view src, Tokens& out, LexError& err) {
    return Lexer(src, out).run(err);
}

// Token names as Nix's bison grammar reports them in syntax errors.
const char* token_name(Tok t) {
    switch (t) {
    case Tok::Eof:
        return "end of file";
    case Tok::Id:
        return "ID";
    case Tok::Int:
        return "INT_LIT";
    case Tok::Float:
        return "FLOAT_LIT";
    case Tok::Path:
    case Tok::PathStart:
        return "PATH";
    case Tok::HPath:
        return "HPATH";
    case Tok::SPath:
        return "SPATH";
    case Tok::Uri:
        return "URI";
    case Tok::PathEnd:
        return "PATH_END";
    case Tok::StrOpen:
    case Tok::StrClose:
        return "'\"'";
    case Tok::IndOpen:
        return "IND_STRING_OPEN";
    case Tok::IndClose:
        return "IND_STRING_CLOSE";
    case Tok::StrPart:
        return "STR";
    case Tok::IndPart:
    case Tok::IndEscape:
        return "IND_STR";
    case Tok::DollarCurly:
        return "DOLLAR_CURLY";
    case Tok::If:
        return "IF";
    case Tok::Then:
        return "THEN";
    case Tok::Else:
        return "ELSE";
    case Tok::Assert:
        return "ASSERT";
    case Tok::With:
        return "WITH";
    case Tok::Let:
        return "LET";
    case Tok::In:
        return "IN_KW";
    case Tok::Rec:
        return "REC";
    case Tok::Inherit:
        return "INHERIT";
    case Tok::Or:
        return "OR_KW";
    case Tok::LBrace:
        return "'{'";
    case Tok::RBrace:
        return "'}'";
    case Tok::LBracket:
        return "'['";
    case Tok::RBracket:
        return "']'";
    case Tok::LParen:
        return "'('";
    case Tok::RParen:
        return "')'";
    case Tok::Semi:
        return "';'";
    case Tok::Colon:
        return "':'";
    case Tok::Comma:
        return "','";
    case Tok::Dot:
        return "'.'";
    case Tok::Ellipsis:
        return "ELLIPSIS";
    case Tok::Question:
        return "'?'";
    case Tok::At:
        return "'@'";
    case Tok::Assign:
        return "'='";
    case Tok::Eq:
        return "EQ";
    case Tok::NEq:
        return "NEQ";
    case Tok::Lt:
        return "'<'";
    case Tok::Gt:
        return "'>'";
    case Tok::Le:
        return "LEQ";
    case Tok::Ge:
        return "GEQ";
    case Tok::And:
        return "AND";
    case Tok::OrOr:
        return "OR";
    case Tok::Impl:
        return "IMPL";
    case Tok::Update:
        return "UPDATE";
    case Tok::Concat:
        return "CONCAT";
    case Tok::Plus:
        return "'+'";
    case Tok::Minus:
        return "'-'";
    case Tok::Star:
        return "'*'";
    case Tok::Slash:
        return "'/'";
    case Tok::Not:
        return "'!'";
    case Tok::Pipe:
    case Tok::PipeInto:
        return "PIPE_INTO";
    case Tok::PipeFrom:
        return "PIPE_FROM";
    case Tok::Invalid:
        return "invalid token";
    }
    return "token";
}

} // namespace hearth::lang
