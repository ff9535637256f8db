// A small JSON reader for the files the home layer reads (the generation
// manifest). Numbers keep their integer value when they have one; objects
// keep their keys sorted, which is all the manifest needs.
#pragma once

#include "home/error.hh"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hearth::home {

class Json {
  public:
    using Array = std::vector<Json>;
    using Object = std::map<std::string, Json, std::less<>>;

    Json() = default;
    explicit Json(bool b) : m_v(b) {}
    explicit Json(double d) : m_v(d) {}
    explicit Json(std::int64_t i) : m_v(i) {}
    explicit Json(std::string s) : m_v(std::move(s)) {}
    explicit Json(Array a) : m_v(std::make_shared<Array>(std::move(a))) {}
    explicit Json(Object o) : m_v(std::make_shared<Object>(std::move(o))) {}

    static Result<Json> parse(std::string_view text);

    bool is_null() const { return m_v.index() == 0; }
    const bool* as_bool() const { return std::get_if<bool>(&m_v); }
    std::optional<std::int64_t> as_int() const;
    const std::string* as_string() const { return std::get_if<std::string>(&m_v); }
    const Array* as_array() const;
    const Object* as_object() const;
    // Member of an object, or nullptr (also when this is not an object).
    const Json* get(std::string_view key) const;

  private:
    std::variant<std::monostate, bool, double, std::int64_t, std::string, std::shared_ptr<Array>,
                 std::shared_ptr<Object>>
        m_v;
};

} // namespace hearth::home
