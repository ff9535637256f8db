// A built generation on disk: the directory `hearth activate` is given,
// its manifest, and its link farm (home-files). The link farm is what
// decides which files exist; the manifest adds per-file flags.
#pragma once

#include "home/error.hh"
#include "home/manifest.hh"

#include <memory>
#include <string>
#include <vector>

namespace hearth::home {

struct Generation {
    std::string path;       // the generation directory, as given
    std::string home_files; // home-files fully resolved, as `readlink -e` gives it
    Manifest manifest;

    static Result<Generation> open(const std::string& path);
    // Only the link farm, for cleaning up after an older generation: its
    // manifest is checked to exist (the generation is Hearth's) but not
    // read, which for 5,000 files is most of the cost of opening it.
    static Result<Generation> open_link_farm(const std::string& path);

    // Relative paths of every file and symlink under home_files (directories
    // are walked, never linked), sorted so parents come before children.
    // Walked once; checkLinkTargets and linkGeneration share the result.
    Result<const std::vector<std::string>*> leaves() const;

  private:
    mutable std::shared_ptr<const std::vector<std::string>> m_leaves;
};

// Where a store path's bytes are. A path of Hearth's store kept under a
// root (HEARTH_STORE) is not at its logical name; anything else is.
std::string physical_path(const std::string& path);
// realpath(3) that maps each logical store path it meets to physical_path.
Result<std::string> resolve_physical(const std::string& path);

} // namespace hearth::home
