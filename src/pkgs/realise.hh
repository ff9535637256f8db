// Bringing Debian packages into the store without the evaluator: the same
// three steps the package set's derivations take, run directly.
//   1. the .deb, a fixed-output path (flat SHA-256 of the file), fetched
//      through apt (apt_fetch.hh) and verified before it is added;
//   2. its unpacked tree, input-addressed by the .deb's path;
//   3. pkgs.NAME itself (deb_env.hh): the package and its dependencies the
//      host lacks, merged, with wrappers; input-addressed by its inputs.
// Each step is skipped when its path is already valid, so a second run
// fetches and unpacks nothing. The .debs are fetched several at once
// (apt_fetch_all) and unpacked one per core, as the store's builder with
// -j would. Paths are assembled under a temporary name in
// the store directory and renamed while the path's lock is held, so a
// failure leaves nothing partial.
#pragma once

#include "pkgs/lock_file.hh"
#include "store/local_store.hh"

#include <functional>
#include <string>
#include <vector>

namespace hearth::pkgs {

using IndexLoader = std::function<Result<const AptIndex*>()>;

class DebianRealiser {
  public:
    DebianRealiser(store::LocalStore& store, LockFile& lock, const HostSystem& host,
                   IndexLoader index)
        : m_store(store), m_lock(lock), m_host(host), m_index(std::move(index)) {}

    // The pkgs.NAME paths of `names`, in order; pins what it uses in the lock.
    Result<std::vector<store::StorePath>> realise(const std::vector<std::string>& names);

    // The store name of a .deb and of its unpacked tree ([A-Za-z0-9+-._?=]).
    static std::string deb_name(const LockEntry& e);
    static std::string package_name(const LockEntry& e);

  private:
    Result<void> fetch_missing(const std::vector<std::string>& closure);
    Result<void> unpack_all(const std::vector<std::string>& closure);
    Result<store::StorePath> deb_path(const LockEntry& e);
    Result<store::StorePath> unpacked(const LockEntry& e);
    Result<store::StorePath> env(const std::string& name);
    // Creates `path` with `make` unless it is valid (step 2 and 3's shape).
    Result<store::StorePath> build(const store::StorePath& path, const std::string& package,
                                   const std::set<store::StorePath>& references,
                                   const std::function<Result<void>(const std::string&)>& make);

    store::LocalStore& m_store;
    LockFile& m_lock;
    const HostSystem& m_host;
    IndexLoader m_index;
};

// A profile's tree: bin/ and share/ of each package merged by links (the
// first package wins a name), as buildEnv does; returns its path.
Result<store::StorePath> join_packages(store::LocalStore& store, const std::string& name,
                                       const std::vector<store::StorePath>& packages);

} // namespace hearth::pkgs
