// Hash builtins: hashString, hashFile, convertHash. The digests and text
// encodings are util's; what is here is Nix 2.26's argument handling and
// wording (which differs from 2.8's: "hash algorithm", the text after the
// prefix in messages).
#include "lang/builtins/hash.hh"

#include "lang/builtins/table.hh"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace hearth::lang {

using util::HashAlgo;
using util::HashFormat;

[[noreturn]] void usage_error(EvalState& st, PosIdx pos, std::string msg) {
    st.error(ErrorKind::Usage, pos, std::move(msg));
}

HashAlgo parse_hash_algo_or_throw(EvalState& st, std::string_view name, PosIdx pos) {
    if (auto algo = util::parse_hash_algo(name)) return *algo;
    usage_error(st, pos,
                "unknown hash algorithm '" + std::string(name) +
                    "', expect 'md5', 'sha1', 'sha256', or 'sha512'");
}

util::Hash parse_hash_any(EvalState& st, std::string_view original, std::optional<HashAlgo> algo,
                          PosIdx pos) {
    std::string_view rest = original;
    std::optional<HashAlgo> parsed;
    bool sri = false;
    auto fail = [&](std::string msg) { st.error(ErrorKind::Eval, pos, std::move(msg)); };
    if (auto colon = rest.find(':'); colon != std::string_view::npos) {
        parsed = parse_hash_algo_or_throw(st, rest.substr(0, colon), pos);
        rest.remove_prefix(colon + 1);
    } else if (auto dash = rest.find('-'); dash != std::string_view::npos) {
        parsed = parse_hash_algo_or_throw(st, rest.substr(0, dash), pos);
        rest.remove_prefix(dash + 1);
        sri = true;
    }
    if (!parsed && !algo)
        fail("hash '" + std::string(rest) +
             "' does not include a type, nor is the type otherwise known from context");
    if (parsed && algo && *parsed != *algo)
        fail("hash '" + std::string(original) + "' should have type '" +
             std::string(util::hash_algo_name(*algo)) + "'");
    util::Hash h{parsed ? *parsed : *algo, {}};
    size_t n = util::hash_size(h.algo);
    std::string quoted = "'" + std::string(rest) + "'";
    if (!sri && rest.size() == 2 * n) {
        auto b = util::base16_decode(rest);
        if (!b) fail("invalid base-16 hash " + quoted);
        h.bytes = std::move(*b);
    } else if (!sri && rest.size() == util::nix32_length(n)) {
        auto b = util::nix32_decode(rest, n);
        if (!b) fail("invalid base-32 hash " + quoted);
        h.bytes = std::move(*b);
    } else if (sri || rest.size() == util::base64_length(n)) {
        // Nix reports a bad character and a bad length alike.
        auto b = util::base64_decode(rest);
        if (!b || b->size() != n)
            fail(std::string("invalid ") + (sri ? "SRI" : "base-64") + " hash " + quoted);
        h.bytes = std::move(*b);
    } else {
        fail("hash " + quoted + " has wrong length for hash algorithm '" +
             std::string(util::hash_algo_name(h.algo)) + "'");
    }
    return h;
}

namespace {

// Runs f, adding Nix's "while evaluating ..." frame to an error it throws.
template <class F> auto with_trace(const char* what, F&& f) {
    try {
        return f();
    } catch (EvalError& e) {
        e.add_trace({}, what);
        throw;
    }
}

HashFormat parse_hash_format(EvalState& st, std::string_view name, PosIdx pos) {
    if (name == "base16") return HashFormat::base16;
    if (name == "nix32") return HashFormat::nix32;
    if (name == "base32") {
        st.print_trace(R"(warning: "base32" is a deprecated alias for hash format "nix32".)");
        return HashFormat::nix32;
    }
    if (name == "base64") return HashFormat::base64;
    if (name == "sri") return HashFormat::sri;
    usage_error(st, pos,
                "unknown hash format '" + std::string(name) +
                    "', expect 'base16', 'base32', 'base64', or 'sri'");
}

// hashString ALGO S: the base-16 digest; S's context is dropped, as in Nix.
void bi_hashString(EvalState& st, PosIdx pos, Value** args, Value& out) {
    HashAlgo algo = parse_hash_algo_or_throw(
        st,
        st.force_string_no_ctx(*args[0], pos,
                               "while evaluating the first argument passed to builtins.hashString"),
        {});
    ContextBuilder discarded;
    std::string_view s = st.force_string(
        *args[1], pos, "while evaluating the second argument passed to builtins.hashString",
        &discarded);
    st.mk_string(out, util::base16_encode(util::hash_string(algo, s).bytes));
}

// hashFile ALGO PATH: the base-16 digest of the file's bytes.
void bi_hashFile(EvalState& st, PosIdx pos, Value** args, Value& out) {
    HashAlgo algo = parse_hash_algo_or_throw(
        st,
        st.force_string_no_ctx(*args[0], pos,
                               "while evaluating the first argument passed to builtins.hashFile"),
        {});
    std::string path = with_trace("while realising the context of a path",
                                  [&] { return st.coerce_to_path(*args[1], pos, ""); });
    st.note_input(InputKind::file, path);
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        st.error(ErrorKind::Eval, {}, "opening file '" + path + "': " + std::strerror(errno));
    util::Hasher h(algo);
    char buf[65536];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int err = errno;
            close(fd);
            st.error(ErrorKind::Eval, {},
                     "reading from file '" + path + "': " + std::strerror(err));
        }
        if (n == 0) break;
        h.update(std::string_view(buf, size_t(n)));
    }
    close(fd);
    st.mk_string(out, util::base16_encode(h.finish().bytes));
}

const Attr& required_attr(EvalState& st, const Bindings* b, const char* name) {
    const Attr* a = b->find(st.symbols.intern(name));
    if (!a) {
        EvalError e(ErrorKind::MissingAttr, std::string("attribute '") + name + "' missing");
        e.add_trace({}, std::string("while locating the attribute '") + name + "'");
        throw e;
    }
    return *a;
}

// convertHash { hash; hashAlgo ? <from the hash>; toHashFormat; }
void bi_convertHash(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const Bindings* b = st.force_attrs(
        *args[0], pos, "while evaluating the first argument passed to builtins.convertHash");
    std::string_view text = st.force_string_no_ctx(*required_attr(st, b, "hash").value, pos,
                                                   "while evaluating the attribute 'hash'");
    std::optional<HashAlgo> algo;
    if (const Attr* a = b->find(st.symbols.intern("hashAlgo")))
        algo = parse_hash_algo_or_throw(
            st, st.force_string_no_ctx(*a->value, pos, "while evaluating the attribute 'hashAlgo'"),
            {});
    HashFormat format =
        parse_hash_format(st,
                          st.force_string_no_ctx(*required_attr(st, b, "toHashFormat").value, pos,
                                                 "while evaluating the attribute 'toHashFormat'"),
                          {});
    st.mk_string(out, util::format_hash(parse_hash_any(st, text, algo, {}), format));
}

const PrimOp table[] = {
    {"convertHash", 1, bi_convertHash,
     "Converts a hash to another format (base16, nix32, base64, sri)."},
    {"hashFile", 2, bi_hashFile,
     "The base-16 hash of a file's contents (md5, sha1, sha256, sha512)."},
    {"hashString", 2, bi_hashString, "The base-16 hash of a string (md5, sha1, sha256, sha512)."},
};

} // namespace

std::span<const PrimOp> hash_builtins() {
    return table;
}

} // namespace hearth::lang
