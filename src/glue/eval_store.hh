// EvalStore: the store as one evaluation sees it. It computes the paths of
// sources, text files and derivations exactly as Nix does, remembers the
// derivations made so far (hash modulo needs their inputs), and is the
// StoreHooks through which the language copies paths ("${./file}").
//
// Two modes: compute only (what `instantiate --eval` and Nix's dummy://
// store do: nothing is written, a .drv's closure cannot be read back), and
// writing into an on-disk store.
#pragma once

#include "lang/state.hh"
#include "store/derivation.hh"
#include "store/local_store.hh"
#include "store/nar.hh"
#include "store/path.hh"

#include <map>
#include <set>
#include <string>

namespace hearth::glue {

struct Config {
    std::string store_dir = "/nix/store"; // without a disk store
    // The store to write sources, text files and .drv files into; null to
    // compute paths only. Its store directory wins over store_dir.
    store::LocalStore* disk = nullptr;
};

class EvalStore final : public lang::StoreHooks {
  public:
    explicit EvalStore(Config config);

    std::string copy_path_to_store(lang::EvalState& st, const std::string& path,
                                   lang::PosIdx pos) override;
    std::string store_dir() const override { return m_dir.dir(); }
    const store::StoreDir& dir() const { return m_dir; }
    // Whether paths are written (false: computed only).
    bool writes() const { return m_disk != nullptr; }

    // A filesystem path imported as `name` (builtins.path, filterSource,
    // interpolated paths). The filter sees every entry below the root.
    store::Result<store::StorePath> add_path(const std::string& fs_path, std::string_view name,
                                             store::FileIngestion method,
                                             const store::NarFilter& filter);
    // builtins.toFile: a text path with the given references.
    store::Result<store::StorePath> add_text(std::string_view name, std::string_view text,
                                             const std::set<store::StorePath>& references);
    // Fills in the output paths of a derivation whose outputs, inputs and
    // env are otherwise complete, records it and returns its .drv path.
    store::Result<store::StorePath> add_derivation(store::Derivation& drv);
    // The closure of a store path (itself included): what a "=drv" context
    // element brings into a derivation's inputs.
    store::Result<std::set<std::string>> closure(const std::string& path);
    // A derivation made by this evaluation (or read from the store).
    store::Result<store::Derivation> derivation(const std::string& drv_path);

  private:
    store::Result<store::StorePath> compute_path(const std::string& fs_path, std::string_view name,
                                                 store::FileIngestion method,
                                                 const store::NarFilter& filter) const;

    store::StoreDir m_dir;
    store::LocalStore* m_disk;
    std::map<std::string, store::Derivation> m_drvs; // by .drv path
    store::DrvHasher m_hasher;
};

// The text of a store error for an evaluation error message.
std::string message(const store::Error& e);

} // namespace hearth::glue
