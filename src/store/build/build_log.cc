#include "store/build/build_log.hh"

namespace hearth::store {

std::string build_log_path(const StoreConfig& config, const StorePath& drv) {
    std::string base = drv.to_string();
    return config.log_dir() + "/" + base.substr(0, 2) + "/" + base.substr(2);
}

} // namespace hearth::store
