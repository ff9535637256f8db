#include "cli/legacy_args.hh"

#include <cctype>
#include <cstdio>

namespace hearth::cli {

LegacyArgv::LegacyArgv(int argc, char** argv) : m_args(argv, argv + argc) {
    point();
}

void LegacyArgv::point() {
    m_ptrs.clear();
    for (auto& a : m_args) m_ptrs.push_back(a.data());
    m_ptrs.push_back(nullptr);
}

void LegacyArgv::expand(int i) {
    const std::string a = m_args[size_t(i)];
    if (a.size() <= 2 || a[0] != '-' || a[1] == '-' ||
        !std::isalpha(static_cast<unsigned char>(a[1])))
        return;
    std::vector<std::string> parts;
    size_t j = 1;
    for (; j < a.size() && std::isalpha(static_cast<unsigned char>(a[j])); ++j)
        parts.push_back(std::string("-") + a[j]);
    if (j < a.size()) parts.push_back(a.substr(j));
    m_args.erase(m_args.begin() + i);
    m_args.insert(m_args.begin() + i, parts.begin(), parts.end());
    point();
}

void usage_error(const std::string& program, const std::string& message) {
    std::fprintf(stderr, "error: %s\nTry '%s --help' for more information.\n", message.c_str(),
                 program.c_str());
}

} // namespace hearth::cli
