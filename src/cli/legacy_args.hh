// The command lines of nix-build and nix-instantiate, read as Nix reads them.
#pragma once

#include <string>
#include <vector>

namespace hearth::cli {

// A copy of argv in which, as in Nix, an argument in a flag's place that is
// a dash, a letter and more is split into one-letter flags up to the first
// non-letter, which starts the last flag's value: `-j2` is `-j 2`, `-Qj2` is
// `-Q -j 2`, `-I/dir` is `-I /dir` (and `-Ifoo=/dir` is `-I -f -o -o =/dir`).
// Operands are never split, so call expand(i) only where a flag may start.
class LegacyArgv {
  public:
    LegacyArgv(int argc, char** argv);
    void expand(int i);
    int argc() const { return int(m_args.size()); }
    char** argv() { return m_ptrs.data(); }

  private:
    std::vector<std::string> m_args;
    std::vector<char*> m_ptrs; // m_args' strings, then a null
    void point();
};

// Prints a usage error as Nix does: the message, then where to find help.
void usage_error(const std::string& program, const std::string& message);

} // namespace hearth::cli
