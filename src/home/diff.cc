#include "home/diff.hh"

#include "home/activate/context.hh"
#include "home/activate/steps.hh"
#include "home/manager.hh"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

namespace hearth::home {

namespace fs = std::filesystem;

namespace {

std::string package_name(const std::string& path) {
    std::string base = fs::path(path).filename().string();
    return base.size() > 33 && base[32] == '-' ? base.substr(33) : base;
}

// Whether the file a farm leaf stands for differs between generations.
bool leaf_changed(const Generation& from, const Generation& to, const std::string& rel) {
    auto a = resolve_physical(from.home_files + "/" + rel);
    auto b = resolve_physical(to.home_files + "/" + rel);
    if (!a.ok() || !b.ok()) return !(a.ok() == b.ok());
    if (*a == *b) return false;
    struct stat sa, sb;
    if (::stat(a->c_str(), &sa) != 0 || ::stat(b->c_str(), &sb) != 0) return true;
    if (S_ISDIR(sa.st_mode) || S_ISDIR(sb.st_mode)) return true;
    if ((sa.st_mode & 0111) != (sb.st_mode & 0111)) return true;
    return !same_contents(*a, *b);
}

void sorted_difference(const std::set<std::string>& a, const std::set<std::string>& b,
                       std::vector<std::string>& out) {
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
}

std::set<std::string> package_names(const Generation* g) {
    std::set<std::string> names;
    if (g)
        for (const auto& p : g->manifest.packages) names.insert(package_name(p));
    return names;
}

// The generation the home reflects: gcroots/current-home, else the
// profile's current generation.
std::optional<Generation> current_generation() {
    std::string state = env_or("XDG_STATE_HOME");
    if (state.empty()) state = env_or("HOME") + "/.local/state";
    std::error_code ec;
    for (const std::string& link :
         {state + "/home-manager/gcroots/current-home", home_manager_profile()}) {
        auto dest = fs::read_symlink(link, ec);
        if (ec) continue;
        if (dest.is_relative()) dest = fs::path(link).parent_path() / dest;
        // A profile link names home-manager-N-link, itself a link.
        auto gen = resolve_link(dest.string());
        auto g = Generation::open(gen ? *gen : dest.string());
        if (g.ok()) return std::move(*g);
    }
    return std::nullopt;
}

} // namespace

Result<GenerationDiff> diff_generations(const Generation* from, const Generation& to) {
    GenerationDiff d;
    auto new_leaves = HEARTH_TRY(to.leaves());
    std::set<std::string> after(new_leaves->begin(), new_leaves->end()), before;
    if (from) {
        auto old_leaves = HEARTH_TRY(from->leaves());
        before.insert(old_leaves->begin(), old_leaves->end());
    }
    sorted_difference(after, before, d.files_added);
    sorted_difference(before, after, d.files_removed);
    for (const auto& rel : after)
        if (before.count(rel) && leaf_changed(*from, to, rel)) d.files_changed.push_back(rel);
    auto old_pkgs = package_names(from), new_pkgs = package_names(&to);
    sorted_difference(new_pkgs, old_pkgs, d.packages_added);
    sorted_difference(old_pkgs, new_pkgs, d.packages_removed);
    return d;
}

std::string render_diff(const GenerationDiff& d, const std::string& home) {
    if (d.empty()) return "No changes.\n";
    std::string out;
    auto lines = [&](char mark, const std::vector<std::string>& items) {
        for (const auto& i : items) out += std::string("  ") + mark + " " + i + "\n";
    };
    if (!d.files_added.empty() || !d.files_removed.empty() || !d.files_changed.empty()) {
        out += "Home files (in " + home + "):\n";
        lines('+', d.files_added);
        lines('-', d.files_removed);
        lines('~', d.files_changed);
    }
    if (!d.packages_added.empty() || !d.packages_removed.empty()) {
        out += "Packages:\n";
        lines('+', d.packages_added);
        lines('-', d.packages_removed);
    }
    return out;
}

int hm_diff(const ManagerOptions& o) {
    WorkDir work;
    auto built = build_generation(o, work.path + "/generation", true);
    if (!built.ok()) {
        if (!built.error().message.empty())
            std::fprintf(stderr, "%s\n", built.error().message.c_str());
        return built.error().exit_code;
    }
    auto to = Generation::open(*built);
    if (!to.ok()) return std::fprintf(stderr, "%s\n", to.error().message.c_str()), 1;
    auto from = current_generation();
    auto d = diff_generations(from ? &*from : nullptr, *to);
    if (!d.ok()) return std::fprintf(stderr, "%s\n", d.error().message.c_str()), 1;
    std::fputs(render_diff(*d, env_or("HOME")).c_str(), stdout);
    return 0;
}

} // namespace hearth::home
