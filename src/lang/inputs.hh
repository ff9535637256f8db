// What an evaluation read from outside itself: files, file types,
// directory listings, environment variables, trees copied to the store.
// A cache of evaluation results (glue/eval_cache) replays the log to know
// whether a new evaluation could give anything different. Recording is off
// unless EvalOptions::inputs points at a log.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace hearth::lang {

enum class InputKind : char {
    file = 'f',        // the bytes of a file (import, readFile, hashFile)
    type = 't',        // what lstat says: missing, file, directory, symlink
    type_follow = 'T', // the same through symlinks (stat)
    directory = 'd',   // a directory's entries and their types
    env = 'e',         // an environment variable's value, or its absence
    tree = 'r',        // a file tree copied into the store, whole
};

class InputLog {
  public:
    void add(InputKind kind, const std::string& name) {
        if (m_seen.insert({kind, name}).second) m_records.push_back({kind, name});
    }
    // Something no log can replay (builtins.currentTime): the result must
    // not be reused.
    void impure(std::string why) {
        if (m_why.empty()) m_why = std::move(why);
    }
    bool replayable() const { return m_why.empty(); }
    const std::string& why_not() const { return m_why; }
    const std::vector<std::pair<InputKind, std::string>>& records() const { return m_records; }

  private:
    std::vector<std::pair<InputKind, std::string>> m_records; // in first-seen order
    std::set<std::pair<InputKind, std::string>> m_seen;
    std::string m_why;
};

} // namespace hearth::lang
