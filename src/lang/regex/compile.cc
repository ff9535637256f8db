// Pattern -> syntax tree -> automaton, following libstdc++'s `extended`
// grammar: its scanner decides what a byte means (only special bytes may be
// escaped, `]` and `}` are ordinary outside brackets, `\` is literal inside
// them) and its compiler decides the automaton's shape (see program.hh).
//
// Which patterns are valid is std::regex's call, not ours: compile() asks it
// first, so error behaviour matches Nix exactly; the parser below may then
// assume a well-formed pattern but still refuses anything odd.
#include "lang/regex/program.hh"

#include <regex>
#include <string>

namespace hearth::lang::regex {

namespace {

struct Invalid {};

// --- syntax tree ---

enum class Kind : uint8_t { Empty, Match, Group, Concat, Alt, Star, Plus, Opt, Interval, Bol, Eol };

struct Node {
    Kind kind;
    uint32_t a = 0, b = 0;  // children (Concat, Alt: a left, b right; repeats: a)
    uint32_t arg = 0;       // Match: set index; Group: group number
    long min = 0, more = 0; // Interval: {min, min+more}, or {min,} when infinite
    bool infinite = false;
};

// The bytes special outside brackets in the extended grammar.
bool is_special(char c) {
    for (const char* p = ".[\\()*+?{|^$"; *p; ++p)
        if (*p == c) return true;
    return false;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

class Parser {
  public:
    Parser(std::string_view p, Program& prog) : m_p(p), m_prog(prog) {}

    uint32_t parse() {
        uint32_t d = disjunction();
        if (m_i != m_p.size()) throw Invalid{}; // an unmatched ')'
        return d;
    }
    std::vector<Node> nodes;

  private:
    std::string_view m_p;
    size_t m_i = 0;
    Program& m_prog;
    std::regex_traits<char> m_traits;

    uint32_t add(Node n) {
        nodes.push_back(n);
        return uint32_t(nodes.size() - 1);
    }
    bool at(char c) const { return m_i < m_p.size() && m_p[m_i] == c; }
    uint32_t add_set(const ByteSet& s) {
        m_prog.sets.push_back(s);
        return uint32_t(m_prog.sets.size() - 1);
    }
    uint32_t match_node(const ByteSet& s) { return add({Kind::Match, 0, 0, add_set(s)}); }

    // disjunction: alternative ('|' alternative)*
    uint32_t disjunction() {
        uint32_t left = alternative();
        while (at('|')) {
            ++m_i;
            uint32_t right = alternative();
            left = add({Kind::Alt, left, right});
        }
        return left;
    }

    // alternative: term*
    uint32_t alternative() {
        uint32_t seq = add({Kind::Empty});
        bool any = false;
        for (uint32_t t; term(t);) {
            seq = any ? add({Kind::Concat, seq, t}) : t;
            any = true;
        }
        return seq;
    }

    // term: '^' | '$' | atom quantifier*
    bool term(uint32_t& out) {
        if (m_i == m_p.size()) return false;
        if (at('^') || at('$')) {
            out = add({m_p[m_i++] == '^' ? Kind::Bol : Kind::Eol});
            return true;
        }
        if (!atom(out)) return false;
        while (quantifier(out)) {
        }
        return true;
    }

    // atom: '.' | char | '\' char | '(' disjunction ')' | bracket
    bool atom(uint32_t& out) {
        char c = m_p[m_i];
        if (c == '.') {
            ++m_i;
            ByteSet s;
            s.set();
            s.reset(0); // POSIX '.' matches anything but NUL
            out = match_node(s);
        } else if (c == '\\') {
            // Nix is built as strict ISO C++, where libstdc++ accepts only
            // the special bytes escaped ("\n" is an error, not "n").
            if (m_i + 1 == m_p.size() || !is_special(m_p[m_i + 1])) throw Invalid{};
            out = literal(m_p[m_i + 1]);
            m_i += 2;
        } else if (c == '(') {
            ++m_i;
            uint32_t group = uint32_t(m_prog.groups++);
            uint32_t d = disjunction();
            if (!at(')')) throw Invalid{};
            ++m_i;
            out = add({Kind::Group, d, 0, group});
        } else if (c == '[') {
            ++m_i;
            out = match_node(bracket());
        } else if (!is_special(c)) {
            ++m_i;
            out = literal(c);
        } else {
            return false; // ) * + ? { | start no atom
        }
        return true;
    }

    uint32_t literal(char c) {
        ByteSet s;
        s.set(static_cast<unsigned char>(c));
        return match_node(s);
    }

    // quantifier: '*' | '+' | '?' | '{' n [',' [m]] '}'
    bool quantifier(uint32_t& e) {
        if (at('*') || at('+') || at('?')) {
            char c = m_p[m_i++];
            e = add({c == '*' ? Kind::Star : c == '+' ? Kind::Plus : Kind::Opt, e});
            return true;
        }
        if (!at('{')) return false;
        ++m_i;
        Node n{Kind::Interval, e};
        n.min = count();
        if (at(',')) {
            ++m_i;
            if (m_i < m_p.size() && is_digit(m_p[m_i]))
                n.more = count() - n.min;
            else
                n.infinite = true;
        }
        if (!at('}')) throw Invalid{};
        ++m_i;
        if (!n.infinite && n.more < 0) throw Invalid{};
        e = add(n);
        return true;
    }

    // A repeat count, with libstdc++'s arithmetic: a long, then an int.
    long count() {
        if (m_i == m_p.size() || !is_digit(m_p[m_i])) throw Invalid{};
        long v = 0;
        while (m_i < m_p.size() && is_digit(m_p[m_i])) v = v * 10 + (m_p[m_i++] - '0');
        return static_cast<int>(v);
    }

    // --- bracket expressions ---

    enum class Tok { Ord, Dash, CollSym, Equiv, Class, End };
    struct Token {
        Token(Tok t, char ch = 0) : tok(t), c(ch) {}
        Tok tok;
        char c;
        std::string name;
    };

    // Scans up to and including the closing ']'. Only the first token may
    // be a literal ']'.
    std::vector<Token> bracket_tokens() {
        std::vector<Token> toks;
        for (bool first = true;; first = false) {
            if (m_i == m_p.size()) throw Invalid{};
            char c = m_p[m_i++];
            if (c == '-') {
                toks.push_back({Tok::Dash});
            } else if (c == '[' && m_i < m_p.size() &&
                       (m_p[m_i] == '.' || m_p[m_i] == ':' || m_p[m_i] == '=')) {
                char kind = m_p[m_i++];
                size_t close = m_p.find(kind, m_i);
                if (close == std::string_view::npos || close + 1 >= m_p.size() ||
                    m_p[close + 1] != ']')
                    throw Invalid{};
                Token t{kind == '.' ? Tok::CollSym : kind == ':' ? Tok::Class : Tok::Equiv};
                t.name = std::string(m_p.substr(m_i, close - m_i));
                m_i = close + 2;
                toks.push_back(std::move(t));
            } else if (c == '[' && m_i == m_p.size()) {
                throw Invalid{};
            } else if (c == ']' && !first) {
                toks.push_back({Tok::End});
                return toks;
            } else {
                toks.push_back({Tok::Ord, c});
            }
        }
    }

    ByteSet bracket() {
        bool neg = at('^');
        if (neg) ++m_i;
        std::vector<Token> toks = bracket_tokens();
        std::vector<char> chars;
        std::vector<std::pair<char, char>> ranges;
        std::vector<std::string> equivs;
        std::regex_traits<char>::char_class_type classes{};

        // The pending single character that may still start a range.
        enum class Last { None, Char, Class } last = Last::None;
        char last_c = 0;
        auto push_char = [&](char c) {
            if (last == Last::Char) chars.push_back(last_c);
            last = Last::Char;
            last_c = c;
        };
        auto push_class = [&] {
            if (last == Last::Char) chars.push_back(last_c);
            last = Last::Class;
        };
        auto range = [&](char l, char r) {
            if (l > r) throw Invalid{}; // `char` order, signed as in libstdc++
            ranges.emplace_back(l, r);
            last = Last::None;
        };

        size_t i = 0;
        if (toks[0].tok == Tok::Ord)
            last = Last::Char, last_c = toks[i++].c;
        else if (toks[0].tok == Tok::Dash)
            last = Last::Char, last_c = '-', ++i;
        for (;; ++i) {
            const Token& t = toks[i];
            if (t.tok == Tok::End) break;
            if (t.tok == Tok::CollSym) {
                std::string s = m_traits.lookup_collatename(t.name.begin(), t.name.end());
                if (s.empty()) throw Invalid{};
                chars.push_back(s[0]);
                if (s.size() == 1)
                    push_char(s[0]);
                else
                    push_class();
            } else if (t.tok == Tok::Equiv) {
                push_class();
                std::string s = m_traits.lookup_collatename(t.name.begin(), t.name.end());
                if (s.empty()) throw Invalid{};
                equivs.push_back(m_traits.transform_primary(s.begin(), s.end()));
            } else if (t.tok == Tok::Class) {
                push_class();
                auto mask = m_traits.lookup_classname(t.name.begin(), t.name.end(), false);
                if (mask == decltype(mask){}) throw Invalid{};
                classes |= mask;
            } else if (t.tok == Tok::Ord) {
                push_char(t.c);
            } else { // Dash
                const Token& n = toks[i + 1];
                if (n.tok == Tok::End) {
                    push_char('-');
                    break;
                }
                if (last != Last::Char) throw Invalid{};
                if (n.tok == Tok::Ord)
                    range(last_c, n.c);
                else if (n.tok == Tok::Dash)
                    range(last_c, '-');
                else
                    throw Invalid{};
                ++i;
            }
        }
        if (last == Last::Char) chars.push_back(last_c);

        ByteSet set;
        for (unsigned b = 0; b < 256; ++b) {
            char c = static_cast<char>(b);
            bool in = false;
            for (char x : chars) in = in || x == c;
            for (auto& [l, r] : ranges) in = in || (l <= c && c <= r);
            in = in || m_traits.isctype(c, classes);
            if (!in && !equivs.empty()) {
                std::string p = m_traits.transform_primary(&c, &c + 1);
                for (auto& e : equivs) in = in || e == p;
            }
            set[b] = in != neg;
        }
        return set;
    }
};

// --- automaton ---

class Builder {
  public:
    Builder(Program& prog, const std::vector<Node>& nodes) : m_prog(prog), m_nodes(nodes) {}

    struct Seq {
        uint32_t start, end;
    };

    uint32_t state(Op op, uint32_t arg = 0) {
        // libstdc++ gives up past 100000 states (_GLIBCXX_REGEX_STATE_LIMIT);
        // std::regex has already checked that, this only bounds the clones.
        if (m_prog.states.size() > 400000) throw Invalid{};
        m_prog.states.push_back({op, no_state, no_state, arg});
        return uint32_t(m_prog.states.size() - 1);
    }
    void append(Seq& s, Seq t) {
        m_prog.states[s.end].next = t.start;
        s.end = t.end;
    }
    Seq single(uint32_t st) { return {st, st}; }

    Seq build(uint32_t n) {
        const Node& node = m_nodes[n];
        switch (node.kind) {
        case Kind::Empty:
            return single(state(Op::Dummy));
        case Kind::Match:
            return single(state(Op::Match, node.arg));
        case Kind::Bol:
            return single(state(Op::LineBegin));
        case Kind::Eol:
            return single(state(Op::LineEnd));
        case Kind::Group: {
            Seq s = single(state(Op::SubBegin, node.arg));
            append(s, build(node.a));
            append(s, single(state(Op::SubEnd, node.arg)));
            return s;
        }
        case Kind::Concat: {
            Seq s = build(node.a);
            append(s, build(node.b));
            return s;
        }
        case Kind::Alt: {
            Seq left = build(node.a), right = build(node.b);
            uint32_t end = state(Op::Dummy);
            append(left, single(end));
            append(right, single(end));
            uint32_t alt = state(Op::Alt);
            m_prog.states[alt].alt = left.start;
            m_prog.states[alt].next = right.start;
            return {alt, end};
        }
        case Kind::Star:
            return star(node.a);
        case Kind::Plus: {
            Seq e = build(node.a);
            uint32_t r = repeat(e.start);
            append(e, single(r));
            return e;
        }
        case Kind::Opt: {
            Seq e = build(node.a);
            uint32_t end = state(Op::Dummy);
            uint32_t r = repeat(e.start);
            append(e, single(end));
            Seq s = single(r);
            append(s, single(end));
            return s;
        }
        case Kind::Interval:
            return interval(node);
        }
        throw Invalid{};
    }

  private:
    Program& m_prog;
    const std::vector<Node>& m_nodes;

    uint32_t repeat(uint32_t body) {
        uint32_t r = state(Op::Repeat);
        m_prog.states[r].alt = body;
        return r;
    }
    Seq star(uint32_t child) {
        Seq e = build(child);
        uint32_t r = repeat(e.start);
        append(e, single(r));
        return single(r);
    }
    // {n}, {n,}, {n,m}: n copies, then a starred copy or m-n nested
    // optional copies, each a repeat whose "leave" goes to the common end.
    Seq interval(const Node& node) {
        Seq e = single(state(Op::Dummy));
        for (long i = 0; i < node.min; ++i) append(e, build(node.a));
        if (node.infinite) {
            append(e, star(node.a));
            return e;
        }
        uint32_t end = state(Op::Dummy);
        for (long i = 0; i < node.more; ++i) {
            Seq copy = build(node.a);
            uint32_t r = repeat(copy.start);
            m_prog.states[r].next = end;
            append(e, {r, copy.end});
        }
        append(e, single(end));
        return e;
    }
};

uint32_t skip_dummies(const Program& prog, uint32_t s) {
    while (s != no_state && prog.states[s].op == Op::Dummy) s = prog.states[s].next;
    return s;
}

// The bytes that can start a match, and whether a match can be empty
// (assertions count as passable: this only decides where not to look).
void compute_first(Program& prog) {
    std::vector<bool> seen(prog.states.size());
    std::vector<uint32_t> work{prog.start};
    prog.nullable = false;
    while (!work.empty()) {
        uint32_t s = work.back();
        work.pop_back();
        if (s == no_state || seen[s]) continue;
        seen[s] = true;
        const State& st = prog.states[s];
        switch (st.op) {
        case Op::Match:
            prog.first |= prog.sets[st.arg];
            break;
        case Op::Accept:
            prog.nullable = true;
            break;
        case Op::Repeat:
        case Op::Alt:
            work.push_back(st.alt);
            [[fallthrough]];
        default:
            work.push_back(st.next);
        }
    }
}

} // namespace

std::unique_ptr<Regex> Regex::compile(std::string_view pattern, CompileError& err) {
    err = CompileError::None;
    try {
        std::regex check(pattern.begin(), pattern.end(), std::regex::extended);
    } catch (std::regex_error& e) {
        err = e.code() == std::regex_constants::error_space ? CompileError::Space
                                                            : CompileError::Invalid;
        return nullptr;
    }
    auto prog = std::make_unique<Program>();
    try {
        Parser parser(pattern, *prog);
        uint32_t root = parser.parse();
        Builder b(*prog, parser.nodes);
        // The whole pattern is group 0, then the accepting state.
        Builder::Seq s = b.single(b.state(Op::SubBegin, 0));
        b.append(s, b.build(root));
        b.append(s, b.single(b.state(Op::SubEnd, 0)));
        b.append(s, b.single(b.state(Op::Accept)));
        prog->start = s.start;
    } catch (Invalid&) {
        err = CompileError::Invalid;
        return nullptr;
    }
    for (auto& st : prog->states) {
        st.next = skip_dummies(*prog, st.next);
        st.alt = skip_dummies(*prog, st.alt);
    }
    prog->start = skip_dummies(*prog, prog->start);
    compute_first(*prog);
    return std::unique_ptr<Regex>(new Regex(std::move(prog)));
}

Regex::Regex(std::unique_ptr<Program> p) : m_prog(std::move(p)) {}
Regex::~Regex() = default;
size_t Regex::groups() const {
    return m_prog->groups - 1;
}

} // namespace hearth::lang::regex
