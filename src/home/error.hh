// home::Error: the one error type of the home layer (building and
// activating generations), and its Result. Messages that Home Manager
// prints are kept word for word so tests and users can match them.
#pragma once

#include "util/result.hh"

#include <string>
#include <vector>

namespace hearth::home {

enum class ErrorKind {
    bad_generation, // a generation directory or manifest we cannot use
    sanity,         // USER, HOME or uid do not match the configuration
    collision,      // checkLinkTargets found files in the way
    io,             // the filesystem said no
    command,        // a helper program or the bash entries failed
    usage,          // a caller passed something meaningless
};

struct Error {
    ErrorKind kind;
    std::string message;
    std::string path;               // the file involved, if any
    std::vector<std::string> trail; // context lines, innermost first
    int exit_code = 1;              // what the command exits with

    Error& with_context(std::string line) {
        trail.push_back(std::move(line));
        return *this;
    }
};

template <class T> using Result = util::Result<T, Error>;
using util::Unexpected;

inline Unexpected<Error> fail(ErrorKind kind, std::string message, std::string path = {}) {
    return Unexpected<Error>{Error{kind, std::move(message), std::move(path), {}, 1}};
}

} // namespace hearth::home
