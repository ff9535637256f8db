// Generations built by hand for the activation tests: a scratch store
// directory holding file sources, a home-manager-files link farm, a
// home-manager-path and the generation with its manifest.json, laid out as
// share/hearth/home-manager/modules/generation.nix builds them; plus a
// sandbox HOME and the environment activation reads.
#pragma once

#include "home/activate/context.hh"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace hearth::test {

namespace fs = std::filesystem;

inline void write_file(const std::string& path, const std::string& contents, mode_t mode = 0644) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << contents;
    ::chmod(path.c_str(), mode);
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline bool exists(const std::string& p) {
    struct stat st;
    return ::lstat(p.c_str(), &st) == 0;
}

inline bool is_symlink(const std::string& p) {
    struct stat st;
    return ::lstat(p.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

inline std::string link_of(const std::string& p) {
    std::error_code ec;
    return fs::read_symlink(p, ec).string();
}

struct GenFile {
    std::string text;
    bool force = false;
    bool on_change = false;
};

struct GenEntry {
    std::string name;
    bool builtin = false;
    std::string script;
};

inline std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\', out += c;
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out + "\"";
}

// The builtin steps in Home Manager's order, with bash entries between.
inline std::vector<GenEntry> standard_entries(std::vector<GenEntry> after_link = {}) {
    std::vector<GenEntry> e = {{"checkLinkTargets", true, ""},
                               {"writeBoundary", true, ""},
                               {"installPackages", true, ""},
                               {"linkGeneration", true, ""}};
    for (auto& x : after_link) e.push_back(std::move(x));
    return e;
}

class Sandbox {
  public:
    Sandbox() {
        std::string tmpl = testing::TempDir() + "hearth-home-XXXXXX";
        if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
        m_root = fs::canonical(tmpl).string();
        home = m_root + "/home/alice";
        store = m_root + "/store";
        fs::create_directories(home);
        fs::create_directories(store);
        for (const char* v :
             {"DRY_RUN", "VERBOSE", "HOME_MANAGER_BACKUP_EXT", "HOME_MANAGER_BACKUP_COMMAND",
              "HOME_MANAGER_BACKUP_OVERWRITE", "SKIP_SANITY_CHECKS", "XDG_STATE_HOME",
              "XDG_DATA_HOME", "HEARTH_ACTIVATE_OLD_GENERATIONS", "NIX_STORE_DIR"})
            ::unsetenv(v);
        ::setenv("HOME", home.c_str(), 1);
        ::setenv("USER", "alice", 1);
        ::setenv("NIX_STATE_DIR", (m_root + "/nix-state").c_str(), 1);
        ::setenv("HEARTH_STORE", (m_root + "/hearth-store").c_str(), 1);
        ::setenv("NO_COLOR", "1", 1);
    }
    ~Sandbox() {
        std::error_code ec;
        fs::remove_all(m_root, ec);
    }
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    std::string home, store;
    std::string hearth_binary = HEARTH_BINARY;

    std::string h(const std::string& rel) const { return home + "/" + rel; }

    // A store-like name: 32 characters of Nix's base32 alphabet and a name.
    std::string store_name(const std::string& name) {
        std::string hash = std::to_string(++m_counter);
        hash = std::string(32 - hash.size(), '0') + hash;
        return store + "/" + hash + "-" + name;
    }

    // Builds a generation with these files (target -> text) and entries.
    std::string generation(const std::map<std::string, GenFile>& files,
                           const std::vector<GenEntry>& entries = standard_entries(),
                           const std::string& username = "alice",
                           const std::vector<std::string>& packages = {}) {
        std::string farm = store_name("home-manager-files");
        fs::create_directories(farm);
        std::string files_json;
        for (const auto& [target, f] : files) {
            std::string src = store_name("hm_" + fs::path(target).filename().string());
            write_file(src, f.text);
            fs::create_directories(fs::path(farm + "/" + target).parent_path());
            fs::create_symlink(src, farm + "/" + target);
            files_json += std::string(files_json.empty() ? "" : ",") +
                          "{\"target\":" + json_string(target) + ",\"source\":" + json_string(src) +
                          ",\"executable\":null,\"recursive\":false,\"ignorelinks\":false,"
                          "\"force\":" +
                          (f.force ? "true" : "false") +
                          ",\"onChange\":" + (f.on_change ? "true" : "false") + "}";
        }
        std::string path_dir = store_name("home-manager-path");
        write_file(path_dir + "/etc/profile.d/hm-session-vars.sh", "export A=1\n");
        std::string entries_json;
        for (const auto& e : entries)
            entries_json +=
                std::string(entries_json.empty() ? "" : ",") + "{\"name\":" + json_string(e.name) +
                ",\"builtin\":" + (e.builtin ? "true" : "false") + ",\"script\":" +
                json_string(e.builtin ? "hearthActivateStep " + e.name + "\n" : e.script) + "}";
        std::string packages_json;
        for (const auto& p : packages)
            packages_json += std::string(packages_json.empty() ? "" : ",") + json_string(p);
        std::string gen = store_name("home-manager-generation");
        fs::create_directories(gen + "/bin");
        write_file(gen + "/activate",
                   "#!/bin/bash\nexec " + hearth_binary + " activate \"" + gen + "\" \"$@\"\n",
                   0755);
        fs::create_symlink(gen + "/activate", gen + "/bin/home-manager-generation");
        write_file(gen + "/gen-version", "1\n");
        write_file(gen + "/hm-version", "26.11\n");
        fs::create_symlink(farm, gen + "/home-files");
        fs::create_symlink(path_dir, gen + "/home-path");
        write_file(gen + "/manifest.json",
                   "{\"version\":1,\"generator\":\"hearth-home-manager\",\"hmVersion\":\"26.11\","
                   "\"username\":" +
                       json_string(username) + ",\"homeDirectory\":" + json_string(home) +
                       ",\"uid\":null,\"profileDirectory\":" + json_string(home + "/.nix-profile") +
                       ",\"stateVersion\":\"25.11\",\"emptyActivationPath\":true,"
                       "\"activationPath\":[],\"generateGcRoot\":true,\"uninstall\":false,"
                       "\"externalPackageInstall\":false,\"nixPackage\":null,\"homeFiles\":" +
                       json_string(farm) + ",\"homePath\":" + json_string(path_dir) +
                       ",\"files\":[" + files_json + "],\"activation\":[" + entries_json +
                       "],\"packages\":[" + packages_json +
                       "],\"extraDependencies\":[],\"specialisations\":{}}\n");
        return gen;
    }

    // A context as `hearth activate GEN` builds it, for calling one step.
    home::Context context(const std::string& gen, int driver_version = 1) {
        home::ActivateOptions o{gen, driver_version, hearth_binary};
        auto c = home::Context::create(o);
        if (!c.ok()) throw std::runtime_error("context: " + c.error().message);
        return std::move(*c);
    }

    // Records `gen` as the generation the home reflects, as a finished
    // activation does.
    void set_current(const std::string& gen) {
        std::string root = home + "/.local/state/home-manager/gcroots/current-home";
        fs::create_directories(fs::path(root).parent_path());
        fs::remove(root);
        fs::create_symlink(gen, root);
    }

    // Runs a shell command line; returns its exit status, output in `out`.
    int sh(const std::string& cmd, std::string* out = nullptr) {
        std::string file = m_root + "/out.txt";
        int status = std::system(("(" + cmd + ") >" + file + " 2>&1").c_str());
        if (out) *out = read_file(file);
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    }

  private:
    std::string m_root;
    int m_counter = 0;
};

} // namespace hearth::test
