// Home Manager users without a service manager (a sandbox root, or a
// machine where systemd is not PID 1): each user's generation is activated
// here, as that user, with the Environment= of their service
// (QT_QPA_PLATFORM, VERBOSE, HOME_MANAGER_BACKUP_*), as the service would
// have run it. One user's failure does not stop the others.
#pragma once

#include "system/account_files.hh"
#include "system/manifest.hh"
#include "system/report.hh"

namespace hearth::system {

struct HomeOutcome {
    std::string user;
    bool ok = false;
    std::string reason;
};

// `hearth_exe` is this program; its directory goes first on PATH so a
// generation's `activate` finds `hearth`.
std::vector<HomeOutcome> activate_homes_directly(const Target& target, const Manifest& m,
                                                 const AccountFiles& accounts,
                                                 const std::string& hearth_exe, Report& report);

// Environment= assignments of a unit's text, unquoted.
std::map<std::string, std::string> unit_environment(const std::string& unit_text);

} // namespace hearth::system
