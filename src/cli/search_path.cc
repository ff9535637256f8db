#include "cli/search_path.hh"

#include "cli/debian_index.hh"
#include "system/channels.hh"

#include <algorithm>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace hearth::cli {

static bool is_dir(const std::string& p) {
    struct stat sb;
    return stat(p.c_str(), &sb) == 0 && S_ISDIR(sb.st_mode);
}

std::string share_dir() {
    if (const char* s = std::getenv("HEARTH_SHARE"); s && *s) return s;
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        std::string exe(buf, size_t(n));
        // PREFIX/bin/hearth -> PREFIX/share/hearth, spelled without "..",
        // since <nixpkgs> and every path under it print as this string.
        std::string bin = exe.substr(0, exe.rfind('/'));
        std::string installed = bin.substr(0, bin.rfind('/')) + "/share/hearth";
        if (is_dir(installed)) return installed;
    }
    return HEARTH_SOURCE_SHARE;
}

void add_search_path_entry(std::vector<lang::SearchPathEntry>& out, const std::string& spec) {
    auto eq = spec.find('=');
    if (eq == std::string::npos)
        out.push_back({"", spec});
    else
        out.push_back({spec.substr(0, eq), spec.substr(eq + 1)});
}

std::vector<lang::SearchPathEntry> build_search_path(const std::vector<std::string>& include) {
    std::vector<lang::SearchPathEntry> out;
    for (auto& i : include) add_search_path_entry(out, i);
    if (const char* np = std::getenv("NIX_PATH"); np && *np) {
        std::string s = np;
        size_t start = 0;
        while (start <= s.size()) {
            size_t colon = s.find(':', start);
            // "prefix=https://..." keeps its scheme's colon
            while (colon != std::string::npos && s.compare(colon, 3, "://") == 0)
                colon = s.find(':', colon + 1);
            std::string part =
                s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
            if (!part.empty()) add_search_path_entry(out, part);
            if (colon == std::string::npos) break;
            start = colon + 1;
        }
    }
    return out;
}

std::vector<lang::SearchPathEntry>
fallback_search_path(const std::vector<lang::SearchPathEntry>& primary) {
    std::vector<lang::SearchPathEntry> out;
    // Channels (the user's, then root's, as Nix's default NIX_PATH has
    // them) before the Nix code Hearth ships.
    std::string mine = system::channels_dir();
    for (const std::string& dir : {mine, system::root_channels_dir()}) {
        if (dir == system::root_channels_dir() && mine == dir && !out.empty()) continue;
        for (auto& [name, tree] : system::channel_entries(dir)) out.push_back({name, tree});
    }
    std::string share = share_dir();
    for (const char* name : {"nixpkgs", "home-manager"})
        if (is_dir(share + "/" + name)) out.push_back({name, share + "/" + name});
    // The package set reads $HEARTH_DEBIAN_INDEX first, and an index given
    // with -I wins; then there is no need to write ours.
    const char* env = std::getenv("HEARTH_DEBIAN_INDEX");
    bool given = std::any_of(primary.begin(), primary.end(),
                             [](auto& e) { return e.prefix == "hearth-debian-index"; });
    if ((!env || !*env) && !given)
        if (std::string dir = debian_index_dir(); !dir.empty())
            out.push_back({"hearth-debian-index", dir});
    return out;
}

void set_search_paths(lang::EvalOptions& o, const std::vector<std::string>& include) {
    o.search_path = build_search_path(include);
    o.fallback_search_path = fallback_search_path(o.search_path);
    o.corepkgs = share_dir() + "/corepkgs";
}

} // namespace hearth::cli
