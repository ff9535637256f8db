#include "system/build_configuration.hh"

#include "glue/eval_cache.hh"
#include "glue/install.hh"
#include "lang/run.hh"
#include "pkgs/register.hh"
#include "store/build/builder.hh"

#include <cstdio>
#include <optional>

namespace hearth::system {

namespace {

// A Nix string literal holding `s`.
std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\' || c == '$') out += '\\';
        out += c;
    }
    return out + "\"";
}

// The evaluated toplevel: its .drv and output path.
struct Toplevel {
    std::string drv, out;
};

Result<Toplevel> evaluate(store::LocalStore& store, const BuildRequest& r, lang::InputLog* inputs) {
    lang::EvalOptions options = r.eval;
    options.inputs = inputs;
    lang::EvalState st(options);
    auto eval_store = glue::install(st, {.disk = &store});
    Toplevel t;
    auto err = lang::run_guarded(
        st,
        [&] {
            lang::Expr* e =
                st.parse("import (/. + " + quoted(r.nixos_dir) + ") { configuration = /. + " +
                             quoted(r.configuration) + "; }",
                         "", "«nixos-rebuild»", "/");
            lang::Value root;
            st.eval(e, root);
            st.force(root, {});
            const lang::Attr* sys = root.attrs->find(st.symbols.intern("system"));
            lang::Value& drv = *sys->value;
            st.force(drv, {});
            t.drv = std::string(st.force_string(*drv.attrs->find(st.s.drvPath)->value, {},
                                                "while evaluating drvPath"));
            t.out =
                std::string(st.force_string(*drv.attrs->find(st.symbols.intern("outPath"))->value,
                                            {}, "while evaluating outPath"));
        },
        r.show_trace);
    if (err) return fail(ErrorKind::evaluation, *err);
    return t;
}

// The last evaluation's toplevel when none of its inputs changed and its
// derivation is still in the store; else a fresh evaluation, remembered.
Result<Toplevel> evaluate_cached(store::LocalStore& store, const BuildRequest& r) {
    if (r.eval_cache.empty()) return evaluate(store, r, nullptr);
    std::vector<std::string> parts = {"nixos", r.nixos_dir, r.configuration, r.eval.current_system,
                                      r.eval.pure ? "pure" : "impure"};
    for (auto* list : {&r.eval.search_path, &r.eval.fallback_search_path})
        for (auto& e : *list) parts.push_back(e.prefix + "=" + e.path);
    std::string key = glue::eval_cache_key(parts);
    glue::EvalCache cache(r.eval_cache);
    // One result, "drv out": the derivation must still be in the store.
    if (auto hit = r.reuse_evaluation ? cache.lookup_valid(store, key) : std::nullopt;
        hit && hit->size() == 1) {
        auto space = (*hit)[0].find(' ');
        if (space != std::string::npos) {
            Toplevel top{(*hit)[0].substr(0, space), (*hit)[0].substr(space + 1)};
            if (r.verbose)
                std::fprintf(stderr, "no input of the last evaluation changed: reusing %s\n",
                             top.drv.c_str());
            return top;
        }
    }
    lang::InputLog log;
    auto top = HEARTH_TRY(evaluate(store, r, &log));
    cache.store(key, log, {top.drv + " " + top.out});
    return top;
}

} // namespace

Result<std::string> build_configuration(store::LocalStore& store, const BuildRequest& r) {
    auto top = HEARTH_TRY(evaluate_cached(store, r));
    store::BuildOptions o;
    pkgs::register_builtin_builders(store, o);
    o.on_message = [&](const std::string& m) {
        if (r.verbose || m.starts_with("building")) std::fprintf(stderr, "%s\n", m.c_str());
    };
    o.on_error = [](const store::Error& e) {
        std::fprintf(stderr, "error: %s\n", e.message.c_str());
    };
    store::Builder builder(store, o);
    auto drv = HEARTH_TRY(store.parse(top.drv));
    auto plan = HEARTH_TRY(builder.plan({drv}));
    if (r.dry_run) {
        if (!plan.empty())
            std::fprintf(stderr, "these %zu derivations will be built:\n", plan.size());
        for (auto& p : plan) std::fprintf(stderr, "  %s\n", store.print(p).c_str());
        return top.out;
    }
    HEARTH_TRY(builder.build({drv}));
    return top.out;
}

} // namespace hearth::system
