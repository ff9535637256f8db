#include "pkgs/deb_env.hh"

#include "pkgs/wrappers.hh"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace hearth::pkgs {

namespace fs = std::filesystem;

namespace {

constexpr const char* root_rel = "libexec/hearth/root";

struct Source {
    const EnvNode* node;
    std::string rel; // below the node's root, "" for the root itself
};

// A relative link from out/<link_rel> to <node base>/<target_rel>.
std::string link_text(const std::string& link_rel, const Source& s) {
    size_t depth = std::count(link_rel.begin(), link_rel.end(), '/') + 1;
    std::string up;
    for (size_t i = 0; i < depth; ++i) up += "../";
    return up + s.node->base + (s.rel.empty() ? "" : "/" + s.rel);
}

bool is_real_dir(const std::string& path) {
    struct stat st{};
    return ::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string join(const std::string& a, const std::string& b) { return a.empty() ? b : a + "/" + b; }

// buildEnv's merge: a directory only one node has becomes one link; one
// several nodes share becomes a real directory merged entry by entry.
Result<void> merge(const std::string& out, const std::string& dest_rel,
                   const std::vector<Source>& sources, bool top) {
    if (sources.size() == 1 && !top) {
        std::error_code ec;
        fs::create_symlink(link_text(dest_rel, sources[0]), out + "/" + dest_rel, ec);
        if (ec) return fail(ErrorKind::io, "linking '" + dest_rel + "': " + ec.message());
        return {};
    }
    std::error_code ec;
    fs::create_directories(out + "/" + dest_rel, ec);
    if (ec) return fail(ErrorKind::io, "creating '" + dest_rel + "': " + ec.message());
    std::map<std::string, std::vector<Source>> entries;
    for (const auto& s : sources) {
        std::string dir = join(s.node->real_dir, s.rel);
        for (auto& e : fs::directory_iterator(dir, ec))
            entries[e.path().filename().string()].push_back({s.node, join(s.rel, e.path().filename().string())});
    }
    for (auto& [name, srcs] : entries) {
        std::string rel = dest_rel + "/" + name;
        std::vector<Source> dirs;
        for (const auto& s : srcs)
            if (is_real_dir(s.node->real_dir + "/" + s.rel)) dirs.push_back(s);
        if (dirs.size() == srcs.size()) {
            HEARTH_TRY(merge(out, rel, dirs, false));
        } else {
            fs::create_symlink(link_text(rel, srcs.front()), out + "/" + rel, ec);
            if (ec) return fail(ErrorKind::io, "linking '" + rel + "': " + ec.message());
        }
    }
    return {};
}

} // namespace

Result<void> build_env(const std::string& out, const std::vector<EnvNode>& nodes) {
    std::vector<Source> all;
    for (const auto& n : nodes) all.push_back({&n, ""});
    HEARTH_TRY(merge(out, root_rel, all, true));
    HEARTH_TRY(write_wrappers(out, root_rel, nodes.front()));
    // The package's own share/, for manuals and shell completions.
    std::string share = nodes.front().real_dir + "/usr/share";
    if (is_real_dir(share)) {
        std::error_code ec;
        fs::create_symlink(link_text("share", {&nodes.front(), "usr/share"}), out + "/share", ec);
        if (ec) return fail(ErrorKind::io, "linking share: " + ec.message());
    }
    return {};
}

} // namespace hearth::pkgs
