// checkLinkTargets: before anything is written, every leaf of the new link
// farm is checked against what occupies its place in the home directory.
// A link into a generation is ours; anything else is a collision unless
// the file is forced, identical, or will be backed up. Messages are Home
// Manager's (spec §2.6). Hearth also refuses, here rather than half-way
// through linking, what linking could not do: a real directory where a
// forced link goes, and a non-directory where a parent directory must be.
#include "home/activate/home_dirs.hh"
#include "home/activate/steps.hh"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <unordered_set>

namespace hearth::home {

namespace {

const char* const help_text =
    "Please do one of the following:\n"
    "- In standalone mode, use 'home-manager switch -b backup' to back up files automatically.\n"
    "- When used as a NixOS or nix-darwin module, set either\n"
    "  - 'home-manager.backupFileExtension', or\n"
    "  - 'home-manager.backupCommand',\n"
    "  to move the file to a new location in the same directory, or run a custom command.\n"
    "- Set 'force = true' on the related file options to forcefully overwrite the files below. "
    "eg. 'xdg.configFile.\"mimeapps.list\".force = true'";

struct Checker {
    Context& c;
    std::vector<std::string> forced; // $HOME/<target> of every forced file
    std::vector<std::string> errors;
    std::unordered_set<std::string> checked_dirs; // parents already checked
    HomeDirs dirs;
    LinksSeen seen;
    std::unordered_set<std::string> stamped_dirs;

    bool exists(const std::string& p) {
        struct stat st;
        return ::stat(p.c_str(), &st) == 0;
    }

    bool is_forced(const std::string& target) {
        for (const auto& f : forced)
            if (target == f || target.starts_with(f + "/")) return true;
        return false;
    }

    void add_error(std::string e) {
        if (std::find(errors.begin(), errors.end(), e) == errors.end())
            errors.push_back(std::move(e));
    }

    void collision(const std::string& source, const std::string& target, bool is_link) {
        if (same_contents(source, target)) {
            c.log.warn("Existing file '" + target + "' is in the way of '" + source +
                       "', will be skipped since they are the same");
        } else if (!is_link && !c.backup_command.empty()) {
            c.log.verbose("Existing file '" + target + "' exists and differs from '" + source +
                          "'. '" + c.backup_command + "' will be used to backup the file.");
        } else if (!is_link && !c.backup_ext.empty()) {
            std::string backup = target + "." + c.backup_ext;
            struct stat st;
            bool backup_exists = ::lstat(backup.c_str(), &st) == 0;
            if (backup_exists && !c.backup_overwrite)
                add_error("Existing file '" + backup + "' would be clobbered by backing up '" +
                          target + "'");
            else if (backup_exists)
                c.log.warn("Existing file '" + target + "' is in the way of '" + source +
                           "' and '" + backup +
                           "' exists. Backup will be clobbered due to "
                           "HOME_MANAGER_BACKUP_OVERWRITE=1");
            else
                c.log.warn("Existing file '" + target + "' is in the way of '" + source +
                           "', will be moved to '" + backup + "'");
        } else {
            add_error("Existing file '" + target + "' would be clobbered");
        }
    }

    // A parent that is neither a directory nor a link of ours (which
    // linking replaces) cannot hold the link.
    void check_parents(const std::string& rel) {
        // Siblings share their parents: each directory is looked at once.
        if (!checked_dirs.insert(split_rel(rel).first).second) return;
        std::string source = c.new_gen.home_files + "/" + rel;
        auto parts = std::filesystem::path(rel).parent_path();
        std::string path = c.home;
        for (const auto& part : parts) {
            path += "/" + part.string();
            struct stat st;
            if (::lstat(path.c_str(), &st) != 0) return;
            if (S_ISDIR(st.st_mode)) continue;
            if (S_ISLNK(st.st_mode)) {
                auto dest = read_link(path);
                if (dest && c.owns_link(*dest)) return;
                if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) continue;
            }
            add_error("Existing file '" + path + "' is in the way of '" + source +
                      "' and would be clobbered");
            return;
        }
    }

    // As check_path, but a link or an empty place costs one readlinkat in
    // the already open directory; anything else takes the long way. What
    // it saw goes into `seen` (the leaf's index `i`) for linkGeneration.
    void check(size_t i, const std::string& rel) {
        auto [rel_dir, name] = split_rel(rel);
        if (!forced.empty()) return check_path(rel);
        int dir_fd = dirs.open(rel_dir);
        bool no_dir = dir_fd < 0 && (errno == ENOENT || errno == ENOTDIR);
        if (dir_fd < 0 && !no_dir) return check_path(rel);
        check_parents(rel);
        if (no_dir) return;
        // Stamped before any of its entries is read.
        if (stamped_dirs.insert(rel_dir).second)
            if (auto stamp = stamp_dir(dir_fd)) seen.dirs.emplace(rel_dir, *stamp);
        auto dest = read_link_at(dir_fd, name.c_str());
        if (dest && c.owns_link(*dest)) {
            bool right = *dest == c.new_gen.home_files + "/" + rel;
            seen.leaves[i] = right ? LinksSeen::Seen::right : LinksSeen::Seen::stale;
            return;
        }
        if (!dest && errno == ENOENT) {
            seen.leaves[i] = LinksSeen::Seen::absent;
            return;
        }
        check_target(rel);
    }

    void check_path(const std::string& rel) {
        check_parents(rel);
        check_target(rel);
    }

    void check_target(const std::string& rel) {
        std::string source = c.new_gen.home_files + "/" + rel;
        std::string target = c.home + "/" + rel;
        struct stat st;
        bool present = ::lstat(target.c_str(), &st) == 0;
        if (is_forced(target)) {
            c.log.verbose("Skipping collision check for " + target);
            if (present && S_ISDIR(st.st_mode))
                add_error("Existing directory '" + target + "' is in the way of '" + source +
                          "' and cannot be replaced by a link, even with force");
            return;
        }
        if (!present) return;
        if (S_ISLNK(st.st_mode)) {
            auto dest = read_link(target);
            if (dest && c.owns_link(*dest)) return;
            collision(source, target, true);
            return;
        }
        collision(source, target, false);
    }
};

} // namespace

Result<void> checkLinkTargets(Context& c) {
    Checker checker{c, {}, {}, {}, HomeDirs(c.home), {}, {}};
    for (const auto& f : c.new_gen.manifest.files)
        if (f.force) checker.forced.push_back(c.home + "/" + f.target);
    const auto& leaves = *HEARTH_TRY(c.new_gen.leaves());
    checker.seen.leaves.assign(leaves.size(), LinksSeen::Seen::unknown);
    for (size_t i = 0; i < leaves.size(); ++i) checker.check(i, leaves[i]);
    if (checker.errors.empty()) {
        c.links_seen = std::move(checker.seen);
        return {};
    }
    std::string message = help_text;
    for (const auto& e : checker.errors) message += "\n" + e;
    return fail(ErrorKind::collision, message);
}

} // namespace hearth::home
