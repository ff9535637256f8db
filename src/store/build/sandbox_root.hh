// Lays out a sandbox's root directory on the host and lists the mounts
// that the sandbox's first process makes inside its mount namespace. See
// sandbox.hh for what a builder sees.
#pragma once

#include "store/build/sandbox.hh"

#include <string>
#include <vector>

namespace hearth::store {

struct SandboxMount {
    std::string source; // a host path, or the fs name for fstype mounts
    std::string target; // a host path under the root
    std::string fstype; // empty: a bind mount
    unsigned long flags = 0;
    std::string data;
    bool read_only = false;
    // Flags the source mount has that a read-only remount inside a user
    // namespace must repeat (nosuid, nodev...), or the kernel refuses.
    unsigned long locked_flags = 0;
    bool optional = false; // failure is not an error (devpts)
};

// Creates spec.dir/root with its directories, files and mount points,
// owned so that `ids` can write /build and create outputs in the store dir.
Result<std::vector<SandboxMount>> prepare_sandbox_root(const SandboxSpec& spec, HostIds ids);

} // namespace hearth::store
