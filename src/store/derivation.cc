#include "store/derivation.hh"

#include "util/encoding.hh"

namespace hearth::store {

bool Derivation::is_fixed_output() const {
    return outputs.size() == 1 && outputs.begin()->first == "out" &&
           !outputs.begin()->second.hash.empty();
}

std::set<std::string> Derivation::references() const {
    std::set<std::string> refs = input_srcs;
    for (const auto& [path, _] : input_drvs) refs.insert(path);
    return refs;
}

DerivationOutput fixed_output(FileIngestion method, const util::Hash& hash) {
    std::string algo(util::hash_algo_name(hash.algo));
    if (method == FileIngestion::recursive) algo = "r:" + algo;
    return DerivationOutput{"", algo, util::base16_encode(hash.bytes)};
}

// ---- unparse ---------------------------------------------------------------

namespace {

// Appends `s` quoted; runs of characters that need no escape are copied
// whole (a drv's env is most of its bytes).
void append_quoted(std::string& out, std::string_view s) {
    out += '"';
    size_t plain = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const char* escaped;
        switch (s[i]) {
        case '"':
            escaped = "\\\"";
            break;
        case '\\':
            escaped = "\\\\";
            break;
        case '\n':
            escaped = "\\n";
            break;
        case '\r':
            escaped = "\\r";
            break;
        case '\t':
            escaped = "\\t";
            break;
        default:
            continue;
        }
        out.append(s.data() + plain, i - plain);
        out += escaped;
        plain = i + 1;
    }
    out.append(s.data() + plain, s.size() - plain);
    out += '"';
}

} // namespace

std::string aterm_quote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    append_quoted(out, s);
    return out;
}

namespace {

template <class Range, class Fn> void list(std::string& out, const Range& items, Fn each) {
    out += '[';
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += ',';
        first = false;
        each(item);
    }
    out += ']';
}

} // namespace

std::string unparse_derivation(const Derivation& drv, bool mask_outputs,
                               const std::map<std::string, std::set<std::string>>* input_drvs) {
    auto q = [](std::string& out, std::string_view s) { append_quoted(out, s); };
    std::string out = "Derive(";
    list(out, drv.outputs, [&](const auto& o) {
        out += '(';
        q(out, o.first);
        out += ',';
        q(out, mask_outputs ? "" : o.second.path);
        out += ',';
        q(out, o.second.hash_algo);
        out += ',';
        q(out, o.second.hash);
        out += ')';
    });
    out += ',';
    list(out, input_drvs ? *input_drvs : drv.input_drvs, [&](const auto& i) {
        out += '(';
        q(out, i.first);
        out += ',';
        list(out, i.second, [&](const auto& o) { q(out, o); });
        out += ')';
    });
    out += ',';
    list(out, drv.input_srcs, [&](const auto& s) { q(out, s); });
    out += ',';
    q(out, drv.platform);
    out += ',';
    q(out, drv.builder);
    out += ',';
    list(out, drv.args, [&](const auto& a) { q(out, a); });
    out += ',';
    list(out, drv.env, [&](const auto& e) {
        bool masked = mask_outputs && drv.outputs.count(e.first);
        out += '(';
        q(out, e.first);
        out += ',';
        q(out, masked ? "" : e.second);
        out += ')';
    });
    return out + ')';
}

// ---- parse -----------------------------------------------------------------

namespace {

class AtermParser {
  public:
    explicit AtermParser(std::string_view text) : m_s(text) {}

    Result<Derivation> derivation() {
        Derivation drv;
        HEARTH_TRY(word("Derive(["));
        HEARTH_TRY(items([&]() -> Result<void> {
            HEARTH_TRY(word("("));
            auto id = HEARTH_TRY(str());
            DerivationOutput o;
            HEARTH_TRY(word(","));
            o.path = HEARTH_TRY(str());
            HEARTH_TRY(word(","));
            o.hash_algo = HEARTH_TRY(str());
            HEARTH_TRY(word(","));
            o.hash = HEARTH_TRY(str());
            HEARTH_TRY(word(")"));
            drv.outputs[id] = std::move(o);
            return {};
        }));
        HEARTH_TRY(word(",["));
        HEARTH_TRY(items([&]() -> Result<void> {
            HEARTH_TRY(word("("));
            auto path = HEARTH_TRY(str());
            HEARTH_TRY(word(",["));
            auto& outs = drv.input_drvs[path];
            HEARTH_TRY(items([&]() -> Result<void> {
                outs.insert(HEARTH_TRY(str()));
                return {};
            }));
            HEARTH_TRY(word(")"));
            return {};
        }));
        HEARTH_TRY(word(",["));
        HEARTH_TRY(items([&]() -> Result<void> {
            drv.input_srcs.insert(HEARTH_TRY(str()));
            return {};
        }));
        HEARTH_TRY(word(","));
        drv.platform = HEARTH_TRY(str());
        HEARTH_TRY(word(","));
        drv.builder = HEARTH_TRY(str());
        HEARTH_TRY(word(",["));
        HEARTH_TRY(items([&]() -> Result<void> {
            drv.args.push_back(HEARTH_TRY(str()));
            return {};
        }));
        HEARTH_TRY(word(",["));
        HEARTH_TRY(items([&]() -> Result<void> {
            HEARTH_TRY(word("("));
            auto k = HEARTH_TRY(str());
            HEARTH_TRY(word(","));
            drv.env[k] = HEARTH_TRY(str());
            HEARTH_TRY(word(")"));
            return {};
        }));
        HEARTH_TRY(word(")"));
        if (m_pos != m_s.size()) return bad("trailing data");
        return drv;
    }

  private:
    Unexpected<Error> bad(std::string_view what) {
        return fail(ErrorKind::bad_derivation, "invalid derivation: " + std::string(what) +
                                                   " at offset " + std::to_string(m_pos));
    }

    Result<void> word(std::string_view w) {
        if (m_s.substr(m_pos, w.size()) != w) return bad("expected '" + std::string(w) + "'");
        m_pos += w.size();
        return {};
    }

    // The items of a list whose '[' has been read, through its ']'.
    template <class Fn> Result<void> items(Fn item) {
        if (m_pos < m_s.size() && m_s[m_pos] == ']') {
            ++m_pos;
            return {};
        }
        while (true) {
            HEARTH_TRY(item());
            if (m_pos >= m_s.size()) return bad("unterminated list");
            char c = m_s[m_pos++];
            if (c == ']') return {};
            if (c != ',') return bad("expected ',' or ']'");
        }
    }

    Result<std::string> str() {
        HEARTH_TRY(word("\""));
        std::string out;
        while (m_pos < m_s.size()) {
            char c = m_s[m_pos++];
            if (c == '"') return out;
            if (c == '\\') {
                if (m_pos >= m_s.size()) break;
                char e = m_s[m_pos++];
                out += e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e;
            } else {
                out += c;
            }
        }
        return bad("unterminated string");
    }

    std::string_view m_s;
    size_t m_pos = 0;
};

} // namespace

Result<Derivation> parse_derivation(std::string_view text, std::string_view name) {
    auto drv = HEARTH_TRY(AtermParser(text).derivation());
    drv.name = name.empty() && drv.env.count("name") ? drv.env["name"] : std::string(name);
    return drv;
}

// ---- hashes and paths --------------------------------------------------------

Result<util::Hash> DrvHasher::hash_modulo(const Derivation& drv, bool mask_outputs) {
    using util::HashAlgo;
    if (drv.is_fixed_output()) {
        const auto& o = drv.outputs.begin()->second;
        return util::hash_string(HashAlgo::sha256,
                                 "fixed:out:" + o.hash_algo + ":" + o.hash + ":" + o.path);
    }
    std::map<std::string, std::set<std::string>> inputs;
    for (const auto& [path, outs] : drv.input_drvs) {
        auto h = HEARTH_TRY(hash_modulo_of(path));
        inputs[util::base16_encode(h.bytes)].insert(outs.begin(), outs.end());
    }
    return util::hash_string(HashAlgo::sha256, unparse_derivation(drv, mask_outputs, &inputs));
}

Result<util::Hash> DrvHasher::hash_modulo_of(const std::string& drv_path) {
    if (auto it = m_cache.find(drv_path); it != m_cache.end()) return it->second;
    auto drv = m_load(drv_path);
    if (!drv)
        return Unexpected{std::move(drv).error().with_context("while hashing '" + drv_path + "'")};
    auto h = HEARTH_TRY(hash_modulo(*drv, false));
    m_cache.emplace(drv_path, h);
    return h;
}

Result<StorePath> derivation_path(const Derivation& drv, const StoreDir& dir) {
    std::set<StorePath> refs;
    for (const auto& r : drv.references()) refs.insert(HEARTH_TRY(dir.parse(r)));
    return dir.make_text_path(drv.name + ".drv", unparse_derivation(drv), refs);
}

namespace {

Result<util::Hash> parse_output_hash(const DerivationOutput& o) {
    std::string_view algo = o.hash_algo;
    if (algo.starts_with("r:")) algo.remove_prefix(2);
    auto a = util::parse_hash_algo(algo);
    if (!a)
        return fail(ErrorKind::bad_derivation,
                    "unknown hash algorithm '" + std::string(algo) + "'");
    auto h = util::parse_hash(o.hash, *a);
    if (!h) return fail(ErrorKind::bad_hash, h.error().message);
    return *h;
}

} // namespace

Result<StorePath> finalise_derivation(Derivation& drv, const StoreDir& dir, DrvHasher& hasher) {
    if (drv.outputs.empty()) return fail(ErrorKind::bad_derivation, "derivation has no outputs");
    if (drv.is_fixed_output()) {
        auto& o = drv.outputs.begin()->second;
        auto hash = HEARTH_TRY(parse_output_hash(o));
        auto method =
            o.hash_algo.starts_with("r:") ? FileIngestion::recursive : FileIngestion::flat;
        auto path = HEARTH_TRY(dir.make_fixed_output_path(method, hash, drv.name));
        o.path = dir.print(path);
        drv.env["out"] = o.path;
    } else {
        for (auto& [id, o] : drv.outputs) {
            o.path.clear();
            drv.env[id] = "";
        }
        auto h = HEARTH_TRY(hasher.hash_modulo(drv, true));
        for (auto& [id, o] : drv.outputs) {
            auto path = HEARTH_TRY(dir.make_output_path(id, h, drv.name));
            o.path = dir.print(path);
            drv.env[id] = o.path;
        }
    }
    return derivation_path(drv, dir);
}

} // namespace hearth::store
