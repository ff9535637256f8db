// Registration of the pure builtins. Each theme file exports its table; the
// store-backed builtins (derivation, path, toFile...) are registered by glue.
#pragma once

#include "lang/state.hh"

#include <span>

namespace hearth::lang {

void register_builtins(EvalState& st);
bool is_top_level_builtin(std::string_view name);

// One table per theme file.
std::span<const PrimOp> attrs_builtins();
std::span<const PrimOp> lists_builtins();
std::span<const PrimOp> strings_builtins();
std::span<const PrimOp> arith_builtins();
std::span<const PrimOp> types_builtins();
std::span<const PrimOp> control_builtins();
std::span<const PrimOp> io_builtins();
std::span<const PrimOp> json_builtins();
std::span<const PrimOp> from_json_builtins();
std::span<const PrimOp> versions_builtins();
std::span<const PrimOp> functions_builtins();
std::span<const PrimOp> hash_builtins();
std::span<const PrimOp> context_builtins();
std::span<const PrimOp> regex_builtins();
std::span<const PrimOp> toml_builtins();
std::span<const PrimOp> xml_builtins();
// The module system's hot paths (share/hearth/lib/modules.nix).
std::span<const PrimOp> module_defs_builtins();
std::span<const PrimOp> module_decls_builtins();
std::span<const PrimOp> module_merge_builtins();
std::span<const PrimOp> module_collect_builtins();
std::span<const PrimOp> module_unify_builtins();
std::span<const PrimOp> module_level_builtins();
std::span<const PrimOp> module_values_builtins();
std::span<const PrimOp> module_definitions_builtins();

// Argument helpers shared by the theme files.
inline void force_arg(EvalState& st, Value& v, PosIdx pos) {
    st.force(v, pos);
}

// An attribute a builtin needs. Nix reports a missing one with a frame that
// names the set it was looked for in, and no position.
inline const Attr* require_attr(EvalState& st, const Bindings* b, Symbol name, const char* ctx) {
    if (const Attr* a = b->find(name)) return a;
    EvalError e(ErrorKind::MissingAttr, "attribute '" + st.symbols[name] + "' missing");
    e.add_trace({}, ctx);
    throw e;
}

} // namespace hearth::lang
