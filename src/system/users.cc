// Users: creation with NixOS's uid ranges, a locked password and the
// primary group the manifest names; then the lock, read and write around
// both account steps.
#include "system/accounts.hh"

#include <cstdlib>
#include <ctime>
#include <set>

namespace hearth::system {

namespace {

std::set<long> used_uids(const AccountFiles& f) {
    std::set<long> used;
    for (auto& r : f.passwd.rows())
        if (r.size() > 2 && !r[2].empty()) used.insert(std::strtol(r[2].c_str(), nullptr, 10));
    return used;
}

std::optional<long> allocate_uid(const std::set<long>& used, bool system_user) {
    if (system_user) {
        for (long id = 999; id >= 400; --id)
            if (!used.count(id)) return id;
    } else {
        for (long id = 1000; id <= 29999; ++id)
            if (!used.count(id)) return id;
    }
    return std::nullopt;
}

// Days since the epoch, shadow's "last change" field.
std::string days_today() {
    return std::to_string(std::time(nullptr) / 86400);
}

} // namespace

Result<void> ensure_users(AccountFiles& files, const Manifest& m, AccountChanges& changes) {
    auto used = used_uids(files);
    for (auto& [key, u] : m.users) {
        if (files.passwd.find(u.name)) continue;
        std::optional<long> uid = u.uid;
        if (!uid) uid = allocate_uid(used, u.is_system_user || !u.is_normal_user);
        if (!uid) return fail(ErrorKind::accounts, "no free uid left for user '" + u.name + "'");
        used.insert(*uid);
        std::string group = u.group.empty() ? "nogroup" : u.group;
        auto gid = files.gid_of(group);
        if (!gid)
            return fail(ErrorKind::accounts,
                        "user '" + u.name + "' has group '" + group +
                            "', which does not exist (declare it in users.groups)");
        std::string home = u.home.empty() ? "/var/empty" : u.home;
        files.passwd.add({u.name, "x", std::to_string(*uid), std::to_string(*gid), u.description,
                          home, u.shell.value_or("")});
        if (!files.shadow.find(u.name)) {
            files.shadow.add({u.name, "!", days_today(), "0", "99999", "7", "", "", ""});
            files.has_shadow = true;
        }
        changes.created_users.push_back(u.name);
    }
    return {};
}

Result<AccountChanges> apply_accounts(const Target& target, const Manifest& m, Report& report,
                                      bool dry) {
    auto lock = HEARTH_TRY(AccountLock::acquire(target));
    auto files = HEARTH_TRY(AccountFiles::read(target));
    AccountChanges changes;
    ensure_groups(files, m, changes);
    HEARTH_TRY(ensure_users(files, m, changes));
    std::string verb = dry ? "would create" : "creating";
    for (auto& g : changes.created_groups)
        report.say(verb + " group '" + g + "' (gid " + std::to_string(*files.gid_of(g)) + ")");
    for (auto& u : changes.created_users)
        report.say(verb + " user '" + u + "' (uid " + std::to_string(*files.uid_of(u)) + ")");
    for (auto& g : changes.changed_groups)
        report.say((dry ? "would update" : "updating") + (" members of group '" + g + "'"));
    if (!dry && changes.any()) HEARTH_TRY(files.write(target));
    return changes;
}

} // namespace hearth::system
