// What a switch tells its user: one line per action, as NixOS's
// switch-to-configuration prints them ("starting the following units:
// ..."), kept in memory too so tests can read them.
#pragma once

#include <iostream>
#include <string>
#include <vector>

namespace hearth::system {

class Report {
  public:
    explicit Report(std::ostream* out = &std::cerr) : m_out(out) {}

    void say(const std::string& line) { emit(line); }
    void warn(const std::string& line) { emit("warning: " + line); }

    const std::vector<std::string>& lines() const { return m_lines; }
    bool contains(const std::string& needle) const {
        for (auto& l : m_lines)
            if (l.find(needle) != std::string::npos) return true;
        return false;
    }

  private:
    void emit(const std::string& line) {
        m_lines.push_back(line);
        if (m_out) *m_out << line << std::endl;
    }
    std::ostream* m_out;
    std::vector<std::string> m_lines;
};

} // namespace hearth::system
