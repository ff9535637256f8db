#include "system/channels.hh"

#include "system/fs.hh"
#include "system/process.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace hearth::system {

namespace fs = std::filesystem;

std::string root_channels_dir() {
    return "/var/lib/hearth/channels";
}

std::string channels_dir() {
    if (const char* d = std::getenv("HEARTH_CHANNELS_DIR"); d && *d) return d;
    if (::geteuid() == 0) return root_channels_dir();
    if (const char* x = std::getenv("XDG_STATE_HOME"); x && *x)
        return std::string(x) + "/hearth/channels";
    const char* home = std::getenv("HOME");
    return std::string(home ? home : "/") + "/.local/state/hearth/channels";
}

std::string default_channel_name(const std::string& url) {
    std::string u = url;
    while (!u.empty() && u.back() == '/') u.pop_back();
    std::string name = u.substr(u.rfind('/') + 1);
    for (const char* suffix : {"-unstable", "-stable"})
        if (auto p = name.find(suffix); p != std::string::npos)
            name.erase(p, std::string(suffix).size());
    return name;
}

Result<std::vector<Channel>> list_channels(const std::string& dir) {
    std::vector<Channel> out;
    auto text = HEARTH_TRY(read_file(dir + "/channels.list"));
    if (!text) return out;
    std::istringstream in(*text);
    for (std::string line; std::getline(in, line);) {
        std::istringstream words(line);
        Channel c;
        if (words >> c.url) {
            if (!(words >> c.name)) c.name = default_channel_name(c.url);
            out.push_back(c);
        }
    }
    return out;
}

namespace {

Result<void> save(const std::string& dir, const std::vector<Channel>& cs) {
    std::string text;
    for (auto& c : cs) text += c.url + " " + c.name + "\n";
    HEARTH_TRY(make_dirs(dir));
    return write_file_atomic(dir + "/channels.list", text, 0644);
}

bool valid_name(const std::string& n) {
    return !n.empty() && n[0] != '.' && n.find('/') == std::string::npos &&
           n.find(' ') == std::string::npos;
}

// A local path for file:// URLs and plain paths; "" for remote URLs.
std::string local_path(const std::string& url) {
    if (url.starts_with("file://")) return url.substr(7);
    if (url.find("://") == std::string::npos) return url;
    return "";
}

bool is_tarball_name(const std::string& u) {
    for (const char* ext : {".tar", ".tar.gz", ".tgz", ".tar.xz", ".tar.bz2", ".tar.zst"})
        if (u.ends_with(ext)) return true;
    return false;
}

// Downloads with whichever of the host's clients exists. FIXME: a native
// HTTP client, so that a machine without curl, wget or python3 can fetch.
Result<void> download(const std::string& url, const std::string& dest) {
    std::vector<std::vector<std::string>> tries = {
        {"curl", "--fail", "--silent", "--show-error", "--location", "--output", dest, url},
        {"wget", "--quiet", "--output-document", dest, url},
        {"python3", "-c",
         "import sys, urllib.request, shutil\n"
         "with urllib.request.urlopen(sys.argv[1]) as r, open(sys.argv[2], 'wb') as f: "
         "shutil.copyfileobj(r, f)",
         url, dest},
    };
    std::string last = "no download program (curl, wget or python3) found";
    for (auto& argv : tries) {
        ProcessOptions o;
        o.capture = true;
        auto r = run_process(argv, o);
        if (!r.ok()) continue;
        if (r->status == 127) continue; // not installed
        if (r->status == 0) return {};
        last = argv[0] + ": " + r->output;
        while (!last.empty() && last.back() == '\n') last.pop_back();
        break;
    }
    ::unlink(dest.c_str());
    return fail(ErrorKind::command, "cannot download '" + url + "': " + last);
}

Result<void> run_checked(const std::vector<std::string>& argv, const std::string& what) {
    ProcessOptions o;
    o.capture = true;
    auto r = HEARTH_TRY(run_process(argv, o));
    if (r.status != 0) return fail(ErrorKind::command, what + ": " + r.output);
    return {};
}

// The channel's tree inside `unpacked`: its only directory, as Nix's
// unpack-channel takes the tarball's single top-level directory.
std::string tree_root(const std::string& unpacked) {
    std::vector<fs::path> entries;
    std::error_code ec;
    for (auto& e : fs::directory_iterator(unpacked, ec)) entries.push_back(e.path());
    if (entries.size() == 1 && fs::is_directory(entries[0])) return entries[0].string();
    return unpacked;
}

// Fetches c into a fresh directory under dir/.versions; returns it.
Result<std::string> fetch(const std::string& dir, const Channel& c) {
    std::string versions = dir + "/.versions";
    HEARTH_TRY(make_dirs(versions));
    std::string work = versions + "/.tmp-" + c.name + "-" + std::to_string(::getpid());
    std::error_code ec;
    fs::remove_all(work, ec);
    HEARTH_TRY(make_dirs(work + "/unpacked"));
    std::string local = local_path(c.url), tarball;
    struct stat st;
    if (!local.empty()) {
        if (::stat(local.c_str(), &st) != 0) return fail_errno("reading channel", local);
        if (S_ISDIR(st.st_mode)) {
            HEARTH_TRY(run_checked({"cp", "-a", "--", local + "/.", work + "/unpacked/"},
                                   "copying " + local));
        } else {
            tarball = local;
        }
    } else {
        tarball = work + "/download";
        std::string url = c.url;
        if (!is_tarball_name(url)) url += "/nixexprs.tar.xz"; // a channel URL names a directory
        HEARTH_TRY(download(url, tarball));
    }
    if (!tarball.empty())
        HEARTH_TRY(
            run_checked({"tar", "-xf", tarball, "-C", work + "/unpacked"}, "unpacking " + c.url));
    // A tarball holds one top directory; a directory is the tree itself.
    std::string tree = tarball.empty() ? work + "/unpacked" : tree_root(work + "/unpacked");
    int n = 1;
    while (fs::exists(versions + "/" + c.name + "-" + std::to_string(n), ec)) ++n;
    std::string final_dir = versions + "/" + c.name + "-" + std::to_string(n);
    if (::rename(tree.c_str(), final_dir.c_str()) != 0)
        return fail_errno("installing channel", final_dir);
    fs::remove_all(work, ec);
    return final_dir;
}

} // namespace

Result<void> add_channel(const std::string& dir, const Channel& c) {
    if (!valid_name(c.name)) return fail(ErrorKind::usage, "invalid channel name '" + c.name + "'");
    auto cs = HEARTH_TRY(list_channels(dir));
    std::erase_if(cs, [&](auto& x) { return x.name == c.name; });
    cs.push_back(c);
    return save(dir, cs);
}

Result<void> remove_channel(const std::string& dir, const std::string& name) {
    auto cs = HEARTH_TRY(list_channels(dir));
    std::erase_if(cs, [&](auto& x) { return x.name == name; });
    HEARTH_TRY(save(dir, cs));
    auto old = read_link(dir + "/" + name);
    ::unlink((dir + "/" + name).c_str());
    std::error_code ec;
    if (old) fs::remove_all(dir + "/" + *old, ec);
    return {};
}

Result<void> update_channels(const std::string& dir, const std::string& only) {
    auto cs = HEARTH_TRY(list_channels(dir));
    bool found = only.empty();
    for (auto& c : cs) {
        if (!only.empty() && c.name != only) continue;
        found = true;
        std::fprintf(stderr, "unpacking '%s' into channel '%s'\n", c.url.c_str(), c.name.c_str());
        std::string fresh = HEARTH_TRY(fetch(dir, c));
        auto old = read_link(dir + "/" + c.name);
        HEARTH_TRY(write_symlink_atomic(dir + "/" + c.name,
                                        ".versions/" + fresh.substr(fresh.rfind('/') + 1)));
        std::error_code ec;
        if (old && *old != ".versions/" + fresh.substr(fresh.rfind('/') + 1))
            fs::remove_all(dir + "/" + *old, ec);
    }
    if (!found) return fail(ErrorKind::usage, "there is no channel named '" + only + "'");
    return {};
}

std::vector<std::pair<std::string, std::string>> channel_entries(const std::string& dir) {
    std::vector<std::pair<std::string, std::string>> out;
    auto cs = list_channels(dir);
    if (!cs.ok()) return out;
    for (auto& c : *cs) {
        std::string tree = dir + "/" + c.name;
        struct stat st;
        if (::stat(tree.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) out.push_back({c.name, tree});
    }
    return out;
}

} // namespace hearth::system
