#include "pkgs/register.hh"

#include "pkgs/builtin_builders.hh"

namespace hearth::pkgs {

namespace {

// The store's view of a builtin build, in the terms the package layer's
// builders take, and their error as a build failure of that derivation.
store::Result<void> run(BuiltinBuilder fn, store::LocalStore& store,
                        const store::BuiltinContext& ctx) {
    auto out = ctx.outputs.find("out");
    if (out == ctx.outputs.end())
        return store::fail(store::ErrorKind::build_failed,
                           "builder '" + ctx.drv.builder + "' needs an output named 'out'",
                           ctx.drv_path);
    BuiltinContext c;
    c.env = ctx.env.vars;
    c.out = out->second;
    c.real_path = [&store](const std::string& logical) {
        auto p = store.parse(logical);
        return p ? store.real_path(*p) : logical;
    };
    auto r = fn(c);
    if (r) return {};
    const Error& e = r.error();
    auto kind = e.kind == ErrorKind::hash_mismatch ? store::ErrorKind::hash_mismatch
                                                   : store::ErrorKind::build_failed;
    store::Error err{kind, e.message, ctx.drv_path, e.trail};
    err.with_context("while building '" + ctx.drv_path + "'");
    return store::Unexpected{std::move(err)};
}

} // namespace

void register_builtin_builders(store::LocalStore& store, store::BuildOptions& options) {
    for (const auto& name : builtin_builder_names()) {
        BuiltinBuilder fn = find_builtin_builder(name);
        options.builtins[name] = [fn, &store](const store::BuiltinContext& ctx) {
            return run(fn, store, ctx);
        };
    }
}

} // namespace hearth::pkgs
