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
std::span<const PrimOp> versions_builtins();
std::span<const PrimOp> functions_builtins();
std::span<const PrimOp> hash_builtins();
std::span<const PrimOp> context_builtins();
std::span<const PrimOp> regex_builtins();
std::span<const PrimOp> toml_builtins();

// Argument helpers shared by the theme files.
inline void force_arg(EvalState& st, Value& v, PosIdx pos) { st.force(v, pos); }

} // namespace hearth::lang
