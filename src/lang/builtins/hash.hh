// Hash parsing with current Nix's rules and messages, shared by the hash
// builtins and by glue (a derivation's outputHash).
#pragma once

#include "lang/state.hh"
#include "util/encoding.hh"
#include "util/hash.hh"

#include <optional>
#include <string_view>

namespace hearth::lang {

// "md5", "sha1", "sha256", "sha512"; anything else is Nix's usage error.
util::HashAlgo parse_hash_algo_or_throw(EvalState& st, std::string_view name, PosIdx pos);

// Nix's Hash::parseAny: "algo:text", "algo-base64" (SRI) or bare text
// when `algo` is known; base16, nix-base32 or base64 told apart by length.
// Throws an EvalError worded as Nix 2.26 words it.
util::Hash parse_hash_any(EvalState& st, std::string_view text, std::optional<util::HashAlgo> algo,
                          PosIdx pos);

// Throws a Nix UsageError: Nix prints "Try '<cmd> --help'" after these.
[[noreturn]] void usage_error(EvalState& st, PosIdx pos, std::string msg);

} // namespace hearth::lang
