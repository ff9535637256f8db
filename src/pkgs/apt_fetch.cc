#include "pkgs/apt_fetch.hh"

#include "pkgs/apt_method.hh"
#include "util/encoding.hh"
#include "util/hash.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace hearth::pkgs {

namespace fs = std::filesystem;

namespace {

Unexpected<Error> fetch_error(const FetchRequest& req, const std::string& why) {
    return fail(ErrorKind::fetch_failed,
                "cannot fetch Debian package '" + req.package + "' from '" + req.url + "': " + why,
                req.package);
}

// Requests one method has outstanding: the http method sends them down its
// connection back to back, so the next file is on its way as one ends.
constexpr size_t pipeline_depth = 2;

// The jobs of one scheme, handed out to the methods fetching them.
class JobQueue {
  public:
    explicit JobQueue(std::vector<const FetchJob*> jobs) : m_jobs(std::move(jobs)) {
        m_errors.resize(m_jobs.size());
    }

    // The index of the next job to start, or none (all started, or one failed).
    std::optional<size_t> next() {
        std::lock_guard g(m_mutex);
        if (m_failed || m_next == m_jobs.size()) return std::nullopt;
        return m_next++;
    }
    const FetchJob& job(size_t i) const { return *m_jobs[i]; }
    void failed(size_t i, Error e) {
        std::lock_guard g(m_mutex);
        m_failed = true;
        if (!m_errors[i]) m_errors[i] = std::move(e);
    }
    // The earliest job's failure, so that the error does not depend on
    // which download happened to end first.
    std::optional<Error> first_error() {
        for (auto& e : m_errors)
            if (e) return std::move(e);
        return std::nullopt;
    }

  private:
    std::mutex m_mutex;
    std::vector<const FetchJob*> m_jobs;
    size_t m_next = 0;
    bool m_failed = false;
    std::vector<std::optional<Error>> m_errors;
};

// Handles a 201 URI Done for `job`: the file, verified, or nothing.
void done(JobQueue& queue, size_t i, const MethodMessage& msg) {
    const FetchJob& job = queue.job(i);
    // apt's file method names the file where it already is rather than
    // copying it (a file: mirror); the copy is ours to make.
    auto it = msg.fields.find("Filename");
    std::error_code ec;
    if (it != msg.fields.end() && !it->second.empty() && it->second != job.dest)
        fs::copy_file(it->second, job.dest, ec);
    if (auto v = verify_download(job.request, job.dest); !v) {
        ::unlink(job.dest.c_str());
        queue.failed(i, std::move(v).error());
    }
}

// One method fetching jobs from `queue` until none is left; returns the
// method to the pool when it ended cleanly.
void fetch_with_method(const std::string& scheme, JobQueue& queue) {
    auto first = queue.next();
    if (!first) return;
    auto started = MethodPool::shared().take(scheme);
    if (!started) {
        queue.failed(*first, fetch_error(queue.job(*first).request, started.error().message).error);
        return;
    }
    std::unique_ptr<AptMethod> method = std::move(*started);
    std::map<std::string, size_t> pending; // by the URI asked for
    auto ask = [&](const std::string& uri, size_t i) {
        const FetchRequest& req = queue.job(i).request;
        pending[uri] = i;
        return method->acquire(uri, queue.job(i).dest, req.sha256, req.size);
    };
    bool talking = ask(queue.job(*first).request.url, *first);
    auto refill = [&] {
        while (talking && pending.size() < pipeline_depth)
            if (auto i = queue.next())
                talking = ask(queue.job(*i).request.url, *i);
            else
                break;
    };
    refill();
    std::map<size_t, int> redirects;
    MethodMessage msg;
    while (talking && !pending.empty() && method->read(msg)) {
        auto it = pending.find(msg.fields["URI"]);
        if (it == pending.end()) continue;
        size_t i = it->second;
        const FetchJob& job = queue.job(i);
        if (msg.code == 201) {
            pending.erase(it);
            done(queue, i, msg);
        } else if (msg.code == 400 || msg.code == 401) {
            pending.erase(it);
            ::unlink(job.dest.c_str());
            std::string why = msg.fields["Message"];
            queue.failed(i, fetch_error(job.request, why.empty() ? "download failed" : why).error);
        } else if (msg.code == 103) {
            // Redirects come back to us to follow; mirrors use a few.
            std::string to = msg.fields["New-URI"];
            pending.erase(it);
            if (++redirects[i] > 10 || to.empty()) {
                queue.failed(i, fetch_error(job.request, "too many redirects").error);
                continue;
            }
            talking = ask(to, i);
            continue;
        } else {
            continue;
        }
        refill();
    }
    for (const auto& [uri, i] : pending) {
        ::unlink(queue.job(i).dest.c_str());
        queue.failed(
            i, fetch_error(queue.job(i).request, "apt method '" + scheme + "' stopped mid-download")
                   .error);
    }
    if (pending.empty()) MethodPool::shared().give_back(std::move(method));
}

} // namespace

Result<void> verify_download(const FetchRequest& req, const std::string& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return fetch_error(req, "the download left no file");
    if (static_cast<uint64_t>(st.st_size) != req.size)
        return fail(ErrorKind::hash_mismatch,
                    "Debian package '" + req.package + "': got " + std::to_string(st.st_size) +
                        " bytes, the lock pins " + std::to_string(req.size),
                    req.package);
    auto h = util::hash_file(util::HashAlgo::sha256, file);
    if (!h) return fail(ErrorKind::io, h.error().message, req.package);
    std::string got = util::base16_encode(h->bytes);
    if (got != req.sha256)
        return fail(ErrorKind::hash_mismatch,
                    "hash mismatch in Debian package '" + req.package +
                        "':\n  specified: sha256:" + req.sha256 + "\n  got:       sha256:" + got,
                    req.package);
    return {};
}

Result<void> apt_fetch(const FetchRequest& req, const std::string& dest) {
    return apt_fetch_all({FetchJob{req, dest}});
}

Result<void> apt_fetch_all(const std::vector<FetchJob>& jobs) {
    std::map<std::string, std::vector<const FetchJob*>> by_scheme;
    for (const auto& job : jobs) {
        auto colon = job.request.url.find(':');
        if (colon == std::string::npos) return fetch_error(job.request, "not a URL");
        by_scheme[job.request.url.substr(0, colon)].push_back(&job);
    }
    for (const auto& [scheme, group] : by_scheme) {
        JobQueue queue(group);
        size_t methods = std::min(fetch_parallelism, (group.size() + 1) / pipeline_depth);
        std::vector<std::thread> others;
        for (size_t i = 1; i < methods; ++i)
            others.emplace_back([&, s = scheme] { fetch_with_method(s, queue); });
        fetch_with_method(scheme, queue);
        for (auto& t : others) t.join();
        if (auto e = queue.first_error()) return Unexpected{std::move(*e)};
    }
    return {};
}

} // namespace hearth::pkgs
