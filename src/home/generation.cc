#include "home/generation.hh"

#include "store/local_store.hh"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
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

Result<Generation> Generation::open(const std::string& path) {
    Generation g;
    g.path = path;
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
    g.manifest = HEARTH_TRY(Manifest::load(dir + "/manifest.json"));
    g.home_files = HEARTH_TRY(resolve_physical(dir + "/home-files"));
    return g;
}

Result<std::vector<std::string>> Generation::leaves() const {
    std::vector<std::string> out;
    std::error_code ec;
    fs::recursive_directory_iterator it(home_files, ec), end;
    if (ec)
        return fail(ErrorKind::bad_generation, "cannot read '" + home_files + "': " + ec.message(),
                    home_files);
    for (; it != end; it.increment(ec)) {
        if (ec) break;
        if (it->is_symlink(ec) || !it->is_directory(ec))
            out.push_back(it->path().lexically_relative(home_files).string());
    }
    if (ec)
        return fail(ErrorKind::io, "cannot read '" + home_files + "': " + ec.message(), home_files);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace hearth::home
