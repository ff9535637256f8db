#include "store/build/build_log.hh"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
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
    if (!in) {
        // Silent, if it built something that is still here.
        if (!drv.name.ends_with(".drv") || !HEARTH_TRY(store.is_valid(drv)))
            return std::optional<std::string>();
        auto d = HEARTH_TRY(store.read_derivation(drv));
        for (const auto& [name, o] : d.outputs) {
            auto out = store.parse(o.path);
            if (!out) continue;
            auto info = HEARTH_TRY(store.query_path_info(*out));
            if (info && info->deriver == store.print(drv)) return std::optional<std::string>("");
        }
        return std::optional<std::string>();
    }
    std::ostringstream text;
    text << in.rdbuf();
    return std::optional<std::string>(text.str());
}

BuildLogFile::BuildLogFile(const StoreConfig& config, const StorePath& drv)
    : m_path(build_log_path(config, drv)) {
    ::unlink(m_path.c_str());
}

BuildLogFile::~BuildLogFile() {
    if (m_fd >= 0) ::close(m_fd);
}

void BuildLogFile::write(std::string_view data) {
    if (data.empty() || m_failed) return;
    if (m_fd < 0) {
        std::error_code ec;
        std::filesystem::create_directories(std::filesystem::path(m_path).parent_path(), ec);
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (m_fd < 0) {
            m_failed = true;
            return;
        }
    }
    while (!data.empty()) {
        ssize_t n = ::write(m_fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        data.remove_prefix(size_t(n));
    }
}

} // namespace hearth::store
