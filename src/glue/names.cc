#include "glue/names.hh"

#include "store/path.hh"

namespace hearth::glue {

std::optional<std::string> bad_name_reason(std::string_view name) {
    std::string quoted = "'" + std::string(name) + "'";
    if (name.empty()) return "name must not be empty";
    if (name.size() > store::max_name_length)
        return "name " + quoted + " must be no longer than " +
               std::to_string(store::max_name_length) + " characters";
    // "." and "..", alone or as the first dash-separated component, would
    // read as directory names.
    for (std::string_view dots : {".", ".."}) {
        if (name == dots) return "name " + quoted + " is not valid";
        if (name.size() > dots.size() && name.starts_with(dots) && name[dots.size()] == '-')
            return "name " + quoted +
                   " is not valid: first dash-separated component must not be '" +
                   std::string(dots) + "'";
    }
    for (char c : name) {
        bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  std::string_view("+-._?=").find(c) != std::string_view::npos;
        if (!ok)
            return "name " + quoted + " contains illegal character '" + std::string(1, c) + "'";
    }
    return std::nullopt;
}

} // namespace hearth::glue
