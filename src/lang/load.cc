// Reading source: parsing text and files, import with its per-path cache,
// and the search path behind <name> lookups.
#include "lang/parser.hh"
#include "lang/state.hh"

#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace hearth::lang {

static bool read_whole_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

static std::string dir_of(const std::string& path) {
    auto slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

Expr* EvalState::parse(std::string text, std::string path, std::string label,
                       std::string base_dir) {
    finish_base_env();
    const Origin* o = positions.add_origin({std::move(path), std::move(label), std::move(text)});
    Expr* e = parse_expr(*this, o, base_dir);
    e->bind(*this, static_base_env);
    return e;
}

std::string EvalState::resolve_import_path(const std::string& path) {
    note_input(InputKind::type_follow, path);
    struct stat sb;
    if (stat(path.c_str(), &sb) == 0 && S_ISDIR(sb.st_mode))
        return path == "/" ? "/default.nix" : path + "/default.nix";
    return path;
}

Expr* EvalState::parse_file(const std::string& path_in) {
    std::string path = resolve_import_path(path_in);
    auto it = parse_cache.find(path);
    if (it != parse_cache.end()) return it->second;
    std::string text;
    note_input(InputKind::file, path);
    if (!read_whole_file(path, text)) {
        struct stat sb;
        if (stat(path.c_str(), &sb) != 0)
            throw EvalError(ErrorKind::Eval, "path '" + path + "' does not exist");
        throw EvalError(ErrorKind::Eval, "opening file '" + path + "': cannot read it");
    }
    Expr* e = parse(std::move(text), path, "", dir_of(path));
    parse_cache.emplace(path, e);
    return e;
}

void EvalState::eval_file(const std::string& path_in, Value& out) {
    std::string path = resolve_import_path(path_in);
    auto it = import_cache.find(path);
    if (it == import_cache.end()) {
        Expr* e = parse_file(path);
        Value* v = alloc_value();
        v->mk_thunk(base_env, e);
        it = import_cache.emplace(path, v).first;
    }
    force(*it->second, {});
    out = *it->second;
}

void EvalState::eval(Expr* e, Value& out) {
    e->eval(*this, base_env, out);
}

std::string EvalState::find_file(std::string_view lookup, PosIdx pos) {
    const Attr* np = nullptr;
    for (auto& v : static_base_env.vars)
        if (symbols[v.first] == "__nixPath") {
            Value* l = base_env->values[v.second];
            force(*l, pos);
            return find_file(l->list, lookup, pos);
        }
    (void)np;
    error(ErrorKind::Eval, pos, "no search path");
}

std::string EvalState::find_file(const ListData* search_path, std::string_view lookup, PosIdx pos) {
    for (size_t i = 0; i < search_path->size; ++i) {
        Value& e = *search_path->elems[i];
        const Bindings* b = force_attrs(
            e, pos, "while evaluating an element of the list passed to builtins.findFile");
        const Attr* pre = b->find(s.prefix);
        const Attr* pth = b->find(s.path);
        if (!pth) error(ErrorKind::Eval, pos, "attribute 'path' missing");
        std::string prefix = pre ? std::string(force_string(*pre->value, pos, "")) : "";
        ContextBuilder ctx;
        std::string base =
            coerce_to_string(*pth->value, pos, "", ctx, CoerceMore::No, CopyToStore::No);
        std::string rest;
        if (prefix.empty()) {
            rest = std::string(lookup);
        } else if (lookup == prefix) {
            rest = "";
        } else if (lookup.size() > prefix.size() && lookup.substr(0, prefix.size()) == prefix &&
                   lookup[prefix.size()] == '/') {
            rest = std::string(lookup.substr(prefix.size() + 1));
        } else {
            continue;
        }
        std::string candidate = rest.empty() ? base : base + "/" + rest;
        if (!candidate.empty() && candidate[0] != '/') {
            char buf[4096];
            if (getcwd(buf, sizeof buf)) candidate = std::string(buf) + "/" + candidate;
        }
        struct stat sb;
        note_input(InputKind::type_follow, candidate);
        if (stat(candidate.c_str(), &sb) == 0) return candidate;
    }
    for (auto& e : options.fallback_search_path) {
        if (lookup == e.prefix ||
            (lookup.size() > e.prefix.size() && lookup.substr(0, e.prefix.size()) == e.prefix &&
             lookup[e.prefix.size()] == '/')) {
            std::string candidate = e.path + std::string(lookup.substr(e.prefix.size()));
            note_input(InputKind::type_follow, candidate);
            struct stat sb;
            if (stat(candidate.c_str(), &sb) == 0) return candidate;
        }
    }
    // Last, as in Nix: its own expressions, for any <nix/...> not found.
    if (!options.corepkgs.empty() && lookup.starts_with("nix/")) {
        std::string candidate = options.corepkgs + std::string(lookup.substr(3));
        note_input(InputKind::type_follow, candidate);
        struct stat sb;
        if (stat(candidate.c_str(), &sb) == 0) return candidate;
    }
    // A ThrownError in Nix, so builtins.tryEval catches it.
    error(ErrorKind::Throw, pos,
          "file '" + std::string(lookup) +
              "' was not found in the Nix search path (add it using $NIX_PATH or -I)");
}

} // namespace hearth::lang
