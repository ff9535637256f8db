#include "glue/eval_store.hh"

#include "glue/names.hh"
#include "util/hash.hh"

#include <sys/stat.h>

namespace hearth::glue {

using store::ErrorKind;
using store::StorePath;

std::string message(const store::Error& e) {
    std::string m = e.message;
    for (const auto& line : e.trail) m = line + ": " + m;
    return m;
}

namespace {

// Nix computes a path's digest before it checks the name, so a bad name is
// reported with the hash part it would have had. store::check_name follows
// Nix 2.8 and lets some names through ("." and "..-x") that current Nix
// rejects; both cases end here with current Nix's wording.
store::Result<StorePath> check_name(store::Result<StorePath> r, std::string_view name) {
    auto reason = bad_name_reason(name);
    if (!reason) return r;
    std::string hash_part;
    if (r) {
        hash_part = r->hash_part;
    } else {
        // store's message: "store path '<hash>-<name>' ..."
        const std::string prefix = "store path '";
        const std::string& m = r.error().message;
        if (r.error().kind != ErrorKind::bad_store_path || !m.starts_with(prefix)) return r;
        hash_part = m.substr(prefix.size(), store::store_hash_chars);
    }
    return store::fail(ErrorKind::bad_store_path, "path '" + hash_part + "-" + std::string(name) +
                                                      "' is not a valid store path: " + *reason);
}

std::string base_name(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

EvalStore::EvalStore(Config config)
    : m_dir(config.disk ? config.disk->dir().dir() : std::move(config.store_dir)),
      m_disk(config.disk),
      m_hasher([this](const std::string& drv_path) { return derivation(drv_path); }) {}

std::string EvalStore::copy_path_to_store(lang::EvalState& st, const std::string& path,
                                          lang::PosIdx pos) {
    struct stat sb;
    st.note_input(lang::InputKind::tree, path);
    if (lstat(path.c_str(), &sb) != 0)
        throw lang::EvalError(lang::ErrorKind::Eval, "path '" + path + "' does not exist");
    auto r = add_path(path, base_name(path), store::FileIngestion::recursive, {});
    if (!r) throw lang::EvalError(lang::ErrorKind::Eval, message(r.error()));
    return m_dir.print(*r);
}

store::Result<StorePath> EvalStore::add_path(const std::string& fs_path, std::string_view name,
                                             store::FileIngestion method,
                                             const store::NarFilter& filter) {
    if (auto reason = bad_name_reason(name); reason || !m_disk) {
        // Computing first also words a bad name's error as Nix does.
        auto path = HEARTH_TRY(check_name(compute_path(fs_path, name, method, filter), name));
        if (!m_disk) return path;
    }
    return m_disk->add_to_store(fs_path, name, method, util::HashAlgo::sha256, filter);
}

store::Result<StorePath> EvalStore::compute_path(const std::string& fs_path, std::string_view name,
                                                 store::FileIngestion method,
                                                 const store::NarFilter& filter) const {
    if (method == store::FileIngestion::recursive) {
        auto hash = HEARTH_TRY(store::nar_hash(fs_path, filter));
        return m_dir.make_fixed_output_path(method, hash, name);
    }
    auto hash = util::hash_file(util::HashAlgo::sha256, fs_path);
    if (!hash) return store::fail(ErrorKind::io, hash.error().message, fs_path);
    return m_dir.make_fixed_output_path(method, *hash, name);
}

store::Result<StorePath> EvalStore::add_text(std::string_view name, std::string_view text,
                                             const std::set<StorePath>& references) {
    auto path = HEARTH_TRY(check_name(m_dir.make_text_path(name, text, references), name));
    if (m_disk) {
        auto written = HEARTH_TRY(m_disk->add_text(name, text, references));
        if (written != path)
            return store::fail(ErrorKind::usage, "the store wrote '" + m_dir.print(written) +
                                                     "' where '" + m_dir.print(path) +
                                                     "' was computed");
    }
    return path;
}

store::Result<StorePath> EvalStore::add_derivation(store::Derivation& drv) {
    auto path = HEARTH_TRY(store::finalise_derivation(drv, m_dir, m_hasher));
    if (m_disk) HEARTH_TRY(m_disk->write_derivation(drv, &path));
    m_drvs.emplace(m_dir.print(path), drv);
    return path;
}

store::Result<store::Derivation> EvalStore::derivation(const std::string& drv_path) {
    if (auto it = m_drvs.find(drv_path); it != m_drvs.end()) return it->second;
    if (m_disk) return m_disk->read_derivation(HEARTH_TRY(m_dir.parse(drv_path)));
    return store::fail(ErrorKind::not_valid, "path '" + drv_path + "' is not valid", drv_path);
}

store::Result<std::set<std::string>> EvalStore::closure(const std::string& path) {
    // Nix reads the closure from the store; a store that is not written to
    // (dummy://) holds nothing, so current Nix fails here too.
    if (!m_disk) return store::fail(ErrorKind::not_valid, "path '" + path + "' is not valid", path);
    auto closure = HEARTH_TRY(m_disk->query_closure({HEARTH_TRY(m_dir.parse(path))}));
    std::set<std::string> out;
    for (const auto& p : closure) out.insert(m_dir.print(p));
    return out;
}

} // namespace hearth::glue
