#include "home/generation.hh"

#include "store/local_store.hh"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace hearth::home {

namespace fs = std::filesystem;

std::string physical_path(const std::string& path) {
    struct stat st;
    if (::lstat(path.c_str(), &st) == 0) return path;
    auto config = store::StoreConfig::from_environment();
    if (path.starts_with(config.store_dir + "/")) {
        std::string real = config.root + path;
        if (::lstat(real.c_str(), &st) == 0) return real;
    }
    return path;
}

// realpath(3) that also maps each logical store path it meets on the way.
Result<std::string> resolve_physical(const std::string& path) {
    std::string p = physical_path(path);
    std::error_code ec;
    for (int hops = 0; hops < 40; ++hops) {
        auto canonical = fs::canonical(p, ec);
        if (!ec) return canonical.string();
        // A link into a logical store path: follow it one step by hand.
        auto target = fs::read_symlink(p, ec);
        if (ec) break;
        p = physical_path(target.is_absolute() ? target.string()
                                               : (fs::path(p).parent_path() / target).string());
    }
    return fail(ErrorKind::bad_generation, "cannot resolve '" + path + "'", path);
}

namespace {

// The generation directory as it is on disk, if it is one of Hearth's.
Result<std::string> generation_dir(const std::string& path) {
    std::string dir = physical_path(path);
    struct stat st;
    if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return fail(ErrorKind::bad_generation, "'" + path + "' is not a generation directory",
                    path);
    if (::lstat((dir + "/manifest.json").c_str(), &st) != 0)
        return fail(ErrorKind::bad_generation,
                    "'" + path +
                        "' has no manifest.json: it is not a generation built by Hearth, "
                        "run its own activate script instead",
                    path);
    return dir;
}

struct Dir {
    DIR* d;
    ~Dir() {
        if (d) ::closedir(d);
    }
};

// Appends the leaves under the open directory `fd` (which it takes over),
// each as `prefix` + its name. Directories are walked, so the farm may
// hold real directories (lndir'ed recursive sources) as well as links.
bool walk(int fd, const std::string& prefix, std::vector<std::string>& out, int& err) {
    Dir dir{::fdopendir(fd)};
    if (!dir.d) {
        err = errno;
        ::close(fd);
        return false;
    }
    errno = 0;
    while (struct dirent* e = ::readdir(dir.d)) {
        const char* name = e->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st;
            if (::fstatat(::dirfd(dir.d), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                err = errno;
                return false;
            }
            type = S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
        }
        std::string rel = prefix + name;
        if (type != DT_DIR) {
            out.push_back(std::move(rel));
            continue;
        }
        int sub = ::openat(::dirfd(dir.d), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub < 0 || !walk(sub, rel + "/", out, err)) {
            if (sub < 0) err = errno;
            return false;
        }
        errno = 0;
    }
    if (errno != 0) {
        err = errno;
        return false;
    }
    return true;
}

} // namespace

Result<Generation> Generation::open(const std::string& path) {
    Generation g;
    g.path = path;
    std::string dir = HEARTH_TRY(generation_dir(path));
    g.manifest = HEARTH_TRY(Manifest::load(dir + "/manifest.json"));
    g.home_files = HEARTH_TRY(resolve_physical(dir + "/home-files"));
    return g;
}

Result<Generation> Generation::open_link_farm(const std::string& path) {
    Generation g;
    g.path = path;
    std::string dir = HEARTH_TRY(generation_dir(path));
    g.home_files = HEARTH_TRY(resolve_physical(dir + "/home-files"));
    return g;
}

Result<const std::vector<std::string>*> Generation::leaves() const {
    if (m_leaves) return m_leaves.get();
    auto out = std::make_shared<std::vector<std::string>>();
    int err = 0;
    int fd = ::open(home_files.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || !walk(fd, "", *out, err)) {
        if (fd < 0) err = errno;
        return fail(ErrorKind::bad_generation,
                    "cannot read '" + home_files + "': " + std::strerror(err), home_files);
    }
    std::sort(out->begin(), out->end());
    m_leaves = std::move(out);
    return m_leaves.get();
}

} // namespace hearth::home
