// Interned identifiers. A Symbol is a 32-bit index, so attribute names
// compare and sort as integers; the table keeps each string once.
#pragma once

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::lang {

struct Symbol {
    uint32_t id = 0; // 0 is "no symbol"
    explicit operator bool() const { return id != 0; }
    auto operator<=>(const Symbol&) const = default;
};

// Interning is on the hot path of every dynamic attribute name
// (`pkgs.${n}`, listToAttrs), so the index is an open-addressing table of
// symbol ids, each slot holding the symbol's hash beside its id: a probe
// touches one array and reads a string only when the hashes agree
// (std::unordered_map chased a node per probe).
class SymbolTable {
  public:
    SymbolTable() {
        m_strings.emplace_back();
        m_hashes.push_back(0);
        m_slots.assign(1024, 0);
    }
    Symbol intern(std::string_view s) {
        uint32_t h = hash(s);
        uint64_t* slot = probe(s, h);
        if (*slot) return Symbol{uint32_t(*slot)};
        m_strings.emplace_back(s);
        m_hashes.push_back(h);
        uint32_t id = static_cast<uint32_t>(m_strings.size() - 1);
        *slot = uint64_t(h) << 32 | id;
        if (2 * m_strings.size() > m_slots.size()) grow();
        return Symbol{id};
    }
    // Returns the symbol if it exists, without creating it (for lookups of
    // runtime strings, which are usually absent from a set anyway).
    Symbol find(std::string_view s) const {
        return Symbol{uint32_t(*const_cast<SymbolTable*>(this)->probe(s, hash(s)))};
    }
    const std::string& operator[](Symbol s) const { return m_strings[s.id]; }
    size_t size() const { return m_strings.size(); }

  private:
    static uint32_t hash(std::string_view s) {
        uint64_t h = 0x243f6a8885a308d3ull ^ s.size();
        const char* p = s.data();
        size_t n = s.size();
        for (; n >= 8; p += 8, n -= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * 0x9e3779b97f4a7c15ull;
            h ^= h >> 29;
        }
        if (n) {
            uint64_t w = 0;
            std::memcpy(&w, p, n);
            h = (h ^ w) * 0x9e3779b97f4a7c15ull;
        }
        h ^= h >> 32;
        h *= 0xd6e8feb86659fd93ull;
        h ^= h >> 32;
        return static_cast<uint32_t>(h);
    }
    // The slot holding s, or the empty slot where it belongs.
    uint64_t* probe(std::string_view s, uint32_t h) {
        size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            uint64_t slot = m_slots[i];
            if (!slot || (uint32_t(slot >> 32) == h && m_strings[uint32_t(slot)] == s))
                return &m_slots[i];
        }
    }
    void grow() {
        std::vector<uint64_t> slots(m_slots.size() * 2, 0);
        size_t mask = slots.size() - 1;
        for (uint32_t id = 1; id < m_strings.size(); ++id) {
            size_t i = m_hashes[id] & mask;
            while (slots[i]) i = (i + 1) & mask;
            slots[i] = uint64_t(m_hashes[id]) << 32 | id;
        }
        m_slots.swap(slots);
    }

    std::deque<std::string> m_strings; // deque: stable addresses for the views
    std::vector<uint32_t> m_hashes;    // by symbol id, for grow()
    std::vector<uint64_t> m_slots;     // 0 = empty, else hash << 32 | symbol id
};

} // namespace hearth::lang
