// Builtins that put files into the store: path, filterSource, toFile, and
// storePath (which names a path already there). Each returns a string
// that is the store path and depends on it.
#include "glue/builtins/builtins.hh"

#include "lang/builtins/hash.hh"

#include <exception>
#include <sys/stat.h>

namespace hearth::glue {

using lang::EvalError;
using lang::EvalState;
using lang::PosIdx;
using lang::Value;

void mk_store_path_string(EvalState& st, Value& out, const std::string& path) {
    lang::ContextBuilder ctx;
    ctx.add(path);
    st.mk_string(out, path, ctx);
}

namespace {

// A NarFilter that calls a Nix function (path: type: bool). An evaluation
// error cannot unwind through the store layer, so it is kept and every
// later entry rejected; rethrow() raises it once the store returns.
class PathFilter {
  public:
    PathFilter(EvalState& st, Value* fn, PosIdx pos) : m_st(st), m_fn(fn), m_pos(pos) {}

    store::NarFilter nar_filter() {
        if (!m_fn) return {};
        return [this](const std::string& path, store::FileType type) {
            if (m_error) return false;
            try {
                return call(path, type);
            } catch (...) {
                m_error = std::current_exception();
                return false;
            }
        };
    }
    void rethrow() {
        if (m_error) std::rethrow_exception(m_error);
    }

  private:
    bool call(const std::string& path, store::FileType type) {
        Value* args[2] = {m_st.alloc_value(), m_st.alloc_value()};
        m_st.mk_string(*args[0], path);
        m_st.mk_string(*args[1], store::file_type_name(type));
        Value res;
        m_st.call_function(*m_fn, 2, args, res, m_pos);
        return m_st.force_bool(res, m_pos,
                               "while evaluating the return value of the path filter function");
    }

    EvalState& m_st;
    Value* m_fn;
    PosIdx m_pos;
    std::exception_ptr m_error;
};

std::string base_name(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Nix's addPath: the (filtered) tree at `path` as a store path named
// `name`, checked against `expected` when given.
void add_path(EvalState& st, PosIdx pos, const std::string& path, const std::string& name,
              Value* filter_fn, store::FileIngestion method,
              const std::optional<util::Hash>& expected, Value& out) {
    traced(pos, "while adding path '" + path + "'", [&] {
        EvalStore& es = eval_store(st);
        // The whole tree, filtered or not: a conservative input.
        st.note_input(lang::InputKind::tree, path);
        struct stat sb;
        if (lstat(path.c_str(), &sb) != 0)
            throw EvalError(lang::ErrorKind::Eval, "path '" + path + "' does not exist");
        PathFilter filter(st, filter_fn, pos);
        auto r = es.add_path(path, name, method, filter.nar_filter());
        filter.rethrow();
        if (!r) throw_store_error(r.error());
        if (expected) {
            auto want = es.dir().make_fixed_output_path(method, *expected, name);
            if (!want || *want != *r)
                throw EvalError(lang::ErrorKind::Eval,
                                "store path mismatch in (possibly filtered) path added from '" +
                                    path + "'",
                                pos);
        }
        mk_store_path_string(st, out, es.dir().print(*r));
    });
}

std::string path_arg(EvalState& st, Value& v, PosIdx pos, const char* what) {
    return traced({}, what, [&] { return st.coerce_to_path(v, pos, ""); });
}

// filterSource FILTER PATH
void bi_filterSource(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string path = path_arg(st, *args[1], pos,
                                "while evaluating the second argument (the path to filter) "
                                "passed to 'builtins.filterSource'");
    st.force_function(*args[0], pos,
                      "while evaluating the first argument passed to builtins.filterSource");
    add_path(st, pos, path, base_name(path), args[0], store::FileIngestion::recursive, std::nullopt,
             out);
}

// path { path; name ? baseNameOf path; filter ? null; recursive ? true; sha256 ? null; }
void bi_path(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const lang::Bindings* b =
        st.force_attrs(*args[0], pos, "while evaluating the argument passed to 'builtins.path'");
    std::optional<std::string> path;
    std::string name;
    Value* filter = nullptr;
    auto method = store::FileIngestion::recursive;
    std::optional<util::Hash> expected;
    for (const lang::Attr& a : *b) {
        const std::string& n = st.symbols[a.name];
        if (n == "path") {
            path = path_arg(st, *a.value, a.pos,
                            "while evaluating the 'path' attribute passed to 'builtins.path'");
        } else if (a.name == st.s.name) {
            name = st.force_string_no_ctx(
                *a.value, a.pos, "while evaluating the `name` attribute passed to builtins.path");
        } else if (n == "filter") {
            filter = a.value;
            st.force_function(*filter, a.pos,
                              "while evaluating the `filter` parameter passed to builtins.path");
        } else if (n == "recursive") {
            bool r =
                st.force_bool(*a.value, a.pos,
                              "while evaluating the `recursive` attribute passed to builtins.path");
            method = r ? store::FileIngestion::recursive : store::FileIngestion::flat;
        } else if (n == "sha256") {
            std::string_view h = st.force_string_no_ctx(
                *a.value, a.pos, "while evaluating the `sha256` attribute passed to builtins.path");
            if (h.empty()) {
                expected = util::Hash{util::HashAlgo::sha256, std::vector<uint8_t>(32, 0)};
                st.print_trace("warning: found empty hash, assuming '" +
                               util::format_hash(*expected, util::HashFormat::sri) + "'");
            } else {
                expected = lang::parse_hash_any(st, h, util::HashAlgo::sha256, {});
            }
        } else {
            st.error(lang::ErrorKind::Eval, a.pos,
                     "unsupported argument '" + n + "' to 'builtins.path'");
        }
    }
    if (!path)
        st.error(lang::ErrorKind::Eval, {},
                 "missing required 'path' attribute in the first argument to 'builtins.path'");
    if (name.empty()) name = base_name(*path);
    add_path(st, pos, *path, name, filter, method, expected, out);
}

// toFile NAME TEXT: a text file whose references are TEXT's store paths.
void bi_toFile(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string name(st.force_string_no_ctx(
        *args[0], pos, "while evaluating the first argument passed to builtins.toFile"));
    lang::ContextBuilder ctx;
    std::string text(st.force_string(
        *args[1], pos, "while evaluating the second argument passed to builtins.toFile", &ctx));
    EvalStore& es = eval_store(st);
    std::set<store::StorePath> refs;
    const std::string dir = es.dir().dir() + "/";
    if (const lang::Context* c = st.make_context(ctx)) {
        for (uint32_t i = 0; i < c->size; ++i) {
            std::string item(c->items[i]);
            if (item.starts_with('=') || item.starts_with('!')) {
                // Nix shows the element with the store directory left out.
                auto at = item.find(dir);
                if (at != std::string::npos) item.erase(at, dir.size());
                st.error(lang::ErrorKind::Eval, pos,
                         "files created by builtins.toFile may not reference derivations, but " +
                             name + " references " + item);
            }
            auto ref = es.dir().parse(item);
            if (!ref) throw_store_error(ref.error());
            refs.insert(*ref);
        }
    }
    auto r = es.add_text(name, text, refs);
    if (!r) throw_store_error(r.error());
    mk_store_path_string(st, out, es.dir().print(*r));
}

// storePath PATH: PATH (in the store) as a string that depends on it.
void bi_storePath(EvalState& st, PosIdx pos, Value** args, Value& out) {
    if (st.options.pure)
        st.error(lang::ErrorKind::Eval, pos,
                 "'builtins.storePath' is not allowed in pure evaluation mode");
    std::string path = path_arg(
        st, *args[0], pos, "while evaluating the first argument passed to 'builtins.storePath'");
    EvalStore& es = eval_store(st);
    auto sp = es.dir().to_store_path(path);
    if (!sp) {
        // Outside the store, a symlink may still point into it.
        char* real = realpath(path.c_str(), nullptr);
        if (real) {
            path = real;
            free(real);
            sp = es.dir().to_store_path(path);
        }
    }
    if (!sp) st.error(lang::ErrorKind::Eval, {}, "path '" + path + "' is not in the Nix store");
    lang::ContextBuilder ctx;
    std::string printed = es.dir().print(*sp);
    ctx.add(printed);
    st.mk_string(out, path, ctx);
}

const lang::PrimOp table[] = {
    {"filterSource", 2, bi_filterSource,
     "Copies a path into the store, keeping what FILTER accepts."},
    {"path", 1, bi_path,
     "Copies a path into the store with a name, filter, ingestion or expected hash."},
    {"storePath", 1, bi_storePath, "A store path as a string that depends on it."},
    {"toFile", 2, bi_toFile, "Writes a text file into the store."},
};

} // namespace

std::span<const lang::PrimOp> source_builtins() {
    return table;
}

} // namespace hearth::glue
