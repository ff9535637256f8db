#include "pkgs/lock_file.hh"

#include "util/json.hh"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace hearth::pkgs {

using util::Json;
using util::json_quote;

namespace {

Result<LockEntry> entry_from_json(const std::string& name, const Json& j, const std::string& path) {
    auto bad = [&](const char* what) {
        return fail(ErrorKind::bad_index,
                    "lock file '" + path + "': package '" + name + "' has no valid " + what, name);
    };
    LockEntry e;
    e.name = name;
    std::pair<const char*, std::string*> strings[] = {{"version", &e.version},
                                                      {"architecture", &e.architecture},
                                                      {"filename", &e.filename},
                                                      {"url", &e.url},
                                                      {"sha256", &e.sha256}};
    for (auto [key, dst] : strings) {
        auto* v = j.get(key);
        if (!v || !v->as_string()) return bad(key);
        *dst = *v->as_string();
    }
    auto* size = j.get("size");
    if (!size || !size->as_int() || *size->as_int() < 0) return bad("size");
    e.size = static_cast<uint64_t>(*size->as_int());
    auto* deps = j.get("depends");
    if (!deps || !deps->as_array()) return bad("depends");
    for (const auto& d : *deps->as_array()) {
        if (!d.as_string()) return bad("depends");
        e.depends.push_back(*d.as_string());
    }
    return e;
}

// The one dependency name a group of alternatives is pinned to.
std::optional<std::string> pick(const AptIndex& index, const HostSystem& host,
                                const Dependency& dep) {
    for (const auto& alt : dep)
        if (host.satisfies(alt)) return alt.name;
    for (const auto& alt : dep)
        if (auto* p = index.find(alt.name); p && satisfies(p->version, alt.op, alt.version))
            return alt.name;
    for (const auto& alt : dep)
        if (auto provs = index.providers(alt.name); !provs.empty()) return provs.front()->name;
    return std::nullopt;
}

} // namespace

Result<LockFile> LockFile::read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (errno == ENOENT) return LockFile{};
        return fail(ErrorKind::io, "cannot read lock file '" + path + "': " + std::strerror(errno));
    }
    std::stringstream ss;
    ss << in.rdbuf();
    return parse(ss.str(), path);
}

Result<LockFile> LockFile::parse(std::string_view text, const std::string& path) {
    auto doc = Json::parse(text);
    if (!doc) return fail(ErrorKind::bad_index, "lock file '" + path + "': " + doc.error().message);
    auto* version = doc->get("version");
    if (!version || version->as_int() != lock_format_version)
        return fail(ErrorKind::bad_index, "lock file '" + path + "': unsupported version (want " +
                                              std::to_string(lock_format_version) + ")");
    auto* pkgs = doc->get("packages");
    if (!pkgs || !pkgs->as_object())
        return fail(ErrorKind::bad_index, "lock file '" + path + "': no 'packages' object");
    LockFile lock;
    for (const auto& [name, j] : *pkgs->as_object())
        lock.packages[name] = HEARTH_TRY(entry_from_json(name, j, path));
    return lock;
}

std::string LockFile::to_json() const {
    std::string out = "{\n  \"packages\": {";
    bool first = true;
    for (const auto& [name, e] : packages) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "    " + json_quote(name) + ": {\n";
        out += "      \"architecture\": " + json_quote(e.architecture) + ",\n";
        out += "      \"depends\": [";
        for (size_t i = 0; i < e.depends.size(); ++i)
            out += (i ? ", " : "") + json_quote(e.depends[i]);
        out += "],\n";
        out += "      \"filename\": " + json_quote(e.filename) + ",\n";
        out += "      \"sha256\": " + json_quote(e.sha256) + ",\n";
        out += "      \"size\": " + std::to_string(e.size) + ",\n";
        out += "      \"url\": " + json_quote(e.url) + ",\n";
        out += "      \"version\": " + json_quote(e.version) + "\n    }";
    }
    out += first ? "},\n" : "\n  },\n";
    out += "  \"version\": " + std::to_string(lock_format_version) + "\n}\n";
    return out;
}

Result<void> LockFile::write(const std::string& path) const {
    std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << to_json();
        out.close();
        if (!out) {
            ::unlink(tmp.c_str());
            return fail(ErrorKind::io, "cannot write lock file '" + path + "'");
        }
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        ::unlink(tmp.c_str());
        return fail(ErrorKind::io,
                    "cannot write lock file '" + path + "': " + std::strerror(errno));
    }
    return {};
}

Result<LockEntry> entry_from_index(const AptIndex& index, const HostSystem& host,
                                   const DebPackage& pkg) {
    LockEntry e;
    e.name = pkg.name;
    e.version = pkg.version;
    e.architecture = pkg.architecture;
    e.filename = pkg.filename;
    e.url = pkg.url;
    e.sha256 = pkg.sha256;
    e.size = pkg.size;
    if (e.sha256.size() != 64)
        return fail(ErrorKind::bad_index, "package '" + pkg.name + "' has no SHA256 in the index",
                    pkg.name);
    std::set<std::string> seen;
    for (const auto& dep : pkg.depends) {
        auto name = pick(index, host, dep);
        if (!name) {
            std::string what = dep.front().name;
            return fail(ErrorKind::unknown,
                        "package '" + pkg.name + "' depends on '" + what +
                            "', which no source offers",
                        pkg.name);
        }
        if (*name != pkg.name && seen.insert(*name).second) e.depends.push_back(*name);
    }
    return e;
}

Result<std::vector<std::string>> lock_closure(LockFile& lock, const HostSystem& host,
                                              const std::function<Result<const AptIndex*>()>& index,
                                              const std::vector<std::string>& names) {
    // Depth-first, emitting a package after its dependencies; a cycle (Debian
    // has some) is cut where it closes.
    std::vector<std::string> order;
    std::set<std::string> done, active;
    std::function<Result<void>(const std::string&, bool)> visit;
    visit = [&](const std::string& want, bool requested) -> Result<void> {
        std::string name = want;
        if (!requested && host.provides(name)) return {};
        if (!lock.packages.contains(name)) {
            auto* idx = HEARTH_TRY(index());
            const DebPackage* pkg = idx->find(name);
            if (!pkg) {
                auto provs = idx->providers(name);
                if (provs.empty())
                    return fail(ErrorKind::unknown, "no package named '" + name + "'", name);
                pkg = provs.front();
                name = pkg->name;
            }
            if (!lock.packages.contains(name))
                lock.packages[name] = HEARTH_TRY(entry_from_index(*idx, host, *pkg));
        }
        if (done.contains(name) || active.contains(name)) return {};
        active.insert(name);
        for (const auto& dep : std::vector<std::string>(lock.packages[name].depends))
            HEARTH_TRY(visit(dep, false));
        active.erase(name);
        done.insert(name);
        order.push_back(name);
        return {};
    };
    for (const auto& n : names) HEARTH_TRY(visit(n, true));
    return order;
}

Result<void> update_lock(LockFile& lock, const AptIndex& index, const HostSystem& host) {
    LockFile fresh;
    for (const auto& [name, old] : lock.packages) {
        const DebPackage* pkg = index.find(name);
        if (!pkg)
            return fail(ErrorKind::unknown,
                        "package '" + name + "' is no longer offered by the apt sources", name);
        fresh.packages[name] = HEARTH_TRY(entry_from_index(index, host, *pkg));
    }
    // A new version may depend on something new.
    std::vector<std::string> names;
    for (const auto& [name, e] : fresh.packages) names.push_back(name);
    HEARTH_TRY(lock_closure(
        fresh, host, [&]() -> Result<const AptIndex*> { return &index; }, names));
    lock = std::move(fresh);
    return {};
}

} // namespace hearth::pkgs
