#include "home/lock.hh"

#include "pkgs/apt_index.hh"
#include "pkgs/host.hh"
#include "pkgs/lock_file.hh"
#include "store/local_store.hh"

#include <deque>
#include <memory>
#include <optional>
#include <set>

namespace hearth::home {

namespace {

const char* const unpack_builder = "builtin:hearth-deb-unpack";

Unexpected<Error> from_store(const store::Error& e) {
    return fail(ErrorKind::io, e.message);
}

Unexpected<Error> from_pkgs(const pkgs::Error& e) {
    std::string message = e.message;
    for (const auto& line : e.trail) message += "\n… " + line;
    return fail(ErrorKind::command, message);
}

} // namespace

Result<std::vector<std::string>> debian_packages_of(const std::string& out_path) {
    auto st = store::LocalStore::open(store::StoreConfig::from_environment());
    if (!st.ok()) return from_store(st.error());
    store::LocalStore& s = **st;
    auto out = s.parse(out_path);
    if (!out.ok()) return std::vector<std::string>{}; // not a store path of ours
    auto deriver = s.query_deriver(*out);
    if (!deriver.ok() || !*deriver) return std::vector<std::string>{};
    std::set<std::string> names, seen{**deriver};
    std::deque<std::string> queue{**deriver};
    while (!queue.empty()) {
        auto drv_path = s.parse(queue.front());
        queue.pop_front();
        if (!drv_path.ok()) continue;
        auto drv = s.read_derivation(*drv_path);
        if (!drv.ok()) continue; // collected since: its packages cannot be told
        if (drv->builder == unpack_builder) {
            if (auto it = drv->env.find("package"); it != drv->env.end()) names.insert(it->second);
            continue; // below it is only the .deb
        }
        for (const auto& [input, outputs] : drv->input_drvs)
            if (seen.insert(input).second) queue.push_back(input);
    }
    return std::vector<std::string>(names.begin(), names.end());
}

Result<size_t> pin_debian_packages(const std::string& generation, const std::string& lock_path) {
    auto names = HEARTH_TRY(debian_packages_of(generation));
    if (names.empty()) return size_t{0};
    auto lock = pkgs::LockFile::read(lock_path);
    if (!lock.ok()) return from_pkgs(lock.error());
    size_t before = lock->packages.size();
    bool complete = true;
    for (const auto& n : names) complete = complete && lock->packages.count(n);
    if (complete) return size_t{0};
    auto host = pkgs::HostSystem::load();
    if (!host.ok()) return from_pkgs(host.error());
    auto index = std::make_shared<std::optional<pkgs::AptIndex>>();
    auto loader = [index]() -> pkgs::Result<const pkgs::AptIndex*> {
        if (!*index) {
            auto loaded = pkgs::AptIndex::load();
            if (!loaded.ok()) return pkgs::Unexpected{std::move(loaded).error()};
            *index = std::move(*loaded);
        }
        return &**index;
    };
    if (auto r = pkgs::lock_closure(*lock, *host, loader, names); !r.ok())
        return from_pkgs(r.error());
    if (auto w = lock->write(lock_path); !w.ok()) return from_pkgs(w.error());
    return lock->packages.size() - before;
}

} // namespace hearth::home
