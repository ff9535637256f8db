#include "lang/repl_scope.hh"

#include "lang/parser.hh"

#include <algorithm>

namespace hearth::lang {

void ReplScope::bind(std::string_view name, Value* v) {
    m_vars[m_st.symbols.intern(name)] = v;
    m_stale = true;
}

size_t ReplScope::add_attrs(const Bindings* b) {
    for (const Attr& a : *b) m_vars[a.name] = a.value;
    m_stale = true;
    return b->size;
}

void ReplScope::clear() {
    m_vars.clear();
    m_stale = true;
}

void ReplScope::refresh() {
    if (!m_stale) return;
    m_st.finish_base_env();
    m_static.up = &m_st.static_base_env;
    m_static.vars.clear();
    m_env = m_st.alloc_env(uint32_t(m_vars.size()));
    m_env->up = m_st.base_env;
    uint32_t slot = 0;
    for (auto& [name, value] : m_vars) {
        m_static.vars.push_back({name, slot});
        m_env->values[slot++] = value;
    }
    m_stale = false;
}

Expr* ReplScope::parse(std::string text, const std::string& base_dir) {
    refresh();
    const Origin* o = m_st.positions.add_origin({"", "«string»", std::move(text)});
    Expr* e = parse_expr(m_st, o, base_dir);
    e->bind(m_st, m_static);
    return e;
}

void ReplScope::eval(Expr* e, Value& out) {
    refresh();
    e->eval(m_st, m_env, out);
}

Value* ReplScope::thunk(Expr* e) {
    refresh();
    return e->maybe_thunk(m_st, m_env);
}

std::vector<std::string> ReplScope::names() const {
    std::vector<std::string> out;
    for (auto& [name, value] : m_vars) out.push_back(m_st.symbols[name]);
    for (auto& [name, slot] : m_st.static_base_env.vars) out.push_back(m_st.symbols[name]);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace hearth::lang
