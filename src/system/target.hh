// Where a switch applies: the machine itself, or a directory that stands
// for one (`--root DIR`, for tests and images). Every path the system layer
// touches goes through at(), so nothing under a sandbox root reaches the
// host. Links written inside the target name the logical path (/nix/store,
// /etc/...), so they resolve once the directory is the root.
#pragma once

#include <string>
#include <string_view>

namespace hearth::system {

struct Target {
    std::string root; // "" for the machine itself; else absolute, no trailing slash
    // Where the store's logical /nix/... lives (store::StoreConfig::root).
    // Normally the same as `root`, so that links into the store resolve.
    std::string store_root;

    static Target at_root(std::string dir, std::string store_root);

    std::string at(std::string_view abs) const { return root + std::string(abs); }
    // A store path (or a path under /nix) as this process can open it.
    std::string in_store(std::string_view logical) const {
        return store_root + std::string(logical);
    }
    // Only the machine itself has a systemd to talk to and users to run as.
    bool is_live() const { return root.empty(); }
    // What the system layer remembers between switches: which files it
    // created, which accounts it made.
    std::string state_dir() const { return at("/var/lib/hearth/system"); }
    // The running configuration: links `toplevel` and `sw` (the system path).
    std::string current_system() const { return at("/run/current-system"); }
};

} // namespace hearth::system
