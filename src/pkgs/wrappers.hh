// Wrappers that start a Debian program from the merged tree of deb_env.hh.
// Binaries are not rewritten: a dynamic ELF program is started through the
// host's loader (its PT_INTERP, from libc6, which the host always has) with
// --library-path naming the tree's library directories, which, unlike
// LD_LIBRARY_PATH, does not leak into programs it starts. A script is
// handed to its interpreter's wrapper when the tree has that interpreter,
// so `#!/usr/bin/python3` runs the store's Python. Python and Perl find the
// tree's modules through PYTHONHOME and PERL5LIB, ImageMagick its coders
// through MAGICK_* variables.
#pragma once

#include "pkgs/deb_env.hh"
#include "pkgs/error.hh"

#include <string>
#include <utility>
#include <vector>

namespace hearth::pkgs {

// `extra_own` are more of the requested package's programs, as (name,
// path below the tree) pairs: the links its alternatives made.
Result<void> write_wrappers(const std::string& out, const std::string& root_rel, const EnvNode& top,
                            const std::vector<std::pair<std::string, std::string>>& extra_own);

} // namespace hearth::pkgs
