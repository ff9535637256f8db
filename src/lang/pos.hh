// Source positions. Every AST node carries a 32-bit PosIdx into this table,
// so nodes stay small and errors still get file:line:column.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hearth::lang {

struct PosIdx {
    uint32_t id = 0; // 0 is "no position"
    explicit operator bool() const { return id != 0; }
};

// Where source text came from: a file path, or a pseudo-origin such as
// «string» for -E or «stdin».
struct Origin {
    std::string path;  // absolute path, empty for non-file origins
    std::string label; // what to print when path is empty
    std::string text;  // the source, for printing the erroneous line

    // The file Nix names where a position becomes a value (unsafeGetAttrPos,
    // __curPos, --xml's path=): the path, or for Nix's built-in derivation
    // wrapper its path in Nix's internal files; empty for -E and stdin.
    std::string value_path() const {
        if (path.empty() && label == "<nix/derivation-internal.nix>")
            return "/derivation-internal.nix";
        return path;
    }
};

struct Pos {
    const Origin* origin = nullptr;
    uint32_t line = 0, column = 0;
};

class PosTable {
  public:
    PosTable() { m_pos.push_back({}); }
    const Origin* add_origin(Origin o) {
        m_origins.push_back(std::make_unique<Origin>(std::move(o)));
        return m_origins.back().get();
    }
    PosIdx add(const Origin* o, uint32_t line, uint32_t col) {
        m_pos.push_back({o, line, col});
        return PosIdx{static_cast<uint32_t>(m_pos.size() - 1)};
    }
    const Pos& operator[](PosIdx p) const { return m_pos[p.id]; }

  private:
    std::vector<std::unique_ptr<Origin>> m_origins;
    std::vector<Pos> m_pos;
};

} // namespace hearth::lang
