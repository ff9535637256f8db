// The machine's apt package indexes: which binary packages its sources
// (sources.list, *.list and deb822 *.sources alike) offer, as apt itself
// lists them with `apt-get indextargets` and decompresses them with
// `apt-helper cat-file`. Reading through apt keeps us out of its formats
// and compression choices; only the stanzas are ours to parse.
#pragma once

#include "pkgs/control.hh"
#include "pkgs/error.hh"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace hearth::pkgs {

struct DebPackage {
    std::string name;
    std::string version;
    std::string architecture;
    std::string filename; // pool/main/h/hello/hello_2.10-3_amd64.deb
    std::string url;      // the repository URI joined with filename
    std::string sha256;   // base16
    uint64_t size = 0;
    std::vector<Dependency> depends; // Pre-Depends then Depends
    std::vector<Relation> provides;
    bool essential = false;
    std::string priority;
};

// One Packages file as apt lists it: where its text is and the repository
// its Filename fields are relative to.
struct IndexFile {
    std::string path;
    std::string repo_uri; // ends in '/'
};

class AptIndex {
  public:
    // The Packages files of the machine's sources for its architectures.
    static Result<std::vector<IndexFile>> list_files();
    // Loads every listed file; the highest version of a name wins.
    static Result<AptIndex> load(const std::vector<IndexFile>& files);
    static Result<AptIndex> load() { return load(HEARTH_TRY(list_files())); }

    // Adds the stanzas of one Packages text (tests feed text directly).
    void add_text(std::string_view text, const std::string& repo_uri);

    const DebPackage* find(const std::string& name) const;
    // Real packages that Provide `name` (a virtual package), best first.
    std::vector<const DebPackage*> providers(const std::string& name) const;
    const std::map<std::string, DebPackage>& packages() const { return m_packages; }

  private:
    std::map<std::string, DebPackage> m_packages;
    std::map<std::string, std::vector<std::string>> m_providers;
};

// Reads a (possibly compressed) index file through apt.
Result<std::string> read_index_file(const std::string& path);

} // namespace hearth::pkgs
