// The automaton a pattern compiles to (compile.cc) and exec.cc runs.
//
// It has libstdc++'s shape state for state, because its depth-first search
// order decides which match and which captures win: an alternative tries
// `alt` (the left branch) before `next`; a repeat's `alt` is "one more
// round" and `next` is "leave"; `?` and each optional round of `{n,m}` are
// repeats too. Dummy states are gone after compilation.
#pragma once

#include "lang/regex/regex.hh"

#include <array>
#include <bitset>
#include <cstdint>
#include <vector>

namespace hearth::lang::regex {

enum class Op : uint8_t {
    Repeat,    // greedy: try alt (once more), then next unless that matched
    SubBegin,  // group arg starts here
    SubEnd,    // group arg ends here
    LineBegin, // ^
    LineEnd,   // $
    Match,     // one byte in sets[arg]
    Accept,
    Alt,   // alt (left branch), then next (right branch)
    Dummy, // only while compiling
};

inline constexpr uint32_t no_state = UINT32_MAX;

struct State {
    Op op;
    uint32_t next = no_state;
    uint32_t alt = no_state;
    uint32_t arg = 0;
};

using ByteSet = std::bitset<256>;

struct Program {
    std::vector<State> states;
    std::vector<ByteSet> sets;
    uint32_t start = 0;
    size_t groups = 1; // including group 0, the whole match

    // For skipping hopeless start positions when searching: the bytes a
    // match can begin with, and whether a match can be empty.
    ByteSet first;
    bool nullable = true;
};

} // namespace hearth::lang::regex
