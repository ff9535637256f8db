// system::Error: the one error type of the system layer (applying a system
// manifest to a machine), and its Result. A store error below keeps its
// message and path and becomes this layer's cause line.
#pragma once

#include "store/error.hh"
#include "util/result.hh"

#include <string>
#include <vector>

namespace hearth::system {

enum class ErrorKind {
    bad_manifest, // a manifest we cannot read or do not understand
    accounts,     // /etc/passwd, group or shadow could not be read or written
    io,           // the filesystem said no
    command,      // systemctl or an activation failed
    store,        // the store layer failed (see trail)
    evaluation,   // the configuration did not evaluate
    usage,        // a caller passed something meaningless
};

struct Error {
    ErrorKind kind = ErrorKind::io;
    std::string message;
    std::string path;               // the file involved, if any
    std::vector<std::string> trail; // context lines, innermost first

    Error() = default;
    Error(ErrorKind k, std::string m, std::string p = {})
        : kind(k), message(std::move(m)), path(std::move(p)) {}
    // Lets HEARTH_TRY pass a store error up unchanged in meaning.
    Error(store::Error e)
        : kind(ErrorKind::store), message(std::move(e.message)), path(std::move(e.path)),
          trail(std::move(e.trail)) {}

    Error& with_context(std::string line) {
        trail.push_back(std::move(line));
        return *this;
    }
};

template <class T> using Result = util::Result<T, Error>;
using util::Unexpected;

inline Unexpected<Error> fail(ErrorKind kind, std::string message, std::string path = {}) {
    return Unexpected<Error>{Error{kind, std::move(message), std::move(path)}};
}

// errno's text for a failed call on `path`, as "what 'path': reason".
Unexpected<Error> fail_errno(const std::string& what, const std::string& path);

} // namespace hearth::system
