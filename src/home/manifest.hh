// The generation manifest (manifest.json), version 1, as described in
// docs/generation-manifest.md: what `hearth activate` needs to know about a
// generation without reading bash. Unknown fields are ignored; an unknown
// version is refused.
#pragma once

#include "home/error.hh"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hearth::home {

struct ManifestFile {
    std::string target; // relative to the home directory
    std::string source;
    std::optional<bool> executable;
    bool recursive = false;
    bool ignorelinks = false;
    bool force = false;
    bool on_change = false;
};

struct ActivationEntry {
    std::string name;
    bool builtin = false;
    std::string script;
};

struct Manifest {
    static constexpr int current_version = 1;

    int version = 0;
    std::string hm_version;
    std::string username;
    std::string home_directory;
    std::optional<long> uid;
    std::string profile_directory;
    std::string state_version;
    bool empty_activation_path = true;
    std::vector<std::string> activation_path;
    bool generate_gc_root = true;
    bool uninstall = false;
    bool external_package_install = false;
    std::optional<std::string> nix_package;
    std::string home_files;
    std::string home_path;
    std::vector<ManifestFile> files;
    std::vector<ActivationEntry> activation;
    std::vector<std::string> packages;
    std::vector<std::string> extra_dependencies;
    std::map<std::string, std::string> specialisations;

    static Result<Manifest> parse(const std::string& text);
    static Result<Manifest> load(const std::string& path);
};

} // namespace hearth::home
