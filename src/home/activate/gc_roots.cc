// The GC roots of Home Manager's activation: gcroots/new-home protects the
// generation while it is being activated, gcroots/current-home records the
// generation the home reflects once activation has finished. Because
// current-home moves only at the very end, a crashed activation leaves it
// at the previous generation, and the next run cleans up after both.
#include "home/activate/steps.hh"

#include "home/profile.hh"

#include <unistd.h>

namespace hearth::home {

Result<void> register_new_home(Context& c) {
    if (!c.new_gen.manifest.generate_gc_root || c.dry_run) return {};
    crash_point();
    return add_gc_root(c.new_gen_gc_path, c.new_gen.path);
}

Result<void> register_current_home(Context& c) {
    if (c.new_gen.manifest.uninstall || c.dry_run) return {};
    crash_point();
    HEARTH_TRY(add_gc_root(c.current_gen_gc_path, c.new_gen.path));
    ::unlink(c.legacy_gen_gc_path.c_str());
    return {};
}

void unregister_new_home(Context& c) {
    if (!c.dry_run) ::unlink(c.new_gen_gc_path.c_str());
}

} // namespace hearth::home
