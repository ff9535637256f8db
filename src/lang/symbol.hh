// Interned identifiers. A Symbol is a 32-bit index, so attribute names
// compare and sort as integers; the table keeps each string once.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace hearth::lang {

struct Symbol {
    uint32_t id = 0; // 0 is "no symbol"
    explicit operator bool() const { return id != 0; }
    auto operator<=>(const Symbol&) const = default;
};

class SymbolTable {
  public:
    SymbolTable() { m_strings.emplace_back(); }
    Symbol intern(std::string_view s) {
        auto it = m_index.find(s);
        if (it != m_index.end()) return it->second;
        m_strings.emplace_back(s);
        Symbol sym{static_cast<uint32_t>(m_strings.size() - 1)};
        m_index.emplace(std::string_view(m_strings.back()), sym);
        return sym;
    }
    // Returns the symbol if it exists, without creating it (for lookups of
    // runtime strings, which are usually absent from a set anyway).
    Symbol find(std::string_view s) const {
        auto it = m_index.find(s);
        return it == m_index.end() ? Symbol{} : it->second;
    }
    const std::string& operator[](Symbol s) const { return m_strings[s.id]; }
    size_t size() const { return m_strings.size(); }

  private:
    std::deque<std::string> m_strings; // deque: stable addresses for the views
    std::unordered_map<std::string_view, Symbol> m_index;
};

} // namespace hearth::lang
