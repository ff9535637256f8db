// One small JSON (RFC 8259) reader and writer for every layer above util:
// the home and system manifests and the package lock file and index. The
// evaluator keeps its own for builtins.fromJSON, since its values are Nix
// values. Integers stay integers (a uid or a version must not round-trip
// through double); objects keep their keys sorted, which is also the order
// dump() writes them in, so output is stable.
#pragma once

#include "util/result.hh"

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace hearth::util {

class Json {
  public:
    using Array = std::vector<Json>;
    using Object = std::map<std::string, Json, std::less<>>;

    Json() = default; // null
    explicit Json(std::nullptr_t) {}
    explicit Json(bool b) : m_v(b) {}
    // Any integer type, so that Json(1) is not ambiguous between bool,
    // int64 and double; an unsigned value beyond int64 becomes a double.
    template <std::integral I>
    requires(!std::same_as<I, bool>) explicit Json(I i) {
        if (std::in_range<std::int64_t>(i))
            m_v = static_cast<std::int64_t>(i);
        else
            m_v = static_cast<double>(i);
    }
    explicit Json(double d) : m_v(d) {}
    explicit Json(std::string s) : m_v(std::move(s)) {}
    explicit Json(const char* s) : m_v(std::string(s)) {}
    explicit Json(Array a) : m_v(std::make_shared<const Array>(std::move(a))) {}
    explicit Json(Object o) : m_v(std::make_shared<const Object>(std::move(o))) {}

    // A whole document; the error message names the byte offset at fault.
    static UtilResult<Json> parse(std::string_view text);

    bool is_null() const { return m_v.index() == 0; }
    // Written without fraction or exponent and within int64's range.
    bool is_int() const { return std::holds_alternative<std::int64_t>(m_v); }
    bool is_double() const { return std::holds_alternative<double>(m_v); }
    const bool* as_bool() const { return std::get_if<bool>(&m_v); }
    // An integer, or a double with an integral value in int64's range
    // (2.0 or 1e3 still mean a whole number to a manifest reader).
    std::optional<std::int64_t> as_int() const;
    // Any number, integers converted.
    std::optional<double> as_number() const;
    const std::string* as_string() const { return std::get_if<std::string>(&m_v); }
    const Array* as_array() const;
    const Object* as_object() const;
    // Member of an object, or nullptr (also when this is not an object).
    const Json* get(std::string_view key) const;

    // Compact text, keys sorted; parse(dump()) gives an equal value.
    std::string dump() const;

  private:
    void dump_to(std::string& out) const;

    std::variant<std::monostate, bool, std::int64_t, double, std::string,
                 std::shared_ptr<const Array>, std::shared_ptr<const Object>>
        m_v;
};

// `s` as a JSON string literal, quotes included: '"', '\\', \b, \f, \n, \r
// and \t get their short escapes, other control characters \u00XX; all
// other bytes (UTF-8 included) are written as they are. This is how Nix
// writes JSON (derivations' __json, toJSON).
std::string json_quote(std::string_view s);
// The same, appended to `out` (toJSON's writer builds one long string).
void json_quote_append(std::string& out, std::string_view s);

} // namespace hearth::util
