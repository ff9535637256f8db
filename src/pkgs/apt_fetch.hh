// Downloading .debs the way apt does, through apt's own transport methods
// (apt_method.hh), so that mirrors, proxies and authentication set up for
// apt apply to Hearth as well. The bytes are checked against the pinned
// size and SHA-256 before anything is kept.
#pragma once

#include "pkgs/error.hh"

#include <cstdint>
#include <string>
#include <vector>

namespace hearth::pkgs {

struct FetchRequest {
    std::string package; // for messages
    std::string url;
    std::string sha256; // base16
    uint64_t size = 0;
};

// Downloads to `dest` (which must not exist); on any failure `dest` is gone.
Result<void> apt_fetch(const FetchRequest& req, const std::string& dest);

// Downloads several files at once: up to `fetch_parallelism` method
// processes per URI scheme, each with a few requests outstanding (the http
// method pipelines them over its connection), taking the next file as one
// finishes, so a large .deb does not hold up the small ones behind it.
// After a failure no new download starts. Every file that failed or was
// not fetched is absent; the failure of the earliest job is returned.
// apt itself opens one connection per host; a few more keep the link busy
// while one waits on a large file, and mirrors frown on many.
inline constexpr size_t fetch_parallelism = 4;
struct FetchJob {
    FetchRequest request;
    std::string dest;
};
Result<void> apt_fetch_all(const std::vector<FetchJob>& jobs);

// Checks a file's size and SHA-256 against the request.
Result<void> verify_download(const FetchRequest& req, const std::string& file);

} // namespace hearth::pkgs
