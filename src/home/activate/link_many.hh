// Points many home links at their new destinations at once, for
// linkGeneration. Two things make this slow when done one link at a time
// on ext4 without a journal (bench/home/RESULTS.md): freeing a replaced
// link's data block issues a synchronous discard that waits for the disk,
// and every new inode is found by scanning past the inodes freed in the
// last 30 seconds. So every new inode is made first (a direct symlink where
// nothing is, else one beside the link under a temporary name), and only
// then are the temporary links renamed over the old ones; both phases run
// on several threads, so the disk's waits overlap.
#pragma once

#include "home/activate/context.hh"

#include <string>
#include <vector>

namespace hearth::home {

struct LinkJob {
    int dir_fd;         // the link's directory, opened by the caller
    bool fresh = false; // the directory was just made: nothing is in it
    // What checkLinkTargets saw there, if the directory has not changed.
    LinksSeen::Seen seen = LinksSeen::Seen::unknown;
    std::string name;       // the link's name in dir_fd
    const std::string* rel; // relative to the home (and to the link farm)
    enum class Outcome { pending, done, not_a_link, failed } outcome = Outcome::pending;
    std::string error;
    bool renaming = false; // a temporary link waits to be renamed over name
};

// The name a link is made under before it replaces `name`. A crash between
// the phases leaves such names behind; an activation of the same generation
// reuses them, one of another generation removes them as orphans
// (remove_temporary_link).
std::string temporary_link_name(const std::string& name);

// Runs every job. A job whose place holds something other than a link is
// left untouched with Outcome::not_a_link, for the caller's slower path
// (backups, identical files); a job that fails says why in `error`.
void link_many(const Context& c, std::vector<LinkJob>& jobs);

} // namespace hearth::home
