#include "pkgs/deb_env.hh"

#include "pkgs/alternatives.hh"
#include "pkgs/wrappers.hh"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>

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

// A node's own symlink, as the merged tree should have it: Debian's links
// often cross packages (python3 -> python3.11), so a relative one is copied
// as it is and resolves in the merged tree, where both names exist.
std::optional<std::string> copied_link(const Source& s) {
    std::error_code ec;
    fs::path target = fs::read_symlink(s.node->real_dir + "/" + s.rel, ec);
    if (ec || target.is_absolute()) return std::nullopt;
    return target.string();
}

// Absolute links into files the merged tree has (/etc/alternatives aside)
// are made relative once every node is in.
void relativise_links(const fs::path& root) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
        if (!it->is_symlink(ec)) continue;
        fs::path target = fs::read_symlink(it->path(), ec);
        if (ec || !target.is_absolute()) continue;
        fs::path inside = root / target.relative_path();
        if (!fs::exists(inside, ec)) continue;
        fs::path rel = inside.lexically_relative(it->path().parent_path());
        fs::remove(it->path(), ec);
        fs::create_symlink(rel, it->path(), ec);
    }
}

bool is_real_dir(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string join(const std::string& a, const std::string& b) {
    return a.empty() ? b : a + "/" + b;
}

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
            entries[e.path().filename().string()].push_back(
                {s.node, join(s.rel, e.path().filename().string())});
    }
    for (auto& [name, srcs] : entries) {
        std::string rel = dest_rel + "/" + name;
        std::vector<Source> dirs;
        for (const auto& s : srcs)
            if (is_real_dir(s.node->real_dir + "/" + s.rel)) dirs.push_back(s);
        if (dirs.size() == srcs.size()) {
            HEARTH_TRY(merge(out, rel, dirs, false));
        } else {
            auto copied = copied_link(srcs.front());
            fs::create_symlink(copied ? *copied : link_text(rel, srcs.front()), out + "/" + rel,
                               ec);
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
    relativise_links(out + "/" + root_rel);
    auto own = HEARTH_TRY(apply_alternatives(out + "/" + root_rel, nodes));
    HEARTH_TRY(write_wrappers(out, root_rel, nodes.front(), own));
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
