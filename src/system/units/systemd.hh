// Talking to the service manager: the real one through systemctl, or none
// (a sandbox root, or a machine where systemd is not PID 1), in which case
// every unit counts as inactive and actions are only reported.
#pragma once

#include "system/error.hh"
#include "system/process.hh"

#include <memory>
#include <string>
#include <vector>

namespace hearth::system {

class ServiceManager {
  public:
    virtual ~ServiceManager() = default;
    virtual bool present() const = 0;
    virtual std::string active_state(const std::string& unit) = 0;
    virtual Result<void> daemon_reload() = 0;
    // verb: start, stop, restart, reload. False when the unit failed; the
    // reason is in `why` (systemctl's own words).
    virtual bool act(const std::string& verb, const std::string& unit, std::string& why) = 0;
    // `systemctl status` text, for a failed unit's report.
    virtual std::string status(const std::string& unit) = 0;

    // The uids whose systemd instance runs now (logged in, or lingering).
    virtual std::vector<uid_t> user_managers() = 0;
    // `systemctl --user VERB [UNIT]` in that user's instance, run as the
    // user; an empty unit for daemon-reload. False and `why` as act().
    virtual bool user_act(const RunAs& user, const std::string& verb, const std::string& unit,
                          std::string& why) = 0;
};

// Whether systemd runs the machine (what sd_booted() checks).
bool systemd_running();

std::unique_ptr<ServiceManager> make_systemctl();
std::unique_ptr<ServiceManager> make_no_service_manager();

} // namespace hearth::system
