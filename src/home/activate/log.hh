// The messages activation prints, with Home Manager's helpers' colours:
// errorEcho bold red, warnEcho yellow, noteEcho bold cyan, only on a
// terminal and never with NO_COLOR. Everything goes to stdout as in Home
// Manager, except errors, which go to stderr.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace hearth::home {

class Log {
  public:
    explicit Log(bool verbose = false, FILE* out = stdout, FILE* err = stderr);

    void info(const std::string& msg) const;    // `_i`: plain
    void note(const std::string& msg) const;    // noteEcho
    void warn(const std::string& msg) const;    // warnEcho
    void error(const std::string& msg) const;   // errorEcho
    void verbose(const std::string& msg) const; // verboseEcho: only with VERBOSE
    // What `run CMD...` prints under DRY_RUN: the command, shell-quoted.
    void would_run(const std::vector<std::string>& argv) const;

    bool is_verbose() const { return m_verbose; }

  private:
    void emit(FILE* f, const char* colour, const std::string& msg) const;

    bool m_verbose;
    bool m_colour_out, m_colour_err;
    FILE* m_out;
    FILE* m_err;
};

// Quotes a word for a shell only when it needs it.
std::string shell_quote(const std::string& word);

} // namespace hearth::home
