#include "store/path.hh"

#include "util/encoding.hh"

namespace hearth::store {

namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("+-._?=").find(c) != std::string_view::npos;
}

std::string quote(std::string_view s) {
    return "'" + std::string(s) + "'";
}

} // namespace

Result<void> check_name(std::string_view name, std::string_view base_name) {
    if (name.empty())
        return fail(ErrorKind::bad_store_path,
                    "store path " + quote(base_name) + " has an empty name");
    if (name.size() > max_name_length)
        return fail(ErrorKind::bad_store_path,
                    "store path " + quote(base_name) + " has a name longer than 211 characters");
    for (char c : name)
        if (!is_name_char(c))
            return fail(ErrorKind::bad_store_path, "store path " + quote(base_name) +
                                                       " contains illegal character " +
                                                       quote(std::string_view(&c, 1)));
    return {};
}

Result<StorePath> parse_base_name(std::string_view base_name) {
    if (base_name.size() < store_hash_chars + 1)
        return fail(ErrorKind::bad_store_path,
                    quote(base_name) + " is too short to be a valid store path");
    std::string_view hash = base_name.substr(0, store_hash_chars);
    for (char c : hash)
        if (util::nix32_alphabet.find(c) == std::string_view::npos)
            return fail(ErrorKind::bad_store_path, "store path " + quote(base_name) +
                                                       " contains illegal base-32 character " +
                                                       quote(std::string_view(&c, 1)));
    if (base_name[store_hash_chars] != '-')
        return fail(ErrorKind::bad_store_path,
                    "store path " + quote(base_name) + " has no dash after its hash part");
    std::string_view name = base_name.substr(store_hash_chars + 1);
    HEARTH_TRY(check_name(name, base_name));
    return StorePath{std::string(hash), std::string(name)};
}

StoreDir::StoreDir(std::string dir) : m_dir(std::move(dir)) {
    while (m_dir.size() > 1 && m_dir.back() == '/') m_dir.pop_back();
}

Result<StorePath> StoreDir::parse(std::string_view full_path) const {
    if (full_path.size() <= m_dir.size() + 1 || full_path.substr(0, m_dir.size()) != m_dir ||
        full_path[m_dir.size()] != '/')
        return fail(ErrorKind::bad_store_path,
                    "path " + quote(full_path) + " is not in the Nix store",
                    std::string(full_path));
    std::string_view base = full_path.substr(m_dir.size() + 1);
    if (base.find('/') != std::string_view::npos)
        return fail(ErrorKind::bad_store_path, "path " + quote(full_path) + " is not a store path",
                    std::string(full_path));
    return parse_base_name(base);
}

Result<StorePath> StoreDir::to_store_path(std::string_view path) const {
    if (path.size() > m_dir.size() + 1 && path.substr(0, m_dir.size()) == m_dir &&
        path[m_dir.size()] == '/') {
        auto slash = path.find('/', m_dir.size() + 1);
        return parse(path.substr(0, slash));
    }
    return fail(ErrorKind::bad_store_path, "path " + quote(path) + " is not in the Nix store",
                std::string(path));
}

Result<StorePath> StoreDir::make_store_path(std::string_view type, const util::Hash& inner,
                                            std::string_view name) const {
    std::string fingerprint =
        std::string(type) + ":" + std::string(util::hash_algo_name(inner.algo)) + ":" +
        util::base16_encode(inner.bytes) + ":" + m_dir + ":" + std::string(name);
    auto digest = util::hash_string(util::HashAlgo::sha256, fingerprint);
    std::string hash = util::nix32_encode(util::compress_hash(digest.bytes, 20));
    HEARTH_TRY(check_name(name, hash + "-" + std::string(name)));
    return StorePath{std::move(hash), std::string(name)};
}

Result<StorePath> StoreDir::make_output_path(std::string_view id, const util::Hash& drv_hash,
                                             std::string_view name) const {
    std::string out_name(name);
    if (id != "out") out_name += "-" + std::string(id);
    return make_store_path("output:" + std::string(id), drv_hash, out_name);
}

std::string StoreDir::make_type(std::string type, const std::set<StorePath>& references,
                                bool self_reference) const {
    for (const auto& ref : references) type += ":" + print(ref);
    if (self_reference) type += ":self";
    return type;
}

Result<StorePath> StoreDir::make_fixed_output_path(FileIngestion method, const util::Hash& hash,
                                                   std::string_view name,
                                                   const std::set<StorePath>& references,
                                                   bool self_reference) const {
    if (method == FileIngestion::recursive && hash.algo == util::HashAlgo::sha256)
        return make_store_path(make_type("source", references, self_reference), hash, name);
    if (!references.empty() || self_reference)
        return fail(ErrorKind::usage, "a fixed-output path other than recursive sha256 cannot "
                                      "have references");
    std::string inner = "fixed:out:";
    if (method == FileIngestion::recursive) inner += "r:";
    inner += util::format_hash_prefixed(hash, util::HashFormat::base16) + ":";
    return make_store_path("output:out", util::hash_string(util::HashAlgo::sha256, inner), name);
}

Result<StorePath> StoreDir::make_text_path(std::string_view name, const util::Hash& content_hash,
                                           const std::set<StorePath>& references) const {
    return make_store_path(make_type("text", references, false), content_hash, name);
}

Result<StorePath> StoreDir::make_text_path(std::string_view name, std::string_view contents,
                                           const std::set<StorePath>& references) const {
    return make_text_path(name, util::hash_string(util::HashAlgo::sha256, contents), references);
}

Result<StorePath> StoreDir::make_source_path(const std::string& fs_path, std::string_view name,
                                             const NarFilter& filter,
                                             const std::set<StorePath>& references) const {
    auto hash = HEARTH_TRY(nar_hash(fs_path, filter));
    return make_fixed_output_path(FileIngestion::recursive, hash, name, references);
}

} // namespace hearth::store
