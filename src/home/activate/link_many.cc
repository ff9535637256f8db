#include "home/activate/link_many.hh"

#include "home/activate/steps.hh"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>
#include <functional>
#include <optional>
#include <thread>

namespace hearth::home {

namespace {

// The waits are the disk's (discards, directory blocks), not the CPU's,
// so more threads than cores help: on the 2-core bench VM, 8 threads
// replaced 5,000 links 4-7x faster than one, and 16 no faster than 8.
constexpr size_t max_threads = 8;
std::optional<std::string> read_link_at(int dir_fd, const std::string& name) {
    char buf[PATH_MAX];
    ssize_t n = ::readlinkat(dir_fd, name.c_str(), buf, sizeof buf);
    if (n < 0 || static_cast<size_t>(n) == sizeof buf) return std::nullopt;
    return std::string(buf, static_cast<size_t>(n));
}

void failed(LinkJob& job, const std::string& what, int err) {
    job.outcome = LinkJob::Outcome::failed;
    job.error = what + ": " + std::strerror(err);
}

// The job's link under its temporary name. One left by a crashed run is
// ours to reuse or replace; anything else there is the user's.
void make_temporary(const Context& c, LinkJob& job) {
    std::string tmp = temporary_link_name(job.name);
    int err = EEXIST;
    for (int attempt = 0; attempt < 2 && err == EEXIST; ++attempt) {
        crash_point();
        if (::symlinkat(job.source.c_str(), job.dir_fd, tmp.c_str()) == 0) {
            job.renaming = true;
            return;
        }
        err = errno;
        if (err != EEXIST) break;
        auto dest = read_link_at(job.dir_fd, tmp);
        if (dest == job.source) {
            job.renaming = true;
            return;
        }
        if (!dest || !c.owns_link(*dest)) {
            job.outcome = LinkJob::Outcome::failed;
            job.error = "cannot link '" + job.dir + "/" + job.name + "': '" + job.dir + "/" + tmp +
                        "' is in the way";
            return;
        }
        crash_point();
        ::unlinkat(job.dir_fd, tmp.c_str(), 0);
    }
    failed(job, "cannot create link '" + job.dir + "/" + tmp + "'", err);
}

// Phase one: a new name is linked at once, a link elsewhere gets its
// replacement beside it. Nothing is freed, so no inode made here has to
// be found past inodes this run freed.
void make_inode(const Context& c, LinkJob& job) {
    struct stat st;
    if (::fstatat(job.dir_fd, job.name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno != ENOENT)
            return failed(job, "cannot read '" + job.dir + "/" + job.name + "'", errno);
        crash_point();
        if (::symlinkat(job.source.c_str(), job.dir_fd, job.name.c_str()) == 0) {
            job.outcome = LinkJob::Outcome::done;
            return;
        }
        if (errno != EEXIST)
            return failed(job, "cannot create link '" + job.dir + "/" + job.name + "'", errno);
        // Something appeared meanwhile: replace it as a link, or leave it
        // to the caller.
        if (::fstatat(job.dir_fd, job.name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            return failed(job, "cannot read '" + job.dir + "/" + job.name + "'", errno);
    }
    if (!S_ISLNK(st.st_mode)) {
        job.outcome = LinkJob::Outcome::not_a_link;
        return;
    }
    if (read_link_at(job.dir_fd, job.name) == job.source) {
        job.outcome = LinkJob::Outcome::done;
        return;
    }
    make_temporary(c, job);
}

// Phase two: rename(2) replaces the link in one step, so it is never
// missing; this is where the old link's block is freed.
void rename_over(LinkJob& job) {
    if (!job.renaming) return;
    std::string tmp = temporary_link_name(job.name);
    crash_point();
    if (::renameat(job.dir_fd, tmp.c_str(), job.dir_fd, job.name.c_str()) == 0) {
        job.outcome = LinkJob::Outcome::done;
        return;
    }
    int err = errno;
    ::unlinkat(job.dir_fd, tmp.c_str(), 0);
    failed(job, "cannot link '" + job.dir + "/" + job.name + "' to '" + job.source + "'", err);
}

// Each thread takes one directory's jobs at a time (the caller gives them
// in leaf order, so a directory's jobs are adjacent): two threads in one
// directory would mostly wait for its lock, which creating and renaming
// take.
void for_each_parallel(std::vector<LinkJob>& jobs, const std::function<void(LinkJob&)>& fn) {
    std::vector<size_t> starts;
    for (size_t i = 0; i < jobs.size(); ++i)
        if (i == 0 || jobs[i].dir_fd != jobs[i - 1].dir_fd) starts.push_back(i);
    starts.push_back(jobs.size());
    size_t dirs = starts.size() - 1;
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t d; (d = next.fetch_add(1)) < dirs;)
            for (size_t i = starts[d]; i < starts[d + 1]; ++i) fn(jobs[i]);
    };
    size_t threads = std::min(max_threads, dirs);
    if (threads <= 1) return work();
    std::vector<std::jthread> pool;
    for (size_t i = 0; i < threads; ++i) pool.emplace_back(work);
}

} // namespace

std::string temporary_link_name(const std::string& name) {
    return name + ".hearth-tmp";
}

void link_many(const Context& c, std::vector<LinkJob>& jobs) {
    for_each_parallel(jobs, [&](LinkJob& job) { make_inode(c, job); });
    // A no-op activation has nothing to rename: no second set of threads.
    if (std::any_of(jobs.begin(), jobs.end(), [](const LinkJob& j) { return j.renaming; }))
        for_each_parallel(jobs, rename_over);
}

} // namespace hearth::home
