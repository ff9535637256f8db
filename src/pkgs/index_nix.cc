#include "pkgs/index_nix.hh"

#include "util/encoding.hh"
#include "util/hash.hh"
#include "util/json.hh"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace hearth::pkgs {

namespace fs = std::filesystem;
using util::json_quote;

namespace {

Result<void> write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) return fail(ErrorKind::io, "cannot write '" + path + "'");
    return {};
}

std::string entry_json(const LockEntry& e) {
    std::string s = "{\"architecture\":" + json_quote(e.architecture) + ",\"depends\":[";
    for (size_t i = 0; i < e.depends.size(); ++i) s += (i ? "," : "") + json_quote(e.depends[i]);
    return s + "],\"filename\":" + json_quote(e.filename) + ",\"sha256\":" + json_quote(e.sha256) +
           ",\"size\":" + std::to_string(e.size) + ",\"url\":" + json_quote(e.url) +
           ",\"version\":" + json_quote(e.version) + "}";
}

} // namespace

Result<void> write_nix_index_files(const AptIndex& index, const HostSystem& host,
                                   const std::string& dir) {
    std::string names = "{";
    std::string shard;
    size_t n = 0, shard_no = 0;
    auto sep = [](std::string& s) { s += s.size() > 1 ? ",\n" : "\n"; };
    auto flush = [&]() -> Result<void> {
        if (shard.empty()) return {};
        HEARTH_TRY(write_file(dir + "/shard-" + std::to_string(shard_no) + ".json", shard + "}\n"));
        shard.clear();
        ++shard_no;
        return {};
    };
    for (const auto& [name, pkg] : index.packages()) {
        auto entry = entry_from_index(index, host, pkg);
        if (!entry) continue; // broken dependencies: leave it out rather than fail all
        if (shard.empty()) shard = "{";
        sep(shard);
        shard += json_quote(name) + ":" + entry_json(*entry);
        sep(names);
        names += json_quote(name) + ":" + std::to_string(shard_no);
        if (++n % nix_index_shard_size == 0) HEARTH_TRY(flush());
    }
    HEARTH_TRY(flush());
    // Virtual names that no real package has, pointing at their first provider.
    std::set<std::string> virtuals;
    for (const auto& [name, pkg] : index.packages())
        for (const auto& p : pkg.provides)
            if (!index.find(p.name)) virtuals.insert(p.name);
    for (const auto& v : virtuals)
        if (auto provs = index.providers(v); !provs.empty()) {
            sep(names);
            names += json_quote(v) + ":" + json_quote(provs.front()->name);
        }
    HEARTH_TRY(write_file(dir + "/names.json", names + "}\n"));
    std::string hostjson = "{";
    for (const auto& p : host.provided()) {
        sep(hostjson);
        hostjson += json_quote(p) + ":true";
    }
    return write_file(dir + "/host.json", hostjson + "}\n");
}

Result<std::string> write_nix_index(const std::function<Result<const AptIndex*>()>& index,
                                    const HostSystem& host, const std::string& dir) {
    const AptIndex* idx = HEARTH_TRY(index());
    // Written beside and renamed, so a reader never sees half an index.
    std::string tmp = dir + ".tmp-" + std::to_string(::getpid());
    std::error_code ec;
    fs::remove_all(tmp, ec);
    fs::create_directories(tmp, ec);
    if (ec) return fail(ErrorKind::io, "creating '" + tmp + "': " + ec.message());
    if (auto r = write_nix_index_files(*idx, host, tmp); !r) {
        fs::remove_all(tmp, ec);
        return Unexpected{std::move(r).error()};
    }
    fs::remove_all(dir, ec);
    fs::rename(tmp, dir, ec);
    if (ec) return fail(ErrorKind::io, "renaming '" + tmp + "': " + ec.message());
    return dir;
}

} // namespace hearth::pkgs
