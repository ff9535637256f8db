#include "lang/repl_complete.hh"

#include "lang/repl_scope.hh"
#include "lang/state.hh"

#include <algorithm>
#include <unistd.h>

namespace hearth::lang {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

std::string cwd() {
    char buf[4096];
    return getcwd(buf, sizeof buf) ? buf : ".";
}

std::vector<std::string> attr_completions(EvalState& st, ReplScope& scope, std::string_view word,
                                          size_t dot) {
    std::string_view expr = word.substr(0, dot), rest = word.substr(dot + 1);
    std::vector<std::string> out;
    try {
        Expr* e = scope.parse(std::string(expr), cwd());
        Value v;
        scope.eval(e, v);
        st.force(v, {});
        if (v.type != Type::Attrs) return out;
        for (const Attr& a : *v.attrs) {
            const std::string& name = st.symbols[a.name];
            if (starts_with(name, rest)) out.push_back(std::string(expr) + "." + name);
        }
    } catch (EvalError&) {
        return {};
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

std::vector<std::string> repl_completions(EvalState& st, ReplScope& scope, std::string_view word) {
    size_t dot = word.rfind('.');
    if (dot != std::string_view::npos) return attr_completions(st, scope, word, dot);
    std::vector<std::string> out;
    for (auto& name : scope.names())
        if (starts_with(name, word)) out.push_back(name);
    return out;
}

} // namespace hearth::lang
