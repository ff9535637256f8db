// One of apt's transport methods (/usr/lib/apt/methods/http, https, file...)
// running as our child, spoken to in apt's line protocol: "NNN Text" then
// "Field: value" lines, a blank line ending each message. It is handed the
// machine's `apt-config dump`, so mirrors, proxies and authentication set
// up for apt apply to Hearth as well.
//
// Starting a method costs a process, its configuration and, for http, a
// connection; a fetch of a few small .debs costs about as much. So methods
// are kept once started: `MethodPool` hands out idle ones (an idle http
// method keeps its connection open) and takes them back when they are
// still usable. The pool lives as long as the process; its methods are
// stopped when it ends.
#pragma once

#include "pkgs/error.hh"
#include "pkgs/process.hh"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace hearth::pkgs {

struct MethodMessage {
    int code = 0; // 201 URI Done, 400 URI Failure, 103 Redirect...
    std::map<std::string, std::string> fields;
};

class AptMethod {
  public:
    // Starts /usr/lib/apt/methods/SCHEME (apt's Dir::Bin::Methods) and
    // configures it; the error says why not, without naming a package.
    static Result<std::unique_ptr<AptMethod>> start(const std::string& scheme);

    const std::string& scheme() const { return m_scheme; }
    // Asks for `uri` to be written to `dest`; the method checks the size
    // and SHA-256 too (we check again: it may not know the field).
    bool acquire(const std::string& uri, const std::string& dest, const std::string& sha256,
                 uint64_t max_size);
    // The next message; false when the method has stopped talking.
    bool read(MethodMessage& msg);
    // Whether it can take more work: still running and with nothing unread
    // (a message nobody asked for, or its end of output, means it is not).
    bool idle() const;

  private:
    explicit AptMethod(std::string scheme, Child child)
        : m_scheme(std::move(scheme)), m_child(std::move(child)) {}
    std::string m_scheme;
    Child m_child;
};

class MethodPool {
  public:
    // The process's pool.
    static MethodPool& shared();
    // An idle method for `scheme`, started if none is waiting.
    Result<std::unique_ptr<AptMethod>> take(const std::string& scheme);
    // Keeps `m` for the next fetch if it is idle; otherwise stops it.
    void give_back(std::unique_ptr<AptMethod> m);

  private:
    std::mutex m_mutex;
    std::map<std::string, std::vector<std::unique_ptr<AptMethod>>> m_idle;
};

} // namespace hearth::pkgs
