#include "home/activate/home_dirs.hh"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <climits>

namespace hearth::home {

HomeDirs::~HomeDirs() {
    for (const auto& [dir, o] : m_fds)
        if (o.fd >= 0) ::close(o.fd);
}

int HomeDirs::open(const std::string& rel_dir) {
    auto it = m_fds.find(rel_dir);
    if (it == m_fds.end()) {
        int fd = ::open(path(rel_dir).c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        it = m_fds.emplace(rel_dir, Opened{fd, fd < 0 ? errno : 0}).first;
    }
    errno = it->second.err;
    return it->second.fd;
}

void HomeDirs::forget(const std::string& rel_dir) {
    auto it = m_fds.find(rel_dir);
    if (it == m_fds.end()) return;
    if (it->second.fd >= 0) ::close(it->second.fd);
    m_fds.erase(it);
}

std::string HomeDirs::path(const std::string& rel_dir) const {
    return rel_dir.empty() ? m_home : m_home + "/" + rel_dir;
}

std::pair<std::string, std::string> split_rel(const std::string& rel) {
    size_t slash = rel.rfind('/');
    if (slash == std::string::npos) return {"", rel};
    return {rel.substr(0, slash), rel.substr(slash + 1)};
}

std::optional<std::string> read_link_at(int dir_fd, const char* name) {
    char buf[PATH_MAX];
    ssize_t n = ::readlinkat(dir_fd, name, buf, sizeof buf);
    if (n < 0) return std::nullopt;
    if (static_cast<size_t>(n) == sizeof buf) {
        errno = ENAMETOOLONG;
        return std::nullopt;
    }
    return std::string(buf, static_cast<size_t>(n));
}

} // namespace hearth::home
