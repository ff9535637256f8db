#include "lang/repl_print.hh"

#include "lang/error_format.hh"
#include "lang/print.hh"
#include "lang/state.hh"

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace hearth::lang {

namespace {

// The colours of Nix's printer: numbers, Booleans and null cyan, strings
// magenta, paths and derivations green, functions blue, errors red.
constexpr const char* cyan = "\x1b[36;1m";
constexpr const char* magenta = "\x1b[35;1m";
constexpr const char* green = "\x1b[32;1m";
constexpr const char* blue = "\x1b[34;1m";
constexpr const char* red = "\x1b[31;1m";
constexpr const char* normal = "\x1b[0m";

class ReplPrinter {
  public:
    ReplPrinter(EvalState& st, std::ostream& out, const ReplPrintOptions& o)
        : m_st(st), m_out(out), m_opts(o) {}

    void print(Value& v, uint32_t depth) {
        if (depth == 0) {
            m_st.force(v, {});
            print_forced(v, depth);
            return;
        }
        try {
            m_st.force(v, {});
        } catch (EvalError& e) {
            // The message's own colours go (fromTOML quotes in magenta), as in Nix.
            colored(red, "«error: " + strip_ansi(e.message) + "»");
            return;
        }
        print_forced(v, depth);
    }

  private:
    EvalState& m_st;
    std::ostream& m_out;
    const ReplPrintOptions& m_opts;
    std::set<const void*> m_seen;
    std::string m_indent;

    void colored(const char* color, const std::string& text) {
        if (m_opts.colors)
            m_out << color << text << normal;
        else
            m_out << text;
    }

    void print_forced(Value& v, uint32_t depth) {
        switch (v.type) {
        case Type::Int:
            colored(cyan, std::to_string(v.integer));
            break;
        case Type::Float:
            colored(cyan, format_float(v.fpoint));
            break;
        case Type::Bool:
            colored(cyan, v.boolean ? "true" : "false");
            break;
        case Type::Null:
            colored(cyan, "null");
            break;
        case Type::String:
            colored(magenta, quote_string(v.str->view()));
            break;
        case Type::Path:
            colored(green, std::string(v.str->view()));
            break;
        case Type::Attrs:
            print_attrs(v, depth);
            break;
        case Type::List:
            print_list(v, depth);
            break;
        case Type::Lambda:
            colored(blue, lambda_text(v));
            break;
        case Type::PrimOp:
            colored(blue, std::string("«primop ") + v.primop->name + "»");
            break;
        case Type::PrimOpApp:
            colored(blue, primop_app_text(v));
            break;
        default:
            colored(magenta, "«thunk»");
            break;
        }
    }

    std::string lambda_text(Value& v) {
        const ExprLambda* fn = v.lambda.fn;
        std::string s = "«lambda";
        if (fn->name) s += " " + m_st.symbols[fn->name];
        const Pos& p = m_st.positions[fn->pos];
        if (p.origin)
            s += " @ " + (p.origin->path.empty() ? p.origin->label : p.origin->path) + ":" +
                 std::to_string(p.line) + ":" + std::to_string(p.column);
        return s + "»";
    }

    static std::string primop_app_text(Value& v) {
        const Value* f = &v;
        while (f->type == Type::PrimOpApp) f = f->app.left;
        std::string s = "«partially applied primop";
        if (f->type == Type::PrimOp) s += std::string(" ") + f->primop->name;
        return s + "»";
    }

    // Nix forces a lone item first: one nested set or list (or a value it
    // cannot force) breaks the lines, one scalar does not.
    bool one_per_line(size_t size, Value* first) {
        if (size > 1) return true;
        if (size == 0) return false;
        try {
            m_st.force(*first, {});
        } catch (EvalError&) {
            return true;
        }
        return first->type == Type::Attrs || first->type == Type::List;
    }

    void separator(bool pretty) {
        if (pretty)
            m_out << "\n" << m_indent;
        else
            m_out << " ";
    }

    bool is_derivation(Value& v) {
        try {
            return m_st.is_derivation(v);
        } catch (EvalError&) {
            return false; // a `type` that fails to evaluate: print the set
        }
    }

    std::string derivation_text(Value& v) {
        std::string s = "«derivation";
        if (const Attr* a = v.attrs->find(m_st.s.drvPath)) {
            try {
                ContextBuilder ctx;
                s += " " + std::string(m_st.force_string(*a->value, {}, "", &ctx));
            } catch (EvalError&) {
            }
        }
        return s + "»";
    }

    void print_attrs(Value& v, uint32_t depth) {
        if (!m_seen.insert(v.attrs).second) return colored(magenta, "«repeated»");
        if (is_derivation(v)) return colored(green, derivation_text(v));
        if (depth >= m_opts.max_depth) {
            m_out << "{ ... }";
            return;
        }
        std::vector<const Attr*> sorted = m_st.sorted_by_name(v.attrs);
        m_indent += "  ";
        m_out << "{";
        bool pretty = one_per_line(sorted.size(), sorted.empty() ? nullptr : sorted[0]->value);
        for (const Attr* a : sorted) {
            separator(pretty);
            m_out << print_attr_name(m_st.symbols[a->name]) << " = ";
            print(*a->value, depth + 1);
            m_out << ";";
        }
        m_indent.resize(m_indent.size() - 2);
        separator(pretty);
        m_out << "}";
    }

    void print_list(Value& v, uint32_t depth) {
        if (v.list->size > 0 && !m_seen.insert(v.list).second)
            return colored(magenta, "«repeated»");
        if (depth >= m_opts.max_depth) {
            m_out << "[ ... ]";
            return;
        }
        m_indent += "  ";
        m_out << "[";
        bool pretty = one_per_line(v.list->size, v.list->size ? v.list->elems[0] : nullptr);
        for (size_t i = 0; i < v.list->size; ++i) {
            separator(pretty);
            print(*v.list->elems[i], depth + 1);
        }
        m_indent.resize(m_indent.size() - 2);
        separator(pretty);
        m_out << "]";
    }
};

} // namespace

void print_repl_value(EvalState& st, Value& v, std::ostream& out, const ReplPrintOptions& opts) {
    ReplPrinter(st, out, opts).print(v, 0);
}

} // namespace hearth::lang
