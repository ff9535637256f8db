#include "system/etc_files.hh"

#include "system/fs.hh"

#include <cstdlib>

namespace hearth::system {

namespace {

// "+N" is a number; anything else is a name in the target's account files.
template <class Lookup> std::optional<unsigned> owner_id(const std::string& spec, Lookup lookup) {
    if (!spec.empty() && spec[0] == '+')
        return unsigned(std::strtoul(spec.c_str() + 1, nullptr, 10));
    auto id = lookup(spec);
    if (!id) return std::nullopt;
    return unsigned(*id);
}

Result<void> install_copy(OwnedFiles& owned, const Target& target, const std::string& path,
                          const EtcSpec& e, const AccountFiles& accounts, Report& report) {
    auto text = HEARTH_TRY(read_file(target.in_store(e.source)));
    if (!text)
        return fail(ErrorKind::io, "the source of " + path + " (" + e.source + ") is missing",
                    e.source);
    auto uid = owner_id(e.user, [&](auto& n) { return accounts.uid_of(n); });
    auto gid = owner_id(e.group, [&](auto& n) { return accounts.gid_of(n); });
    if (!uid || !gid)
        return fail(ErrorKind::accounts,
                    path + " is owned by " + e.user + ":" + e.group + ", which does not exist");
    mode_t mode = mode_t(std::strtoul(e.mode.c_str(), nullptr, 8));
    return owned.file(path, *text, mode, *uid, *gid, report);
}

} // namespace

Result<OwnedFiles> install_etc(const Target& target, const Manifest& m,
                               const AccountFiles& accounts,
                               const std::map<std::string, std::string>& links, Report& report,
                               bool dry) {
    auto owned = HEARTH_TRY(OwnedFiles::load(target, "etc-files", dry));
    for (auto& [rel, e] : m.etc) {
        if (rel.starts_with("profiles/per-user/")) continue;
        std::string path = "/etc/" + rel;
        if (e.mode == "symlink" || e.mode == "direct-symlink")
            HEARTH_TRY(owned.link(path, e.source, report));
        else
            HEARTH_TRY(install_copy(owned, target, path, e, accounts, report));
    }
    for (auto& [path, dest] : links) HEARTH_TRY(owned.link(path, dest, report));
    HEARTH_TRY(owned.remove_stale(report));
    HEARTH_TRY(owned.save());
    if (!owned.changed().empty() || !owned.removed().empty())
        report.say(std::string(dry ? "would update" : "updated") +
                   " /etc: " + std::to_string(owned.changed().size()) + " installed, " +
                   std::to_string(owned.removed().size()) + " removed");
    return owned;
}

} // namespace hearth::system
