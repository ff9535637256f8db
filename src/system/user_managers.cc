#include "system/user_managers.hh"

#include <set>

namespace hearth::system {

std::vector<std::string> reload_user_managers(const Manifest& now, const AccountFiles& accounts,
                                              ServiceManager& services, Report& report) {
    std::vector<std::string> failed;
    bool activation = now.user_units.count("nixos-activation.service") > 0;
    std::set<std::string> running;
    for (uid_t uid : services.user_managers()) {
        auto user = accounts.user_of(uid);
        auto gid = user ? accounts.primary_gid_of(*user) : std::nullopt;
        if (!user || !gid) continue; // a manager of an account this machine no longer has
        running.insert(*user);
        RunAs who{uid, *gid, accounts.supplementary_gids_of(*user)};
        report.say("reloading user units for " + *user + "...");
        std::string why;
        if (!services.user_act(who, "daemon-reload", "", why)) {
            report.warn("reloading the user units of '" + *user + "' failed: " + why);
            failed.push_back(*user);
            continue;
        }
        if (activation && !services.user_act(who, "start", "nixos-activation.service", why)) {
            report.warn("the user activation of '" + *user + "' failed: " + why);
            failed.push_back(*user);
        }
    }
    for (auto& [name, h] : now.home_manager)
        if (h.start_as_user_service && !running.count(h.user))
            report.say("the home of '" + h.user +
                       "' is activated when their systemd instance next starts "
                       "(startAsUserService; it does not run now)");
    return failed;
}

} // namespace hearth::system
