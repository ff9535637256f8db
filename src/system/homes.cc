#include "system/homes.hh"

#include "system/fs.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>

namespace hearth::system {

namespace {

// An existing home directory that someone else owns becomes the user's
// (the directory itself; what is in it stays as it is).
Result<void> give_home(const std::string& dir, const std::string& home, const std::string& user,
                       std::optional<uid_t> uid, std::optional<gid_t> gid, Report& report,
                       bool dry) {
    struct stat st;
    if (!uid || !gid || ::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return {};
    if (st.st_uid == *uid && st.st_gid == *gid) return {};
    report.say((dry ? "would give home " : "giving home ") + home + " to '" + user + "'");
    if (dry || ::geteuid() != 0) return {};
    if (::lchown(dir.c_str(), *uid, *gid) != 0) return fail_errno("changing the owner of", dir);
    return {};
}

} // namespace

Result<std::vector<std::string>> create_homes(const Target& target, const Manifest& m,
                                              const AccountFiles& accounts, Report& report,
                                              bool dry) {
    std::vector<std::string> created;
    for (auto& [key, u] : m.users) {
        if (!u.create_home || u.home.empty() || u.home == "/var/empty") continue;
        std::string dir = target.at(u.home);
        auto uid = accounts.uid_of(u.name);
        auto gid = accounts.primary_gid_of(u.name);
        if (exists_no_follow(dir)) {
            HEARTH_TRY(give_home(dir, u.home, u.name, uid, gid, report, dry));
            continue;
        }
        if (!uid || !gid)
            return fail(ErrorKind::accounts,
                        "user '" + u.name + "' has no account to own " + u.home);
        mode_t mode = mode_t(std::strtoul(u.home_mode.c_str(), nullptr, 8));
        report.say((dry ? "would create home " : "creating home ") + u.home + " for '" + u.name +
                   "'");
        created.push_back(u.home);
        if (dry) continue;
        auto slash = dir.rfind('/');
        HEARTH_TRY(make_dirs(dir.substr(0, slash), 0755));
        if (::mkdir(dir.c_str(), mode) != 0) return fail_errno("creating home", dir);
        if (::chmod(dir.c_str(), mode) != 0) return fail_errno("setting the mode of", dir);
        if (::geteuid() == 0 && ::chown(dir.c_str(), *uid, *gid) != 0)
            return fail_errno("changing the owner of", dir);
    }
    return created;
}

} // namespace hearth::system
