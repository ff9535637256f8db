#include "glue/instantiate.hh"

#include <regex>
#include <set>

namespace hearth::glue {

using lang::EvalState;
using lang::Value;

namespace {

class Finder {
  public:
    explicit Finder(EvalState& st) : m_st(st) {}

    // Nix's getDerivations: which values count and in what order.
    void walk(Value& v) {
        if (!take(v)) return;
        if (v.type == lang::Type::Attrs) {
            static const std::regex attr_name("[A-Za-z_][A-Za-z0-9-_+]*");
            for (const lang::Attr* a : m_st.sorted_by_name(v.attrs)) {
                if (!std::regex_match(m_st.symbols[a->name], attr_name)) continue;
                if (!take(*a->value) || a->value->type != lang::Type::Attrs) continue;
                const lang::Attr* r =
                    a->value->attrs->find(m_st.symbols.intern("recurseForDerivations"));
                if (r && m_st.force_bool(*r->value, r->pos,
                                         "while evaluating the attribute `recurseForDerivations`"))
                    walk(*a->value);
            }
        } else if (v.type == lang::Type::List) {
            for (size_t i = 0; i < v.list->size; ++i)
                if (take(*v.list->elems[i])) walk(*v.list->elems[i]);
        } else {
            // Also for a list's element that is no derivation (`[ 1 ]`).
            throw lang::EvalError(lang::ErrorKind::Type, "expression does not evaluate to a "
                                                         "derivation (or a set or list of those)");
        }
    }

    std::vector<std::string> found;

  private:
    // Records v if it is a derivation; returns whether to look inside it.
    bool take(Value& v) {
        m_st.force(v, {});
        if (!m_st.is_derivation(v)) return true;
        if (!m_seen.insert(v.attrs).second) return false;
        const lang::Attr* drv = v.attrs->find(m_st.s.drvPath);
        if (!drv)
            throw lang::EvalError(lang::ErrorKind::Eval, "derivation lacks a 'drvPath' attribute");
        std::string path(m_st.force_string(*drv->value, drv->pos, ""));
        std::string output = "out";
        if (const lang::Attr* o = v.attrs->find(m_st.s.outputName))
            output = m_st.force_string(*o->value, o->pos, "");
        found.push_back(output == "out" ? path : path + "!" + output);
        return false;
    }

    EvalState& m_st;
    std::set<const lang::Bindings*> m_seen;
};

} // namespace

std::vector<std::string> instantiate_value(EvalState& st, Value& v) {
    Finder f(st);
    f.walk(v);
    return std::move(f.found);
}

} // namespace hearth::glue
