#include "cli/debian_index.hh"

#include "pkgs/apt_index.hh"
#include "pkgs/host.hh"
#include "pkgs/index_nix.hh"
#include "store/local_store.hh"
#include "store/lock.hh"
#include "util/encoding.hh"
#include "util/hash.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>

namespace hearth::cli {

namespace {

namespace fs = std::filesystem;

// apt replaces its index files by renaming them into this directory, so
// its mtime changes with every `apt-get update` that changed an index;
// dpkg's status says what the host provides (host.json).
constexpr const char* apt_lists = "/var/lib/apt/lists";
constexpr const char* dpkg_status = "/var/lib/dpkg/status";

std::optional<std::string> stamp(const char* path) {
    struct stat st {};
    if (::stat(path, &st) != 0) return std::nullopt;
    return std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec);
}

// Removes indexes written for earlier states of apt's lists, which no
// evaluation will ask for again.
void remove_stale(const fs::path& keep) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(keep.parent_path(), ec))
        if (e.path() != keep && e.path().filename().string().find(".tmp-") == std::string::npos)
            fs::remove_all(e.path(), ec);
}

pkgs::Result<std::string> write_index(const std::string& dir) {
    auto host = HEARTH_TRY(pkgs::HostSystem::load(dpkg_status));
    std::optional<pkgs::AptIndex> index;
    auto load = [&]() -> pkgs::Result<const pkgs::AptIndex*> {
        if (!index) index = HEARTH_TRY(pkgs::AptIndex::load());
        return &*index;
    };
    return pkgs::write_nix_index(load, host, dir);
}

// The index describes the host's apt state, not a store: one copy serves
// every store of the machine (or of the user, who cannot write root's).
std::string cache_root() {
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return x;
    if (::geteuid() == 0) return "/var/cache";
    if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache";
    return "";
}

std::string find_or_write() {
    auto lists = stamp(apt_lists), status = stamp(dpkg_status);
    std::string root = cache_root();
    if (!lists || !status || root.empty()) return "";
    auto h = util::hash_string(util::HashAlgo::sha256, "v1:" + *lists + ":" + *status);
    std::string dir = root + "/hearth/debian-index/" + util::base16_encode(h.bytes).substr(0, 32);
    std::error_code ec;
    if (fs::exists(dir + "/names.json", ec)) return dir;
    // One writer at a time, and none replaces an index a reader may be
    // reading: whoever waited finds it written.
    fs::create_directories(fs::path(dir).parent_path(), ec);
    auto lock = store::FileLock::acquire(fs::path(dir).parent_path().string() + ".lock",
                                         store::LockMode::exclusive);
    if (fs::exists(dir + "/names.json", ec)) return dir;
    auto written = write_index(dir);
    if (!written) {
        std::fprintf(stderr, "warning: cannot write the Debian package index into '%s': %s\n",
                     dir.c_str(), written.error().message.c_str());
        return "";
    }
    remove_stale(dir);
    return *written;
}

} // namespace

std::string debian_index_dir() {
    static const std::string dir = find_or_write();
    return dir;
}

} // namespace hearth::cli
