#include "store/build/environment.hh"

#include "util/encoding.hh"
#include "util/hash.hh"

#include <cstring>
#include <set>
#include <sstream>

namespace hearth::store {

namespace {

std::set<std::string> words(const std::string& s) {
    std::set<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;) out.insert(w);
    return out;
}

// The host value of `name` from an environ-style array.
const char* lookup(const char* const* env, const std::string& name) {
    for (; env && *env; ++env)
        if (std::strncmp(*env, name.c_str(), name.size()) == 0 && (*env)[name.size()] == '=')
            return *env + name.size() + 1;
    return nullptr;
}

} // namespace

BuilderEnvironment builder_environment(const Derivation& drv, const std::string& store_dir,
                                       int cores, const char* const* host_env) {
    BuilderEnvironment b;
    auto& v = b.vars;
    // Defaults a derivation may override.
    v["PATH"] = "/path-not-set";
    v["HOME"] = homeless_shelter;
    v["NIX_STORE"] = store_dir;
    v["NIX_BUILD_CORES"] = std::to_string(cores);

    std::set<std::string> as_file;
    if (auto it = drv.env.find("passAsFile"); it != drv.env.end()) as_file = words(it->second);
    for (const auto& [name, value] : drv.env) {
        if (!as_file.count(name)) {
            v[name] = value;
            continue;
        }
        // Nix names the file after the SHA-256 of the attribute name.
        std::string file =
            ".attr-" + util::format_hash(util::hash_string(util::HashAlgo::sha256, name),
                                         util::HashFormat::nix32);
        b.files[file] = value;
        v[name + "Path"] = std::string(sandbox_build_dir) + "/" + file;
    }

    // The build dir under every name tools look for.
    for (auto name : {"NIX_BUILD_TOP", "TMPDIR", "TEMPDIR", "TMP", "TEMP", "PWD"})
        v[name] = sandbox_build_dir;

    if (drv.is_fixed_output()) {
        // The output is checked against its hash, so impurity is allowed in.
        v["NIX_OUTPUT_CHECKED"] = "1";
        if (auto it = drv.env.find("impureEnvVars"); it != drv.env.end())
            for (const auto& name : words(it->second))
                if (const char* val = lookup(host_env, name)) v[name] = val;
    }
    v["NIX_LOG_FD"] = "2";
    v["TERM"] = "xterm-256color";
    return b;
}

} // namespace hearth::store
