// Printing values as `nix-instantiate --eval` does, as JSON, and as XML.
#pragma once

#include "lang/value.hh"

#include <ostream>
#include <string>
#include <string_view>

namespace hearth::lang {

class EvalState;

struct PrintOptions {
    bool force = true;        // force thunks (--strict) or print them as <CODE>
    bool error_style = false; // as inside error messages (thunks as «thunk»)
    uint32_t max_depth = UINT32_MAX;
    size_t max_items = SIZE_MAX;
};

void print_value(EvalState& st, Value& v, std::ostream& out, const PrintOptions& opts = {});
// Nix string literal syntax, with the escapes Nix uses.
std::string quote_string(std::string_view s);
// An attribute name as Nix prints it: bare when it is an identifier.
std::string print_attr_name(std::string_view name);
// builtins.toJSON; copy_to_store for paths. Throws on functions, and
// unless strict on values inside v still unevaluated.
void print_json(EvalState& st, Value& v, std::ostream& out, PosIdx pos, bool copy_to_store,
                class ContextBuilder& ctx, bool strict = true);
void print_xml(EvalState& st, Value& v, std::ostream& out, class ContextBuilder& ctx);
std::string format_float(double d);

} // namespace hearth::lang
