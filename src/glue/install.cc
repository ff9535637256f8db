#include "glue/install.hh"

#include "glue/builtins/builtins.hh"

namespace hearth::glue {

std::unique_ptr<EvalStore> install(lang::EvalState& st, Config config) {
    auto es = std::make_unique<EvalStore>(std::move(config));
    st.store = es.get();
    for (auto table : {derivation_builtins(), source_builtins()})
        st.add_primops(table.data(), table.size());
    // `derivation` is Nix code over derivationStrict; evaluating the file
    // only makes the lambda, so doing it now costs nothing.
    lang::Expr* e = st.parse(derivation_nix, "", "<nix/derivation-internal.nix>", "/");
    lang::Value* v = st.alloc_value();
    st.eval(e, *v);
    st.add_constant("derivation", v, true);
    lang::Value* dir = st.alloc_value();
    st.mk_string(*dir, es->store_dir());
    st.add_constant("storeDir", dir, false);
    return es;
}

} // namespace hearth::glue
