// A small JSON reader for the system manifest: objects keep their keys
// sorted (the manifest's maps carry no order), numbers that are integers
// stay integers. FIXME: share one reader with the home layer's manifest
// once both have landed.
#pragma once

#include "system/error.hh"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hearth::system {

class Json {
  public:
    using Array = std::vector<Json>;
    using Object = std::map<std::string, Json, std::less<>>;

    Json() = default;
    template <class T> explicit Json(T v) : m_v(std::move(v)) {}

    static Result<Json> parse(std::string_view text);

    bool is_null() const { return m_v.index() == 0; }
    const bool* as_bool() const { return std::get_if<bool>(&m_v); }
    const std::int64_t* as_int() const { return std::get_if<std::int64_t>(&m_v); }
    const std::string* as_string() const { return std::get_if<std::string>(&m_v); }
    const Array* as_array() const {
        auto p = std::get_if<std::shared_ptr<Array>>(&m_v);
        return p ? p->get() : nullptr;
    }
    const Object* as_object() const {
        auto p = std::get_if<std::shared_ptr<Object>>(&m_v);
        return p ? p->get() : nullptr;
    }
    const Json* get(std::string_view key) const {
        auto o = as_object();
        if (!o) return nullptr;
        auto it = o->find(key);
        return it == o->end() ? nullptr : &it->second;
    }

  private:
    std::variant<std::monostate, bool, std::int64_t, double, std::string, std::shared_ptr<Array>,
                 std::shared_ptr<Object>>
        m_v;
};

} // namespace hearth::system
