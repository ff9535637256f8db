// /etc/passwd, /etc/group, /etc/shadow and /etc/gshadow of a target, read
// as tables of colon-separated fields and written back whole.
//
// Hearth edits these files itself rather than calling useradd/groupadd, on
// the machine and under --root alike: one code path, tested in a sandbox,
// that needs no shadow-utils inside an image. It cooperates with
// shadow-utils the way they cooperate with each other: the write lock on
// /etc/.pwd.lock (what lckpwdf() takes) is held from read to write, each
// file is replaced by rename so readers see old or new, never half, and
// the previous contents are kept as passwd- / group- / shadow- / gshadow-,
// as shadow-utils leaves them. Lines Hearth does not touch (comments, NIS
// "+" entries) are written back byte for byte.
#pragma once

#include "system/error.hh"
#include "system/target.hh"

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

namespace hearth::system {

// One file: its lines split at ':'.
class AccountTable {
  public:
    using Row = std::vector<std::string>;

    void parse(const std::string& text);
    std::string render() const;

    Row* find(const std::string& name);
    const Row* find(const std::string& name) const;
    void add(Row row) { m_rows.push_back(std::move(row)); }
    const std::vector<Row>& rows() const { return m_rows; }

  private:
    std::vector<Row> m_rows;
};

// Held while the account files are read, changed and written.
class AccountLock {
  public:
    static Result<AccountLock> acquire(const Target& target);
    AccountLock(AccountLock&& o) noexcept : m_fd(o.m_fd) { o.m_fd = -1; }
    AccountLock(const AccountLock&) = delete;
    AccountLock& operator=(const AccountLock&) = delete;
    AccountLock& operator=(AccountLock&&) = delete;
    ~AccountLock();

  private:
    explicit AccountLock(int fd) : m_fd(fd) {}
    int m_fd;
};

struct AccountFiles {
    AccountTable passwd, group, shadow, gshadow;
    bool has_shadow = false, has_gshadow = false;

    static Result<AccountFiles> read(const Target& target);
    // Writes the files that changed since read() (by comparing text).
    Result<void> write(const Target& target) const;

    std::optional<uid_t> uid_of(const std::string& user) const;
    std::optional<gid_t> gid_of(const std::string& group) const;
    // The primary gid of a user, or nullopt.
    std::optional<gid_t> primary_gid_of(const std::string& user) const;
    // The name of the user with this uid, or nullopt.
    std::optional<std::string> user_of(uid_t uid) const;
    // The gids of the groups that list the user as a member.
    std::vector<gid_t> supplementary_gids_of(const std::string& user) const;

    std::string original_passwd, original_group, original_shadow, original_gshadow;
};

} // namespace hearth::system
