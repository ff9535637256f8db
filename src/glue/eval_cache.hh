// Reusing an evaluation's result when nothing it read has changed: the
// no-op `nixos-rebuild switch` then costs a few file hashes instead of a
// whole evaluation of the module system.
//
// An entry holds a key (what was asked: the command's arguments, the
// search path, Hearth's own binary), the evaluation's input log with a
// fingerprint of each input (a file's SHA-256, a directory's listing, a
// variable's value, a copied tree's NAR hash) and the results (store
// paths). A lookup recomputes every fingerprint; one difference and the
// entry is ignored. An evaluation that used the clock is not stored.
#pragma once

#include "lang/inputs.hh"
#include "store/local_store.hh"

#include <optional>
#include <string>
#include <vector>

namespace hearth::glue {

// The fingerprint of one input as it is now.
std::string fingerprint(lang::InputKind kind, const std::string& name);

// Where the cache entry `name` lives for this store (its state directory's
// eval-cache/, created if missing); "" if it cannot be created.
std::string eval_cache_file(const store::LocalStore& store, const std::string& name);

// A key from the parts that select an evaluation, plus the identity of
// the running binary (a rebuilt evaluator may evaluate differently).
std::string eval_cache_key(const std::vector<std::string>& parts);

class EvalCache {
  public:
    explicit EvalCache(std::string file) : m_file(std::move(file)) {}

    // The results stored under `key`, if every input still matches.
    std::optional<std::vector<std::string>> lookup(const std::string& key) const;
    // lookup(), while the store path each result begins with ("drv out")
    // is still valid: a garbage collection may have taken it.
    std::optional<std::vector<std::string>> lookup_valid(store::LocalStore& store,
                                                         const std::string& key) const;
    // Replaces the entry; removes it instead when the log is not replayable.
    // Best effort: a cache that cannot be written is only slower.
    void store(const std::string& key, const lang::InputLog& log,
               const std::vector<std::string>& results) const;

  private:
    std::string m_file;
};

} // namespace hearth::glue
