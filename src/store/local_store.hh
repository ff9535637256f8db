// The on-disk store: a directory of read-only store paths plus a SQLite
// database of which of them are valid, with their references, deriver, NAR
// hash and size.
//
// Layout under the store root R (like Nix's `--store local?root=R`):
//   R/nix/store/<hash>-<name>       the paths (logical name /nix/store/...)
//   R/nix/var/hearth/db/db.sqlite   valid paths
//   R/nix/var/hearth/gc.lock        shared by every open store, exclusive for GC
//   R/nix/var/hearth/path-locks     path locks (see lock_path)
//   R/nix/var/hearth/gcroots/       GC roots (auto/ holds indirect ones)
//   R/nix/var/hearth/profiles/      profiles (also GC roots)
//   R/nix/var/hearth/builds/        sandbox roots of running builds
//   R/nix/var/log/hearth/drvs/      build logs
// Invariants: a path is in ValidPaths only once its contents are complete
// and read-only; the references of a valid path are valid; nothing is
// created in place: contents are assembled under a temporary name in the
// store directory and renamed while the path's lock is held.
#pragma once

#include "store/db.hh"
#include "store/derivation.hh"
#include "store/lock.hh"
#include "store/nar.hh"
#include "store/path.hh"
#include "util/hash.hh"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hearth::store {

struct StoreConfig {
    std::string root;                     // "" means the store dir is real as it is
    std::string store_dir = "/nix/store"; // the logical store dir, part of every hash

    // --store, else $HEARTH_STORE, else /var/lib/hearth for root and
    // ~/.local/share/hearth for other users.
    static StoreConfig from_environment(const std::string& store_option = {});

    std::string real_store_dir() const { return root + store_dir; }
    std::string state_dir() const { return root + "/nix/var/hearth"; }
    std::string log_dir() const { return root + "/nix/var/log/hearth/drvs"; }
};

struct PathInfo {
    StorePath path;
    std::string deriver; // full drv path or empty
    util::Hash nar_hash;
    uint64_t nar_size = 0;
    int64_t registration_time = 0;
    std::set<StorePath> references;
};

class LocalStore {
  public:
    static Result<std::unique_ptr<LocalStore>> open(StoreConfig config);

    const StoreConfig& config() const { return m_config; }
    const StoreDir& dir() const { return m_dir; }
    std::string print(const StorePath& p) const { return m_dir.print(p); }
    Result<StorePath> parse(std::string_view full) const { return m_dir.parse(full); }
    // Where the path's bytes are (differs from print() under a root).
    std::string real_path(const StorePath& p) const;

    // Validity, remembered once true: only this store's own delete_path
    // takes a path away while it is open (GC needs every other store
    // closed), so a valid path stays valid. After many questions, every
    // valid path is read at once.
    Result<bool> is_valid(const StorePath& p);
    // The valid ones of `paths`, asked in a few queries.
    Result<std::set<StorePath>> query_valid(const std::set<StorePath>& paths);
    Result<std::optional<PathInfo>> query_path_info(const StorePath& p);
    Result<std::set<StorePath>> query_references(const StorePath& p);
    Result<std::set<StorePath>> query_referrers(const StorePath& p);
    // `paths` and everything they refer to, transitively.
    Result<std::set<StorePath>> query_closure(const std::set<StorePath>& paths);
    Result<std::vector<StorePath>> query_all_valid();
    Result<std::optional<std::string>> query_deriver(const StorePath& p);

    // Copies a filesystem path in (NAR ingestion for recursive, file bytes
    // for flat); returns the existing path if it is already valid.
    Result<StorePath> add_to_store(const std::string& fs_path, std::string_view name,
                                   FileIngestion method = FileIngestion::recursive,
                                   util::HashAlgo algo = util::HashAlgo::sha256,
                                   const NarFilter& filter = {},
                                   const std::set<StorePath>& references = {});
    // builtins.toFile: a text path with declared references.
    Result<StorePath> add_text(std::string_view name, std::string_view text,
                               const std::set<StorePath>& references);
    // Derivations written or read are kept in memory: a .drv never changes
    // (its path is its contents' hash), and a build reads each several times.
    // `known`: the .drv path the caller computed already (finalise_derivation);
    // when that path is valid the text is neither written out nor hashed again,
    // which is most of a no-op evaluation's store work.
    Result<StorePath> write_derivation(const Derivation& drv, const StorePath* known = nullptr);
    Result<Derivation> read_derivation(const StorePath& drv_path);

    // Makes a finished tree at real_path(info.path) read-only with mtime 1
    // and records it. `info.nar_hash`/`nar_size` are computed if empty.
    Result<void> register_valid_path(PathInfo info);
    // Several paths in one transaction, so paths that refer to each other
    // (the outputs of one build) become valid together or not at all.
    Result<void> register_valid_paths(std::vector<PathInfo> infos);
    // Removes a path from disk and the database. Callers (GC) have checked
    // that it is dead; a path that still has referrers is refused.
    Result<uint64_t> delete_path(const StorePath& p);

    struct VerifyReport {
        std::vector<std::string> missing;  // valid in the db, absent on disk
        std::vector<std::string> modified; // NAR hash differs
    };
    Result<VerifyReport> verify(bool check_contents);

    // The lock that serialises creating one store path: a byte, chosen by
    // the path's hash, of one shared lock file, so that a lock creates and
    // frees no inode (on ext4 each freed inode slows the next allocations).
    Result<FileLock> lock_path(const StorePath& p);
    bool is_path_locked(const StorePath& p) const;
    // Drops this store's shared GC lock and takes it exclusively, waiting
    // at most `timeout_seconds` for other processes using the store.
    Result<FileLock> lock_for_gc(int timeout_seconds);

    Db& db() { return m_db; }
    std::mutex& db_mutex() { return m_db_mutex; }

  private:
    LocalStore(StoreConfig config, Db db, FileLock gc_shared);
    Result<std::optional<int64_t>> path_id(const std::string& full);
    std::string path_locks_file() const;
    Result<StorePath> add_tree(const StorePath& path, const std::string& deriver,
                               const std::set<StorePath>& references,
                               const std::function<Result<void>(const std::string& tmp)>& make);

    StoreConfig m_config;
    StoreDir m_dir;
    Db m_db;
    std::mutex m_db_mutex; // builds register outputs from several threads
    // Known valid (see is_valid); these under m_db_mutex.
    std::set<StorePath> m_valid;
    size_t m_single_queries = 0, m_load_all_after = 0;
    bool m_loaded_all = false;
    std::mutex m_drvs_mutex;
    std::map<StorePath, Derivation> m_drvs;
    FileLock m_gc_shared;
};

// Sets files read-only (0444, or 0555 if executable; directories 0555) and
// their mtime to 1, as Nix canonicalises store paths.
Result<void> make_read_only(const std::string& path);
// Makes a tree writable again and removes it (store paths are read-only).
Result<void> remove_tree(const std::string& path);

} // namespace hearth::store
