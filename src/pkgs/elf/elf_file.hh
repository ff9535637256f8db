// Just enough ELF to decide how to start a program from the store: whether
// a file is ELF at all, which dynamic loader (PT_INTERP) it names, and
// where it asks for its libraries to be looked up (DT_RUNPATH, DT_RPATH).
// We do not rewrite binaries; see wrappers.hh for how their libraries are
// found.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace hearth::pkgs::elf {

struct ElfInfo {
    bool dynamic = false;             // has PT_INTERP
    std::string interpreter;          // e.g. /lib64/ld-linux-x86-64.so.2
    std::vector<std::string> runpath; // DT_RUNPATH's entries, else DT_RPATH's
};

// nullopt when `path` is not a readable ELF file of this machine's class.
std::optional<ElfInfo> read_elf(const std::string& path);

} // namespace hearth::pkgs::elf
