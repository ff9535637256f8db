// Builtins that read the filesystem or the environment: import,
// scopedImport, readFile, readDir, readFileType, pathExists, getEnv,
// findFile, toPath. Copying into the store is glue's job.
#include "lang/builtins/table.hh"

#include "lang/canon_path.hh"

#include "lang/parser.hh"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace hearth::lang {

namespace {

// Nix's builtins reach files through realisePath, whose frame is the same
// whichever builtin asked; the frame has no position, as in Nix, where a
// builtin is not told where it was called.
std::string realise_path(EvalState& st, Value& v) {
    return st.coerce_to_path(v, {}, "while realising the context of a path");
}

void bi_import(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string path = realise_path(st, *args[0]);
    st.eval_file(path, out);
}

void bi_scopedImport(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const Bindings* scope = st.force_attrs(
        *args[0], pos, "while evaluating the first argument passed to builtins.scopedImport");
    std::string path = st.resolve_import_path(realise_path(st, *args[1]));
    st.note_input(InputKind::file, path);
    std::ifstream in(path, std::ios::binary);
    if (!in) st.error(ErrorKind::Eval, pos, "path '" + path + "' does not exist");
    std::ostringstream ss;
    ss << in.rdbuf();
    // The scope's names sit between the file and the base environment, so
    // they shadow builtins, as Nix's scopedImport does.
    StaticEnv* senv = st.ast_arena.make<StaticEnv>();
    senv->up = &st.static_base_env;
    Env* env = st.alloc_env(scope->size);
    env->up = st.base_env;
    for (uint32_t i = 0; i < scope->size; ++i) {
        senv->vars.push_back({(*scope)[i].name, i});
        env->values[i] = (*scope)[i].value;
    }
    st.finish_base_env();
    auto slash = path.rfind('/');
    const Origin* o = st.positions.add_origin({path, "", ss.str()});
    Expr* e = parse_expr(st, o, slash == 0 ? "/" : path.substr(0, slash));
    e->bind(st, *senv);
    e->eval(st, env, out);
}

void bi_readFile(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string path = realise_path(st, *args[0]);
    st.note_input(InputKind::file, path);
    struct stat sb;
    if (stat(path.c_str(), &sb) != 0)
        st.error(ErrorKind::Eval, {}, "opening file '" + path + "': " + std::strerror(errno));
    auto cached = st.read_file_cache.find(path);
    if (cached != st.read_file_cache.end()) {
        const auto& c = cached->second;
        if (c.dev == sb.st_dev && c.ino == sb.st_ino && c.size == uint64_t(sb.st_size) &&
            c.mtime_sec == sb.st_mtim.tv_sec && c.mtime_nsec == sb.st_mtim.tv_nsec) {
            out.mk_string(c.text);
            return;
        }
    }
    int fd = S_ISDIR(sb.st_mode) ? -1 : open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) st.error(ErrorKind::Eval, {}, "reading from file '" + path + "': Is a directory");
    // Straight into the arena: package indexes are megabytes, and each
    // copy on the way (a stream buffer, a std::string) cost fresh pages.
    // Files that report no size (/proc) are read in pieces.
    std::string more;
    size_t want = S_ISREG(sb.st_mode) ? size_t(sb.st_size) : 0;
    StrData* d = st.alloc_string(want);
    size_t got = 0;
    while (got < want) {
        ssize_t n = read(fd, d->chars + got, want - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += size_t(n);
    }
    if (got == want) {
        char buf[65536];
        for (ssize_t n; (n = read(fd, buf, sizeof buf)) != 0;) {
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) break;
            more.append(buf, size_t(n));
        }
    }
    close(fd);
    // Nix strings end at a NUL, so Nix refuses such a file.
    if (std::memchr(d->chars, 0, got) || more.find('\0') != std::string::npos)
        st.error(ErrorKind::Eval, {},
                 "the contents of the file '" + path + "' cannot be represented as a Nix string");
    if (more.empty()) {
        d->len = got; // the file may have shrunk since stat
        d->chars[got] = '\0';
        out.mk_string(d);
        // Only whole regular files are remembered (not /proc's, nor one
        // that changed size while it was read).
        if (S_ISREG(sb.st_mode) && got == want)
            st.read_file_cache[path] = {uint64_t(sb.st_dev), uint64_t(sb.st_ino), want,
                                        sb.st_mtim.tv_sec,   sb.st_mtim.tv_nsec,  d};
        return;
    }
    st.mk_string(out, std::string(d->chars, got) + more);
}

const char* file_type(const std::string& path, bool follow) {
    struct stat sb;
    int r = follow ? stat(path.c_str(), &sb) : lstat(path.c_str(), &sb);
    if (r != 0) return nullptr;
    if (S_ISREG(sb.st_mode)) return "regular";
    if (S_ISDIR(sb.st_mode)) return "directory";
    if (S_ISLNK(sb.st_mode)) return "symlink";
    return "unknown";
}

void bi_readDir(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string path = realise_path(st, *args[0]);
    st.note_input(InputKind::directory, path);
    DIR* d = opendir(path.c_str());
    if (!d)
        st.error(ErrorKind::Eval, {}, "reading directory " + path + ": " + std::strerror(errno));
    std::vector<Attr> attrs;
    while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        const char* t = file_type(path + "/" + name, false);
        Value* v = st.alloc_value();
        st.mk_string(*v, t ? t : "unknown");
        attrs.push_back({st.symbols.intern(name), {}, v});
    }
    closedir(d);
    out.mk_attrs(st.make_bindings(attrs));
}

void bi_readFileType(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string path = realise_path(st, *args[0]);
    st.note_input(InputKind::type, path);
    const char* t = file_type(path, false);
    if (!t) st.error(ErrorKind::Eval, {}, "path '" + path + "' does not exist");
    st.mk_string(out, t);
}

void bi_pathExists(EvalState& st, PosIdx pos, Value** args, Value& out) {
    st.force(*args[0], pos);
    std::string path = realise_path(st, *args[0]);
    // A trailing slash asks for a directory.
    bool want_dir = path.size() > 1 && path.back() == '/';
    st.note_input(InputKind::type_follow, path);
    const char* t = file_type(path, true);
    out.mk_bool(t && (!want_dir || std::string_view(t) == "directory"));
}

void bi_getEnv(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string_view name = st.force_string_no_ctx(
        *args[0], pos, "while evaluating the first argument passed to builtins.getEnv");
    if (!st.options.pure) st.note_input(InputKind::env, std::string(name));
    const char* v = st.options.pure ? nullptr : std::getenv(std::string(name).c_str());
    st.mk_string(out, v ? v : "");
}

void bi_findFile(EvalState& st, PosIdx pos, Value** args, Value& out) {
    const ListData* l = st.force_list(
        *args[0], pos, "while evaluating the first argument passed to builtins.findFile");
    std::string_view what = st.force_string_no_ctx(
        *args[1], pos, "while evaluating the second argument passed to builtins.findFile");
    st.mk_path(out, st.find_file(l, what, pos));
}

void bi_toPath(EvalState& st, PosIdx pos, Value** args, Value& out) {
    std::string path = st.coerce_to_path(
        *args[0], {}, "while evaluating the first argument passed to builtins.toPath");
    st.mk_string(out, canon_path(path));
}

const PrimOp table[] = {
    {"findFile", 2, bi_findFile, "Looks NAME up in a search path list, as <NAME> does."},
    {"getEnv", 1, bi_getEnv, "An environment variable, or \"\" when unset."},
    {"import", 1, bi_import, "Evaluates a Nix file (a directory's default.nix); cached per path."},
    {"pathExists", 1, bi_pathExists, "Whether a path exists."},
    {"readDir", 1, bi_readDir,
     "A directory's entries: name = regular, directory, symlink or unknown."},
    {"readFile", 1, bi_readFile, "A file's contents as a string."},
    {"readFileType", 1, bi_readFileType, "regular, directory, symlink or unknown."},
    {"scopedImport", 2, bi_scopedImport, "import with extra names in scope (shadowing builtins)."},
    {"toPath", 1, bi_toPath, "Deprecated: an absolute path string, unchanged."},
};

} // namespace

std::span<const PrimOp> io_builtins() {
    return table;
}

} // namespace hearth::lang
