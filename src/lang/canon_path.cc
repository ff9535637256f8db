#include "lang/canon_path.hh"

#include <vector>

namespace hearth::lang {

std::string canon_path(std::string_view path) {
    std::vector<std::string_view> parts;
    size_t i = 0;
    while (i < path.size()) {
        while (i < path.size() && path[i] == '/') ++i;
        size_t j = i;
        while (j < path.size() && path[j] != '/') ++j;
        std::string_view seg = path.substr(i, j - i);
        if (seg == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!seg.empty() && seg != ".") {
            parts.push_back(seg);
        }
        i = j;
    }
    std::string out;
    for (auto s : parts) (out += '/') += s;
    return out.empty() ? "/" : out;
}

} // namespace hearth::lang
