// The user units of a generation as reloadSystemd compares them: the unit
// files under home-files/.config/systemd/user, which targets want each
// unit (its links in <target>.wants/ and <target>.requires/), and what a
// unit file says about how a switch may treat it. Talking to the manager
// is reload_systemd.cc's job.
#pragma once

#include "home/generation.hh"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace hearth::home {

struct UserUnits {
    std::map<std::string, std::string> files;            // unit file name -> contents
    std::map<std::string, std::set<std::string>> wanted; // unit (or instance) -> targets
    // Drop-ins for units the generation lacks (a package's, say): no unit
    // of ours changes with them, but the manager must reload them.
    std::map<std::string, std::string> foreign_drop_ins; // <unit>.d/<name>.conf -> text

    bool operator==(const UserUnits&) const = default;
};

// The units of `g` in `dir` of its home-files (/.config/systemd/user
// unless xdg.configHome moved it), none for nullptr or a generation
// without units. A unit's drop-ins (<unit>.d/*.conf, by name) are appended
// to its text, so that their changes are its changes and their settings
// override its own.
UserUnits read_user_units(const Generation* g, const std::string& dir);

// The last value of `Key=` in any section, whitespace trimmed, or nullopt.
std::optional<std::string> unit_setting(const std::string& contents, const std::string& key);
// A boolean setting as systemd reads one (yes/true/on/1...), or nullopt
// when unset or not a boolean.
std::optional<bool> unit_bool(const std::string& contents, const std::string& key);

// What a switch does with a changed unit that runs.
enum class SwitchMethod { reload, restart, stop_start, stop_only, keep_old };

// The method for a unit whose file changed from `old_text` to `new_text`:
// X-SwitchMethod, else Home Manager's older X-RestartIfChanged,
// X-ReloadIfChanged and X-StopIfChanged keys, else a restart. A unit the
// manager refuses to stop by hand (RefuseManualStop) is kept as it runs;
// one it refuses to start by hand (RefuseManualStart) is only stopped.
SwitchMethod switch_method(const std::string& old_text, const std::string& new_text);

// Whether the two files differ in nothing but their X-Reload-Triggers
// lines: such a change asks for a reload, whatever the switch method.
bool only_reload_triggers_differ(const std::string& old_text, const std::string& new_text);

// The template file of an instance name (foo@bar.service -> foo@.service),
// or "" for a name that is not an instance.
std::string template_of(const std::string& unit);

} // namespace hearth::home
