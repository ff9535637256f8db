#include "store/build/outputs.hh"

#include "store/copy_tree.hh"
#include "store/references.hh"
#include "util/encoding.hh"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>

namespace hearth::store {

namespace fs = std::filesystem;

namespace {

Result<void> canonicalise_tree(const std::string& path, bool top) {
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) return sys_error("getting status of", path);
    // Builds run under another uid when we are root; the store is ours.
    if ((st.st_uid != ::geteuid() || st.st_gid != ::getegid()) &&
        ::lchown(path.c_str(), ::geteuid(), ::getegid()) != 0)
        return sys_error("changing owner of", path);
    if (S_ISDIR(st.st_mode)) {
        // The builder may have left it unreadable to us.
        if (::chmod(path.c_str(), 0700) != 0) return sys_error("changing mode of", path);
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(path, ec))
            HEARTH_TRY(canonicalise_tree(e.path().string(), false));
        if (ec)
            return fail(ErrorKind::io, "reading directory '" + path + "': " + ec.message(), path);
    }
    if (!S_ISLNK(st.st_mode)) {
        mode_t mode = (S_ISDIR(st.st_mode) || (st.st_mode & S_IXUSR)) ? 0555 : 0444;
        if (top && S_ISDIR(st.st_mode)) mode |= 0200;
        if (::chmod(path.c_str(), mode) != 0) return sys_error("changing mode of", path);
    }
    struct timespec times[2] = {{1, 0}, {1, 0}};
    if (::utimensat(AT_FDCWD, path.c_str(), times, AT_SYMLINK_NOFOLLOW) != 0)
        return sys_error("changing modification time of", path);
    return {};
}

// Checks a fixed-output's bytes against the hash the derivation declares.
Result<void> check_fixed_output(const std::string& drv_path, const DerivationOutput& declared,
                                const std::string& host_path) {
    bool recursive = declared.hash_algo.starts_with("r:");
    std::string algo_name = recursive ? declared.hash_algo.substr(2) : declared.hash_algo;
    auto algo = util::parse_hash_algo(algo_name);
    auto wanted = util::parse_hash(declared.hash, algo);
    if (!algo || !wanted)
        return fail(ErrorKind::bad_derivation,
                    "invalid output hash in derivation '" + drv_path + "'", drv_path);
    util::Hash got;
    if (recursive) {
        got = HEARTH_TRY(nar_hash(host_path, {}, *algo));
    } else {
        struct stat st;
        if (::lstat(host_path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || (st.st_mode & 0111))
            return fail(ErrorKind::hash_mismatch,
                        "output path '" + host_path +
                            "' should be a non-executable regular file since recursive hashing is "
                            "not enabled (outputHashMode=flat)",
                        drv_path);
        auto h = util::hash_file(*algo, host_path);
        if (!h) return fail(ErrorKind::io, h.error().message, host_path);
        got = *h;
    }
    if (got == *wanted) return {};
    return fail(ErrorKind::hash_mismatch,
                "hash mismatch in fixed-output derivation '" + drv_path +
                    "':\n  specified: " + util::format_hash(*wanted, util::HashFormat::sri) +
                    "\n     got:    " + util::format_hash(got, util::HashFormat::sri),
                drv_path);
}

// Outputs may refer to each other, but not in a cycle: one of them would
// have to be registered before the other.
Result<void> check_output_cycles(const std::string& drv_path,
                                 const std::vector<BuiltOutput>& outputs,
                                 const std::vector<PathInfo>& infos) {
    std::map<StorePath, size_t> index;
    for (size_t i = 0; i < outputs.size(); ++i) index[outputs[i].path] = i;
    // 0 unvisited, 1 on the stack, 2 done.
    std::vector<int> state(outputs.size(), 0);
    std::function<Result<void>(size_t)> visit = [&](size_t i) -> Result<void> {
        state[i] = 1;
        for (const auto& ref : infos[i].references) {
            auto it = index.find(ref);
            if (it == index.end() || it->second == i) continue;
            if (state[it->second] == 1)
                return fail(ErrorKind::build_failed,
                            "cycle detected in build of '" + drv_path +
                                "' in the references of output '" + outputs[it->second].name +
                                "' from output '" + outputs[i].name + "'",
                            drv_path);
            if (state[it->second] == 0) HEARTH_TRY(visit(it->second));
        }
        state[i] = 2;
        return {};
    };
    for (size_t i = 0; i < outputs.size(); ++i)
        if (state[i] == 0) HEARTH_TRY(visit(i));
    return {};
}

// rename(2) of a directory needs write access to it (for its ".."), so
// the top is made read-only only once it is in place.
Result<void> move_into_store(LocalStore& store, const BuiltOutput& o) {
    std::string real = store.real_path(o.path);
    HEARTH_TRY(remove_tree(real)); // an invalid leftover of an interrupted build
    if (::rename(o.host_path.c_str(), real.c_str()) != 0) {
        if (errno != EXDEV) return sys_error("moving into the store", real);
        // The store dir is a mount of its own (a bind mount, a partition):
        // copy beside the path, on the store's filesystem, then rename, so
        // the path never exists half-written.
        std::string tmp = real + ".tmp-" + std::to_string(::getpid());
        HEARTH_TRY(remove_tree(tmp));
        auto copied = copy_tree(o.host_path, tmp);
        if (copied) copied = make_read_only(tmp);
        if (!copied) {
            (void)remove_tree(tmp);
            return copied;
        }
        if (::rename(tmp.c_str(), real.c_str()) != 0) {
            auto e = sys_error("moving into the store", real);
            (void)remove_tree(tmp);
            return e;
        }
        (void)remove_tree(o.host_path);
    }
    struct stat st;
    if (::lstat(real.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        if (::chmod(real.c_str(), 0555) != 0) return sys_error("changing mode of", real);
        struct timespec times[2] = {{1, 0}, {1, 0}};
        if (::utimensat(AT_FDCWD, real.c_str(), times, AT_SYMLINK_NOFOLLOW) != 0)
            return sys_error("changing modification time of", real);
    }
    return {};
}

} // namespace

Result<void> canonicalise_path(const std::string& path) {
    return canonicalise_tree(path, true);
}

Result<void> register_outputs(LocalStore& store, const std::string& drv_path, const Derivation& drv,
                              const std::vector<BuiltOutput>& outputs,
                              const std::set<StorePath>& inputs) {
    for (const auto& o : outputs) {
        struct stat st;
        if (::lstat(o.host_path.c_str(), &st) != 0)
            return fail(ErrorKind::build_failed,
                        "builder for '" + drv_path +
                            "' failed to produce output path for output '" + o.name + "' at '" +
                            store.print(o.path) + "'",
                        drv_path);
    }
    for (const auto& o : outputs) HEARTH_TRY(canonicalise_path(o.host_path));

    std::set<std::string> candidates;
    std::map<std::string, StorePath> by_hash;
    for (const auto& p : inputs) by_hash.emplace(p.hash_part, p);
    for (const auto& [name, out] : drv.outputs) {
        auto p = HEARTH_TRY(store.parse(out.path));
        by_hash.emplace(p.hash_part, p);
    }
    for (const auto& [h, p] : by_hash) candidates.insert(h);

    std::vector<PathInfo> infos;
    for (const auto& o : outputs) {
        if (drv.is_fixed_output())
            HEARTH_TRY(check_fixed_output(drv_path, drv.outputs.at(o.name), o.host_path));
        PathInfo info;
        info.path = o.path;
        info.deriver = drv_path;
        for (const auto& h : HEARTH_TRY(scan_references(o.host_path, candidates)))
            info.references.insert(by_hash.at(h));
        if (drv.is_fixed_output() && !info.references.empty())
            return fail(ErrorKind::build_failed,
                        "illegal path references in fixed-output derivation '" + drv_path + "'",
                        drv_path);
        auto nar = HEARTH_TRY(nar_hash_and_size(o.host_path));
        info.nar_hash = nar.hash;
        info.nar_size = nar.size;
        infos.push_back(std::move(info));
    }
    HEARTH_TRY(check_output_cycles(drv_path, outputs, infos));
    for (const auto& o : outputs) HEARTH_TRY(move_into_store(store, o));
    // Until this commits, the moved paths are invalid and the next build or
    // add removes them; after it, they are complete and read-only.
    return store.register_valid_paths(std::move(infos));
}

} // namespace hearth::store
