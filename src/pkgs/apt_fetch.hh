// Downloading a .deb the way apt does: we start apt's own transport method
// (/usr/lib/apt/methods/http, https, file...) and speak its line protocol,
// handing it the machine's apt configuration, so that mirrors, proxies and
// authentication set up for apt apply to Hearth as well. The bytes are
// checked against the pinned size and SHA-256 before anything is kept.
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

// Downloads several files through one method process per URI scheme, which
// pipelines them over one connection as apt does. Every file that failed is
// removed; the first failure is returned.
struct FetchJob {
    FetchRequest request;
    std::string dest;
};
Result<void> apt_fetch_all(const std::vector<FetchJob>& jobs);

// Checks a file's size and SHA-256 against the request.
Result<void> verify_download(const FetchRequest& req, const std::string& file);

} // namespace hearth::pkgs
