// builtins.toXML and the XML behind `nix-instantiate --xml`, in the layout of
// Nix's printValueAsXML: one element per line, indented two spaces a level,
// element attributes in alphabetical order, sets' attributes sorted by name.
// A derivation is written once per drvPath; later copies are <repeated />.
#include "lang/builtins/xml.hh"

#include "lang/builtins/table.hh"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

namespace hearth::lang {

namespace {

using XmlAttrs = std::map<std::string, std::string>;

class XmlWriter {
  public:
    explicit XmlWriter(std::ostream& out) : m_out(out) {
        m_out << "<?xml version='1.0' encoding='utf-8'?>\n";
    }
    // As Nix's writer, the elements still open are closed when an error
    // passes, so `--xml` prints a well-formed document up to the failure.
    ~XmlWriter() {
        while (!m_open.empty()) close();
    }
    XmlWriter(const XmlWriter&) = delete;
    XmlWriter& operator=(const XmlWriter&) = delete;
    void open(std::string name, const XmlAttrs& attrs = {}) {
        start(name, attrs);
        m_out << ">\n";
        m_open.push_back(std::move(name));
    }
    void close() {
        std::string name = std::move(m_open.back());
        m_open.pop_back();
        indent();
        m_out << "</" << name << ">\n";
    }
    void empty(std::string_view name, const XmlAttrs& attrs = {}) {
        start(name, attrs);
        m_out << " />\n";
    }

  private:
    void indent() { m_out << std::string(2 * m_open.size(), ' '); }
    void start(std::string_view name, const XmlAttrs& attrs) {
        indent();
        m_out << '<' << name;
        for (auto& [k, v] : attrs) {
            m_out << ' ' << k << "=\"";
            // Newlines are escaped so that attribute normalisation keeps them;
            // other control characters (tab, CR) pass as they are, as in Nix.
            for (char c : v) {
                switch (c) {
                case '"':
                    m_out << "&quot;";
                    break;
                case '<':
                    m_out << "&lt;";
                    break;
                case '>':
                    m_out << "&gt;";
                    break;
                case '&':
                    m_out << "&amp;";
                    break;
                case '\n':
                    m_out << "&#xA;";
                    break;
                default:
                    m_out << c;
                }
            }
            m_out << '"';
        }
    }

    std::ostream& m_out;
    std::vector<std::string> m_open;
};

class XmlPrinter {
  public:
    XmlPrinter(EvalState& st, XmlWriter& doc, bool strict, bool location, ContextBuilder& ctx)
        : m_st(st), m_doc(doc), m_strict(strict), m_location(location), m_ctx(ctx) {}

    void value(Value& v, PosIdx pos) {
        m_st.check_stack(); // a cyclic value
        // Nix's stack runs out near 30000 levels (for a cyclic set); each
        // level indents the rest, so the output grows with the square of
        // the depth, and 10000 levels are already some 100 MB.
        if (m_depth >= 10000) throw StackOverflow();
        ++m_depth;
        struct Leave {
            uint32_t& d;
            ~Leave() { --d; }
        } leave{m_depth};
        if (m_strict) m_st.force(v, pos);
        switch (v.type) {
        case Type::Int:
            m_doc.empty("int", {{"value", std::to_string(v.integer)}});
            break;
        case Type::Float: {
            // Nix formats with a default stream, which is printf's %g.
            char buf[32];
            std::snprintf(buf, sizeof buf, "%g", v.fpoint);
            m_doc.empty("float", {{"value", buf}});
            break;
        }
        case Type::Bool:
            m_doc.empty("bool", {{"value", v.boolean ? "true" : "false"}});
            break;
        case Type::Null:
            m_doc.empty("null");
            break;
        case Type::String:
            m_ctx.add(v.str->context);
            m_doc.empty("string", {{"value", std::string(v.str->view())}});
            break;
        case Type::Path:
            m_doc.empty("path", {{"value", std::string(v.str->view())}});
            break;
        case Type::Attrs:
            attrs(v);
            break;
        case Type::List:
            m_doc.open("list");
            for (size_t i = 0; i < v.list->size; ++i) value(*v.list->elems[i], pos);
            m_doc.close();
            break;
        case Type::Lambda:
            lambda(*v.lambda.fn);
            break;
        default:
            m_doc.empty("unevaluated");
            break; // thunks and built-in functions
        }
    }

  private:
    void add_pos(XmlAttrs& a, PosIdx idx) {
        const Pos& p = m_st.positions[idx];
        if (std::string path = p.origin ? p.origin->value_path() : ""; !path.empty())
            a["path"] = path;
        a["line"] = std::to_string(p.line);
        a["column"] = std::to_string(p.column);
    }

    // A string attribute of a derivation, for the <derivation> element.
    std::string drv_field(Value& v, Symbol name) {
        const Attr* a = v.attrs->find(name);
        if (!a) return {};
        if (m_strict) m_st.force(*a->value, a->pos);
        return a->value->type == Type::String ? std::string(a->value->str->view()) : std::string();
    }

    void attrs(Value& v) {
        if (!m_st.is_derivation(v)) {
            m_doc.open("attrs");
            members(v);
            m_doc.close();
            return;
        }
        XmlAttrs a;
        std::string drv = drv_field(v, m_st.s.drvPath), out = drv_field(v, m_st.s.outPath);
        if (!drv.empty()) a["drvPath"] = drv;
        if (!out.empty()) a["outPath"] = out;
        m_doc.open("derivation", a);
        if (!drv.empty() && m_seen.insert(drv).second)
            members(v);
        else
            m_doc.empty("repeated");
        m_doc.close();
    }

    void members(Value& v) {
        for (const Attr* a : m_st.sorted_by_name(v.attrs)) {
            XmlAttrs xa{{"name", m_st.symbols[a->name]}};
            if (m_location && a->pos) add_pos(xa, a->pos);
            m_doc.open("attr", xa);
            value(*a->value, a->pos);
            m_doc.close();
        }
    }

    void lambda(const ExprLambda& fn) {
        XmlAttrs fa;
        if (m_location) add_pos(fa, fn.pos);
        m_doc.open("function", fa);
        if (fn.has_formals) {
            XmlAttrs pa;
            if (fn.arg) pa["name"] = m_st.symbols[fn.arg];
            if (fn.ellipsis) pa["ellipsis"] = "1";
            m_doc.open("attrspat", pa);
            std::vector<std::string> names;
            for (auto& f : fn.formals) names.push_back(m_st.symbols[f.name]);
            std::sort(names.begin(), names.end());
            for (auto& n : names) m_doc.empty("attr", {{"name", n}});
            m_doc.close();
        } else {
            m_doc.empty("varpat", {{"name", m_st.symbols[fn.arg]}});
        }
        m_doc.close();
    }

    EvalState& m_st;
    XmlWriter& m_doc;
    bool m_strict, m_location;
    ContextBuilder& m_ctx;
    std::set<std::string> m_seen; // drvPaths already written
    uint32_t m_depth = 0;
};

void bi_toXML(EvalState& st, PosIdx, Value** args, Value& out) {
    std::ostringstream s;
    ContextBuilder ctx;
    print_xml(st, *args[0], s, true, false, ctx);
    st.mk_string(out, s.str(), ctx);
}

const PrimOp table[] = {
    {"toXML", 1, bi_toXML, "A value as Nix's XML rendering (strict; paths are not copied)."},
};

} // namespace

void print_xml(EvalState& st, Value& v, std::ostream& out, bool strict, bool location,
               ContextBuilder& ctx) {
    XmlWriter doc(out);
    doc.open("expr");
    XmlPrinter(st, doc, strict, location, ctx).value(v, {});
    doc.close();
}

std::span<const PrimOp> xml_builtins() {
    return table;
}

} // namespace hearth::lang
