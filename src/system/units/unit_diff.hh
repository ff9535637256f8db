// Which units a switch stops, starts, restarts or reloads, decided as
// NixOS's switch-to-configuration decides it, from the old and new unit
// texts and what is running now:
//   - a running unit the new configuration drops (or masks) is stopped;
//   - a running unit whose text changed is left alone when
//     restartIfChanged is false (and reported), reloaded when
//     reloadIfChanged, restarted in one step when stopIfChanged is false,
//     else stopped before activation and started after it; a target is
//     never restarted;
//   - an enabled unit that a target wants (wantedBy/requiredBy) and that
//     is not running is started, as starting the active targets would.
#pragma once

#include "system/manifest.hh"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace hearth::system {

struct UnitPlan {
    std::vector<std::string> stop;    // before activation
    std::vector<std::string> reload;  // after daemon-reload
    std::vector<std::string> restart; // after daemon-reload
    std::vector<std::string> start;   // after daemon-reload (includes those stopped for a change)
    std::vector<std::string> skipped; // changed, but restartIfChanged = false
    bool empty() const {
        return stop.empty() && reload.empty() && restart.empty() && start.empty();
    }
};

// `state` gives systemd's ActiveState of a unit ("active", "inactive",
// "failed", "activating", ...).
using ActiveState = std::function<std::string(const std::string& unit)>;

UnitPlan plan_units(const std::map<std::string, UnitSpec>& old_units,
                    const std::map<std::string, UnitSpec>& new_units, const ActiveState& state);

} // namespace hearth::system
