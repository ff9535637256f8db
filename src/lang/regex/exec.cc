// Running the automaton: libstdc++'s depth-first executor (the one
// std::regex_match and std::regex_search use for POSIX grammars), with its
// recursion turned into a loop over an explicit stack of "what to do when
// this branch is done" frames.
//
// The search semantics it reproduces:
// - an alternative explores both branches; `has_sol` says whether anything
//   below reached the accepting state;
// - a greedy repeat tries one more round first and leaves the loop only if
//   that round found nothing;
// - a repeat may be entered at most twice at the same position (empty
//   rounds), counted per repeat state and undone on backtracking;
// - in search mode, the longest match from the leftmost start wins, and
//   among equally long ones the first found; in match mode, the first
//   path that ends at the end of the input.
// We stop early where nothing later could change the answer: at the first
// whole-input match, or at a search match that reaches the end.
#include "lang/regex/program.hh"

#include <cstring>

namespace hearth::lang::regex {

namespace {

constexpr size_t npos = SIZE_MAX;

enum class Frame : uint8_t {
    RepeatLeave,  // after "one more round": undo the entry count, then leave
                  // the loop unless that round matched
    RestoreFirst, // undo a group's start
    RestoreGroup, // undo a group's end
    AltRight,     // after the left branch: try the right one
    AltJoin,      // after the right branch: or in the left branch's result
};

struct StackEntry {
    Frame kind;
    bool flag;         // AltJoin: the left result; RestoreGroup: the old `matched`
    uint8_t old_count; // RepeatLeave: the entry count to restore
    uint32_t state;
    size_t a, b; // positions or the saved values
};

struct RepCount {
    size_t pos = npos;
    int count = 0;
};

class Executor {
  public:
    Executor(const Program& prog, std::string_view s, SearchFlags flags)
        : m_prog(prog), m_s(s), m_flags(flags), m_rep(prog.states.size()), m_cur(prog.groups) {}

    // One attempt from `begin`; `exact`: the match must end at the end.
    bool run(size_t begin, bool exact, std::vector<Capture>& out);

    SearchFlags& flags() { return m_flags; }

  private:
    const Program& m_prog;
    std::string_view m_s;
    SearchFlags m_flags;
    std::vector<RepCount> m_rep;
    std::vector<Capture> m_cur;
    std::vector<StackEntry> m_stack;
};

bool Executor::run(size_t begin, bool exact, std::vector<Capture>& out) {
    const auto& states = m_prog.states;
    const unsigned char* s = reinterpret_cast<const unsigned char*>(m_s.data());
    const size_t end = m_s.size();
    for (auto& c : m_cur) c = Capture{};
    m_stack.clear();
    bool has_sol = false;
    size_t sol_pos = npos; // end of the best match so far
    uint32_t st = m_prog.start;
    size_t cur = begin;

    for (;;) {
        // Enter state `st` at `cur`; `break` means this branch is exhausted.
        for (;;) {
            const State& x = states[st];
            switch (x.op) {
            case Op::Match:
                if (cur == end || !m_prog.sets[x.arg][s[cur]]) break;
                ++cur;
                st = x.next;
                continue;
            case Op::Repeat: {
                // One frame per round keeps `.*` over a long input cheap: it
                // holds the position to leave from and the count to restore.
                RepCount& rc = m_rep[st];
                m_stack.push_back({Frame::RepeatLeave, false, uint8_t(rc.count), st, cur, rc.pos});
                if (rc.count == 0 || rc.pos != cur) {
                    rc.pos = cur;
                    rc.count = 1;
                } else if (rc.count < 2) {
                    ++rc.count;
                } else {
                    break; // the RepeatLeave frame decides what follows
                }
                st = x.alt;
                continue;
            }
            case Op::SubBegin:
                m_stack.push_back({Frame::RestoreFirst, false, 0, x.arg, m_cur[x.arg].first, 0});
                m_cur[x.arg].first = cur;
                st = x.next;
                continue;
            case Op::SubEnd: {
                Capture& c = m_cur[x.arg];
                m_stack.push_back({Frame::RestoreGroup, c.matched, 0, x.arg, c.first, c.second});
                c.second = cur;
                c.matched = true;
                st = x.next;
                continue;
            }
            case Op::LineBegin:
                if (cur != begin || m_flags.prev_avail) break;
                st = x.next;
                continue;
            case Op::LineEnd:
                if (cur != end) break;
                st = x.next;
                continue;
            case Op::Alt:
                m_stack.push_back({Frame::AltRight, false, 0, st, cur, 0});
                st = x.alt;
                continue;
            case Op::Accept:
                has_sol = exact ? cur == end : true;
                if (cur == begin && m_flags.not_null) has_sol = false;
                if (has_sol && (sol_pos == npos || sol_pos < cur)) {
                    sol_pos = cur;
                    out = m_cur;
                    // No later path can be longer (search) or replace the
                    // first whole-input match (match).
                    if (cur == end) return true;
                }
                break;
            case Op::Dummy:
                st = x.next;
                continue;
            }
            break;
        }

        // Backtrack to the most recent pending decision.
        for (;;) {
            if (m_stack.empty()) return has_sol;
            StackEntry f = m_stack.back();
            m_stack.pop_back();
            switch (f.kind) {
            case Frame::RepeatLeave:
                m_rep[f.state] = {f.b, f.old_count};
                if (has_sol) continue;
                cur = f.a;
                st = states[f.state].next;
                break;
            case Frame::RestoreFirst:
                m_cur[f.state].first = f.a;
                continue;
            case Frame::RestoreGroup:
                m_cur[f.state] = {f.a, f.b, f.flag};
                continue;
            case Frame::AltRight:
                m_stack.push_back({Frame::AltJoin, has_sol, 0, 0, 0, 0});
                has_sol = false;
                cur = f.a;
                st = states[f.state].next;
                break;
            case Frame::AltJoin:
                has_sol = has_sol || f.flag;
                continue;
            }
            break;
        }
    }
}

} // namespace

bool Regex::match(std::string_view s, std::vector<Capture>& caps) const {
    Executor ex(*m_prog, s, {});
    return ex.run(0, true, caps);
}

bool Regex::search(std::string_view s, size_t start, SearchFlags flags,
                   std::vector<Capture>& caps) const {
    Executor ex(*m_prog, s, flags);
    if (ex.run(start, false, caps)) return true;
    if (flags.continuous) return false;
    ex.flags().prev_avail = true;
    const Program& p = *m_prog;
    const unsigned char* b = reinterpret_cast<const unsigned char*>(s.data());
    // A single possible first byte: let memchr find the candidates.
    int only = -1;
    if (!p.nullable && p.first.count() == 1)
        for (int c = 0; c < 256; ++c)
            if (p.first[c]) only = c;
    for (size_t pos = start + 1; pos <= s.size(); ++pos) {
        if (!p.nullable) {
            if (only >= 0) {
                const void* hit =
                    pos < s.size() ? std::memchr(b + pos, only, s.size() - pos) : nullptr;
                if (!hit) return false;
                pos = size_t(static_cast<const unsigned char*>(hit) - b);
            } else {
                while (pos < s.size() && !p.first[b[pos]]) ++pos;
                if (pos == s.size()) return false;
            }
        }
        if (ex.run(pos, false, caps)) return true;
    }
    return false;
}

} // namespace hearth::lang::regex
