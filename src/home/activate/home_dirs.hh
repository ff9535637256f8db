// The home's directories opened once each, for the *at() system calls:
// checking or linking 5,000 files in 50 directories then costs 50 path
// lookups from the root instead of 5,000, and one missing directory
// answers for every file under it.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

namespace hearth::home {

class HomeDirs {
  public:
    explicit HomeDirs(std::string home) : m_home(std::move(home)) {}
    ~HomeDirs();
    HomeDirs(const HomeDirs&) = delete;
    HomeDirs& operator=(const HomeDirs&) = delete;

    // The directory `rel_dir` ("" for the home itself), opened as a path
    // lookup would reach it (symlinks followed), or -1 with errno set when
    // it cannot be (ENOENT, ENOTDIR: there is no directory there, so
    // nothing under it); a later call gives the same answer.
    int open(const std::string& rel_dir);
    // Forgets an answer, for a directory that has since been made.
    void forget(const std::string& rel_dir);
    // The directory's path, for messages.
    std::string path(const std::string& rel_dir) const;

  private:
    std::string m_home;
    struct Opened {
        int fd, err;
    };
    std::unordered_map<std::string, Opened> m_fds;
};

// Splits a path relative to the home into its directory ("" at the top)
// and its name.
std::pair<std::string, std::string> split_rel(const std::string& rel);

// readlinkat(2): the destination of `name` in `dir_fd`, or nullopt with
// errno set (EINVAL: there is something there, but not a symlink).
std::optional<std::string> read_link_at(int dir_fd, const char* name);

} // namespace hearth::home
