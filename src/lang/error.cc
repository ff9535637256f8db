// Raising and rendering evaluation errors, in the shape Nix prints them:
// the trace frames outermost first, each with its source line and a caret,
// then the error itself.
#include "lang/error_format.hh"
#include "lang/print.hh"
#include "lang/state.hh"

#include <algorithm>
#include <sstream>

namespace hearth::lang {

const char* type_name(Type t) {
    switch (t) {
    case Type::Int:
        return "int";
    case Type::Float:
        return "float";
    case Type::Bool:
        return "bool";
    case Type::Null:
        return "null";
    case Type::String:
        return "string";
    case Type::Path:
        return "path";
    case Type::Attrs:
        return "set";
    case Type::List:
        return "list";
    case Type::Lambda:
    case Type::PrimOp:
    case Type::PrimOpApp:
        return "lambda";
    default:
        return "thunk";
    }
}

// The primop a (partially applied) built-in function stands for.
static const PrimOp* primop_of(const Value& v) {
    const Value* f = &v;
    while (f->type == Type::PrimOpApp) f = f->app.left;
    return f->type == Type::PrimOp ? f->primop : nullptr;
}

std::string show_type(const Value& v) {
    // Built-ins are named, as Nix names them.
    if (v.type == Type::PrimOp || v.type == Type::PrimOpApp) {
        if (const PrimOp* p = primop_of(v))
            return std::string(v.type == Type::PrimOp
                                   ? "the built-in function '"
                                   : "the partially applied built-in function '") +
                   p->name + "'";
    }
    switch (v.type) {
    case Type::Int:
        return "an integer";
    case Type::Float:
        return "a float";
    case Type::Bool:
        return "a Boolean";
    case Type::Null:
        return "null";
    case Type::String:
        return "a string";
    case Type::Path:
        return "a path";
    case Type::Attrs:
        return "a set";
    case Type::List:
        return "a list";
    case Type::Lambda:
        return "a function";
    case Type::PrimOp:
        return "a built-in function";
    case Type::PrimOpApp:
        return "a partially applied built-in function";
    case Type::App:
        return "a function application"; // map's, genList's...
    default:
        return "a thunk";
    }
}

void EvalState::throw_type_error(std::string_view expected, Value& got, PosIdx pos,
                                 std::string_view ctx) {
    EvalError e(ErrorKind::Type, "expected " + std::string(expected) + " but found " +
                                     show_type(got) + ": " + show_value_short(got));
    if (!ctx.empty()) e.add_trace({}, std::string(ctx));
    (void)pos;
    throw e;
}

void EvalState::error(ErrorKind k, PosIdx pos, std::string msg) {
    throw EvalError(k, std::move(msg), pos);
}

std::string EvalState::show_value_short(Value& v) {
    std::ostringstream out;
    PrintOptions opts;
    opts.force = false;
    opts.max_depth = 1;
    opts.max_items = 10;
    opts.error_style = true;
    print_value(*this, v, out, opts);
    return out.str();
}

// Source lines around a position: the one before, the line itself with a
// caret under the column, and the one after.
static void code_lines(std::ostream& out, const Pos& p) {
    // An empty source has no line to show, as in Nix.
    if (!p.origin || p.line == 0 || p.origin->text.empty()) return;
    const std::string& text = p.origin->text;
    std::vector<std::string_view> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string::npos) {
            lines.push_back(std::string_view(text).substr(start));
            break;
        }
        lines.push_back(std::string_view(text).substr(start, nl - start));
        start = nl + 1;
    }
    auto line = [&](uint32_t n) {
        char num[16];
        std::snprintf(num, sizeof num, "%5u", n);
        out << "\n        " << num << "|";
        // Nix drops trailing blanks from every printed line.
        std::string_view l = lines[n - 1];
        while (!l.empty() && (l.back() == ' ' || l.back() == '\t' || l.back() == '\r'))
            l.remove_suffix(1);
        if (!l.empty()) out << " " << l;
    };
    if (p.line > lines.size()) return;
    if (p.line >= 2) line(p.line - 1);
    line(p.line);
    out << "\n             |" << std::string(p.column, ' ') << '^';
    if (p.line < lines.size()) line(p.line + 1);
}

static std::string where(const Pos& p) {
    std::string file = p.origin ? (p.origin->path.empty() ? p.origin->label : p.origin->path) : "";
    return file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

// Messages may carry ANSI colours (lib's module errors do); Nix drops them
// when writing to something that is not a terminal, and we never colour.
std::string strip_ansi(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\x1b' && i + 1 < s.size() && s[i + 1] == '[') {
            i += 2;
            while (i < s.size() && !((s[i] >= '@' && s[i] <= '~'))) ++i;
            continue;
        }
        out += s[i];
    }
    return out;
}

// The message after `prefix`, as Nix lays it out: trailing whitespace of the
// whole message trimmed, later lines indented under the first, trailing
// blanks dropped from every line, and only then ANSI colours removed, so a
// line holding just a colour code keeps its indentation (a message that
// quotes a text ending in a newline, as "while parsing TOML: " does, ends so).
static std::string error_text(std::string_view msg, std::string_view prefix) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!msg.empty() && blank(msg.back())) msg.remove_suffix(1);
    std::string out;
    for (size_t start = 0;;) {
        size_t nl = msg.find('\n', start);
        std::string line = std::string(start ? "       " : prefix) +
                           std::string(msg.substr(start, nl == msg.npos ? msg.npos : nl - start));
        while (!line.empty() && blank(line.back())) line.pop_back();
        out += (start ? "\n" : "") + line;
        if (nl == msg.npos) break;
        start = nl + 1;
    }
    return strip_ansi(out);
}

std::string format_error(const EvalState& st, const EvalError& e, bool show_trace) {
    std::ostringstream out;
    // A "Did you mean" hint follows the source lines.
    const std::string& hint = e.hint;
    auto body = [&](const char* indent) {
        if (e.pos) {
            const Pos& p = st.positions[e.pos];
            out << "\n" << indent << "at " << where(p) << ":";
            code_lines(out, p);
        }
        if (!hint.empty()) out << "\n       " << hint;
    };
    if (e.traces.empty()) {
        out << error_text(e.message, "error: ");
        body("       ");
        return out.str() + "\n";
    }
    out << "error:";
    // Nix's budget: each printed frame counts one, plus one more when it has
    // a position; once the count exceeds 3, only `always` frames follow.
    // A frame equal to one already printed is held back; a run of up to 5
    // such repeats is printed when a new frame comes, a longer run collapses
    // into "(N duplicate frames omitted)" (Nix forgets the frames it has
    // seen only inside that helper, so it never resets the seen set here).
    size_t count = 0;
    bool truncated = false;
    std::vector<const TraceFrame*> seen, held;
    auto same = [&](const TraceFrame* a, const TraceFrame* b) {
        const Pos &pa = st.positions[a->pos], &pb = st.positions[b->pos];
        return a->message == b->message && a->always == b->always && pa.origin == pb.origin &&
               pa.line == pb.line && pa.column == pb.column;
    };
    auto print = [&](const TraceFrame* t) {
        count++;
        out << "\n       … " << strip_ansi(t->message);
        if (t->pos) {
            count++;
            const Pos& p = st.positions[t->pos];
            out << "\n         at " << where(p) << ":";
            code_lines(out, p);
        }
        out << "\n";
    };
    auto flush_held = [&] {
        if (held.size() > 5)
            out << "\n       (" << held.size() << " duplicate frames omitted)\n";
        else
            for (auto* t : held) print(t);
        held.clear();
    };
    for (auto it = e.traces.rbegin(); it != e.traces.rend(); ++it) {
        if (it->message.empty()) continue;
        if (!show_trace && count > 3) truncated = true;
        if (truncated && !it->always) continue;
        const TraceFrame* t = &*it;
        if (std::any_of(seen.begin(), seen.end(), [&](auto* s) { return same(s, t); })) {
            held.push_back(t);
            continue;
        }
        seen.push_back(t);
        flush_held();
        print(t);
    }
    flush_held();
    if (truncated)
        out << "\n       (stack trace truncated; use '--show-trace' to show the full, detailed "
               "trace)\n";
    out << "\n" << error_text(e.message, "       error: ");
    body("       ");
    return out.str() + "\n";
}

} // namespace hearth::lang
