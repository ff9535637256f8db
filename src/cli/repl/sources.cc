// What a session loads: the files and expressions given on the command
// line and by :l, each evaluated, called with the --arg values when it is a
// function, and its attributes added to the scope. :r loads them all again.
#include "cli/repl/session.hh"

#include "lang/run.hh"

#include <cstdlib>
#include <iostream>

namespace hearth::cli::repl {

const lang::Bindings* Session::auto_args() {
    if (m_auto_args) return m_auto_args;
    std::vector<lang::Attr> attrs;
    for (auto& [name, arg] : m_opts.auto_args) {
        lang::Value* v = m_st.alloc_value();
        if (arg.first)
            v->mk_thunk(m_st.base_env, m_st.parse(arg.second, "", "«string»", cwd()));
        else
            m_st.mk_string(*v, arg.second);
        attrs.push_back({m_st.symbols.intern(name), {}, v});
    }
    return m_auto_args = m_st.make_bindings(attrs);
}

// <name> through the search path, a relative path from the current
// directory, ~/ from $HOME.
std::string Session::resolve_file(const std::string& path) {
    if (path.size() > 2 && path.front() == '<' && path.back() == '>')
        return m_st.find_file(path.substr(1, path.size() - 2), {});
    if (path.rfind("~/", 0) == 0) {
        const char* home = std::getenv("HOME");
        return std::string(home ? home : "") + path.substr(1);
    }
    if (!path.empty() && path[0] == '/') return path;
    return cwd() + "/" + path;
}

size_t Session::add_to_scope(lang::Value& v) {
    lang::Value called;
    m_st.auto_call_function(auto_args(), v, called);
    const lang::Bindings* b =
        m_st.force_attrs(called, {}, "while evaluating the value to add to the scope");
    size_t n = m_scope.add_attrs(b);
    std::cerr << "Added " << n << " variables." << std::endl;
    return n;
}

void Session::load(const Source& src) {
    lang::Value v;
    if (src.kind == Source::Kind::File) {
        m_st.eval_file(resolve_file(src.text), v);
    } else {
        m_scope.eval(m_scope.parse(src.text, cwd()), v);
    }
    add_to_scope(v);
}

void Session::load_all() {
    m_scope.clear();
    // Files are read again: what changed on disk since is seen.
    m_st.import_cache.clear();
    m_st.parse_cache.clear();
    for (const Source& src : m_opts.sources) {
        std::cerr << "Loading '" << (src.kind == Source::Kind::File ? src.text : "«string»")
                  << "'..." << std::endl;
        guarded([&] { load(src); });
    }
}

} // namespace hearth::cli::repl
