// Running helper programs (apt-helper, dpkg-deb, apt methods) without a
// shell, so that no argument is ever re-parsed.
#pragma once

#include "pkgs/error.hh"

#include <string>
#include <vector>

namespace hearth::pkgs {

struct ProcessOutput {
    int status = 0; // exit status, or 128+signal
    std::string out;
    std::string err;
};

// Runs argv[0] (searched in PATH) to completion, capturing stdout and stderr.
Result<ProcessOutput> run_capture(const std::vector<std::string>& argv);

// A child with pipes to its stdin and stdout, for line protocols; the
// child is waited for (and killed if still running) on destruction.
class Child {
  public:
    static Result<Child> spawn(const std::vector<std::string>& argv);
    Child(Child&& o) noexcept;
    Child& operator=(Child&&) = delete;
    Child(const Child&) = delete;
    ~Child();

    bool write(const std::string& data);
    // One line without its '\n'; false at end of output.
    bool read_line(std::string& line);
    // Whether read_line would not block: a line is buffered, output is
    // waiting, or the child closed its end.
    bool readable() const;
    int wait();

  private:
    Child() = default;
    int m_pid = -1;
    int m_in = -1;
    int m_out = -1;
    std::string m_buf;
};

} // namespace hearth::pkgs
