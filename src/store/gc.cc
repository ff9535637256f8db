#include "store/gc.hh"

#include "util/encoding.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <deque>
#include <filesystem>

namespace hearth::store {

namespace fs = std::filesystem;

namespace {

std::string read_link(const std::string& path) {
    std::error_code ec;
    auto t = fs::read_symlink(path, ec);
    return ec ? std::string() : t.string();
}

// A symlink target relative to the link's directory becomes absolute.
std::string absolute_target(const std::string& link, const std::string& target) {
    if (!target.empty() && target[0] == '/') return target;
    return fs::path(link).parent_path().string() + "/" + target;
}

void scan(LocalStore& store, const std::string& path, bool is_auto,
          std::map<std::string, StorePath>& roots) {
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) return;
    if (S_ISDIR(st.st_mode)) {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(path, ec))
            scan(store, e.path().string(), is_auto || e.path().filename() == "auto", roots);
        return;
    }
    if (!S_ISLNK(st.st_mode)) return;
    std::string target = absolute_target(path, read_link(path));
    if (auto p = store.dir().to_store_path(target)) {
        roots.emplace(path, *p);
        return;
    }
    // An indirect root: a link to a link (a result symlink, a generation).
    struct stat tst;
    if (::lstat(target.c_str(), &tst) != 0) {
        if (is_auto) ::unlink(path.c_str()); // its target is gone: stale
        return;
    }
    if (S_ISLNK(tst.st_mode)) {
        std::string t2 = absolute_target(target, read_link(target));
        if (auto p = store.dir().to_store_path(t2)) roots.emplace(target, *p);
    }
}

std::string auto_root_name(const std::string& link) {
    auto h = util::hash_string(util::HashAlgo::sha256, link);
    return util::nix32_encode(util::compress_hash(h.bytes, 20));
}

} // namespace

Result<std::map<std::string, StorePath>> find_roots(LocalStore& store) {
    std::map<std::string, StorePath> roots;
    scan(store, store.config().state_dir() + "/gcroots", false, roots);
    scan(store, store.config().state_dir() + "/profiles", false, roots);
    return roots;
}

Result<void> add_indirect_root(LocalStore& store, const std::string& link) {
    std::string abs = fs::absolute(link).string();
    std::string root = store.config().state_dir() + "/gcroots/auto/" + auto_root_name(abs);
    std::string tmp = root + ".tmp-" + std::to_string(::getpid());
    ::unlink(tmp.c_str());
    if (::symlink(abs.c_str(), tmp.c_str()) != 0 || ::rename(tmp.c_str(), root.c_str()) != 0)
        return fail(ErrorKind::io, "cannot create GC root '" + root + "'", root);
    return {};
}

Result<void> add_perm_root(LocalStore& store, const StorePath& path, const std::string& link) {
    std::string tmp = link + ".tmp-" + std::to_string(::getpid());
    ::unlink(tmp.c_str());
    std::string target = store.print(path);
    if (::symlink(target.c_str(), tmp.c_str()) != 0 || ::rename(tmp.c_str(), link.c_str()) != 0)
        return fail(ErrorKind::io, "cannot create symlink '" + link + "'", link);
    return add_indirect_root(store, link);
}

Result<GcResult> collect_garbage(LocalStore& store, const GcOptions& options) {
    auto gc_lock = HEARTH_TRY(store.lock_for_gc(options.lock_timeout_seconds));
    std::set<StorePath> roots;
    for (auto& [_, p] : HEARTH_TRY(find_roots(store)))
        if (HEARTH_TRY(store.is_valid(p))) roots.insert(p);
    auto live = HEARTH_TRY(store.query_closure(roots));

    std::vector<StorePath> candidates;
    if (options.only.empty()) {
        candidates = HEARTH_TRY(store.query_all_valid());
    } else {
        for (const auto& p : options.only) {
            if (live.count(p))
                return fail(ErrorKind::in_use,
                            "cannot delete path '" + store.print(p) + "' since it is still alive",
                            store.print(p));
            candidates.push_back(p);
        }
    }
    std::set<StorePath> dead;
    for (const auto& p : candidates)
        if (!live.count(p) && !store.is_path_locked(p)) dead.insert(p);

    // Delete referrers before what they refer to: repeatedly take the dead
    // paths that no remaining path refers to.
    GcResult result;
    std::set<StorePath> remaining = dead;
    while (!remaining.empty() && result.bytes_freed < options.max_freed) {
        std::vector<StorePath> ready;
        for (const auto& p : remaining) {
            bool referenced = false;
            for (const auto& r : HEARTH_TRY(store.query_referrers(p)))
                if (r != p && remaining.count(r)) referenced = true;
            if (!referenced) ready.push_back(p);
        }
        if (ready.empty()) break;
        for (const auto& p : ready) {
            if (result.bytes_freed >= options.max_freed) break;
            remaining.erase(p);
            if (options.dry_run) {
                auto info = HEARTH_TRY(store.query_path_info(p));
                result.bytes_freed += info ? info->nar_size : 0;
            } else {
                // A referrer outside `dead` is live, so with `only` this
                // reports which one keeps the path.
                result.bytes_freed += HEARTH_TRY(store.delete_path(p));
            }
            result.deleted.push_back(p);
        }
    }
    // Leftovers of interrupted adds: files in the store dir that are not valid paths.
    if (options.only.empty() && !options.dry_run && result.bytes_freed < options.max_freed) {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(store.config().real_store_dir(), ec)) {
            // Safe because the exclusive GC lock keeps every other store
            // user out; .lock files are left to their owners.
            std::string base = e.path().filename().string();
            if (base.ends_with(".lock")) continue;
            auto p = parse_base_name(base);
            if (!p || !HEARTH_TRY(store.is_valid(*p))) (void)remove_tree(e.path().string());
        }
    }
    return result;
}

} // namespace hearth::store
