// The Nix lexer: a hand-written scanner following the token rules of Nix's
// flex grammar (longest match between identifiers, numbers, paths and URIs).
#include "lang/lexer.hh"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace hearth::lang {

namespace {

bool is_id_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_id_char(char c) {
    return is_id_start(c) || (c >= '0' && c <= '9') || c == '\'' || c == '-';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_path_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '.' ||
           c == '_' || c == '-' || c == '+';
}
bool is_uri_scheme_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '+' ||
           c == '-' || c == '.';
}
bool is_uri_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
           std::strchr("%/?:@&=+$,-_.!~*'", c) != nullptr;
}

struct Keyword {
    const char* word;
    Tok tok;
};
constexpr Keyword keywords[] = {
    {"if", Tok::If},         {"then", Tok::Then}, {"else", Tok::Else},
    {"assert", Tok::Assert}, {"with", Tok::With}, {"let", Tok::Let},
    {"in", Tok::In},         {"rec", Tok::Rec},   {"inherit", Tok::Inherit},
    {"or", Tok::Or},
};

enum class Mode : uint8_t { Normal, String, IndString, Path };

class Lexer {
  public:
    Lexer(std::string_view src, std::vector<Token>& out) : m_src(src), m_out(out) {}

    bool run(LexError& err) {
        m_modes.push_back({Mode::Normal, 0});
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
    std::vector<ModeEntry> m_modes;
    size_t m_pos = 0;
    uint32_t m_line = 1, m_col = 1;

    char peek(size_t k = 0) const { return m_pos + k < m_src.size() ? m_src[m_pos + k] : '\0'; }
    bool at_end() const { return m_pos >= m_src.size(); }
    bool starts(std::string_view s) const { return m_src.substr(m_pos, s.size()) == s; }

    void advance(size_t n) {
        for (size_t i = 0; i < n && m_pos < m_src.size(); ++i, ++m_pos) {
            if (m_src[m_pos] == '\n') m_line++, m_col = 1;
            else m_col++;
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

    Token& emit(Tok t, size_t len, std::string text = {}) {
        Token tok{t, m_line, m_col, m_line, m_col, std::move(text)};
        advance(len);
        tok.end_line = m_line;
        tok.end_column = m_col > 1 ? m_col - 1 : m_col;
        m_out.push_back(std::move(tok));
        return m_out.back();
    }

    void skip_space_and_comments() {
        while (!at_end()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance(1);
            } else if (c == '#') {
                while (!at_end() && peek() != '\n') advance(1);
            } else if (c == '/' && peek(1) == '*') {
                uint32_t l = m_line, col = m_col;
                advance(2);
                while (!at_end() && !(peek() == '*' && peek(1) == '/')) advance(1);
                if (at_end()) {
                    // flex never matches an unterminated comment: it lexes '/' and '*'.
                    m_out.push_back({Tok::Slash, l, col, l, col, {}});
                    m_out.push_back({Tok::Star, l, col + 1, l, col + 1, {}});
                    m_out.push_back({Tok::Eof, m_line, m_col, m_line, m_col, {}});
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
        if (i >= n || !((m_src[i] >= 'a' && m_src[i] <= 'z') || (m_src[i] >= 'A' && m_src[i] <= 'Z')))
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
        std::string text(m_src.substr(m_pos, len));
        bool interp = m_src.substr(m_pos + len, 2) == "${";
        if (!interp && text.back() == '/') trailing_slash(len);
        if (interp) {
            Token& t = emit(Tok::PathStart, len, std::move(text));
            t.integer = kind == Tok::HPath;
            m_modes.push_back({Mode::Path, 0});
        } else {
            emit(kind, len, std::move(text));
        }
        return true;
    }

    bool normal() {
        skip_space_and_comments();
        if (at_end()) {
            emit(Tok::Eof, 0);
            return false;
        }
        char c = peek();

        // Paths and URIs win over identifiers and numbers when longer.
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
                return emit(Tok::SPath, i + 1, std::string(m_src.substr(m_pos + 1, i - 1))), true;
        }
        if (uri_len > 0 && uri_len >= path_len && uri_len > id_len) {
            emit(Tok::Uri, uri_len, std::string(m_src.substr(m_pos, uri_len)));
            return true;
        }
        if (path_len > 0 && path_len > id_len && path_len > num_len) return start_path(Tok::Path, path_len);
        if (id_len > 0) {
            std::string_view word = m_src.substr(m_pos, id_len);
            for (auto& k : keywords)
                if (word[0] == k.word[0] && word == k.word) return emit(k.tok, id_len), true;
            emit(Tok::Id, id_len, std::string(word));
            return true;
        }
        if (num_len > 0) return lex_number(num_len), true;

        switch (c) {
        case '"':
            emit(Tok::StrOpen, 1);
            m_modes.push_back({Mode::String, 0});
            return true;
        case '\'':
            if (peek(1) == '\'') {
                // `''` then optional spaces and a newline, which belong to the opener
                size_t len = 2;
                while (peek(len) == ' ') ++len;
                if (peek(len) == '\n') ++len;
                else len = 2;
                emit(Tok::IndOpen, len);
                m_modes.push_back({Mode::IndString, 0});
                return true;
            }
            break;
        case '{':
            m_modes.back().braces++;
            return emit(Tok::LBrace, 1), true;
        case '}':
            if (m_modes.back().braces == 0 && m_modes.size() > 1) {
                // closes an interpolation
                emit(Tok::RBrace, 1);
                m_modes.pop_back();
                return true;
            }
            if (m_modes.back().braces > 0) m_modes.back().braces--;
            return emit(Tok::RBrace, 1), true;
        case '$':
            if (peek(1) == '{') {
                m_modes.push_back({Mode::Normal, 0});
                return emit(Tok::DollarCurly, 2), true;
            }
            break;
        default:
            break;
        }

        struct Op {
            const char* text;
            Tok tok;
        };
        static constexpr Op ops[] = {
            {"...", Tok::Ellipsis}, {"==", Tok::Eq},     {"!=", Tok::NEq},     {"<=", Tok::Le},
            {">=", Tok::Ge},        {"&&", Tok::And},    {"||", Tok::OrOr},    {"->", Tok::Impl},
            {"//", Tok::Update},    {"++", Tok::Concat}, {"|>", Tok::PipeInto}, {"<|", Tok::PipeFrom},
            {"[", Tok::LBracket},   {"]", Tok::RBracket}, {"(", Tok::LParen},  {")", Tok::RParen},
            {";", Tok::Semi},       {":", Tok::Colon},   {",", Tok::Comma},    {".", Tok::Dot},
            {"?", Tok::Question},   {"@", Tok::At},      {"=", Tok::Assign},   {"<", Tok::Lt},
            {">", Tok::Gt},         {"+", Tok::Plus},    {"-", Tok::Minus},    {"*", Tok::Star},
            {"/", Tok::Slash},      {"!", Tok::Not},
        };
        // The first character rules most out without comparing strings.
        for (auto& op : ops)
            if (op.text[0] == c && starts(op.text)) return emit(op.tok, std::strlen(op.text)), true;

        // Nix's lexer yields an invalid token here; the parser reports it.
        emit(Tok::Invalid, 1);
        emit(Tok::Eof, 0);
        return false;
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
            emit(Tok::Float, len, std::move(text)).fpoint = d;
        } else {
            errno = 0;
            char* end = nullptr;
            long long n = std::strtoll(text.c_str(), &end, 10);
            if (errno == ERANGE) fail("invalid integer '" + text + "'");
            emit(Tok::Int, len, std::move(text)).integer = n;
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
                continue;
            }
            if (c == '\\' && i + 1 < m_src.size()) {
                char e = m_src[i + 1];
                text += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
                i += 2;
                continue;
            }
            text += c;
            ++i;
        }
        emit(Tok::StrPart, i - m_pos, std::move(text));
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
            return emit(Tok::IndEscape, 4, std::move(text)), true;
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
            emit(Tok::IndPart, 1, std::string(1, peek()));
            return true;
        }
        emit(Tok::IndPart, i - m_pos, std::string(m_src.substr(m_pos, i - m_pos)));
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
            std::string text(m_src.substr(m_pos, i - m_pos));
            bool interp = m_src.substr(i, 2) == "${";
            if (text.back() == '/' && !interp) trailing_slash(i - m_pos);
            emit(Tok::StrPart, i - m_pos, std::move(text));
            return true;
        }
        m_modes.pop_back();
        Token t{Tok::PathEnd, m_line, m_col, m_line, m_col, {}};
        m_out.push_back(std::move(t));
        return true;
    }
};

} // namespace

bool lex(std::string_view src, std::vector<Token>& out, LexError& err) {
    return Lexer(src, out).run(err);
}

// Token names as Nix's bison grammar reports them in syntax errors.
const char* token_name(Tok t) {
    switch (t) {
    case Tok::Eof: return "end of file";
    case Tok::Id: return "ID";
    case Tok::Int: return "INT_LIT";
    case Tok::Float: return "FLOAT_LIT";
    case Tok::Path: case Tok::PathStart: return "PATH";
    case Tok::HPath: return "HPATH";
    case Tok::SPath: return "SPATH";
    case Tok::Uri: return "URI";
    case Tok::PathEnd: return "PATH_END";
    case Tok::StrOpen: case Tok::StrClose: return "'\"'";
    case Tok::IndOpen: return "IND_STRING_OPEN";
    case Tok::IndClose: return "IND_STRING_CLOSE";
    case Tok::StrPart: return "STR";
    case Tok::IndPart: case Tok::IndEscape: return "IND_STR";
    case Tok::DollarCurly: return "DOLLAR_CURLY";
    case Tok::If: return "IF";
    case Tok::Then: return "THEN";
    case Tok::Else: return "ELSE";
    case Tok::Assert: return "ASSERT";
    case Tok::With: return "WITH";
    case Tok::Let: return "LET";
    case Tok::In: return "IN_KW";
    case Tok::Rec: return "REC";
    case Tok::Inherit: return "INHERIT";
    case Tok::Or: return "OR_KW";
    case Tok::LBrace: return "'{'";
    case Tok::RBrace: return "'}'";
    case Tok::LBracket: return "'['";
    case Tok::RBracket: return "']'";
    case Tok::LParen: return "'('";
    case Tok::RParen: return "')'";
    case Tok::Semi: return "';'";
    case Tok::Colon: return "':'";
    case Tok::Comma: return "','";
    case Tok::Dot: return "'.'";
    case Tok::Ellipsis: return "ELLIPSIS";
    case Tok::Question: return "'?'";
    case Tok::At: return "'@'";
    case Tok::Assign: return "'='";
    case Tok::Eq: return "EQ";
    case Tok::NEq: return "NEQ";
    case Tok::Lt: return "'<'";
    case Tok::Gt: return "'>'";
    case Tok::Le: return "LEQ";
    case Tok::Ge: return "GEQ";
    case Tok::And: return "AND";
    case Tok::OrOr: return "OR";
    case Tok::Impl: return "IMPL";
    case Tok::Update: return "UPDATE";
    case Tok::Concat: return "CONCAT";
    case Tok::Plus: return "'+'";
    case Tok::Minus: return "'-'";
    case Tok::Star: return "'*'";
    case Tok::Slash: return "'/'";
    case Tok::Not: return "'!'";
    case Tok::Pipe: case Tok::PipeInto: return "PIPE_INTO";
    case Tok::PipeFrom: return "PIPE_FROM";
    case Tok::Invalid: return "invalid token";
    }
    return "token";
}

} // namespace hearth::lang
