// The activation steps Hearth performs natively, one file each, named
// after Home Manager's step. Each prints what it does (or, under DRY_RUN,
// what it would do) and returns an error whose message is ready to print.
#pragma once

#include "home/activate/context.hh"

#include <optional>

namespace hearth::home {

// USER, HOME and uid against the configuration (sanity_checks.cc).
Result<void> sanity_checks(Context& c);
// The collision check: nothing is written (check_link_targets.cc).
Result<void> checkLinkTargets(Context& c);
// With driver version 0, records the generation in the profile.
Result<void> writeBoundary(Context& c);
// home-path into the user's profile (install_packages.cc).
Result<void> installPackages(Context& c);
// Orphan links out, new links in (link_generation.cc).
Result<void> linkGeneration(Context& c);
// Starts, stops and restarts changed user units (reload_systemd.cc).
Result<void> reloadSystemd(Context& c);

// A step by its Home Manager name, or nullptr.
using Step = Result<void> (*)(Context&);
Step find_builtin_step(const std::string& name);
// Runs a builtin step by name and prints its error; the exit status, as
// `hearth activate --step NAME` exits with it.
int run_builtin_step(Context& c, const std::string& name);

// GC roots (gc_roots.cc): gcroots/new-home while activating, then
// gcroots/current-home, which is also how the next activation finds
// the generation it replaces.
Result<void> register_new_home(Context& c);
Result<void> register_current_home(Context& c);
void unregister_new_home(Context& c);

// Points `link` at `target` by renaming a fresh symlink over it, so the
// link is never missing (fs_ops.cc).
Result<void> replace_symlink(const std::string& target, const std::string& link);
// mkdir -p, relative to nothing; errors name the directory.
Result<void> make_dirs(const std::string& dir);
// readlink(2): the link's destination, or nullopt. Unlike
// std::filesystem::read_symlink, it does not lstat the link first (5,000
// system calls per no-op activation of 5,000 files).
std::optional<std::string> read_link(const std::string& path);
// Whether two paths (followed) have the same bytes; false for directories.
bool same_contents(const std::string& a, const std::string& b);

// Called before every change activation makes to the disk. A test hook:
// with HEARTH_TEST_CRASH_AT=N and HEARTH_TEST_CRASH_COUNTER=FILE, the Nth
// change (counted in FILE across the driver and the steps bash calls
// back) is preceded by SIGKILL, so tests can crash activation anywhere.
void crash_point();

} // namespace hearth::home
