// Groups and users: the ones a manifest declares are created when missing
// (existing accounts are never removed, and their uid, gid and password are
// left alone), and group membership gains every declared member.
//
// Ids are allocated as NixOS's update-users-groups does: normal users from
// 1000 upward (to 29999), system users and groups from 999 downward (to
// 400), taking the first id no other account holds. A new user's password
// is locked ("!"), as NixOS leaves a user without hashedPassword.
#pragma once

#include "system/account_files.hh"
#include "system/manifest.hh"
#include "system/report.hh"

#include <string>
#include <vector>

namespace hearth::system {

struct AccountChanges {
    std::vector<std::string> created_groups, created_users, changed_groups;
    bool any() const {
        return !created_groups.empty() || !created_users.empty() || !changed_groups.empty();
    }
};

// Under the lock: read, apply both steps, write. `dry` reports only.
Result<AccountChanges> apply_accounts(const Target& target, const Manifest& m, Report& report,
                                      bool dry);

// The steps, on files already read (groups first: users name their group).
void ensure_groups(AccountFiles& files, const Manifest& m, AccountChanges& changes);
Result<void> ensure_users(AccountFiles& files, const Manifest& m, AccountChanges& changes);

} // namespace hearth::system
