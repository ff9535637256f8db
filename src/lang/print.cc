// The value printer of `nix-instantiate --eval`: sets sorted by name,
// strings escaped, floats in %g form, a set or list that was already printed
// shown as «repeated».
#include "lang/print.hh"

#include "lang/state.hh"

#include <cstdio>
#include <set>

namespace hearth::lang {

std::string format_float(double d) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", d);
    return buf;
}

std::string quote_string(std::string_view s) {
    std::string out = "\"";
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
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
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '$':
            if (i + 1 < s.size() && s[i + 1] == '{')
                out += "\\$";
            else
                out += '$';
            break;
        default:
            out += c;
        }
    }
    return out + "\"";
}

static bool is_keyword(std::string_view s) {
    // "or" may be an attribute name without quotes, so Nix prints it bare.
    static const char* kws[] = {"if",  "then", "else", "assert", "with",
                                "let", "in",   "rec",  "inherit"};
    for (auto* k : kws)
        if (s == k) return true;
    return false;
}

std::string print_attr_name(std::string_view name) {
    bool ok = !name.empty() && ((name[0] >= 'a' && name[0] <= 'z') ||
                                (name[0] >= 'A' && name[0] <= 'Z') || name[0] == '_');
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '\'' || c == '-'))
            ok = false;
    if (ok && !is_keyword(name)) return std::string(name);
    return quote_string(name);
}

namespace {

class Printer {
  public:
    Printer(EvalState& st, std::ostream& out, const PrintOptions& o)
        : m_st(st), m_out(out), m_opts(o) {}

    void print(Value& v, uint32_t depth) {
        if (m_opts.force) {
            m_st.force(v, {});
        }
        switch (v.type) {
        case Type::Thunk:
        case Type::App:
        case Type::Blackhole:
            m_out << (m_opts.error_style ? "«thunk»" : "<CODE>");
            break;
        case Type::Int:
            m_out << v.integer;
            break;
        case Type::Float:
            m_out << format_float(v.fpoint);
            break;
        case Type::Bool:
            m_out << (v.boolean ? "true" : "false");
            break;
        case Type::Null:
            m_out << "null";
            break;
        case Type::String:
            m_out << quote_string(v.str->view());
            break;
        case Type::Path:
            m_out << v.str->view();
            break;
        case Type::Attrs:
            print_attrs(v, depth);
            break;
        case Type::List:
            print_list(v, depth);
            break;
        case Type::Lambda:
            if (m_opts.error_style)
                print_lambda(v);
            else
                m_out << "<LAMBDA>";
            break;
        case Type::PrimOp:
            m_out << (m_opts.error_style ? "«primop " + std::string(v.primop->name) + "»"
                                         : "<PRIMOP>");
            break;
        case Type::PrimOpApp:
            if (m_opts.error_style)
                print_primop_app(v);
            else
                m_out << "<PRIMOP-APP>";
            break;
        }
    }

  private:
    EvalState& m_st;
    std::ostream& m_out;
    const PrintOptions& m_opts;
    std::set<const void*> m_seen;

    // «lambda f @ file:line:col», the name being the binding it came from.
    void print_lambda(Value& v) {
        const ExprLambda* fn = v.lambda.fn;
        m_out << "«lambda";
        if (fn->name) m_out << " " << m_st.symbols[fn->name];
        const Pos& p = m_st.positions[fn->pos];
        if (p.origin)
            m_out << " @ " << (p.origin->path.empty() ? p.origin->label : p.origin->path) << ":"
                  << p.line << ":" << p.column;
        m_out << "»";
    }

    void print_primop_app(Value& v) {
        const Value* f = &v;
        while (f->type == Type::PrimOpApp) f = f->app.left;
        m_out << "«partially applied primop";
        if (f->type == Type::PrimOp) m_out << " " << f->primop->name;
        m_out << "»";
    }

    void print_attrs(Value& v, uint32_t depth) {
        if (v.attrs->size == 0) {
            m_out << "{ }";
            return;
        }
        if (!m_seen.insert(v.attrs).second) {
            m_out << "«repeated»";
            return;
        }
        if (depth >= m_opts.max_depth) {
            m_out << "{ ... }";
            return;
        }
        m_out << "{ ";
        size_t n = 0;
        for (const Attr* a : m_st.sorted_by_name(v.attrs)) {
            if (n++ >= m_opts.max_items) {
                m_out << "«" << (v.attrs->size - m_opts.max_items) << " attributes elided» ";
                break;
            }
            m_out << print_attr_name(m_st.symbols[a->name]) << " = ";
            if (m_opts.force) {
                try {
                    print(*a->value, depth + 1);
                } catch (EvalError& e) {
                    e.add_trace(a->pos,
                                "while evaluating the attribute '" + m_st.symbols[a->name] + "'");
                    throw;
                }
            } else {
                print(*a->value, depth + 1);
            }
            m_out << "; ";
        }
        m_out << "}";
    }

    void print_list(Value& v, uint32_t depth) {
        if (v.list->size == 0) {
            m_out << "[ ]";
            return;
        }
        // As Nix, a list is known by its Value's address (a set by its
        // bindings): the printed root is a copy, so `let x = [ x ]; in x`
        // shows one level before «repeated».
        if (!m_seen.insert(&v).second) {
            m_out << "«repeated»";
            return;
        }
        if (depth >= m_opts.max_depth) {
            m_out << "[ ... ]";
            return;
        }
        m_out << "[ ";
        for (size_t i = 0; i < v.list->size; ++i) {
            if (i >= m_opts.max_items) {
                m_out << "«" << (v.list->size - m_opts.max_items) << " items elided» ";
                break;
            }
            print(*v.list->elems[i], depth + 1);
            m_out << " ";
        }
        m_out << "]";
    }
};

} // namespace

void print_value(EvalState& st, Value& v, std::ostream& out, const PrintOptions& opts) {
    Printer(st, out, opts).print(v, 0);
}

} // namespace hearth::lang
