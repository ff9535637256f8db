#include "pkgs/host.hh"

#include <deque>
#include <fstream>
#include <sstream>

namespace hearth::pkgs {

namespace {

struct Installed {
    std::string version;
    std::vector<Dependency> depends;
    std::vector<Relation> provides;
    bool base = false; // Essential or Priority required
};

} // namespace

Result<HostSystem> HostSystem::load(const std::string& status_file) {
    std::ifstream in(status_file, std::ios::binary);
    if (!in) return fail(ErrorKind::io, "cannot read dpkg status '" + status_file + "'");
    std::stringstream ss;
    ss << in.rdbuf();
    return from_text(ss.str());
}

HostSystem HostSystem::from_text(std::string_view status_text) {
    std::map<std::string, Installed> installed;
    std::map<std::string, std::vector<std::string>> providers;
    for_each_stanza(status_text, [&](const Stanza& st) {
        if (st.get("Status") != "install ok installed") return;
        // Multi-Arch: same packages appear once per architecture; any will do.
        std::string name(st.get("Package"));
        Installed p;
        p.version = std::string(st.get("Version"));
        p.depends = parse_relations(st.get("Pre-Depends"));
        for (auto& d : parse_relations(st.get("Depends"))) p.depends.push_back(std::move(d));
        for (auto& d : parse_relations(st.get("Provides")))
            if (!d.empty()) p.provides.push_back(d.front());
        p.base = st.get("Essential") == "yes" || st.get("Priority") == "required";
        for (const auto& pr : p.provides) providers[pr.name].push_back(name);
        installed[name] = std::move(p);
    });
    HostSystem host;
    std::deque<std::string> queue;
    for (const auto& [name, p] : installed)
        if (p.base) queue.push_back(name);
    auto add = [&](const std::string& name) {
        if (!installed.contains(name) || host.m_versions.contains(name)) return;
        host.m_versions[name] = installed[name].version;
        queue.push_back(name);
    };
    for (auto n : std::deque<std::string>(queue)) host.m_versions[n] = installed[n].version;
    while (!queue.empty()) {
        std::string name = queue.front();
        queue.pop_front();
        const auto& p = installed[name];
        host.m_provided.insert(name);
        for (const auto& pr : p.provides) host.m_provided.insert(pr.name);
        for (const auto& dep : p.depends)
            for (const auto& alt : dep) {
                add(alt.name);
                if (auto it = providers.find(alt.name); it != providers.end())
                    for (const auto& n : it->second) add(n);
            }
    }
    return host;
}

bool HostSystem::satisfies(const Relation& r) const {
    if (!m_provided.contains(r.name)) return false;
    auto it = m_versions.find(r.name);
    if (it == m_versions.end()) return true; // virtual: unversioned
    return pkgs::satisfies(it->second, r.op, r.version);
}

} // namespace hearth::pkgs
