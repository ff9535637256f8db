#include "store/profiles.hh"

#include "store/gc.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace hearth::store {

namespace fs = std::filesystem;

namespace {

struct ProfileName {
    std::string dir;
    std::string base;
};

ProfileName split(const std::string& profile) {
    fs::path p(profile);
    return {p.parent_path().string().empty() ? "." : p.parent_path().string(),
            p.filename().string()};
}

std::string link_name(const std::string& base, int n) {
    return base + "-" + std::to_string(n) + "-link";
}

// N from "BASE-N-link", or nullopt.
std::optional<int> parse_link(const std::string& base, const std::string& file) {
    std::string prefix = base + "-", suffix = "-link";
    if (!file.starts_with(prefix) || !file.ends_with(suffix) ||
        file.size() <= prefix.size() + suffix.size())
        return std::nullopt;
    std::string num = file.substr(prefix.size(), file.size() - prefix.size() - suffix.size());
    if (num.empty() || !std::all_of(num.begin(), num.end(), ::isdigit) || num.size() > 9)
        return std::nullopt;
    return std::stoi(num);
}

// Points `link` at `target` by renaming a temporary symlink over it.
Result<void> replace_symlink(const std::string& target, const std::string& link) {
    std::string tmp = link + ".tmp-" + std::to_string(::getpid());
    ::unlink(tmp.c_str());
    if (::symlink(target.c_str(), tmp.c_str()) != 0)
        return fail(ErrorKind::io, "creating symlink '" + tmp + "': " + std::strerror(errno), tmp);
    if (::rename(tmp.c_str(), link.c_str()) != 0) {
        int e = errno;
        ::unlink(tmp.c_str());
        return fail(ErrorKind::io, "renaming '" + tmp + "' to '" + link + "': " + std::strerror(e),
                    link);
    }
    return {};
}

} // namespace

Result<std::optional<int>> current_generation(const std::string& profile) {
    auto [dir, base] = split(profile);
    std::error_code ec;
    auto target = fs::read_symlink(profile, ec);
    if (ec) return std::optional<int>();
    return parse_link(base, target.filename().string());
}

Result<std::vector<Generation>> list_generations(const std::string& profile) {
    auto [dir, base] = split(profile);
    auto current = HEARTH_TRY(current_generation(profile));
    std::vector<Generation> gens;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        auto n = parse_link(base, e.path().filename().string());
        if (!n) continue;
        Generation g;
        g.number = *n;
        g.link = e.path().string();
        std::error_code ec2;
        g.target = fs::read_symlink(e.path(), ec2).string();
        struct stat st;
        if (::lstat(g.link.c_str(), &st) == 0) g.created = st.st_mtime;
        g.current = current && *current == *n;
        gens.push_back(std::move(g));
    }
    if (ec && ec != std::errc::no_such_file_or_directory)
        return fail(ErrorKind::io, "reading directory '" + dir + "': " + ec.message(), dir);
    std::sort(gens.begin(), gens.end(),
              [](const auto& a, const auto& b) { return a.number < b.number; });
    return gens;
}

Result<void> switch_generation(const std::string& profile, int number) {
    auto [dir, base] = split(profile);
    std::string link = dir + "/" + link_name(base, number);
    struct stat st;
    if (::lstat(link.c_str(), &st) != 0)
        return fail(ErrorKind::usage, "generation " + std::to_string(number) + " does not exist",
                    link);
    return replace_symlink(link_name(base, number), profile);
}

Result<int> create_generation(LocalStore& store, const std::string& profile,
                              const StorePath& path) {
    auto gens = HEARTH_TRY(list_generations(profile));
    std::string target = store.print(path);
    for (const auto& g : gens)
        if (g.current && g.target == target) return g.number;
    int n = gens.empty() ? 1 : gens.back().number + 1;
    auto [dir, base] = split(profile);
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::string link = dir + "/" + link_name(base, n);
    HEARTH_TRY(replace_symlink(target, link));
    if (!fs::path(dir).lexically_normal().string().starts_with(store.config().state_dir() +
                                                               "/profiles"))
        HEARTH_TRY(add_indirect_root(store, link));
    HEARTH_TRY(switch_generation(profile, n));
    return n;
}

Result<int> rollback(const std::string& profile) {
    auto gens = HEARTH_TRY(list_generations(profile));
    auto current = HEARTH_TRY(current_generation(profile));
    std::optional<int> prev;
    for (const auto& g : gens)
        if (!current || g.number < *current) prev = g.number;
    if (!prev) return fail(ErrorKind::usage, "no generation older than the current generation");
    HEARTH_TRY(switch_generation(profile, *prev));
    return *prev;
}

Result<void> delete_generations(const std::string& profile, const std::set<int>& numbers) {
    auto [dir, base] = split(profile);
    auto current = HEARTH_TRY(current_generation(profile));
    for (int n : numbers) {
        if (current && *current == n)
            return fail(ErrorKind::usage, "cannot delete current generation of profile " + profile);
    }
    for (int n : numbers) {
        std::string link = dir + "/" + link_name(base, n);
        if (::unlink(link.c_str()) != 0 && errno != ENOENT)
            return fail(ErrorKind::io, "removing '" + link + "': " + std::strerror(errno), link);
    }
    return {};
}

Result<std::vector<int>> expire_generations(const std::string& profile, std::time_t cutoff) {
    auto gens = HEARTH_TRY(list_generations(profile));
    std::set<int> doomed;
    bool kept_one = false;
    for (auto it = gens.rbegin(); it != gens.rend(); ++it) {
        if (it->created >= cutoff) continue;
        if (!kept_one) {
            kept_one = true; // the generation that was current at the cutoff
            continue;
        }
        if (!it->current) doomed.insert(it->number);
    }
    HEARTH_TRY(delete_generations(profile, doomed));
    return std::vector<int>(doomed.begin(), doomed.end());
}

Result<std::vector<int>> delete_all_but_last(const std::string& profile, int keep) {
    auto gens = HEARTH_TRY(list_generations(profile));
    std::set<int> doomed;
    int seen = 0;
    for (auto it = gens.rbegin(); it != gens.rend(); ++it)
        if (++seen > keep && !it->current) doomed.insert(it->number);
    HEARTH_TRY(delete_generations(profile, doomed));
    return std::vector<int>(doomed.begin(), doomed.end());
}

} // namespace hearth::store
