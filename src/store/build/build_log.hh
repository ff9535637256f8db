// Build logs: where a derivation's log is kept (logs/drvs/XX/REST, as Nix
// lays them out, uncompressed), and the last lines that a failure shows.
#pragma once

#include "store/local_store.hh"

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::store {

// How many lines a failed build shows, as Nix's log-lines default.
inline constexpr size_t log_tail_lines = 25;

std::string build_log_path(const StoreConfig& config, const StorePath& drv);

// The kept log of a build, as `nix-store --read-log` finds it: `path` is a
// derivation, or a valid path whose deriver is recorded. A build that
// printed nothing has no file (see BuildLogFile): its log is "" if an
// output it made is valid. nullopt when there is no log.
Result<std::optional<std::string>> read_build_log(LocalStore& store, const StorePath& path);

// The log file of a build, created at the first byte written: silent
// builds, most small ones, then create no inode for it (on ext4 each
// allocation costs more the more inodes were freed lately). The log of an
// earlier build of the derivation goes when this one starts.
class BuildLogFile {
  public:
    BuildLogFile(const StoreConfig& config, const StorePath& drv);
    ~BuildLogFile();
    BuildLogFile(const BuildLogFile&) = delete;
    BuildLogFile& operator=(const BuildLogFile&) = delete;
    // Bytes the file could not take are dropped: a log is not worth
    // failing a build for.
    void write(std::string_view data);

  private:
    std::string m_path;
    int m_fd = -1;
    bool m_failed = false;
};

// Splits a byte stream into lines and keeps the last log_tail_lines.
class LogLines {
  public:
    // Calls `line` for each complete line in `data`.
    template <class F> void feed(std::string_view data, F&& line) {
        for (char c : data) {
            if (c != '\n') {
                if (c != '\r') m_partial += c;
                continue;
            }
            line(std::string_view(m_partial));
            keep(std::move(m_partial));
            m_partial.clear();
        }
    }
    // The unterminated last line, if any.
    template <class F> void finish(F&& line) {
        if (m_partial.empty()) return;
        line(std::string_view(m_partial));
        keep(std::move(m_partial));
        m_partial.clear();
    }
    const std::deque<std::string>& tail() const { return m_tail; }

  private:
    void keep(std::string line) {
        m_tail.push_back(std::move(line));
        if (m_tail.size() > log_tail_lines) m_tail.pop_front();
    }
    std::string m_partial;
    std::deque<std::string> m_tail;
};

} // namespace hearth::store
