// The host directories builds run in (a sandbox's SandboxSpec::dir), one
// per concurrent build of one Builder::build() and reused from one build to
// the next: emptied, not removed. The mount points of a build's inputs are
// recycled too (renamed to and from a spare/ directory).
//
// Why: on ext4 every freed inode makes later allocations slower for
// minutes (they skip recently freed ones), so directories and mount points
// made and removed for each of a thousand small builds cost more than the
// builds. Reused, a small build frees no inode at all.
//
// Under the store's builds/ directory, a pool is pool-PID-N.lock, held
// while it lives, and its directories pool-PID-N-I; remove_stale_build_dirs
// (builder.hh) removes those of pools whose lock nobody holds (their
// process died).
#pragma once

#include "store/local_store.hh"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace hearth::store {

class BuildDirPool;

// One build's directory, lent by a pool.
class BuildDir {
  public:
    const std::string& path() const { return m_path; }
    // Creates the mount point `host_path` (a directory or an empty file),
    // recycling a spare inode when there is one.
    Result<void> mount_point(const std::string& host_path, bool directory);

  private:
    friend class BuildDirPool;
    explicit BuildDir(std::string path) : m_path(std::move(path)) {}
    std::string m_path;
    std::vector<std::string> m_mount_points;
    std::vector<std::string> m_spare_files, m_spare_dirs;
    unsigned m_next_spare = 0;
};

class BuildDirPool {
  public:
    static Result<std::unique_ptr<BuildDirPool>> open(LocalStore& store);
    // Removes the pool's directories and its lock.
    ~BuildDirPool();
    BuildDirPool(const BuildDirPool&) = delete;
    BuildDirPool& operator=(const BuildDirPool&) = delete;

    // An empty directory (but for spare/) for one build.
    Result<std::unique_ptr<BuildDir>> acquire();
    // Empties the directory for the next build.
    void release(std::unique_ptr<BuildDir> dir);
    // Takes the directory out of the pool under a name that
    // remove_stale_build_dirs leaves alone (--keep-failed); returns it.
    std::string keep(std::unique_ptr<BuildDir> dir, const std::string& drv_name);

  private:
    BuildDirPool(std::string prefix, FileLock lock)
        : m_prefix(std::move(prefix)), m_lock(std::move(lock)) {}
    std::string m_prefix; // builds/pool-PID-N
    FileLock m_lock;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<BuildDir>> m_free;
    unsigned m_next = 0;
};

} // namespace hearth::store
