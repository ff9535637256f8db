#include "pkgs/elf/elf_file.hh"

#include <elf.h>

#include <cstring>
#include <fstream>

namespace hearth::pkgs::elf {

namespace {

template <class T> bool read_at(std::ifstream& in, uint64_t offset, T& out) {
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    return static_cast<bool>(in.read(reinterpret_cast<char*>(&out), sizeof out));
}

// The file offset of a virtual address, through the PT_LOAD segment that
// maps it (DT_STRTAB is an address, not an offset).
std::optional<uint64_t> file_offset(const std::vector<Elf64_Phdr>& loads, uint64_t addr) {
    for (const auto& ph : loads)
        if (addr >= ph.p_vaddr && addr < ph.p_vaddr + ph.p_filesz)
            return addr - ph.p_vaddr + ph.p_offset;
    return std::nullopt;
}

std::vector<std::string> split_path(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t colon; (colon = s.find(':', start)) != std::string::npos; start = colon + 1)
        out.push_back(s.substr(start, colon - start));
    out.push_back(s.substr(start));
    return out;
}

// DT_RUNPATH's entries, else DT_RPATH's (the loader ignores DT_RPATH when
// both are there); empty if neither, or if the section does not read.
std::vector<std::string> read_runpath(std::ifstream& in, const Elf64_Phdr& dynamic,
                                      const std::vector<Elf64_Phdr>& loads) {
    uint64_t strtab = 0, runpath = 0, rpath = 0;
    bool has_strtab = false, has_runpath = false, has_rpath = false;
    for (uint64_t off = 0; off + sizeof(Elf64_Dyn) <= dynamic.p_filesz; off += sizeof(Elf64_Dyn)) {
        Elf64_Dyn d{};
        if (!read_at(in, dynamic.p_offset + off, d) || d.d_tag == DT_NULL) break;
        if (d.d_tag == DT_STRTAB) has_strtab = true, strtab = d.d_un.d_ptr;
        if (d.d_tag == DT_RUNPATH) has_runpath = true, runpath = d.d_un.d_val;
        if (d.d_tag == DT_RPATH) has_rpath = true, rpath = d.d_un.d_val;
    }
    if (!has_strtab || !(has_runpath || has_rpath)) return {};
    auto base = file_offset(loads, strtab);
    if (!base) return {};
    in.clear();
    in.seekg(static_cast<std::streamoff>(*base + (has_runpath ? runpath : rpath)));
    std::string s;
    if (!std::getline(in, s, '\0') || s.empty()) return {};
    return split_path(s);
}

} // namespace

std::optional<ElfInfo> read_elf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    Elf64_Ehdr eh{};
    if (!in.read(reinterpret_cast<char*>(&eh), sizeof eh)) return std::nullopt;
    if (std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0) return std::nullopt;
    // Debian's 64-bit little-endian architectures are all we run on.
    if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB)
        return std::nullopt;
    ElfInfo info;
    std::vector<Elf64_Phdr> loads;
    std::optional<Elf64_Phdr> dynamic;
    for (unsigned i = 0; i < eh.e_phnum; ++i) {
        Elf64_Phdr ph{};
        if (!read_at(in, eh.e_phoff + uint64_t{i} * eh.e_phentsize, ph)) return std::nullopt;
        if (ph.p_type == PT_LOAD) loads.push_back(ph);
        if (ph.p_type == PT_DYNAMIC) dynamic = ph;
        if (ph.p_type != PT_INTERP) continue;
        if (ph.p_filesz == 0 || ph.p_filesz > 4096) return std::nullopt;
        std::string interp(ph.p_filesz, '\0');
        in.clear();
        in.seekg(static_cast<std::streamoff>(ph.p_offset));
        if (!in.read(interp.data(), static_cast<std::streamsize>(interp.size())))
            return std::nullopt;
        interp.resize(std::strlen(interp.c_str()));
        info.dynamic = true;
        info.interpreter = interp;
    }
    if (dynamic) info.runpath = read_runpath(in, *dynamic, loads);
    return info;
}

} // namespace hearth::pkgs::elf
