#include "glue/eval_cache.hh"

#include "store/nar.hh"
#include "util/encoding.hh"
#include "util/hash.hh"
#include "util/json.hh"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace hearth::glue {

namespace {

constexpr int format_version = 1;

const char* type_name(const struct stat& sb) {
    if (S_ISREG(sb.st_mode)) return (sb.st_mode & S_IXUSR) ? "executable" : "regular";
    if (S_ISDIR(sb.st_mode)) return "directory";
    if (S_ISLNK(sb.st_mode)) return "symlink";
    return "unknown";
}

std::string hex_sha256(std::string_view data) {
    return util::base16_encode(util::hash_string(util::HashAlgo::sha256, data).bytes);
}

std::string file_print(const std::string& path) {
    struct stat sb;
    if (::stat(path.c_str(), &sb) != 0) return "missing";
    if (!S_ISREG(sb.st_mode)) return type_name(sb);
    auto h = util::hash_file(util::HashAlgo::sha256, path);
    return h ? "sha256:" + util::base16_encode(h->bytes) : "unreadable";
}

std::string type_print(const std::string& path, bool follow) {
    struct stat sb;
    int r = follow ? ::stat(path.c_str(), &sb) : ::lstat(path.c_str(), &sb);
    return r == 0 ? type_name(sb) : "missing";
}

std::string directory_print(const std::string& path) {
    DIR* d = ::opendir(path.c_str());
    if (!d) return "unreadable";
    std::vector<std::string> entries;
    while (auto* e = ::readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        entries.push_back(name + '\0' + type_print(path + "/" + name, false));
    }
    ::closedir(d);
    std::sort(entries.begin(), entries.end());
    std::string all;
    for (auto& e : entries) all += e + '\n';
    return "sha256:" + hex_sha256(all);
}

std::string tree_print(const std::string& path) {
    struct stat sb;
    if (::lstat(path.c_str(), &sb) != 0) return "missing";
    auto h = store::nar_hash(path);
    return h ? "nar:" + util::base16_encode(h->bytes) : "unreadable";
}

// The running binary, by size and modification time: cheap, and changes
// with every build.
std::string self_identity() {
    struct stat sb;
    if (::stat("/proc/self/exe", &sb) != 0) return "unknown";
    return std::to_string(sb.st_size) + ":" + std::to_string(sb.st_mtim.tv_sec) + "." +
           std::to_string(sb.st_mtim.tv_nsec);
}

bool read_text(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

} // namespace

std::string fingerprint(lang::InputKind kind, const std::string& name) {
    switch (kind) {
    case lang::InputKind::file:
        return file_print(name);
    case lang::InputKind::type:
        return type_print(name, false);
    case lang::InputKind::type_follow:
        return type_print(name, true);
    case lang::InputKind::directory:
        return directory_print(name);
    case lang::InputKind::env: {
        const char* v = std::getenv(name.c_str());
        return v ? "=" + std::string(v) : "unset";
    }
    case lang::InputKind::tree:
        return tree_print(name);
    }
    return "unknown";
}

std::string eval_cache_file(const store::LocalStore& store, const std::string& name) {
    std::string dir = store.config().state_dir() + "/eval-cache";
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    return ec ? "" : dir + "/" + name + ".json";
}

std::string eval_cache_key(const std::vector<std::string>& parts) {
    std::string all =
        "hearth-eval-cache " + std::to_string(format_version) + '\0' + self_identity();
    for (auto& p : parts) all += '\0' + p;
    return hex_sha256(all);
}

std::optional<std::vector<std::string>> EvalCache::lookup(const std::string& key) const {
    std::string text;
    if (!read_text(m_file, text)) return std::nullopt;
    auto doc = util::Json::parse(text);
    if (!doc) return std::nullopt;
    const util::Json* k = doc->get("key");
    const util::Json* inputs = doc->get("inputs");
    const util::Json* results = doc->get("results");
    if (!k || !k->as_string() || *k->as_string() != key || !inputs || !inputs->as_array() ||
        !results || !results->as_array())
        return std::nullopt;
    for (auto& in : *inputs->as_array()) {
        auto* row = in.as_array();
        if (!row || row->size() != 3) return std::nullopt;
        auto *kind = (*row)[0].as_string(), *name = (*row)[1].as_string(),
             *print = (*row)[2].as_string();
        if (!kind || !name || !print || kind->size() != 1) return std::nullopt;
        if (fingerprint(lang::InputKind((*kind)[0]), *name) != *print) return std::nullopt;
    }
    std::vector<std::string> out;
    for (auto& r : *results->as_array()) {
        if (!r.as_string()) return std::nullopt;
        out.push_back(*r.as_string());
    }
    return out;
}

std::optional<std::vector<std::string>> EvalCache::lookup_valid(store::LocalStore& store,
                                                                const std::string& key) const {
    auto hit = lookup(key);
    if (!hit) return std::nullopt;
    for (auto& r : *hit) {
        auto path = store.parse(r.substr(0, r.find(' ')));
        auto valid = path ? store.is_valid(*path) : store::Result<bool>(false);
        if (!valid || !*valid) return std::nullopt;
    }
    return hit;
}

void EvalCache::store(const std::string& key, const lang::InputLog& log,
                      const std::vector<std::string>& results) const {
    if (!log.replayable()) {
        ::unlink(m_file.c_str());
        return;
    }
    util::Json::Array inputs;
    for (auto& [kind, name] : log.records())
        inputs.push_back(
            util::Json(util::Json::Array{util::Json(std::string(1, char(kind))), util::Json(name),
                                         util::Json(fingerprint(kind, name))}));
    util::Json::Array res;
    for (auto& r : results) res.push_back(util::Json(r));
    util::Json doc(util::Json::Object{{"version", util::Json(format_version)},
                                      {"key", util::Json(key)},
                                      {"inputs", util::Json(std::move(inputs))},
                                      {"results", util::Json(std::move(res))}});
    // Written whole under another name, then renamed: a reader never sees
    // half an entry.
    std::string tmp = m_file + ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << doc.dump();
        if (!out.flush()) {
            ::unlink(tmp.c_str());
            return;
        }
    }
    if (::rename(tmp.c_str(), m_file.c_str()) != 0) ::unlink(tmp.c_str());
}

} // namespace hearth::glue
