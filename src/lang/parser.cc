// The Nix parser. Each parse function is preceded by the grammar rule it
// reads, so the grammar can be read top to bottom. Operator precedence, from
// loosest to tightest, follows Nix: -> || && (== !=) (< > <= >=) // ! (+ -)
// (* /) ++ ? (unary -), then application, then selection.
#include "lang/parser.hh"

#include "lang/canon_path.hh"
#include "lang/lexer.hh"
#include "lang/state.hh"

#include <algorithm>
#include <cstdlib>
#include <span>
#include <typeinfo>

namespace hearth::lang {

namespace {

// The parser nests C++ calls per nesting level of the input; past this depth
// it stops with an error rather than exhausting the stack.
constexpr int max_nesting = 2000;

class Parser {
  public:
    Parser(EvalState& st, const Origin* origin, const Tokens& toks, std::string base_dir)
        : m_st(st), m_origin(origin), m_toks(toks.list), m_base(std::move(base_dir)) {}

    Expr* parse_all() {
        Expr* e = expr();
        if (peek().type != Tok::Eof) unexpected_expecting("end of file");
        return e;
    }

  private:
    EvalState& m_st;
    const Origin* m_origin;
    const std::vector<Token>& m_toks;
    std::string m_base;
    size_t m_i = 0;
    int m_depth = 0;
    // The attribute paths being parsed, innermost last (see attrpath_onto_stack).
    std::vector<AttrName> m_paths;

    struct DepthGuard {
        Parser& p;
        explicit DepthGuard(Parser& p_) : p(p_) {
            if (++p.m_depth > max_nesting) p.fail(p.peek(), "expression nested too deeply");
        }
        ~DepthGuard() { --p.m_depth; }
    };

    const Token& peek(size_t k = 0) const {
        size_t i = std::min(m_i + k, m_toks.size() - 1);
        return m_toks[i];
    }
    const Token& next() {
        const Token& t = m_toks[m_i];
        if (m_i + 1 < m_toks.size()) ++m_i;
        return t;
    }
    bool accept(Tok t) {
        if (peek().type != t) return false;
        next();
        return true;
    }
    const Token& expect(Tok t) {
        if (peek().type != t) unexpected(t);
        return next();
    }
    PosIdx pos_of(const Token& t) { return m_st.positions.add(m_origin, t.line, t.column); }

    [[noreturn]] void fail(const Token& t, std::string msg) {
        throw EvalError(ErrorKind::Parse, std::move(msg), pos_of(t));
    }
    [[noreturn]] void unexpected_expecting(const char* what) {
        fail(peek(), std::string("syntax error, unexpected ") + token_name(peek().type) +
                         ", expecting " + what);
    }
    [[noreturn]] void unexpected(Tok expected = Tok::Eof) {
        const Token& t = peek();
        std::string msg = "syntax error, unexpected ";
        msg += token_name(t.type);
        if (expected != Tok::Eof) msg += std::string(", expecting ") + token_name(expected);
        fail(t, msg);
    }

    template <typename T, typename... A> T* make(A&&... a) {
        return m_st.ast_arena.make<T>(std::forward<A>(a)...);
    }
    Symbol sym(std::string_view s) { return m_st.symbols.intern(s); }

    // dynamic_cast for node classes nothing derives from, by their exact
    // type: a dynamic_cast that fails walks the class hierarchy, which cost
    // about 180 instructions per binding.
    template <typename T> static T* exactly(Expr* e) {
        return e && typeid(*e) == typeid(T) ? static_cast<T*>(e) : nullptr;
    }

    // expr: expr_function
    Expr* expr() {
        DepthGuard g(*this);
        return expr_function();
    }

    // expr_function: ID ':' expr_function | '{' formals '}' [ '@' ID ] ':' expr_function
    //   | ID '@' '{' formals '}' ':' expr_function | ASSERT expr ';' expr_function
    //   | WITH expr ';' expr_function | LET binds IN expr_function | expr_if
    Expr* expr_function() {
        const Token& t = peek();
        switch (t.type) {
        case Tok::Id:
            if (peek(1).type == Tok::Colon) {
                auto* lam = make<ExprLambda>();
                lam->pos = pos_of(t);
                lam->arg = sym(next().text);
                next();
                lam->body = expr();
                return lam;
            }
            // `a @` can only start a pattern: Nix expects `{` next.
            if (peek(1).type == Tok::At) {
                auto* lam = make<ExprLambda>();
                lam->pos = pos_of(t);
                lam->arg = sym(next().text);
                next();
                formals(lam);
                check_arg_not_formal(lam);
                expect(Tok::Colon);
                lam->body = expr();
                return lam;
            }
            break;
        case Tok::LBrace:
            if (looks_like_formals()) {
                auto* lam = make<ExprLambda>();
                lam->pos = pos_of(t);
                formals(lam);
                if (accept(Tok::At)) lam->arg = sym(expect(Tok::Id).text);
                check_arg_not_formal(lam);
                expect(Tok::Colon);
                lam->body = expr();
                return lam;
            }
            break;
        case Tok::Assert: {
            auto* a = make<ExprAssert>();
            a->pos = pos_of(next());
            a->cond = expr();
            expect(Tok::Semi);
            a->body = expr();
            return a;
        }
        case Tok::With: {
            auto* w = make<ExprWith>();
            w->pos = pos_of(next());
            w->attrs = expr();
            expect(Tok::Semi);
            w->body = expr();
            return w;
        }
        case Tok::Let:
            if (peek(1).type != Tok::LBrace) {
                auto* l = make<ExprLet>();
                l->pos = pos_of(next());
                l->attrs = make<ExprAttrs>();
                l->attrs->recursive = true;
                l->attrs->pos = l->pos;
                binds(l->attrs, Tok::In, true);
                expect(Tok::In);
                l->body = expr();
                return l;
            }
            break;
        default:
            break;
        }
        return expr_if();
    }

    void check_arg_not_formal(ExprLambda* lam) {
        if (!lam->arg) return;
        for (auto& f : lam->formals)
            if (f.name == lam->arg)
                // Nix reports it at the lambda, not at the formal.
                throw EvalError(ErrorKind::Parse,
                                "duplicate formal function argument '" + m_st.symbols[f.name] + "'",
                                lam->pos);
    }

    // After '{': decides between formals and a set by looking ahead.
    bool looks_like_formals() const {
        const Token& a = peek(1);
        if (a.type == Tok::Ellipsis) return true;
        if (a.type == Tok::RBrace) {
            Tok b = peek(2).type;
            return b == Tok::Colon || b == Tok::At;
        }
        if (a.type == Tok::Id) {
            Tok b = peek(2).type;
            if (b == Tok::Comma || b == Tok::Question) return true;
            if (b == Tok::RBrace) {
                Tok c = peek(3).type;
                return c == Tok::Colon || c == Tok::At;
            }
        }
        return false;
    }

    // formals: '{' (formal (',' formal)* [',' '...'] | '...') '}' ; formal: ID ['?' expr]
    void formals(ExprLambda* lam) {
        expect(Tok::LBrace);
        lam->has_formals = true;
        while (peek().type != Tok::RBrace) {
            if (accept(Tok::Ellipsis)) {
                lam->ellipsis = true;
                if (peek().type != Tok::RBrace) unexpected(Tok::RBrace);
                break;
            }
            const Token& id = expect(Tok::Id);
            Formal f{pos_of(id), sym(id.text), nullptr};
            if (accept(Tok::Question)) f.def = expr();
            for (auto& g : lam->formals)
                if (g.name == f.name)
                    throw EvalError(
                        ErrorKind::Parse,
                        "duplicate formal function argument '" + std::string(id.text) + "'", f.pos);
            lam->formals.push_back(f);
            if (!accept(Tok::Comma)) break;
        }
        expect(Tok::RBrace);
        std::sort(lam->formals.begin(), lam->formals.end(),
                  [](const Formal& a, const Formal& b) { return a.name.id < b.name.id; });
    }

    // expr_if: IF expr THEN expr ELSE expr | expr_op
    Expr* expr_if() {
        if (peek().type == Tok::If) {
            auto* e = make<ExprIf>();
            e->pos = pos_of(next());
            e->cond = expr();
            expect(Tok::Then);
            e->then = expr();
            expect(Tok::Else);
            e->else_ = expr();
            return e;
        }
        return expr_op(0);
    }

    enum class Assoc { Left, Right, None };
    struct OpInfo {
        int prec;
        Assoc assoc;
    };
    static OpInfo binop_info(Tok t) {
        switch (t) {
        case Tok::PipeFrom:
            return {-1, Assoc::Right};
        case Tok::PipeInto:
            return {-1, Assoc::Left};
        case Tok::Impl:
            return {1, Assoc::Right};
        case Tok::OrOr:
            return {2, Assoc::Left};
        case Tok::And:
            return {3, Assoc::Left};
        case Tok::Eq:
        case Tok::NEq:
            return {4, Assoc::None};
        case Tok::Lt:
        case Tok::Gt:
        case Tok::Le:
        case Tok::Ge:
            return {5, Assoc::None};
        case Tok::Update:
            return {6, Assoc::Right};
        case Tok::Plus:
        case Tok::Minus:
            return {8, Assoc::Left};
        case Tok::Star:
        case Tok::Slash:
            return {9, Assoc::Left};
        case Tok::Concat:
            return {10, Assoc::Right};
        case Tok::Question:
            return {11, Assoc::None};
        default:
            return {-100, Assoc::None};
        }
    }
    static constexpr int not_prec = 7, negate_prec = 12;

    // expr_op: '!' expr_op | '-' expr_op | expr_op BINOP expr_op | expr_op '?' attrpath | expr_app
    Expr* expr_op(int min_prec) {
        DepthGuard g(*this);
        Expr* lhs;
        const Token& t = peek();
        if (t.type == Tok::Not) {
            next();
            auto* n = make<ExprNot>();
            n->pos = pos_of(t);
            n->e = expr_op(not_prec + 1);
            lhs = n;
        } else if (t.type == Tok::Minus) {
            PosIdx p = pos_of(next());
            Expr* operand = expr_op(negate_prec);
            // Nix reads -x as (__sub 0 x); we keep the subtraction.
            auto* zero = make<ExprInt>(0);
            zero->pos = p;
            lhs = make<ExprBinOp>(p, BinOp::Sub, zero, operand);
        } else {
            lhs = expr_app();
        }
        while (true) {
            const Token& op = peek();
            OpInfo info = binop_info(op.type);
            if (op.type == Tok::PipeFrom || op.type == Tok::PipeInto)
                fail(op, "experimental Nix feature 'pipe-operators' is disabled; add "
                         "'--extra-experimental-features pipe-operators' to enable it");
            if (info.prec < min_prec || info.prec == -100) break;
            PosIdx p = pos_of(next());
            if (op.type == Tok::Question) {
                lhs = make<ExprHasAttr>(p, lhs, attrpath());
            } else {
                int next_min = info.assoc == Assoc::Right ? info.prec : info.prec + 1;
                Expr* rhs = expr_op(next_min);
                lhs = make_binop(op.type, p, lhs, rhs);
            }
            if (info.assoc == Assoc::None && binop_info(peek().type).prec == info.prec)
                unexpected();
        }
        return lhs;
    }

    Expr* make_binop(Tok t, PosIdx p, Expr* l, Expr* r) {
        switch (t) {
        case Tok::Plus: {
            auto* c = make<ExprConcatStrings>();
            c->pos = p;
            c->force_string = false;
            c->parts = {{l->pos, l}, {r->pos, r}};
            return c;
        }
        case Tok::Impl:
            return make<ExprBinOp>(p, BinOp::Impl, l, r);
        case Tok::OrOr:
            return make<ExprBinOp>(p, BinOp::Or, l, r);
        case Tok::And:
            return make<ExprBinOp>(p, BinOp::And, l, r);
        case Tok::Eq:
            return make<ExprBinOp>(p, BinOp::Eq, l, r);
        case Tok::NEq:
            return make<ExprBinOp>(p, BinOp::NEq, l, r);
        case Tok::Lt:
            return make<ExprBinOp>(p, BinOp::Lt, l, r);
        case Tok::Gt:
            return make<ExprBinOp>(p, BinOp::Gt, l, r);
        case Tok::Le:
            return make<ExprBinOp>(p, BinOp::Le, l, r);
        case Tok::Ge:
            return make<ExprBinOp>(p, BinOp::Ge, l, r);
        case Tok::Update:
            return make<ExprBinOp>(p, BinOp::Update, l, r);
        case Tok::Minus:
            return make<ExprBinOp>(p, BinOp::Sub, l, r);
        case Tok::Star:
            return make<ExprBinOp>(p, BinOp::Mul, l, r);
        case Tok::Slash:
            return make<ExprBinOp>(p, BinOp::Div, l, r);
        case Tok::Concat:
            return make<ExprBinOp>(p, BinOp::Concat, l, r);
        default:
            unexpected();
        }
    }

    bool starts_simple(const Token& t) const {
        switch (t.type) {
        case Tok::Id:
        case Tok::Int:
        case Tok::Float:
        case Tok::Path:
        case Tok::HPath:
        case Tok::SPath:
        case Tok::Uri:
        case Tok::PathStart:
        case Tok::StrOpen:
        case Tok::IndOpen:
        case Tok::LParen:
        case Tok::LBrace:
        case Tok::LBracket:
        case Tok::Rec:
            return true;
        case Tok::Let:
            return peek(1).type == Tok::LBrace && &t == &peek();
        default:
            return false;
        }
    }

    // expr_app: expr_app expr_select | expr_select
    // (Positions are made only for the nodes that need them: most selects
    // and applications turn out to be plain operands.)
    Expr* expr_app() {
        const Token& start = peek();
        Expr* fn = expr_select();
        if (!starts_simple(peek())) return fn;
        // As Nix's grammar: arguments after a call in parentheses, `(f a) b`,
        // or after <path> (a __findFile call), extend that call, which keeps
        // its position.
        if (auto* call = dynamic_cast<ExprCall*>(fn)) {
            while (starts_simple(peek())) call->args.push_back(expr_select());
            return call;
        }
        PosIdx p = pos_of(start);
        std::vector<Expr*> args;
        while (starts_simple(peek())) args.push_back(expr_select());
        return make<ExprCall>(p, fn, std::move(args));
    }

    // expr_select: expr_simple '.' attrpath [OR expr_select] | expr_simple
    Expr* expr_select() {
        const Token& first = peek();
        Expr* e = expr_simple();
        if (peek().type != Tok::Dot) return e;
        PosIdx start = pos_of(first);
        next();
        AttrPath path = attrpath();
        Expr* def = nullptr;
        if (accept(Tok::Or)) def = expr_select();
        return make<ExprSelect>(start, e, std::move(path), def);
    }

    // attrpath: attr ('.' attr)* ; attr: ID | OR | string | '${' expr '}'
    AttrPath attrpath() {
        size_t mark = m_paths.size();
        attrpath_onto_stack();
        AttrPath path(m_paths.begin() + ptrdiff_t(mark), m_paths.end());
        m_paths.resize(mark);
        return path;
    }
    // The same, pushed onto m_paths (a binding's path lives there while its
    // value is parsed, instead of in a vector of its own).
    void attrpath_onto_stack() {
        do {
            AttrName n = attr_name(); // may parse (and pop) nested paths
            m_paths.push_back(n);
        } while (accept(Tok::Dot));
    }

    AttrName attr_name() {
        const Token& t = peek();
        if (t.type == Tok::Id) return {sym(next().text), nullptr};
        if (t.type == Tok::Or) return next(), AttrName{sym("or"), nullptr};
        if (t.type == Tok::DollarCurly) {
            next();
            Expr* e = expr();
            expect(Tok::RBrace);
            // ${"a"} with a constant string is a static name.
            if (auto* c = exactly<ExprConst>(e); c && c->v.type == Type::String)
                return {sym(c->v.string_view()), nullptr};
            return {{}, e};
        }
        if (t.type == Tok::StrOpen) {
            Expr* e = string_literal();
            if (auto* c = exactly<ExprConst>(e)) return {sym(c->v.string_view()), nullptr};
            return {{}, e};
        }
        unexpected_expecting("ID or OR_KW or DOLLAR_CURLY or '\"'");
    }

    // expr_simple: ID | INT | FLOAT | string | ind_string | path | SPATH | URI
    //   | '(' expr ')' | LET '{' binds '}' | REC '{' binds '}' | '{' binds '}' | '[' expr_select*
    //   ']'
    Expr* expr_simple() {
        const Token& t = peek();
        switch (t.type) {
        case Tok::Id: {
            next();
            if (t.text == "__curPos") {
                auto* e = make<ExprPos>();
                e->pos = pos_of(t);
                return e;
            }
            return make<ExprVar>(pos_of(t), sym(t.text));
        }
        case Tok::Int: {
            next();
            auto* e = make<ExprInt>(t.integer);
            e->pos = pos_of(t);
            return e;
        }
        case Tok::Float: {
            next();
            auto* e = make<ExprFloat>(t.fpoint);
            e->pos = pos_of(t);
            return e;
        }
        case Tok::StrOpen:
            return string_literal();
        case Tok::IndOpen:
            return ind_string();
        case Tok::Path:
        case Tok::HPath:
        case Tok::PathStart:
            return path_literal();
        case Tok::SPath: {
            next();
            PosIdx p = pos_of(t);
            auto* fn = make<ExprVar>(p, sym("__findFile"));
            auto* np = make<ExprVar>(p, sym("__nixPath"));
            auto* name = const_string(t.text, p);
            return make<ExprCall>(p, fn, std::vector<Expr*>{np, name});
        }
        case Tok::Uri: {
            next();
            return const_string(t.text, pos_of(t));
        }
        case Tok::LParen: {
            next();
            Expr* e = expr();
            expect(Tok::RParen);
            return e;
        }
        case Tok::Let: {
            // let { ... body = e; }: the old form, a rec set's `body`
            PosIdx p = pos_of(next());
            auto* a = make<ExprAttrs>();
            a->pos = p;
            a->recursive = true;
            expect(Tok::LBrace);
            binds(a, Tok::RBrace, false);
            expect(Tok::RBrace);
            return make<ExprSelect>(p, a, AttrPath{{sym("body"), nullptr}}, nullptr);
        }
        case Tok::Rec: {
            PosIdx p = pos_of(next());
            auto* a = make<ExprAttrs>();
            a->pos = p;
            a->recursive = true;
            expect(Tok::LBrace);
            binds(a, Tok::RBrace, false);
            expect(Tok::RBrace);
            return a;
        }
        case Tok::LBrace: {
            auto* a = make<ExprAttrs>();
            a->pos = pos_of(next());
            binds(a, Tok::RBrace, false);
            expect(Tok::RBrace);
            return a;
        }
        case Tok::LBracket: {
            auto* l = make<ExprList>();
            l->pos = pos_of(next());
            while (peek().type != Tok::RBracket) {
                if (!starts_simple(peek())) unexpected();
                l->elems.push_back(expr_select());
            }
            next();
            return l;
        }
        default:
            unexpected();
        }
    }

    ExprConst* const_string(std::string_view s, PosIdx p) {
        auto* c = make<ExprConst>();
        c->pos = p;
        m_st.mk_string(c->v, s);
        return c;
    }

    // Turns literal parts and interpolations into one expression.
    Expr* concat_parts(PosIdx p, std::vector<std::pair<PosIdx, Expr*>> parts, bool fold = true) {
        if (parts.empty()) return const_string("", p);
        if (fold && parts.size() == 1)
            if (auto* c = exactly<ExprConst>(parts[0].second); c && c->v.type == Type::String)
                return c->pos = p, c; // "${./p}" copies p, "${1}" fails: only strings fold
        auto* e = make<ExprConcatStrings>();
        e->pos = p;
        e->force_string = true;
        e->parts = std::move(parts);
        return e;
    }

    Expr* interpolation() {
        expect(Tok::DollarCurly);
        Expr* e = expr();
        expect(Tok::RBrace);
        return e;
    }

    // string: '"' (STR | '${' expr '}')* '"'
    Expr* string_literal() {
        PosIdx p = pos_of(expect(Tok::StrOpen));
        std::vector<std::pair<PosIdx, Expr*>> parts;
        bool interpolated = false;
        while (peek().type != Tok::StrClose) {
            const Token& t = peek();
            if (t.type == Tok::StrPart) {
                next();
                parts.push_back({pos_of(t), const_string(t.text, pos_of(t))});
            } else if (t.type == Tok::DollarCurly) {
                PosIdx ip = pos_of(t);
                parts.push_back({ip, interpolation()});
                interpolated = true;
            } else {
                unexpected(Tok::StrClose);
            }
        }
        next();
        // As in Nix, "${"a"}" stays a concatenation (a thunk, and
        // `("a")` in --parse); only plain text is a constant.
        return concat_parts(p, std::move(parts), !interpolated);
    }

    // ind_string: "''" (IND_STR | '${' expr '}')* "''", with the common
    // indentation of its lines removed as Nix's stripIndentation does.
    Expr* ind_string() {
        PosIdx p = pos_of(expect(Tok::IndOpen));
        struct Part {
            PosIdx pos;
            bool literal; // counts toward the minimum indentation (not an escape)
            std::string text;
            Expr* e;
        };
        std::vector<Part> parts;
        while (peek().type != Tok::IndClose) {
            const Token& t = peek();
            if (t.type == Tok::IndPart || t.type == Tok::IndEscape) {
                next();
                // As in Nix, an escape ends a line's leading whitespace when
                // the minimum is measured, but its text (''\n too) is then
                // stripped like any other: spaces after an escaped newline lose
                // up to the minimum indentation.
                parts.push_back({pos_of(t), t.type == Tok::IndPart, std::string(t.text), nullptr});
            } else if (t.type == Tok::DollarCurly) {
                PosIdx ip = pos_of(t);
                parts.push_back({ip, false, {}, interpolation()});
            } else {
                // Bison's list for ind_string_parts.
                unexpected_expecting("IND_STR or DOLLAR_CURLY or IND_STRING_CLOSE");
            }
        }
        next();

        // Minimum indentation; whitespace-only lines do not count, and an
        // interpolation or escape ends a line's leading whitespace.
        bool at_start = true;
        size_t min_indent = SIZE_MAX, cur = 0;
        for (auto& part : parts) {
            if (!part.literal) {
                if (at_start) {
                    at_start = false;
                    min_indent = std::min(min_indent, cur);
                }
                continue;
            }
            for (char c : part.text) {
                if (at_start) {
                    if (c == ' ')
                        cur++;
                    else if (c == '\n')
                        cur = 0;
                    else {
                        at_start = false;
                        min_indent = std::min(min_indent, cur);
                    }
                } else if (c == '\n') {
                    at_start = true;
                    cur = 0;
                }
            }
        }
        // Only whitespace: the minimum stays unbounded, so every line loses
        // all its leading spaces (`''\n  \n    \n''` is "\n\n"), as in Nix.

        std::vector<std::pair<PosIdx, Expr*>> out;
        at_start = true;
        size_t dropped = 0;
        for (size_t i = 0; i < parts.size(); ++i) {
            auto& part = parts[i];
            if (part.e) {
                at_start = false;
                dropped = 0;
                out.push_back({part.pos, part.e});
                continue;
            }
            std::string s;
            for (char c : part.text) {
                if (at_start) {
                    if (c == ' ') {
                        if (dropped++ >= min_indent) s += c;
                    } else if (c == '\n') {
                        dropped = 0;
                        s += c;
                    } else {
                        at_start = false;
                        dropped = 0;
                        s += c;
                    }
                } else {
                    s += c;
                    if (c == '\n') at_start = true;
                }
            }
            // The last line is dropped when it holds only spaces.
            if (i + 1 == parts.size()) {
                auto nl = s.find_last_of('\n');
                if (nl != std::string::npos &&
                    s.find_first_not_of(' ', nl + 1) == std::string::npos)
                    s.resize(nl + 1);
            }
            // As in Nix, each piece of text or escape stays a part of its own
            // (`--parse` shows them, and a concatenation is a thunk), but
            // pieces left empty are dropped.
            if (!s.empty()) out.push_back({part.pos, const_string(s, part.pos)});
        }
        return concat_parts(p, std::move(out));
    }

    std::string absolute(const std::string& path) {
        if (path[0] == '/') return canon_path(path);
        return canon_path(m_base + "/" + path);
    }

    // path: PATH | HPATH | PATH_START (STR | '${' expr '}')* PATH_END
    Expr* path_literal() {
        const Token& t = next();
        PosIdx p = pos_of(t);
        std::string first(t.text);
        bool home = t.type == Tok::HPath || (t.type == Tok::PathStart && t.integer == 1);
        if (home) {
            m_st.note_input(InputKind::env, "HOME");
            const char* h = std::getenv("HOME");
            first = std::string(h ? h : "") + first.substr(1);
        }
        bool trailing_slash = !first.empty() && first.back() == '/';
        std::string resolved = absolute(first);
        if (trailing_slash && resolved != "/") resolved += '/';
        auto* c = make<ExprConst>();
        c->pos = p;
        m_st.mk_path(c->v, resolved);
        if (t.type != Tok::PathStart) return c;
        std::vector<std::pair<PosIdx, Expr*>> parts{{p, c}};
        while (peek().type != Tok::PathEnd) {
            const Token& u = peek();
            if (u.type == Tok::StrPart) {
                next();
                parts.push_back({pos_of(u), const_string(u.text, pos_of(u))});
            } else if (u.type == Tok::DollarCurly) {
                PosIdx ip = pos_of(u);
                parts.push_back({ip, interpolation()});
            } else {
                unexpected();
            }
        }
        next();
        auto* e = make<ExprConcatStrings>();
        e->pos = p;
        e->force_string = false;
        e->parts = std::move(parts);
        return e;
    }

    // binds: (attrpath '=' expr ';' | INHERIT ['(' expr ')'] attr* ';')*
    void binds(ExprAttrs* a, Tok end, bool is_let) {
        while (peek().type != end) {
            Tok t = peek().type;
            if (t == Tok::Inherit) {
                inherit(a, is_let);
                continue;
            }
            if (t != Tok::Id && t != Tok::Or && t != Tok::StrOpen && t != Tok::DollarCurly)
                unexpected_expecting(is_let ? "IN_KW or INHERIT" : "INHERIT");
            const Token& start = peek();
            PosIdx p = pos_of(start);
            size_t mark = m_paths.size();
            attrpath_onto_stack();
            if (peek().type != Tok::Assign) unexpected_expecting("'.' or '='");
            next();
            Expr* value = expr();
            expect(Tok::Semi);
            add_attr(a, std::span<AttrName>(m_paths).subspan(mark), p, value, is_let);
            m_paths.resize(mark);
        }
        std::sort(
            a->attrs.begin(), a->attrs.end(),
            [](const ExprAttrs::Def& x, const ExprAttrs::Def& y) { return x.name.id < y.name.id; });
    }

    void inherit(ExprAttrs* a, bool /*is_let*/) {
        next();
        Expr* from = nullptr;
        if (accept(Tok::LParen)) {
            from = expr();
            expect(Tok::RParen);
            // In source order, also when no name follows: Nix binds (and
            // so checks) every source before the attributes.
            a->inherit_froms.push_back(from);
        }
        while (peek().type != Tok::Semi) {
            const Token& t = peek();
            PosIdx p = pos_of(t);
            AttrName n = attr_name();
            if (n.expr) fail(t, "dynamic attributes not allowed in inherit");
            if (a->find(n.name))
                throw EvalError(ErrorKind::Parse, dup_message(n.name, a->find(n.name)->pos), p);
            Expr* e;
            if (from) {
                // bind() points every such selection at one shared value of
                // `from` (ExprInheritFrom), so it is evaluated once, as in Nix.
                auto* sel = make<ExprSelect>(p, from, AttrPath{n}, nullptr);
                e = sel;
                a->attrs.push_back({n.name, e, p, false, 0, from});
            } else {
                e = make<ExprVar>(p, n.name);
                a->attrs.push_back({n.name, e, p, true});
            }
        }
        next();
    }

    std::string dup_message(Symbol name, PosIdx prev) {
        const Pos& pp = m_st.positions[prev];
        std::string where = pp.origin && !pp.origin->path.empty()
                                ? pp.origin->path
                                : (pp.origin ? pp.origin->label : "");
        return "attribute '" + m_st.symbols[name] + "' already defined at " + where + ":" +
               std::to_string(pp.line) + ":" + std::to_string(pp.column);
    }

    // Sets are sorted by name; binds() sorts the outermost one at its end, but
    // the sets that `a.b = 1; a.c = 2;` makes for `a` must stay sorted too.
    static void insert_sorted(ExprAttrs* a, ExprAttrs::Def d) {
        auto later = [](uint32_t id, const ExprAttrs::Def& x) { return id < x.name.id; };
        auto at = std::upper_bound(a->attrs.begin(), a->attrs.end(), d.name.id, later);
        a->attrs.insert(at, d);
    }

    // Adds `a.b.c = value` to a set, creating or extending nested sets.
    void add_attr(ExprAttrs* a, std::span<AttrName> path, PosIdx p, Expr* value, bool is_let) {
        ExprAttrs* cur = a;
        // The path so far as messages show it, made only for them.
        auto shown = [&](size_t upto) {
            std::string text;
            for (size_t k = 0; k <= upto; ++k)
                (k ? text += '.' : text) += m_st.symbols[path[k].name];
            return text;
        };
        for (size_t i = 0; i < path.size(); ++i) {
            AttrName& n = path[i];
            bool last = i + 1 == path.size();
            if (n.expr) {
                // Reported at the `let` (the set's position), as Nix does.
                if (is_let && cur == a)
                    throw EvalError(ErrorKind::Parse, "dynamic attributes not allowed in let",
                                    a->pos);
                Expr* v = value;
                if (!last) {
                    auto* nested = make<ExprAttrs>();
                    nested->pos = p;
                    add_attr(nested, path.subspan(i + 1), p, value, false);
                    std::sort(nested->attrs.begin(), nested->attrs.end(),
                              [](auto& x, auto& y) { return x.name.id < y.name.id; });
                    v = nested;
                }
                cur->dynamic.push_back({n.expr, v, p});
                return;
            }
            ExprAttrs::Def* existing = cur->find(n.name);
            if (last) {
                if (existing) {
                    auto* ea = exactly<ExprAttrs>(existing->e);
                    auto* va = exactly<ExprAttrs>(value);
                    if (ea && va && !existing->inherited && !va->recursive && !ea->recursive) {
                        merge_sets(ea, va, shown(i));
                        return;
                    }
                    throw EvalError(ErrorKind::Parse, dup_message_path(shown(i), existing->pos), p);
                }
                insert_sorted(cur, {n.name, value, p, false});
                // Curried lambdas (f = a: b: ...) all take the binding's name, as in Nix.
                for (auto* lam = exactly<ExprLambda>(value); lam;
                     lam = exactly<ExprLambda>(lam->body))
                    lam->name = n.name;
                return;
            }
            if (existing) {
                auto* ea = exactly<ExprAttrs>(existing->e);
                if (!ea || existing->inherited || ea->recursive)
                    throw EvalError(ErrorKind::Parse, dup_message_path(shown(i), existing->pos), p);
                cur = ea;
            } else {
                auto* nested = make<ExprAttrs>();
                nested->pos = p;
                insert_sorted(cur, {n.name, nested, p, false});
                cur = nested;
            }
        }
    }

    void merge_sets(ExprAttrs* into, ExprAttrs* from, const std::string& prefix) {
        for (auto& d : from->attrs) {
            if (auto* existing = into->find(d.name)) {
                auto* ea = exactly<ExprAttrs>(existing->e);
                auto* va = exactly<ExprAttrs>(d.e);
                std::string shown = prefix + "." + m_st.symbols[d.name];
                if (ea && va && !ea->recursive && !va->recursive && !existing->inherited &&
                    !d.inherited) {
                    merge_sets(ea, va, shown);
                    continue;
                }
                throw EvalError(ErrorKind::Parse, dup_message_path(shown, existing->pos), d.pos);
            }
            into->attrs.push_back(d);
        }
        for (auto& d : from->dynamic) into->dynamic.push_back(d);
        into->inherit_froms.insert(into->inherit_froms.end(), from->inherit_froms.begin(),
                                   from->inherit_froms.end());
        std::sort(into->attrs.begin(), into->attrs.end(),
                  [](auto& x, auto& y) { return x.name.id < y.name.id; });
    }

    std::string dup_message_path(const std::string& shown, PosIdx prev) {
        const Pos& pp = m_st.positions[prev];
        std::string where = pp.origin && !pp.origin->path.empty()
                                ? pp.origin->path
                                : (pp.origin ? pp.origin->label : "");
        return "attribute '" + shown + "' already defined at " + where + ":" +
               std::to_string(pp.line) + ":" + std::to_string(pp.column);
    }
};

} // namespace

ExprAttrs::Def* ExprAttrs::find(Symbol s) {
    for (auto& d : attrs)
        if (d.name == s) return &d;
    return nullptr;
}

Expr* parse_expr(EvalState& st, const Origin* origin, const std::string& base_dir) {
    Tokens toks;
    LexError err;
    if (!lex(origin->text, toks, err))
        throw EvalError(ErrorKind::Parse, err.message,
                        st.positions.add(origin, err.line, err.column));
    Parser p(st, origin, toks, base_dir);
    return p.parse_all();
}

} // namespace hearth::lang
