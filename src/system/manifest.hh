// The system manifest (docs/system-manifest.md, version 1) as C++ data:
// what evaluating a system configuration asks the machine to be. Read from
// the `manifest.json` of a built `hearth-system` toplevel.
#pragma once

#include "system/error.hh"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hearth::system {

struct UserSpec {
    std::string name;
    std::optional<long> uid; // nullopt: allocate
    std::string group;
    std::vector<std::string> extra_groups;
    std::string description;
    std::string home;
    std::string home_mode = "700";
    bool create_home = false;
    bool is_normal_user = false;
    bool is_system_user = false;
    std::optional<std::string> shell;
};

struct GroupSpec {
    std::string name;
    std::optional<long> gid;
    std::vector<std::string> members;
};

struct EtcSpec {
    std::string source;           // a store path
    std::string mode = "symlink"; // "symlink", "direct-symlink" or octal
    std::string user = "+0", group = "+0";
};

struct UnitSpec {
    std::string text;
    bool enable = true;
    std::vector<std::string> wanted_by, required_by, upheld_by, aliases;
    bool restart_if_changed = true;
    bool reload_if_changed = false;
    bool stop_if_changed = true;
};

struct ProfileSpec {
    std::vector<std::string> packages;
    std::string path; // the user-environment to point /etc/profiles/per-user/<name> at
};

struct HomeSpec {
    std::string user;
    std::string home;
    std::string activation_package;
    std::optional<std::string> service; // the system unit that activates it
    bool start_as_user_service = false;
};

struct Manifest {
    int version = 1;
    std::optional<std::string> host_name;
    std::string state_version;
    std::string system_path;
    std::map<std::string, UserSpec> users;
    std::map<std::string, GroupSpec> groups;
    std::map<std::string, EtcSpec> etc;
    std::map<std::string, UnitSpec> units;
    std::map<std::string, UnitSpec> user_units;
    std::map<std::string, ProfileSpec> profiles;
    std::map<std::string, HomeSpec> home_manager;
    std::map<std::string, std::string> user_activation_scripts;
    std::map<std::string, std::string> variables;
    std::vector<std::string> warnings;

    static Result<Manifest> parse(const std::string& json_text);
    // `<toplevel>/manifest.json` under the store's real location.
    static Result<Manifest> load(const std::string& file);
};

} // namespace hearth::system
