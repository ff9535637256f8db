#include "pkgs/elf/elf_file.hh"

#include <elf.h>

#include <cstring>
#include <fstream>

namespace hearth::pkgs::elf {

std::optional<ElfInfo> read_elf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    Elf64_Ehdr eh{};
    if (!in.read(reinterpret_cast<char*>(&eh), sizeof eh)) return std::nullopt;
    if (std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0) return std::nullopt;
    // Debian's 64-bit little-endian architectures are all we run on.
    if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB)
        return std::nullopt;
    ElfInfo info;
    for (unsigned i = 0; i < eh.e_phnum; ++i) {
        Elf64_Phdr ph{};
        in.seekg(static_cast<std::streamoff>(eh.e_phoff + i * eh.e_phentsize));
        if (!in.read(reinterpret_cast<char*>(&ph), sizeof ph)) return std::nullopt;
        if (ph.p_type != PT_INTERP) continue;
        if (ph.p_filesz == 0 || ph.p_filesz > 4096) return std::nullopt;
        std::string interp(ph.p_filesz, '\0');
        in.seekg(static_cast<std::streamoff>(ph.p_offset));
        if (!in.read(interp.data(), static_cast<std::streamsize>(interp.size())))
            return std::nullopt;
        interp.resize(std::strlen(interp.c_str()));
        info.dynamic = true;
        info.interpreter = interp;
    }
    return info;
}

} // namespace hearth::pkgs::elf
