#include "store/build/build_dirs.hh"

#include "store/build/builder.hh"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace hearth::store {

namespace fs = std::filesystem;

namespace {

constexpr const char* spare_dir = "/spare";

// Removes what is in `path` but keeps `path` (a builder may have changed
// its mode; it is set again before the next build).
Result<void> empty_dir(const std::string& path) {
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0)
        return errno == ENOENT ? Result<void>{} : sys_error("getting status of", path);
    if (!S_ISDIR(st.st_mode)) return remove_tree(path);
    if ((st.st_mode & 0700) != 0700 && ::chmod(path.c_str(), 0700) != 0)
        return sys_error("changing mode of", path);
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(path, ec)) HEARTH_TRY(remove_tree(e.path()));
    if (ec) return fail(ErrorKind::io, "reading directory '" + path + "': " + ec.message(), path);
    return {};
}

} // namespace

Result<void> BuildDir::mount_point(const std::string& host_path, bool directory) {
    auto& spares = directory ? m_spare_dirs : m_spare_files;
    while (!spares.empty()) {
        std::string spare = std::move(spares.back());
        spares.pop_back();
        if (::rename(spare.c_str(), host_path.c_str()) == 0) {
            m_mount_points.push_back(host_path);
            return {};
        }
        (void)remove_tree(spare);
    }
    if (directory) {
        if (::mkdir(host_path.c_str(), 0555) != 0) return sys_error("creating", host_path);
    } else {
        int fd = ::open(host_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444);
        if (fd < 0) return sys_error("creating", host_path);
        ::close(fd);
    }
    m_mount_points.push_back(host_path);
    return {};
}

Result<std::unique_ptr<BuildDirPool>> BuildDirPool::open(LocalStore& store) {
    static std::atomic<unsigned> counter{0};
    std::string prefix = store.config().state_dir() + "/builds/pool-" + std::to_string(::getpid()) +
                         "-" + std::to_string(counter++);
    auto lock = HEARTH_TRY(FileLock::acquire(prefix + ".lock", LockMode::exclusive));
    return std::unique_ptr<BuildDirPool>(new BuildDirPool(prefix, std::move(lock)));
}

BuildDirPool::~BuildDirPool() {
    // Not only the free ones: a build that failed before releasing its
    // directory left it lent.
    fs::path prefix(m_prefix);
    std::string mine = prefix.filename().string() + "-";
    std::error_code ec;
    std::vector<std::string> dirs;
    for (const auto& e : fs::directory_iterator(prefix.parent_path(), ec))
        if (e.path().filename().string().starts_with(mine)) dirs.push_back(e.path());
    for (const auto& d : dirs) (void)remove_tree(d);
    m_lock.remove_file();
}

Result<std::unique_ptr<BuildDir>> BuildDirPool::acquire() {
    std::lock_guard g(m_mutex);
    if (!m_free.empty()) {
        auto d = std::move(m_free.back());
        m_free.pop_back();
        return d;
    }
    // A dead process with our pid may have left this name behind.
    std::string path = m_prefix + "-" + std::to_string(m_next++);
    HEARTH_TRY(remove_tree(path));
    if (::mkdir(path.c_str(), 0700) != 0) return sys_error("creating", path);
    if (::mkdir((path + spare_dir).c_str(), 0700) != 0)
        return sys_error("creating", path + spare_dir);
    return std::unique_ptr<BuildDir>(new BuildDir(path));
}

void BuildDirPool::release(std::unique_ptr<BuildDir> dir) {
    bool ok = true;
    for (const auto& point : dir->m_mount_points) {
        struct stat st;
        bool is_dir = ::lstat(point.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
        std::string spare = dir->m_path + spare_dir + "/" + std::to_string(dir->m_next_spare++);
        if (::rename(point.c_str(), spare.c_str()) == 0)
            (is_dir ? dir->m_spare_dirs : dir->m_spare_files).push_back(spare);
    }
    dir->m_mount_points.clear();
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir->m_path, ec)) {
        std::string name = e.path().filename().string();
        if ("/" + name == spare_dir) continue;
        ok = ok &&
             (name == "build" || name == "store" ? empty_dir(e.path()) : remove_tree(e.path()));
    }
    if (ec || !ok) {
        (void)remove_tree(dir->m_path);
        return;
    }
    std::lock_guard g(m_mutex);
    m_free.push_back(std::move(dir));
}

std::string BuildDirPool::keep(std::unique_ptr<BuildDir> dir, const std::string& drv_name) {
    static std::atomic<unsigned> counter{0};
    std::string kept = fs::path(m_prefix).parent_path().string() + "/kept-" + drv_name + "-" +
                       std::to_string(::getpid()) + "-" + std::to_string(counter++);
    if (::rename(dir->m_path.c_str(), kept.c_str()) != 0) return dir->m_path;
    return kept;
}

void remove_stale_build_dirs(LocalStore& store) {
    std::error_code ec;
    std::string dir = store.config().state_dir() + "/builds";
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir, ec)) names.push_back(e.path().filename());
    for (const auto& name : names) {
        std::string p = dir + "/" + name;
        if (!name.ends_with(".lock") || is_locked(p)) continue;
        // Take it ourselves, so a pool starting now cannot be removed.
        auto lock = FileLock::acquire(p, LockMode::exclusive, LockWait::no);
        if (!lock || !lock->held()) continue;
        std::string owned = name.substr(0, name.size() - 5);
        for (const auto& other : names)
            if (other == owned || other.starts_with(owned + "-"))
                (void)remove_tree(dir + "/" + other);
        lock->remove_file();
    }
}

} // namespace hearth::store
