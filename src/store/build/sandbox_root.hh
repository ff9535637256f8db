// Plans a sandbox's root: what the host prepares on disk (the build
// directory and the writable store directory with mount points for the
// inputs) and the steps that the sandbox's first process runs in its own
// mount namespace to build the rest in a private tmpfs. See sandbox.hh for
// what a builder sees.
//
// Why a tmpfs: a root assembled on disk costs some forty inodes per build
// (directories, mount points, /etc files, links), each allocated and freed
// again, and on ext4 allocation slows down with every recently freed inode
// (it skips them), so a thousand small builds spent most of their time
// there. In a tmpfs they cost nothing and vanish with the namespace.
#pragma once

#include "store/build/sandbox.hh"

#include <sys/types.h>

#include <string>
#include <vector>

namespace hearth::store {

// One step of the first process, relative to the new root (its working
// directory once the tmpfs is mounted).
struct SandboxStep {
    enum Kind { dir, file, link, bind, fs } kind;
    std::string path;   // relative to the new root
    std::string source; // bind: host path; link: target; file: contents; fs: fs name
    std::string fstype; // fs
    std::string data;   // fs: mount data
    unsigned long flags = 0;
    mode_t mode = 0; // dir, file
    bool read_only = false;
    // Flags the source mount has that a read-only remount inside a user
    // namespace must repeat (nosuid, nodev...), or the kernel refuses.
    unsigned long locked_flags = 0;
    bool optional = false; // failure is not an error (devpts)
};

// The host directory behind a sandbox path: spec.dir/build for the build
// directory, spec.dir/store for the store directory.
std::string sandbox_host_build_dir(const SandboxSpec& spec);
std::string sandbox_host_store_dir(const SandboxSpec& spec);

// Creates spec.dir with the build and store directories, owned so that
// `ids` can write /build and create outputs in the store dir, and plans
// the rest.
Result<std::vector<SandboxStep>> prepare_sandbox_root(const SandboxSpec& spec, HostIds ids);

} // namespace hearth::store
