// A switch's last step for users whose systemd instance runs (logged in,
// or lingering), as NixOS's switch-to-configuration does it: reload their
// user units (/etc/systemd/user and their per-user profiles may have
// changed), then start nixos-activation.service, which runs
// system.userActivationScripts; with Home Manager's startAsUserService
// that is what activates their homes. Users who log in later get the same
// from default.target, which wants nixos-activation.service.
#pragma once

#include "system/account_files.hh"
#include "system/manifest.hh"
#include "system/report.hh"
#include "system/units/systemd.hh"

#include <string>
#include <vector>

namespace hearth::system {

// Returns the users for whom the user activation failed.
std::vector<std::string> reload_user_managers(const Manifest& now, const AccountFiles& accounts,
                                              ServiceManager& services, Report& report);

} // namespace hearth::system
