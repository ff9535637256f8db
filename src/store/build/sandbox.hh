// The build sandbox: a builder runs as pid 1 of fresh user, mount, pid,
// uts, ipc and (unless fixed-output) network namespaces, as uid 1000 and
// gid 100 with hostname "localhost", chrooted (pivot_root) into a private
// root: a tmpfs of its own, read-only, that holds only:
//   /nix/store/...   the input closure, bind-mounted read-only; the store
//                    dir itself is writable so the builder can create its
//                    outputs there (they land in this build's directory)
//   /build           the build directory (NIX_BUILD_TOP, TMPDIR)
//   /dev             null zero full random urandom tty, pts, shm, fd links
//   /proc            of the build's own pid namespace
//   /etc             passwd, group and hosts written for the build
//   /bin /sbin /usr /lib /lib32 /lib64 /libx32, /etc/alternatives and
//   /etc/ld.so.cache: the host's, read-only. Hearth's stdenv uses the host
//                    toolchain, so builders see it; they never see the rest
//                    of the host (its /home, /var, /tmp, the real store).
// Fixed-output builds share the host network and also get the host's
// /etc/resolv.conf, /etc/services and /etc/hosts.
//
// On the host, a build's directory holds build/ (/build) and store/ (the
// store dir, with the outputs and mount points for the inputs); the root's
// tmpfs is mounted, in the build's own mount namespace only, on a shared
// empty directory (SandboxSpec::root_mount).
//
// On the host the build runs as the caller's uid, or, when the caller is
// root, as an unused uid/gid (build_host_ids()) so a builder owns nothing
// of the host. Killing pid 1 makes the kernel kill the whole namespace.
#pragma once

#include "store/build/environment.hh"
#include "store/error.hh"

#include <sys/types.h>

#include <functional>

#include <string>
#include <utility>
#include <vector>

namespace hearth::store {

struct SandboxSpec {
    std::string dir;        // this build's host directory (empty, or made)
    std::string root_mount; // an empty directory, shared by all builds
    // Makes a mount point for an input at a host path (a directory or an
    // empty file); unset: mkdir or open. BuildDir::mount_point recycles.
    std::function<Result<void>(const std::string& host_path, bool directory)> mount_point;
    std::string store_dir; // the logical store dir ("/nix/store")
    // Logical store path -> where its bytes are on the host.
    std::vector<std::pair<std::string, std::string>> inputs;
    bool network = false; // fixed-output: share the host's network
    std::string builder;
    std::vector<std::string> args;
    BuilderEnvironment env;
};

// The host uid and gid a build runs as.
struct HostIds {
    uid_t uid;
    gid_t gid;
};
HostIds build_host_ids();

// Where the sandbox path `logical` (an output path, or one in the build
// directory) is on the host; "" for any other.
std::string sandbox_host_path(const SandboxSpec& spec, const std::string& logical);

// A started builder. Destroying it kills and reaps the builder if it is
// still running.
class SandboxProcess {
  public:
    SandboxProcess() = default;
    SandboxProcess(pid_t pid, int log_fd) : m_pid(pid), m_log_fd(log_fd) {}
    ~SandboxProcess();
    SandboxProcess(SandboxProcess&& o) noexcept;
    SandboxProcess& operator=(SandboxProcess&& o) noexcept;
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    pid_t pid() const { return m_pid; }
    // The read end of the builder's stdout and stderr.
    int log_fd() const { return m_log_fd; }
    void kill();
    // Gives up ownership of the process without killing it.
    pid_t release() { return std::exchange(m_pid, -1); }
    // Waits for the builder; returns its wait status.
    int wait();

  private:
    pid_t m_pid = -1;
    int m_log_fd = -1;
};

// Creates spec.dir and starts the builder in the root planned around it.
Result<SandboxProcess> start_sandbox(const SandboxSpec& spec);

// Whether this process can create the namespaces a sandbox needs; the
// error says why not. Tests use it to skip.
Result<void> check_sandbox_support();

} // namespace hearth::store
