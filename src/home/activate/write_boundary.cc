// writeBoundary: the line between checking and writing. With driver
// version 0 (an `activate` run by hand, or an old caller) the generation
// manages its own profile entry here, as Home Manager's legacy scripts do;
// with version 1 the caller has already set the profile. A crash after
// this point leaves the profile at the new generation and the home at the
// old one; running activate again finishes the switch.
#include "home/activate/steps.hh"

#include "home/profile.hh"

namespace hearth::home {

Result<void> writeBoundary(Context& c) {
    if (c.options.driver_version >= 1) return {};
    if (c.old_gen && c.old_gen->path == c.new_gen.path) {
        c.log.info("No change so reusing latest profile generation");
        return {};
    }
    c.log.info("Creating new profile generation");
    if (c.dry_run) {
        c.log.would_run({"nix-env", "--profile", c.gen_profile_path, "--set", c.new_gen.path});
        return {};
    }
    crash_point();
    auto n = set_profile(c.gen_profile_path, c.new_gen.path);
    if (!n.ok()) return Unexpected{std::move(n.error().with_context("while writing the profile"))};
    c.log.verbose("Profile generation " + std::to_string(*n));
    return {};
}

} // namespace hearth::home
