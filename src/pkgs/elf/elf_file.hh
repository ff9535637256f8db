// Just enough ELF to decide how to start a program from the store: whether
// a file is ELF at all and which dynamic loader (PT_INTERP) it names. We do
// not rewrite binaries; see wrappers.hh for how their libraries are found.
#pragma once

#include <optional>
#include <string>

namespace hearth::pkgs::elf {

struct ElfInfo {
    bool dynamic = false;    // has PT_INTERP
    std::string interpreter; // e.g. /lib64/ld-linux-x86-64.so.2
};

// nullopt when `path` is not a readable ELF file of this machine's class.
std::optional<ElfInfo> read_elf(const std::string& path);

} // namespace hearth::pkgs::elf
