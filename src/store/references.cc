#include "store/references.hh"

#include "store/nar.hh"
#include "store/path.hh"
#include "util/encoding.hh"

#include <array>

namespace hearth::store {

namespace {

// Looks at every 32-byte window made only of nix-base32 characters; keeps
// the last 31 bytes of each chunk so that a hash split across two sink
// calls is still seen.
class Scanner {
  public:
    explicit Scanner(const std::set<std::string>& candidates) : m_candidates(candidates) {
        for (char c : util::nix32_alphabet) m_is_b32[static_cast<unsigned char>(c)] = true;
    }

    void feed(std::string_view data) {
        m_buf.append(data);
        size_t n = store_hash_chars;
        size_t i = 0;
        while (i + n <= m_buf.size()) {
            // Find the last non-base32 char in the window; skip past it.
            size_t bad = n;
            for (size_t j = n; j-- > 0;)
                if (!m_is_b32[static_cast<unsigned char>(m_buf[i + j])]) {
                    bad = j;
                    break;
                }
            if (bad != n) {
                i += bad + 1;
                continue;
            }
            std::string window = m_buf.substr(i, n);
            if (m_candidates.count(window)) m_found.insert(std::move(window));
            ++i;
        }
        m_buf.erase(0, std::min(i, m_buf.size()));
        if (m_buf.size() >= n) m_buf.erase(0, m_buf.size() - (n - 1));
    }

    std::set<std::string> found() && { return std::move(m_found); }

  private:
    const std::set<std::string>& m_candidates;
    std::array<bool, 256> m_is_b32{};
    std::string m_buf;
    std::set<std::string> m_found;
};

} // namespace

Result<std::set<std::string>> scan_references(const std::string& path,
                                              const std::set<std::string>& candidates) {
    Scanner scanner(candidates);
    HEARTH_TRY(dump_path(path, [&](std::string_view s) { scanner.feed(s); }));
    return std::move(scanner).found();
}

} // namespace hearth::store
