#include "pkgs/apt_fetch.hh"

#include "pkgs/process.hh"
#include "util/encoding.hh"
#include "util/hash.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>

namespace hearth::pkgs {

namespace fs = std::filesystem;

namespace {

// `apt-config dump` as Config-Item lines, read once per process.
struct AptConfig {
    std::string items;
    std::string methods_dir = "/usr/lib/apt/methods";
};

const AptConfig& apt_config() {
    static std::once_flag once;
    static AptConfig config;
    std::call_once(once, [] {
        auto out = run_capture({"apt-config", "dump", "--format", "%f=%v%n"});
        if (!out || out->status != 0) return;
        size_t pos = 0;
        const std::string& text = out->out;
        while (pos < text.size()) {
            size_t nl = text.find('\n', pos);
            if (nl == std::string::npos) nl = text.size();
            std::string line = text.substr(pos, nl - pos);
            pos = nl + 1;
            if (line.starts_with("Dir::Bin::Methods=")) config.methods_dir = line.substr(18);
            // The sandbox user applies to apt's own downloads as root; ours
            // go to a directory of the calling user.
            if (line.starts_with("APT::Sandbox::User=")) continue;
            config.items += "Config-Item: " + line + "\n";
        }
    });
    return config;
}

// A protocol message: "NNN Text" then "Field: value" lines.
struct Message {
    int code = 0;
    std::map<std::string, std::string> fields;
};

bool read_message(Child& method, Message& msg) {
    msg = {};
    std::string line;
    while (method.read_line(line)) {
        if (line.empty()) {
            if (msg.code) return true;
            continue;
        }
        if (!msg.code) {
            msg.code = std::atoi(line.c_str());
            continue;
        }
        if (auto colon = line.find(':'); colon != std::string::npos) {
            size_t v = line.find_first_not_of(' ', colon + 1);
            msg.fields[line.substr(0, colon)] = v == std::string::npos ? "" : line.substr(v);
        }
    }
    return false;
}

std::string acquire(const std::string& uri, const std::string& dest, const FetchRequest& req) {
    return "600 URI Acquire\nURI: " + uri + "\nFilename: " + dest +
           "\nExpected-SHA256: " + req.sha256 + "\nMaximum-Size: " + std::to_string(req.size) +
           "\n\n";
}

Unexpected<Error> fetch_error(const FetchRequest& req, const std::string& why) {
    return fail(ErrorKind::fetch_failed,
                "cannot fetch Debian package '" + req.package + "' from '" + req.url + "': " + why,
                req.package);
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

namespace {

// One method process fetching every job whose URL has its scheme.
Result<void> fetch_with_method(const std::string& scheme,
                               const std::vector<const FetchJob*>& jobs) {
    const FetchRequest& first = jobs.front()->request;
    const AptConfig& config = apt_config();
    std::string method_path = config.methods_dir + "/" + scheme;
    if (::access(method_path.c_str(), X_OK) != 0)
        return fetch_error(first, "apt has no method for '" + scheme + "'");
    auto method = Child::spawn({method_path});
    if (!method) return fetch_error(first, method.error().message);
    Message msg;
    if (!read_message(*method, msg) || msg.code != 100)
        return fetch_error(first, "apt method '" + scheme + "' did not start");
    // As root a method would drop to the sandbox user, who cannot write
    // into the caller's directory.
    std::string out = "601 Configuration\n" + config.items +
                      (::getuid() == 0 ? "Config-Item: APT::Sandbox::User=root\n" : "") + "\n";
    std::map<std::string, const FetchJob*> pending; // by the URI asked for
    for (const auto* job : jobs) {
        out += acquire(job->request.url, job->dest, job->request);
        pending[job->request.url] = job;
    }
    if (!method->write(out)) return fetch_error(first, "apt method '" + scheme + "' exited");
    std::optional<Error> first_error;
    auto failed = [&](Error e) {
        if (!first_error) first_error = std::move(e);
    };
    int redirects = 0;
    while (!pending.empty() && read_message(*method, msg)) {
        auto it = pending.find(msg.fields["URI"]);
        if (it == pending.end()) continue;
        const FetchJob& job = *it->second;
        if (msg.code == 201) {
            pending.erase(it);
            // apt's file method names the file where it already is rather
            // than copying it (a file: mirror); the copy is ours to make.
            std::string at = msg.fields["Filename"];
            std::error_code ec;
            if (!at.empty() && at != job.dest) fs::copy_file(at, job.dest, ec);
            if (auto v = verify_download(job.request, job.dest); !v) {
                ::unlink(job.dest.c_str());
                failed(std::move(v).error());
            }
        } else if (msg.code == 400 || msg.code == 401) {
            pending.erase(it);
            ::unlink(job.dest.c_str());
            std::string why = msg.fields["Message"];
            failed(fetch_error(job.request, why.empty() ? "download failed" : why).error);
        } else if (msg.code == 103) {
            // Redirects come back to us to follow; mirrors use a few.
            std::string to = msg.fields["New-URI"];
            pending.erase(it);
            if (++redirects > 10 * static_cast<int>(jobs.size()) || to.empty()) {
                failed(fetch_error(job.request, "too many redirects").error);
                continue;
            }
            pending[to] = &job;
            if (!method->write(acquire(to, job.dest, job.request))) break;
        }
    }
    for (const auto& [uri, job] : pending) {
        ::unlink(job->dest.c_str());
        failed(fetch_error(job->request, "apt method '" + scheme + "' stopped mid-download").error);
    }
    if (first_error) return Unexpected{std::move(*first_error)};
    return {};
}

} // namespace

Result<void> apt_fetch_all(const std::vector<FetchJob>& jobs) {
    std::map<std::string, std::vector<const FetchJob*>> by_scheme;
    for (const auto& job : jobs) {
        auto colon = job.request.url.find(':');
        if (colon == std::string::npos) return fetch_error(job.request, "not a URL");
        by_scheme[job.request.url.substr(0, colon)].push_back(&job);
    }
    for (const auto& [scheme, group] : by_scheme) HEARTH_TRY(fetch_with_method(scheme, group));
    return {};
}

} // namespace hearth::pkgs
