#include "pkgs/apt_index.hh"

#include "pkgs/process.hh"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include <unistd.h>

namespace hearth::pkgs {

namespace {

// Where apt keeps its helper; HEARTH_APT_HELPER overrides it for odd installs.
std::string apt_helper() {
    if (const char* h = std::getenv("HEARTH_APT_HELPER"); h && *h) return h;
    return "/usr/lib/apt/apt-helper";
}

std::string with_slash(std::string uri) {
    if (!uri.empty() && uri.back() != '/') uri += '/';
    return uri;
}

DebPackage from_stanza(const Stanza& st, const std::string& repo_uri) {
    DebPackage p;
    p.name = std::string(st.get("Package"));
    p.version = std::string(st.get("Version"));
    p.architecture = std::string(st.get("Architecture"));
    p.filename = std::string(st.get("Filename"));
    p.url = repo_uri + p.filename;
    p.sha256 = std::string(st.get("SHA256"));
    auto size = st.get("Size");
    std::from_chars(size.data(), size.data() + size.size(), p.size);
    p.depends = parse_relations(st.get("Pre-Depends"));
    for (auto& d : parse_relations(st.get("Depends"))) p.depends.push_back(std::move(d));
    for (auto& d : parse_relations(st.get("Provides")))
        if (!d.empty()) p.provides.push_back(std::move(d.front()));
    p.essential = st.get("Essential") == "yes";
    p.priority = std::string(st.get("Priority"));
    return p;
}

} // namespace

Result<std::vector<IndexFile>> AptIndex::list_files() {
    auto out = HEARTH_TRY(run_capture({"apt-get", "indextargets", "--format",
                                       "$(FILENAME)\t$(REPO_URI)", "Identifier: Packages"}));
    if (out.status != 0) return fail(ErrorKind::io, "apt-get indextargets failed: " + out.err);
    std::vector<IndexFile> files;
    size_t pos = 0;
    while (pos < out.out.size()) {
        size_t nl = out.out.find('\n', pos);
        if (nl == std::string::npos) nl = out.out.size();
        std::string line = out.out.substr(pos, nl - pos);
        pos = nl + 1;
        auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        IndexFile f{line.substr(0, tab), with_slash(line.substr(tab + 1))};
        if (::access(f.path.c_str(), R_OK) == 0) files.push_back(std::move(f));
    }
    if (files.empty())
        return fail(ErrorKind::bad_index,
                    "no downloaded package index (run 'apt-get update' as root first)");
    return files;
}

Result<std::string> read_index_file(const std::string& path) {
    auto out = HEARTH_TRY(run_capture({apt_helper(), "cat-file", path}));
    if (out.status != 0)
        return fail(ErrorKind::bad_index, "cannot read package index '" + path + "': " + out.err);
    return std::move(out.out);
}

Result<AptIndex> AptIndex::load(const std::vector<IndexFile>& files) {
    AptIndex index;
    for (const auto& f : files) index.add_text(HEARTH_TRY(read_index_file(f.path)), f.repo_uri);
    return index;
}

void AptIndex::add_text(std::string_view text, const std::string& repo_uri) {
    for_each_stanza(text, [&](const Stanza& st) {
        if (st.get("Package").empty() || st.get("Filename").empty()) return;
        DebPackage p = from_stanza(st, with_slash(repo_uri));
        auto [it, fresh] = m_packages.try_emplace(p.name);
        if (!fresh && compare_versions(p.version, it->second.version) <= 0) return;
        for (const auto& prov : p.provides) {
            auto& names = m_providers[prov.name];
            if (std::find(names.begin(), names.end(), p.name) == names.end())
                names.push_back(p.name);
        }
        it->second = std::move(p);
    });
}

const DebPackage* AptIndex::find(const std::string& name) const {
    auto it = m_packages.find(name);
    return it == m_packages.end() ? nullptr : &it->second;
}

std::vector<const DebPackage*> AptIndex::providers(const std::string& name) const {
    std::vector<const DebPackage*> out;
    auto it = m_providers.find(name);
    if (it == m_providers.end()) return out;
    for (const auto& n : it->second)
        if (auto* p = find(n)) out.push_back(p);
    return out;
}

} // namespace hearth::pkgs
