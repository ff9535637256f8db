// The Nix lexer.
//
// Nix's lexical grammar depends on context (inside a string, `${` opens an
// expression; inside an expression, `}` may close one), so the lexer keeps a
// stack of modes and turns a whole file into tokens up front. The parser then
// has unlimited lookahead, which it needs to tell `{ a, b }: ...` (formals)
// from `{ a = b; }` (a set) without backtracking.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::lang {

enum class Tok : uint8_t {
    Eof,
    Id,
    Int,
    Float,
    Path,  // a path literal without interpolation: ./a, /a, a/b
    HPath, // ~/a
    SPath, // <nixpkgs>
    Uri,
    PathStart, // first segment of an interpolated path; parts and PathEnd follow
    PathEnd,
    StrOpen, // "
    StrClose,
    IndOpen, // ''
    IndClose,
    StrPart,     // literal text inside a string or path, escapes already decoded
    IndPart,     // literal text of an indented string (takes part in indentation)
    IndEscape,   // ''$ ''' ''\x inside an indented string (does not)
    DollarCurly, // ${
    // keywords
    If,
    Then,
    Else,
    Assert,
    With,
    Let,
    In,
    Rec,
    Inherit,
    Or,
    // punctuation and operators
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    LParen,
    RParen,
    Semi,
    Colon,
    Comma,
    Dot,
    Ellipsis,
    Question,
    At,
    Assign,
    Eq,
    NEq,
    Lt,
    Gt,
    Le,
    Ge,
    And,
    OrOr,
    Impl,
    Update,
    Concat,
    Plus,
    Minus,
    Star,
    Slash,
    Not,
    Pipe,
    PipeFrom,
    PipeInto,
    Invalid, // a character no token starts with; the parser reports it
};

const char* token_name(Tok t); // as error messages show it

struct Token {
    Token(Tok t, uint32_t l, uint32_t c, uint32_t el, uint32_t ec, std::string_view s = {})
        : type(t), line(l), column(c), end_line(el), end_column(ec), text(s) {}
    Tok type;
    uint32_t line, column;
    uint32_t end_line, end_column; // of the last character
    std::string_view text;         // identifier, literal text, or path (see Tokens)
    union {
        int64_t integer = 0; // Int; 1 for a PathStart of a ~/ path
        double fpoint;       // Float
    };
};

// A file's tokens. Their texts are slices of the source, which must outlive
// them, or of `decoded` when escapes made them differ from it.
struct Tokens {
    std::vector<Token> list;
    std::deque<std::string> decoded; // a deque: its strings never move
};

struct LexError {
    std::string message;
    uint32_t line, column;
};

// Returns false and fills err on a lexical error.
bool lex(std::string_view src, Tokens& out, LexError& err);

} // namespace hearth::lang
