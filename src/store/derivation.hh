// Derivations: the struct, its ATerm text (the .drv file), Nix's
// "hash modulo" that makes output paths independent of how fixed-output
// inputs were fetched, and the output and .drv paths that follow from it.
//
// Paths are kept as full strings ("/nix/store/...-x.drv") because that is
// what the ATerm holds and what sorts its lists.
#pragma once

#include "store/error.hh"
#include "store/path.hh"
#include "util/hash.hh"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::store {

struct DerivationOutput {
    std::string path;      // empty while being computed
    std::string hash_algo; // fixed-output only: "sha256", or "r:sha256" for recursive
    std::string hash;      // fixed-output only: base16
    bool operator==(const DerivationOutput&) const = default;
};

struct Derivation {
    std::string name; // not in the ATerm; the env's "name" when parsed
    std::map<std::string, DerivationOutput> outputs;
    std::map<std::string, std::set<std::string>> input_drvs; // drv path -> output names
    std::set<std::string> input_srcs;
    std::string platform;
    std::string builder;
    std::vector<std::string> args;
    std::map<std::string, std::string> env;

    bool operator==(const Derivation&) const = default;

    // One output "out" with a hash: Nix's fixed-output derivation.
    bool is_fixed_output() const;
    // The references of the .drv file: input sources and input derivations.
    std::set<std::string> references() const;
};

// The output of a fixed-output derivation for a hash and ingestion method.
DerivationOutput fixed_output(FileIngestion method, const util::Hash& hash);

// "Derive([outputs],[inputDrvs],[inputSrcs],platform,builder,[args],[env])".
// `mask_outputs` blanks output paths and the env entries named after
// outputs; `input_drvs` (if given) replaces the input derivations, as hash
// modulo needs.
std::string
unparse_derivation(const Derivation& drv, bool mask_outputs = false,
                   const std::map<std::string, std::set<std::string>>* input_drvs = nullptr);
// ATerm string escaping as Nix does it: \" \\ \n \r \t.
std::string aterm_quote(std::string_view s);

Result<Derivation> parse_derivation(std::string_view text, std::string_view name = {});

// Computes hash-modulo of derivations, memoised by drv path. Loads input
// derivations through `load`, which the caller backs with the store or
// with the derivations the evaluator has written so far.
class DrvHasher {
  public:
    using Loader = std::function<Result<Derivation>(const std::string& drv_path)>;
    explicit DrvHasher(Loader load) : m_load(std::move(load)) {}

    // Fixed-output: sha256("fixed:out:<algo>:<hash>:<path>"). Otherwise
    // sha256 of the ATerm with each input drv replaced by the base16 of its
    // own hash modulo.
    Result<util::Hash> hash_modulo(const Derivation& drv, bool mask_outputs);
    Result<util::Hash> hash_modulo_of(const std::string& drv_path);

  private:
    Loader m_load;
    std::map<std::string, util::Hash> m_cache;
};

// Fills in output paths (and the env entries named after outputs) of a
// derivation whose outputs, inputs and env are otherwise complete, then
// returns its .drv path. `drv.name` must be set.
Result<StorePath> finalise_derivation(Derivation& drv, const StoreDir& dir, DrvHasher& hasher);

// The .drv path of a complete derivation: a text path of its ATerm.
Result<StorePath> derivation_path(const Derivation& drv, const StoreDir& dir);

} // namespace hearth::store
