// Advisory file locks held for the lifetime of a FileLock: flock on a
// whole file, or an open-file-description lock (F_OFD_SETLK) on one byte
// of a shared file, so that many locks cost one file. Both belong to an
// open file description, so two FileLocks exclude each other even within
// one process.
#pragma once

#include "store/error.hh"

#include <cstdint>
#include <string>

namespace hearth::store {

enum class LockMode { shared, exclusive };
enum class LockWait { yes, no };

class FileLock {
  public:
    FileLock() = default;
    // Creates the file if needed. With LockWait::no, returns an invalid
    // lock (held() false) when someone else holds it.
    static Result<FileLock> acquire(const std::string& path, LockMode mode,
                                    LockWait wait = LockWait::yes);
    // An exclusive lock on byte `offset` of `path` (created if needed). Its
    // remove_file() does nothing: the file is shared.
    static Result<FileLock> acquire_byte(const std::string& path, uint64_t offset,
                                         LockWait wait = LockWait::yes);
    ~FileLock();
    FileLock(FileLock&& o) noexcept;
    FileLock& operator=(FileLock&& o) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    bool held() const { return m_fd >= 0; }
    const std::string& path() const { return m_path; }
    // Unlinks the lock file while still holding it (Nix's trick to avoid
    // leaving .lock files behind); another process that opened the old file
    // must re-check after acquiring.
    void remove_file();
    void release();

  private:
    int m_fd = -1;
    bool m_shared_file = false;
    std::string m_path;
};

// True if `path` exists and someone holds a lock on it.
bool is_locked(const std::string& path);
// True if `path` exists and someone holds a lock on its byte `offset`.
bool is_byte_locked(const std::string& path, uint64_t offset);

} // namespace hearth::store
