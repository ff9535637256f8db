// pkgs::Error: the error type of the package layer. A store error keeps its
// own kind and trail; `package` names the Debian package involved so that
// every message can say which one failed.
#pragma once

#include "store/error.hh"
#include "util/result.hh"

#include <string>
#include <vector>

namespace hearth::pkgs {

enum class ErrorKind {
    io,            // a file or a subprocess failed
    bad_index,     // an apt index or lock file that does not parse
    unknown,       // a package name that neither the lock nor the index has
    fetch_failed,  // the archive could not be reached or the download broke
    hash_mismatch, // the bytes are not the pinned ones
    store,         // the store refused (see `message`)
};

struct Error {
    ErrorKind kind;
    std::string message;
    std::string package;
    std::vector<std::string> trail;

    Error& with_context(std::string line) {
        trail.push_back(std::move(line));
        return *this;
    }
};

template <class T> using Result = util::Result<T, Error>;
using util::Unexpected;

inline Unexpected<Error> fail(ErrorKind kind, std::string message, std::string package = {}) {
    return Unexpected<Error>{Error{kind, std::move(message), std::move(package), {}}};
}

inline Unexpected<Error> from_store(store::Error e, std::string package = {}) {
    Error out{ErrorKind::store, std::move(e.message), std::move(package), std::move(e.trail)};
    return Unexpected<Error>{std::move(out)};
}

// HEARTH_STORE_TRY: HEARTH_TRY for a store Result inside a pkgs function.
#define HEARTH_STORE_TRY(expr, pkg)                                                                \
    ({                                                                                             \
        auto hearth_st_r_ = (expr);                                                                \
        if (!hearth_st_r_.ok())                                                                    \
            return ::hearth::pkgs::from_store(std::move(hearth_st_r_).error(), (pkg));             \
        std::move(hearth_st_r_).value();                                                           \
    })

} // namespace hearth::pkgs
