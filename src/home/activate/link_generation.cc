// linkGeneration: removes the links of the previous generation that the new
// one lacks (cleanOldGen), then links every leaf of the new link farm
// (linkNewGen). Cleaning first takes the home through FA -> FA∩FB -> FB;
// each link is replaced by renaming a fresh symlink over it, so a link in
// both generations is never missing, and a crash anywhere leaves links
// into complete generations that a re-run finishes. Files that are not
// ours are only moved or replaced when checkLinkTargets allowed it
// (backup, force); an identical file is left alone. Links are made in bulk
// by link_many.hh; files in the way, and dry runs, go one at a time.
#include "home/activate/home_dirs.hh"
#include "home/activate/link_many.hh"
#include "home/activate/steps.hh"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

namespace hearth::home {

namespace fs = std::filesystem;

namespace {

// rmdir -p --ignore-fail-on-non-empty DIR, relative to the home directory
// so the home itself is never a candidate.
void remove_empty_parents(Context& c, std::string rel_dir) {
    if (rel_dir.empty() || rel_dir == ".") return;
    if (c.dry_run) return c.log.would_run({"rmdir", "-p", "--ignore-fail-on-non-empty", rel_dir});
    while (!rel_dir.empty() && rel_dir != ".") {
        if (::rmdir((c.home + "/" + rel_dir).c_str()) != 0) return;
        c.log.verbose("rmdir: removing directory, '" + rel_dir + "'");
        rel_dir = fs::path(rel_dir).parent_path().string();
    }
}

// A link an interrupted activation made but had not renamed into place.
void remove_temporary_link(Context& c, const std::string& target) {
    std::string tmp = temporary_link_name(target);
    auto dest = read_link(tmp);
    if (!dest || !c.owns_link(*dest)) return;
    if (c.dry_run) return c.log.would_run({"rm", tmp});
    crash_point();
    ::unlink(tmp.c_str());
}

// `crashed`: the generation's activation was interrupted (gcroots/new-home).
// `keep`: the new generation's leaves, sorted.
Result<void> clean_generation(Context& c, const Generation& old,
                              const std::vector<std::string>& keep, bool crashed) {
    for (const auto& rel : *HEARTH_TRY(old.leaves())) {
        std::string target = c.home + "/" + rel;
        if (crashed) remove_temporary_link(c, target);
        if (std::binary_search(keep.begin(), keep.end(), rel)) {
            if (c.log.is_verbose()) c.log.verbose("Checking " + target + ": exists");
            continue;
        }
        struct stat st;
        if (::lstat(target.c_str(), &st) != 0) {
            c.log.verbose("Checking " + target + ": gone already");
            continue;
        }
        auto dest = read_link(target);
        if (!dest || !c.owns_link(*dest)) {
            c.log.warn("Path '" + target +
                       "' does not link into a Home Manager generation. Skipping delete.");
            continue;
        }
        c.log.verbose("Checking " + target + ": gone (deleting)");
        if (c.dry_run) {
            c.log.would_run({"rm", target});
        } else if (crash_point(), ::unlink(target.c_str()) != 0 && errno != ENOENT) {
            return fail(ErrorKind::io, "cannot remove '" + target + "': " + std::strerror(errno),
                        target);
        }
        remove_empty_parents(c, fs::path(rel).parent_path().string());
    }
    return {};
}

// Backs up a file that is not ours, as checkLinkTargets announced.
void back_up(Context& c, const std::string& target) {
    if (!c.backup_command.empty()) {
        std::string script = c.backup_command + " \"$1\"";
        if (c.dry_run) return c.log.would_run({c.backup_command, target});
        pid_t pid = ::fork();
        if (pid == 0) {
            ::execl("/bin/sh", "sh", "-c", script.c_str(), "sh", target.c_str(), nullptr);
            ::_exit(127);
        }
        int status = 0;
        if (pid < 0 || ::waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
            WEXITSTATUS(status) != 0)
            c.log.error("Running '" + c.backup_command + "' on '" + target + "' failed!");
        return;
    }
    if (c.backup_ext.empty()) return;
    std::string backup = target + "." + c.backup_ext;
    if (c.dry_run) return c.log.would_run({"mv", target, backup});
    struct stat st;
    if (c.backup_overwrite && ::lstat(backup.c_str(), &st) == 0) {
        crash_point();
        std::error_code ec;
        fs::remove_all(backup, ec);
    }
    crash_point();
    // rename(2) onto an existing backup would replace it silently;
    // checkLinkTargets has refused that case unless overwriting.
    if (::rename(target.c_str(), backup.c_str()) != 0)
        c.log.error("Moving '" + target + "' failed!");
    else
        c.log.verbose("renamed '" + target + "' -> '" + backup + "'");
}

// mkdir -p for the link's directory. A parent that is one of our links (an
// old generation linked the whole directory) becomes a real directory.
// `ready` holds the directories already made or found real while linking
// (nothing in this phase turns a directory back into anything else).
// `made` is set when the directory itself had to be made.
Result<void> prepare_parents(Context& c, const std::string& rel,
                             std::unordered_set<std::string>& ready, bool* made = nullptr) {
    std::string rel_dir = fs::path(rel).parent_path().string();
    if (ready.count(rel_dir)) return {};
    std::string path = c.home;
    for (const auto& part : fs::path(rel).parent_path()) {
        path += "/" + part.string();
        struct stat st;
        if (::lstat(path.c_str(), &st) != 0) break;
        if (S_ISLNK(st.st_mode)) {
            auto dest = read_link(path);
            if (dest && c.owns_link(*dest)) {
                if (c.dry_run) {
                    c.log.would_run({"rm", path});
                    return {};
                }
                crash_point();
                ::unlink(path.c_str());
                break;
            }
        }
    }
    std::string dir = fs::path(c.home + "/" + rel).parent_path().string();
    struct stat st;
    if (::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        ready.insert(rel_dir);
        return {};
    }
    if (c.dry_run) {
        c.log.would_run({"mkdir", "-p", dir});
        return {};
    }
    HEARTH_TRY(make_dirs(dir));
    ready.insert(rel_dir);
    if (made) *made = true;
    return {};
}

Result<void> link_file(Context& c, const std::string& rel, std::unordered_set<std::string>& ready) {
    std::string source = c.new_gen.home_files + "/" + rel;
    std::string target = c.home + "/" + rel;
    struct stat st;
    bool present = ::lstat(target.c_str(), &st) == 0;
    if (present && S_ISLNK(st.st_mode)) {
        if (read_link(target) == source) return {}; // already right
    } else if (present) {
        back_up(c, target);
        present = c.dry_run || ::lstat(target.c_str(), &st) == 0;
        if (present && !S_ISLNK(st.st_mode) && same_contents(source, target)) {
            c.log.verbose("Skipping '" + target + "' as it is identical to '" + source + "'");
            return {};
        }
        if (present && !c.dry_run && S_ISDIR(st.st_mode))
            return fail(ErrorKind::io,
                        "cannot replace the directory '" + target + "' with a link to '" + source +
                            "'",
                        target);
    }
    HEARTH_TRY(prepare_parents(c, rel, ready));
    if (c.dry_run) {
        c.log.would_run({"ln", "-Tsf", source, target});
        return {};
    }
    return replace_symlink(source, target);
}

// Every leaf's directory is made (as link_file would) and opened once, in
// leaf order; then link_many links them all, and whatever was in the way
// of a link goes through link_file, in leaf order.
Result<void> link_all(Context& c, const std::vector<std::string>& leaves) {
    std::unordered_set<std::string> ready, fresh;
    HomeDirs dirs(c.home);
    // What checkLinkTargets saw holds in the directories still as it saw
    // them (links_seen.hh).
    LinksSeen seen = std::move(c.links_seen);
    c.links_seen = {};
    if (seen.leaves.size() != leaves.size()) seen = {};
    std::unordered_map<std::string, bool> still_seen;
    std::vector<LinkJob> jobs;
    jobs.reserve(leaves.size());
    for (size_t i = 0; i < leaves.size(); ++i) {
        const std::string& rel = leaves[i];
        auto [rel_dir, name] = split_rel(rel);
        if (!ready.count(rel_dir)) {
            // A directory this run makes holds nothing yet: its links
            // are made without first looking for what is there.
            bool made = false;
            HEARTH_TRY(prepare_parents(c, rel, ready, &made));
            if (made) fresh.insert(rel_dir);
        }
        int fd = dirs.open(rel_dir);
        if (fd < 0)
            return fail(ErrorKind::io,
                        "cannot open directory '" + dirs.path(rel_dir) +
                            "': " + std::strerror(errno),
                        dirs.path(rel_dir));
        auto still = still_seen.find(rel_dir);
        if (still == still_seen.end()) {
            auto stamp = seen.dirs.find(rel_dir);
            bool same = stamp != seen.dirs.end() && unchanged(fd, stamp->second);
            still = still_seen.emplace(rel_dir, same).first;
        }
        LinkJob job;
        job.dir_fd = fd;
        job.fresh = fresh.count(rel_dir) > 0;
        if (still->second) job.seen = seen.leaves[i];
        job.name = std::move(name);
        job.rel = &rel;
        jobs.push_back(std::move(job));
    }
    link_many(c, jobs);
    for (const auto& job : jobs) {
        if (job.outcome == LinkJob::Outcome::failed)
            return fail(ErrorKind::io, job.error, c.home + "/" + *job.rel);
        if (job.outcome == LinkJob::Outcome::not_a_link) HEARTH_TRY(link_file(c, *job.rel, ready));
    }
    return {};
}

} // namespace

Result<void> linkGeneration(Context& c) {
    const auto& leaves = *HEARTH_TRY(c.new_gen.leaves());
    bool announced = false;
    for (const Generation* old : c.previous_generations()) {
        if (!announced) c.log.info("Cleaning up orphan links from " + c.home);
        announced = true;
        // A leaf of the old generation stays if the new one has a leaf there
        // too; if the new one has a directory there, the old link goes
        // (Home Manager keeps it and then fails to link inside the store).
        bool crashed = !c.old_gen || old != &*c.old_gen;
        HEARTH_TRY(clean_generation(c, *old, leaves, crashed));
    }
    c.log.info("Creating home file links in " + c.home);
    if (!c.dry_run) return link_all(c, leaves);
    std::unordered_set<std::string> ready;
    for (const auto& rel : leaves) HEARTH_TRY(link_file(c, rel, ready));
    return {};
}

} // namespace hearth::home
