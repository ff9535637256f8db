#include "pkgs/realise.hh"

#include "pkgs/apt_fetch.hh"
#include "pkgs/deb_env.hh"
#include "pkgs/deb_unpack.hh"
#include "util/encoding.hh"
#include "util/hash.hh"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <optional>
#include <thread>

namespace hearth::pkgs {

namespace fs = std::filesystem;
using store::StorePath;

namespace {

std::string store_safe(std::string s) {
    for (char& c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)) && !std::strchr("+-._?=", c)) c = '_';
    return s;
}

// Bumped when what steps 2 or 3 produce changes, so old paths are not reused
// (with builderVersion in share/hearth/nixpkgs/debian/package.nix, the same
// steps as derivations).
// v2: unpacked trees keep their postinst, and envs make its alternatives.
constexpr const char* unpack_scheme = "hearth-deb-unpack-v2";
constexpr const char* env_scheme = "hearth-deb-env-v2";

// A scratch directory next to the store, removed with everything in it.
struct TempDir {
    std::string path;
    ~TempDir() {
        if (!path.empty()) (void)store::remove_tree(path);
    }
};

} // namespace

std::string DebianRealiser::deb_name(const LockEntry& e) {
    return store_safe(fs::path(e.filename).filename().string());
}

std::string DebianRealiser::package_name(const LockEntry& e) {
    return store_safe(e.name + "-" + e.version);
}

Result<StorePath> DebianRealiser::deb_path(const LockEntry& e) {
    auto bytes = util::base16_decode(e.sha256);
    if (!bytes || bytes->size() != 32)
        return fail(ErrorKind::bad_index, "package '" + e.name + "' has a malformed sha256",
                    e.name);
    util::Hash h{util::HashAlgo::sha256, *bytes};
    return HEARTH_STORE_TRY(
        m_store.dir().make_fixed_output_path(store::FileIngestion::flat, h, deb_name(e)), e.name);
}

Result<void> DebianRealiser::fetch_missing(const std::vector<std::string>& closure) {
    std::vector<FetchJob> jobs;
    TempDir tmp{m_store.config().state_dir() + "/fetch-" + std::to_string(::getpid())};
    std::error_code ec;
    fs::create_directories(tmp.path, ec);
    if (ec) return fail(ErrorKind::io, "creating '" + tmp.path + "': " + ec.message());
    for (const auto& name : closure) {
        const LockEntry& e = m_lock.packages.at(name);
        if (HEARTH_STORE_TRY(m_store.is_valid(HEARTH_TRY(deb_path(e))), name)) continue;
        jobs.push_back({{e.name, e.url, e.sha256, e.size}, tmp.path + "/" + deb_name(e)});
    }
    if (jobs.empty()) return {};
    HEARTH_TRY(apt_fetch_all(jobs));
    for (const auto& job : jobs) {
        const LockEntry& e = m_lock.packages.at(job.request.package);
        auto got = HEARTH_STORE_TRY(
            m_store.add_to_store(job.dest, deb_name(e), store::FileIngestion::flat), e.name);
        if (got != HEARTH_TRY(deb_path(e)))
            return fail(ErrorKind::hash_mismatch, "package '" + e.name + "' changed while added",
                        e.name);
    }
    return {};
}

Result<StorePath>
DebianRealiser::build(const StorePath& path, const std::string& package,
                      const std::set<StorePath>& references,
                      const std::function<Result<void>(const std::string&)>& make) {
    if (HEARTH_STORE_TRY(m_store.is_valid(path), package)) return path;
    auto lock = HEARTH_STORE_TRY(m_store.lock_path(path), package);
    if (HEARTH_STORE_TRY(m_store.is_valid(path), package)) return path;
    std::string real = m_store.real_path(path);
    // Built beside its final place, so relative links resolve while we build.
    std::string tmp = real + ".tmp-" + std::to_string(::getpid());
    HEARTH_STORE_TRY(store::remove_tree(real), package);
    HEARTH_STORE_TRY(store::remove_tree(tmp), package);
    if (auto made = make(tmp); !made) {
        (void)store::remove_tree(tmp);
        return Unexpected{std::move(made).error()};
    }
    if (auto ro = store::make_read_only(tmp); !ro) {
        (void)store::remove_tree(tmp);
        return from_store(std::move(ro).error(), package);
    }
    if (::rename(tmp.c_str(), real.c_str()) != 0) {
        (void)store::remove_tree(tmp);
        return fail(ErrorKind::io, "moving '" + real + "' into the store", package);
    }
    store::PathInfo info;
    info.path = path;
    info.references = references;
    HEARTH_STORE_TRY(m_store.register_valid_path(std::move(info)), package);
    lock.remove_file();
    return path;
}

Result<StorePath> DebianRealiser::unpacked(const LockEntry& e) {
    StorePath deb = HEARTH_TRY(deb_path(e));
    auto h = util::hash_string(util::HashAlgo::sha256,
                               std::string(unpack_scheme) + ":" + m_store.print(deb));
    StorePath path =
        HEARTH_STORE_TRY(m_store.dir().make_output_path("out", h, package_name(e)), e.name);
    return build(path, e.name, {}, [&](const std::string& tmp) {
        return unpack_deb(m_store.real_path(deb), tmp, e.name, {"postinst"});
    });
}

Result<void> DebianRealiser::unpack_all(const std::vector<std::string>& closure) {
    if (closure.empty()) return {};
    // dpkg-deb's decompression is the work; more threads than cores only queue.
    size_t workers = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, closure.size());
    std::atomic<size_t> next{0};
    std::vector<std::optional<Error>> errors(closure.size());
    auto work = [&] {
        for (size_t i; (i = next++) < closure.size();)
            if (auto r = unpacked(m_lock.packages.at(closure[i])); !r) {
                errors[i] = std::move(r).error();
                next = closure.size(); // start nothing more
            }
    };
    std::vector<std::thread> others;
    for (size_t i = 1; i < workers; ++i) others.emplace_back(work);
    work();
    for (auto& t : others) t.join();
    for (auto& e : errors)
        if (e) return Unexpected{std::move(*e)};
    return {};
}

Result<StorePath> DebianRealiser::env(const std::string& name) {
    auto closure = HEARTH_TRY(lock_closure(m_lock, m_host, m_index, {name}));
    // lock_closure lists dependencies first; the package itself is last.
    std::string top = closure.back();
    std::vector<EnvNode> nodes;
    std::set<StorePath> refs;
    std::string key = std::string(env_scheme) + ":" + top;
    for (auto it = closure.rbegin(); it != closure.rend(); ++it) {
        const LockEntry& e = m_lock.packages.at(*it);
        StorePath p = HEARTH_TRY(unpacked(e));
        refs.insert(p);
        key += ":" + m_store.print(p);
        nodes.push_back({e.name, e.version, m_store.real_path(p), p.to_string()});
    }
    auto h = util::hash_string(util::HashAlgo::sha256, key);
    const LockEntry& te = m_lock.packages.at(top);
    StorePath path =
        HEARTH_STORE_TRY(m_store.dir().make_output_path("out", h, package_name(te)), top);
    return build(path, top, refs, [&](const std::string& tmp) -> Result<void> {
        auto r = build_env(tmp, nodes);
        if (!r) return Unexpected{std::move(r).error().with_context("building " + top)};
        return {};
    });
}

Result<std::vector<StorePath>> DebianRealiser::realise(const std::vector<std::string>& names) {
    auto closure = HEARTH_TRY(lock_closure(m_lock, m_host, m_index, names));
    HEARTH_TRY(fetch_missing(closure));
    HEARTH_TRY(unpack_all(closure));
    std::vector<StorePath> out;
    for (const auto& n : names) out.push_back(HEARTH_TRY(env(n)));
    return out;
}

Result<StorePath> join_packages(store::LocalStore& store, const std::string& name,
                                const std::vector<StorePath>& packages) {
    std::string key = "hearth-profile-v1";
    std::set<StorePath> refs(packages.begin(), packages.end());
    for (const auto& p : packages) key += ":" + store.print(p);
    auto h = util::hash_string(util::HashAlgo::sha256, key);
    StorePath path = HEARTH_STORE_TRY(store.dir().make_output_path("out", h, name), name);
    if (HEARTH_STORE_TRY(store.is_valid(path), name)) return path;
    std::string tmp = store.real_path(path) + ".tmp-" + std::to_string(::getpid());
    TempDir guard{tmp};
    std::error_code ec;
    for (const auto& p : packages) {
        for (const char* sub : {"bin", "share"}) {
            std::string dir = store.real_path(p) + "/" + sub;
            if (!fs::is_directory(dir, ec)) continue;
            fs::create_directories(tmp + "/" + sub, ec);
            for (auto& e : fs::directory_iterator(dir, ec)) {
                std::string link = tmp + "/" + sub + "/" + e.path().filename().string();
                if (fs::exists(fs::symlink_status(link, ec))) continue;
                fs::create_symlink("../../" + p.to_string() + "/" + sub + "/" +
                                       e.path().filename().string(),
                                   link, ec);
            }
        }
    }
    fs::create_directories(tmp, ec);
    HEARTH_STORE_TRY(store::make_read_only(tmp), name);
    auto lock = HEARTH_STORE_TRY(store.lock_path(path), name);
    if (HEARTH_STORE_TRY(store.is_valid(path), name)) return path;
    HEARTH_STORE_TRY(store::remove_tree(store.real_path(path)), name);
    if (::rename(tmp.c_str(), store.real_path(path).c_str()) != 0)
        return fail(ErrorKind::io, "moving '" + store.real_path(path) + "' into the store", name);
    guard.path.clear();
    store::PathInfo info;
    info.path = path;
    info.references = refs;
    HEARTH_STORE_TRY(store.register_valid_path(std::move(info)), name);
    lock.remove_file();
    return path;
}

} // namespace hearth::pkgs
