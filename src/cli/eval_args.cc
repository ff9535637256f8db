#include "cli/eval_args.hh"

#include "cli/legacy_args.hh"
#include "cli/search_path.hh"
#include "lang/suggest.hh"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <unistd.h>

namespace hearth::cli {

int EvalArgs::parse(int argc, char** argv, int& i) {
    std::string a = argv[i];
    // Nix's messages: its own flags count operands, -A asks for one.
    auto operand = [&](int n) -> bool {
        if (i + n < argc) return true;
        std::string m = a == "-A" || a == "--attr"
                            ? "'" + a + "' requires an argument"
                            : "flag '" + a + "' requires " + std::to_string(n) +
                                  " argument(s), but only " + std::to_string(argc - i - 1) +
                                  " were given";
        if (usage_program)
            usage_error(usage_program, m);
        else
            std::fprintf(stderr, "error: %s\n", m.c_str());
        return false;
    };
    if (a == "-E" || a == "--expr") return m_expr_mode = true, 1;
    if (a == "--show-trace") return show_trace = true, 1;
    if (a == "--trace-verbose") return m_trace_verbose = true, 1;
    if (a == "-I" || a == "--include") {
        if (!operand(1)) return -1;
        m_include.push_back(argv[++i]);
        return 1;
    }
    // For callers that do not split flags as Nix does (LegacyArgv).
    if (a.rfind("-I", 0) == 0 && a.size() > 2) return m_include.push_back(a.substr(2)), 1;
    if (a == "-A" || a == "--attr") {
        if (!operand(1)) return -1;
        m_attr_paths.push_back(argv[++i]);
        return 1;
    }
    if (a == "--arg" || a == "--argstr") {
        if (!operand(2)) return -1;
        m_auto_args.push_back({argv[i + 1], {a == "--arg", argv[i + 2]}});
        i += 2;
        return 1;
    }
    return 0;
}

std::vector<std::string> EvalArgs::cache_key_parts() const {
    std::vector<std::string> parts = {m_expr_mode ? "expr" : "files"};
    for (auto& e : options().search_path) parts.push_back("-I " + e.prefix + "=" + e.path);
    for (auto& a : m_attr_paths) parts.push_back("-A " + a);
    for (auto& [name, arg] : m_auto_args)
        parts.push_back((arg.first ? "--arg " : "--argstr ") + name + "=" + arg.second);
    return parts;
}

lang::EvalOptions EvalArgs::options() const {
    lang::EvalOptions o;
    set_search_paths(o, m_include);
    o.trace_verbose = m_trace_verbose;
    o.show_trace = show_trace;
    return o;
}

static std::string cwd() {
    char buf[4096];
    return getcwd(buf, sizeof buf) ? buf : ".";
}

static std::string absolute(const std::string& p) {
    if (!p.empty() && p[0] == '/') return p;
    std::string c = cwd();
    return p == "." ? c : c + "/" + p;
}

std::vector<lang::Expr*> EvalArgs::load(lang::EvalState& st,
                                        const std::vector<std::string>& files) const {
    std::vector<lang::Expr*> out;
    if (m_expr_mode) {
        for (auto& f : files) out.push_back(st.parse(f, "", "«string»", cwd()));
        return out;
    }
    std::vector<std::string> fs = files.empty() ? std::vector<std::string>{"./default.nix"} : files;
    for (auto& f : fs) {
        if (f == "-") {
            std::string text((std::istreambuf_iterator<char>(std::cin)),
                             std::istreambuf_iterator<char>());
            out.push_back(st.parse(text, "", "«stdin»", cwd()));
        } else if (f.size() > 2 && f.front() == '<' && f.back() == '>') {
            out.push_back(st.parse_file(st.find_file(f.substr(1, f.size() - 2), {})));
        } else {
            out.push_back(st.parse_file(absolute(f)));
        }
    }
    return out;
}

const lang::Bindings* EvalArgs::auto_args(lang::EvalState& st) const {
    std::vector<lang::Attr> attrs;
    for (auto& [name, arg] : m_auto_args) {
        lang::Value* v = st.alloc_value();
        if (arg.first) {
            lang::Expr* e = st.parse(arg.second, "", "«string»", cwd());
            v->mk_thunk(st.base_env, e);
        } else {
            st.mk_string(*v, arg.second);
        }
        attrs.push_back({st.symbols.intern(name), {}, v});
    }
    return st.make_bindings(attrs);
}

lang::Value EvalArgs::select(lang::EvalState& st, lang::Value& root,
                             const std::string& path) const {
    const lang::Bindings* args = auto_args(st);
    lang::Value v = root;
    // Components are separated by dots; quoted components may contain dots.
    std::vector<std::string> parts;
    std::string cur;
    bool quoted = false;
    for (char c : path) {
        if (c == '"')
            quoted = !quoted;
        else if (c == '.' && !quoted)
            parts.push_back(cur), cur.clear();
        else
            cur += c;
    }
    if (!path.empty()) parts.push_back(cur);
    for (auto& p : parts) {
        lang::Value called;
        st.auto_call_function(args, v, called);
        v = called;
        st.force(v, {});
        bool is_index = !p.empty() && p.find_first_not_of("0123456789") == std::string::npos;
        // As Nix's findAlongAttrPath: a number selects from a list only.
        if (is_index) {
            if (v.type != lang::Type::List)
                throw lang::EvalError(lang::ErrorKind::Type,
                                      "the expression selected by the selection path '" + path +
                                          "' should be a list but is " + lang::show_type(v));
            size_t n = std::strtoul(p.c_str(), nullptr, 10);
            if (n >= v.list->size)
                throw lang::EvalError(lang::ErrorKind::Eval, "list index " + p +
                                                                 " in selection path '" + path +
                                                                 "' is out of range");
            v = *v.list->elems[n];
        } else {
            if (v.type != lang::Type::Attrs)
                throw lang::EvalError(lang::ErrorKind::Type,
                                      "the expression selected by the selection path '" + path +
                                          "' should be a set but is " + lang::show_type(v));
            const lang::Attr* a = v.attrs->find(st.symbols.intern(p));
            if (!a) {
                lang::EvalError e(lang::ErrorKind::MissingAttr, "attribute '" + p +
                                                                    "' in selection path '" + path +
                                                                    "' not found");
                std::vector<std::string> names;
                for (auto& n : *v.attrs) names.push_back(st.symbols[n.name]);
                e.hint = lang::did_you_mean(p, names);
                throw e;
            }
            v = *a->value;
        }
        st.force(v, {});
    }
    if (args->size > 0) {
        lang::Value called;
        st.auto_call_function(args, v, called);
        v = called;
    }
    st.force(v, {});
    return v;
}

} // namespace hearth::cli
