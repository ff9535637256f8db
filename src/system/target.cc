#include "system/target.hh"

namespace hearth::system {

Target Target::at_root(std::string dir, std::string store_root) {
    while (!dir.empty() && dir.back() == '/') dir.pop_back();
    while (!store_root.empty() && store_root.back() == '/') store_root.pop_back();
    return Target{std::move(dir), std::move(store_root)};
}

} // namespace hearth::system
