// POSIX extended regular expressions, as Nix's builtins.match and
// builtins.split see them.
//
// Nix hands its patterns to libstdc++'s std::regex with the `extended`
// grammar, so "what Nix does" is what that library does, quirks included:
// alternatives are all tried and the longest match kept, but a greedy
// repetition that found any match is never retried with fewer rounds; a
// capture keeps its value from an earlier round; an empty round may repeat
// twice. This engine runs the same automaton (built the same way, in
// compile.cc) with the same depth-first search (exec.cc), but iteratively on
// a heap stack, so long inputs cannot overflow the C++ stack, and it stops as
// soon as no later path can change the result.
//
// Syntax checking is delegated to std::regex itself (see compile.cc): the
// set of accepted patterns must be exactly libstdc++'s.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::lang::regex {

enum class CompileError {
    None,
    Invalid, // std::regex rejects the pattern
    Space,   // the automaton would exceed libstdc++'s state limit
};

// One capture group's result; `matched` false is Nix's null.
struct Capture {
    size_t first = 0;
    size_t second = 0;
    bool matched = false;
};

// The automaton; opaque outside the regex directory.
struct Program;

// Flags of one search, named as std::regex_constants names them.
struct SearchFlags {
    bool prev_avail = false; // the byte before `start` exists: `^` does not match there
    bool not_null = false;   // an empty match is no match
    bool continuous = false; // the match must start at `start`
};

class Regex {
  public:
    // Compiles `pattern`; on failure returns null and sets `err`.
    static std::unique_ptr<Regex> compile(std::string_view pattern, CompileError& err);
    ~Regex();
    Regex(const Regex&) = delete;
    Regex& operator=(const Regex&) = delete;

    // The number of capture groups, not counting the whole match.
    size_t groups() const;

    // std::regex_match: the whole of `s`. caps[0] is the whole match,
    // caps[1..] the groups.
    bool match(std::string_view s, std::vector<Capture>& caps) const;

    // std::regex_search over s[start..]: positions in caps are offsets in s.
    bool search(std::string_view s, size_t start, SearchFlags flags,
                std::vector<Capture>& caps) const;

    // Calls `fn(caps)` for each match std::sregex_iterator would visit.
    template <class Fn> void for_each_match(std::string_view s, Fn fn) const;

  private:
    explicit Regex(std::unique_ptr<Program> p);
    std::unique_ptr<Program> m_prog;
};

template <class Fn> void Regex::for_each_match(std::string_view s, Fn fn) const {
    std::vector<Capture> caps;
    SearchFlags flags;
    if (!search(s, 0, flags, caps)) return;
    for (;;) {
        fn(static_cast<const std::vector<Capture>&>(caps));
        size_t start = caps[0].second;
        // After an empty match, std::regex_iterator first looks for a
        // non-empty one at the same place, then moves on by one byte.
        if (caps[0].first == caps[0].second) {
            if (start == s.size()) return;
            SearchFlags retry = flags;
            retry.not_null = retry.continuous = true;
            if (search(s, start, retry, caps)) continue;
            ++start;
        }
        flags.prev_avail = true;
        if (!search(s, start, flags, caps)) return;
    }
}

} // namespace hearth::lang::regex
