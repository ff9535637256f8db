// A scratch directory and the sample tree whose NAR hashes and store paths
// were computed with Nix 2.8 (nix-hash, nix-store --dump, builtins.path).
#pragma once

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace hearth::test {

// A fresh directory under the test temp dir, removed with the object.
class TempDir {
  public:
    TempDir() {
        std::string tmpl = testing::TempDir() + "hearth-test-XXXXXX";
        if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
        m_path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        // Store paths are made read-only; make them writable again to remove them.
        for (auto it = std::filesystem::recursive_directory_iterator(m_path, ec);
             it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
            if (!it->is_symlink()) ::chmod(it->path().c_str(), 0755);
        ::chmod(m_path.c_str(), 0755);
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return m_path; }
    std::string operator/(const std::string& rel) const { return m_path + "/" + rel; }

  private:
    std::string m_path;
};

inline void write_file(const std::string& path, const std::string& contents, mode_t mode = 0644) {
    std::ofstream(path, std::ios::binary) << contents;
    ::chmod(path.c_str(), mode);
}

// The tree "fx":
//   file.txt   "hello\n"
//   exec.sh    "#!/bin/sh\necho hi\n", executable
//   link    -> file.txt
//   dir/a      "y"
//   dir/empty  ""
//   dir/sub/b  13 x 'x'
//   dir/sub/up -> ../file.txt
//   dir/Z/z    "z\n"   (upper case sorts before lower case)
inline void make_sample_tree(const std::string& root) {
    std::filesystem::create_directories(root + "/dir/sub");
    std::filesystem::create_directories(root + "/dir/Z");
    write_file(root + "/file.txt", "hello\n");
    write_file(root + "/exec.sh", "#!/bin/sh\necho hi\n", 0755);
    std::filesystem::create_symlink("file.txt", root + "/link");
    write_file(root + "/dir/a", "y");
    write_file(root + "/dir/empty", "");
    write_file(root + "/dir/sub/b", std::string(13, 'x'));
    std::filesystem::create_symlink("../file.txt", root + "/dir/sub/up");
    write_file(root + "/dir/Z/z", "z\n");
}

} // namespace hearth::test
