#include "home/profile.hh"

#include "store/gc.hh"
#include "store/local_store.hh"
#include "store/profiles.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>

namespace hearth::home {

namespace fs = std::filesystem;

namespace {

Unexpected<Error> wrap(store::Error e) {
    return fail(ErrorKind::io, e.message, e.path);
}

// Hearth's store, if `path` is one of its valid paths; nothing otherwise
// (a generation built by Nix, or a test's directory).
struct StoreRef {
    std::unique_ptr<store::LocalStore> store;
    std::optional<store::StorePath> path;
};

StoreRef find_in_store(const std::string& path) {
    StoreRef ref;
    auto config = store::StoreConfig::from_environment();
    struct stat st;
    if (!path.starts_with(config.store_dir + "/") || ::stat(config.state_dir().c_str(), &st) != 0)
        return ref;
    auto s = store::LocalStore::open(config);
    if (!s.ok()) return ref;
    auto p = (*s)->parse(path);
    if (!p.ok()) return ref;
    auto valid = (*s)->is_valid(*p);
    if (!valid.ok() || !*valid) return ref;
    ref.store = std::move(*s);
    ref.path = *p;
    return ref;
}

Result<void> symlink_over(const std::string& target, const std::string& link) {
    std::string tmp = link + ".hearth-tmp-" + std::to_string(::getpid());
    ::unlink(tmp.c_str());
    if (::symlink(target.c_str(), tmp.c_str()) != 0 || ::rename(tmp.c_str(), link.c_str()) != 0) {
        int e = errno;
        ::unlink(tmp.c_str());
        return fail(ErrorKind::io,
                    "cannot point '" + link + "' at '" + target + "': " + std::strerror(e), link);
    }
    return {};
}

} // namespace

std::string profiles_directory(const std::string& state_home, const std::string& user) {
    const char* nix_state = std::getenv("NIX_STATE_DIR");
    std::string user_profiles = state_home + "/nix/profiles";
    std::string global_profiles =
        std::string(nix_state ? nix_state : "/nix/var/nix") + "/profiles/per-user/" + user;
    struct stat st;
    bool legacy = ::stat(user_profiles.c_str(), &st) != 0 &&
                  ::lstat((global_profiles + "/home-manager").c_str(), &st) == 0;
    return legacy ? global_profiles : user_profiles;
}

Result<int> set_profile(const std::string& profile, const std::string& path) {
    std::error_code ec;
    fs::create_directories(fs::path(profile).parent_path(), ec);
    if (ec)
        return fail(ErrorKind::io, "cannot create '" + fs::path(profile).parent_path().string() +
                                       "': " + ec.message());
    auto ref = find_in_store(path);
    if (ref.store) {
        auto n = store::create_generation(*ref.store, profile, *ref.path);
        if (!n.ok()) return wrap(std::move(n).error());
        return *n;
    }
    // Not in Hearth's store: the same layout, without a GC root to add.
    auto gens = store::list_generations(profile);
    if (!gens.ok()) return wrap(std::move(gens).error());
    for (const auto& g : *gens)
        if (g.current && g.target == path) return g.number;
    int n = gens->empty() ? 1 : gens->back().number + 1;
    std::string base = fs::path(profile).filename().string();
    std::string link =
        fs::path(profile).parent_path().string() + "/" + base + "-" + std::to_string(n) + "-link";
    HEARTH_TRY(symlink_over(path, link));
    auto sw = store::switch_generation(profile, n);
    if (!sw.ok()) return wrap(std::move(sw).error());
    return n;
}

Result<void> add_gc_root(const std::string& link, const std::string& path) {
    std::error_code ec;
    fs::create_directories(fs::path(link).parent_path(), ec);
    HEARTH_TRY(symlink_over(path, link));
    auto ref = find_in_store(path);
    if (ref.store) {
        auto r = store::add_indirect_root(*ref.store, link);
        if (!r.ok()) return wrap(std::move(r).error());
    }
    return {};
}

} // namespace hearth::home
