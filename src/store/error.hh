// store::Error: the one error type of the store layer, and its Result.
// Messages follow Nix's wording where Nix has one, so tests can pin them.
#pragma once

#include "util/result.hh"

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

namespace hearth::store {

enum class ErrorKind {
    bad_store_path, // a malformed path or name
    bad_hash,       // a hash that does not parse
    io,             // the filesystem said no
    bad_archive,    // a malformed or unsafe NAR
    bad_derivation, // a malformed ATerm or an inconsistent derivation
    database,       // SQLite
    not_valid,      // a path the store does not hold
    build_failed,   // a builder failed or produced nothing
    hash_mismatch,  // a fixed-output derivation produced other bytes
    in_use,         // deleting a live path
    usage,          // a caller passed something meaningless
};

struct Error {
    ErrorKind kind;
    std::string message;
    std::string path;               // the file or store path involved, if any
    std::vector<std::string> trail; // context lines, innermost first

    Error& with_context(std::string line) {
        trail.push_back(std::move(line));
        return *this;
    }
};

template <class T> using Result = util::Result<T, Error>;
using util::Unexpected;

inline Unexpected<Error> fail(ErrorKind kind, std::string message, std::string path = {}) {
    return Unexpected<Error>{Error{kind, std::move(message), std::move(path), {}}};
}

// An io error naming what failed on which path, with errno's reason:
// "creating 'PATH': No space left on device". Call it right after the
// failing call, before anything else can change errno.
inline Unexpected<Error> sys_error(const std::string& what, const std::string& path) {
    return fail(ErrorKind::io, what + " '" + path + "': " + std::strerror(errno), path);
}

} // namespace hearth::store
