// A small JSON reader and string escaper for the lock file. The evaluator
// has its own JSON for builtins.fromJSON; this layer may not use it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hearth::pkgs {

struct Json {
    using Array = std::vector<Json>;
    using Object = std::map<std::string, Json>;
    std::variant<std::nullptr_t, bool, double, std::string, Array, Object> v;

    const Json* get(const std::string& key) const;
    const std::string* string() const { return std::get_if<std::string>(&v); }
    const Array* array() const { return std::get_if<Array>(&v); }
    const Object* object() const { return std::get_if<Object>(&v); }
    std::optional<double> number() const;
};

// Parses a whole document; on failure `error` says where.
std::optional<Json> parse_json(std::string_view text, std::string& error);

// "text" with JSON escapes.
std::string json_quote(std::string_view s);

} // namespace hearth::pkgs
