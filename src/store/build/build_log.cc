#include "store/build/build_log.hh"

#include <fstream>
#include <sstream>

namespace hearth::store {

std::string build_log_path(const StoreConfig& config, const StorePath& drv) {
    std::string base = drv.to_string();
    return config.log_dir() + "/" + base.substr(0, 2) + "/" + base.substr(2);
}

Result<std::optional<std::string>> read_build_log(LocalStore& store, const StorePath& path) {
    StorePath drv = path;
    if (!path.name.ends_with(".drv")) {
        auto info = HEARTH_TRY(store.query_path_info(path));
        if (!info || info->deriver.empty()) return std::optional<std::string>();
        auto deriver = store.parse(info->deriver);
        if (!deriver) return std::optional<std::string>();
        drv = *deriver;
    }
    std::ifstream in(build_log_path(store.config(), drv), std::ios::binary);
    if (!in) return std::optional<std::string>();
    std::ostringstream text;
    text << in.rdbuf();
    return std::optional<std::string>(text.str());
}

} // namespace hearth::store
