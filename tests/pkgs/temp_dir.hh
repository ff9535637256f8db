// A scratch directory for one test, removed with everything in it when the
// test ends (read-only entries made writable first: the store's are).
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <string>

namespace hearth::pkgs::test {

struct TempDir {
    std::string path;
    TempDir() {
        std::string t =
            (std::filesystem::temp_directory_path() / "hearth-pkgs-test-XXXXXX").string();
        path = ::mkdtemp(t.data()) ? t : "";
    }
    ~TempDir() {
        namespace fs = std::filesystem;
        if (path.empty()) return;
        std::error_code ec;
        for (auto& e : fs::recursive_directory_iterator(path, ec))
            fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

} // namespace hearth::pkgs::test
