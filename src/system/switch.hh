// Activating a built system configuration (a `hearth-system` toplevel):
// what NixOS's switch-to-configuration does, for a systemd Linux that is
// not NixOS. In order:
//   1. plan the units from the old configuration (/run/current-system)
//      and the new one, and stop what must stop under its old unit;
//   2. groups and users, home directories, per-user profiles, /etc files,
//      unit files (each step reports what it changed);
//   3. record the new configuration as /run/current-system;
//   4. daemon-reload, then reload, restart and start, reporting each
//      failure with `systemctl status`;
//   5. where no systemd runs (a sandbox root, or PID 1 is not systemd),
//      activate each Home Manager user directly instead;
//   6. in each running user manager, reload the user units and run
//      system.userActivationScripts (user_managers.hh).
// `boot` does step 2 only (unit files take effect when the machine next
// boots); `dry-activate` reports steps 1, 2 and 4 without doing them.
#pragma once

#include "store/local_store.hh"
#include "system/report.hh"
#include "system/target.hh"
#include "system/units/systemd.hh"

#include <string>

namespace hearth::system {

enum class Activation { switch_now, boot, test, dry_activate };

struct ActivateOptions {
    Activation action = Activation::switch_now;
    std::string toplevel;   // the store path of the configuration
    std::string hearth_exe; // put on PATH for homes activated directly
};

// Returns the exit status NixOS uses: 0, or 4 when some unit or home
// failed to start (the rest still ran). Errors are for what stopped the
// switch itself.
Result<int> activate_configuration(store::LocalStore& store, const Target& target,
                                   const ActivateOptions& options, ServiceManager& services,
                                   Report& report);

} // namespace hearth::system
