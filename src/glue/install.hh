// glue::install: makes an EvalState store-aware. It registers the builtins
// that need the store (derivation, derivationStrict, path, filterSource,
// toFile, storePath) and the hooks through which the language copies paths
// ("${./file}", toJSON of a path).
#pragma once

#include "glue/eval_store.hh"
#include "lang/state.hh"

#include <memory>

namespace hearth::glue {

// The returned store is what st.store points to: keep it alive as long as
// st is used.
std::unique_ptr<EvalStore> install(lang::EvalState& st, Config config = {});

} // namespace hearth::glue
