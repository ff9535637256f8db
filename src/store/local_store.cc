#include "store/local_store.hh"

#include "util/encoding.hh"

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace hearth::store {

namespace fs = std::filesystem;

namespace {

constexpr const char* schema = R"(
CREATE TABLE IF NOT EXISTS ValidPaths (
    id               INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    path             TEXT UNIQUE NOT NULL,
    hash             TEXT NOT NULL,
    registrationTime INTEGER NOT NULL,
    deriver          TEXT,
    narSize          INTEGER
);
CREATE TABLE IF NOT EXISTS Refs (
    referrer  INTEGER NOT NULL,
    reference INTEGER NOT NULL,
    PRIMARY KEY (referrer, reference),
    FOREIGN KEY (referrer) REFERENCES ValidPaths(id) ON DELETE CASCADE,
    FOREIGN KEY (reference) REFERENCES ValidPaths(id) ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS IndexReferrer ON Refs(referrer);
CREATE INDEX IF NOT EXISTS IndexReference ON Refs(reference);
)";

Result<void> make_dirs(const std::string& path) {
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec) return fail(ErrorKind::io, "creating directory '" + path + "': " + ec.message(), path);
    return {};
}

std::string home_dir() {
    if (const char* h = std::getenv("HOME"); h && *h) return h;
    if (auto* pw = ::getpwuid(::getuid())) return pw->pw_dir;
    return "/tmp";
}

// Sixty bits of the path's hash: two paths share a lock byte only by a
// coincidence of 2^-60.
uint64_t path_lock_offset(const StorePath& p) {
    constexpr std::string_view digits = "0123456789abcdfghijklmnpqrsvwxyz";
    uint64_t offset = 0;
    for (size_t i = 0; i < 12 && i < p.hash_part.size(); ++i) {
        auto d = digits.find(p.hash_part[i]);
        offset = offset << 5 | (d == std::string_view::npos ? 0 : d);
    }
    return offset;
}

// See LocalStore::is_valid.
constexpr size_t min_queries_before_loading = 256;

// Hash text as stored in the database: "sha256:<base16>", as Nix does.
std::string hash_text(const util::Hash& h) {
    return util::format_hash_prefixed(h, util::HashFormat::base16);
}

} // namespace

StoreConfig StoreConfig::from_environment(const std::string& store_option) {
    StoreConfig c;
    if (!store_option.empty())
        c.root = store_option;
    else if (const char* env = std::getenv("HEARTH_STORE"); env && *env)
        c.root = env;
    else if (::getuid() == 0)
        c.root = "/var/lib/hearth";
    else if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        c.root = std::string(xdg) + "/hearth";
    else
        c.root = home_dir() + "/.local/share/hearth";
    while (c.root.size() > 1 && c.root.back() == '/') c.root.pop_back();
    if (const char* dir = std::getenv("HEARTH_STORE_DIR"); dir && *dir) c.store_dir = dir;
    return c;
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(StoreConfig config) {
    HEARTH_TRY(make_dirs(config.real_store_dir()));
    for (auto sub : {"/db", "/gcroots/auto", "/profiles", "/builds"})
        HEARTH_TRY(make_dirs(config.state_dir() + sub));
    HEARTH_TRY(make_dirs(config.log_dir()));
    auto gc = HEARTH_TRY(FileLock::acquire(config.state_dir() + "/gc.lock", LockMode::shared));
    auto db = HEARTH_TRY(Db::open(config.state_dir() + "/db/db.sqlite"));
    HEARTH_TRY(db.exec(schema));
    return std::unique_ptr<LocalStore>(
        new LocalStore(std::move(config), std::move(db), std::move(gc)));
}

LocalStore::LocalStore(StoreConfig config, Db db, FileLock gc_shared)
    : m_config(std::move(config)), m_dir(m_config.store_dir), m_db(std::move(db)),
      m_gc_shared(std::move(gc_shared)) {}

std::string LocalStore::real_path(const StorePath& p) const {
    return m_config.real_store_dir() + "/" + p.to_string();
}

Result<std::optional<int64_t>> LocalStore::path_id(const std::string& full) {
    auto rows = HEARTH_TRY(m_db.query("SELECT id FROM ValidPaths WHERE path = ?", {full}));
    if (rows.empty()) return std::optional<int64_t>();
    return std::optional<int64_t>(as_int(rows[0][0]));
}

Result<bool> LocalStore::is_valid(const StorePath& p) {
    std::lock_guard g(m_db_mutex);
    if (m_valid.count(p)) return true;
    if (++m_single_queries >= min_queries_before_loading && !m_loaded_all) {
        // Reading a row of every valid path costs about a tenth of a query
        // for one path, so after as many queries as an eighth of the rows,
        // reading them all once is cheaper than going on (an evaluation
        // that writes a thousand derivations asks about each of them).
        if (!m_load_all_after) {
            auto rows = HEARTH_TRY(m_db.query("SELECT max(id) FROM ValidPaths"));
            int64_t ids = rows.empty() ? 0 : as_int(rows[0][0]);
            m_load_all_after = std::max(min_queries_before_loading, size_t(ids) / 8);
        }
        if (m_single_queries >= m_load_all_after) {
            m_loaded_all = true;
            for (const auto& row : HEARTH_TRY(m_db.query("SELECT path FROM ValidPaths")))
                if (auto v = parse(as_text(row[0]))) m_valid.insert(*v);
            if (m_valid.count(p)) return true;
        }
    }
    auto id = HEARTH_TRY(path_id(print(p)));
    if (id) m_valid.insert(p);
    return id.has_value();
}

Result<std::set<StorePath>> LocalStore::query_valid(const std::set<StorePath>& paths) {
    // Every query has `chunk` parameters (the last repeats a path), so
    // one prepared statement serves them all.
    constexpr size_t chunk = 256;
    static const std::string sql = [] {
        std::string q = "SELECT path FROM ValidPaths WHERE path IN (?";
        for (size_t i = 1; i < chunk; ++i) q += ",?";
        return q + ")";
    }();
    std::lock_guard g(m_db_mutex);
    std::set<StorePath> valid;
    std::vector<DbValue> params;
    auto flush = [&]() -> Result<void> {
        if (params.empty()) return {};
        while (params.size() < chunk) params.push_back(params.back());
        for (const auto& row : HEARTH_TRY(m_db.query(sql, params)))
            valid.insert(HEARTH_TRY(parse(as_text(row[0]))));
        params.clear();
        return {};
    };
    for (const auto& p : paths) {
        if (m_valid.count(p)) {
            valid.insert(p);
            continue;
        }
        params.emplace_back(print(p));
        if (params.size() == chunk) HEARTH_TRY(flush());
    }
    HEARTH_TRY(flush());
    m_valid.insert(valid.begin(), valid.end());
    return valid;
}

Result<std::optional<PathInfo>> LocalStore::query_path_info(const StorePath& p) {
    std::lock_guard g(m_db_mutex);
    auto rows = HEARTH_TRY(m_db.query(
        "SELECT id, hash, registrationTime, deriver, narSize FROM ValidPaths WHERE path = ?",
        {print(p)}));
    if (rows.empty()) return std::optional<PathInfo>();
    PathInfo info;
    info.path = p;
    auto h = util::parse_hash(as_text(rows[0][1]), std::nullopt);
    if (!h) return fail(ErrorKind::database, "bad hash in database for '" + print(p) + "'");
    info.nar_hash = *h;
    info.registration_time = as_int(rows[0][2]);
    info.deriver = as_text(rows[0][3]);
    info.nar_size = static_cast<uint64_t>(as_int(rows[0][4]));
    auto refs = HEARTH_TRY(m_db.query(
        "SELECT p.path FROM Refs r JOIN ValidPaths p ON p.id = r.reference WHERE r.referrer = ?",
        {rows[0][0]}));
    for (const auto& r : refs) info.references.insert(HEARTH_TRY(parse(as_text(r[0]))));
    return std::optional<PathInfo>(std::move(info));
}

Result<std::set<StorePath>> LocalStore::query_references(const StorePath& p) {
    auto info = HEARTH_TRY(query_path_info(p));
    if (!info) return fail(ErrorKind::not_valid, "path '" + print(p) + "' is not valid", print(p));
    return info->references;
}

Result<std::set<StorePath>> LocalStore::query_referrers(const StorePath& p) {
    std::lock_guard g(m_db_mutex);
    auto rows =
        HEARTH_TRY(m_db.query("SELECT p.path FROM Refs r JOIN ValidPaths p ON p.id = r.referrer "
                              "WHERE r.reference = (SELECT id FROM ValidPaths WHERE path = ?)",
                              {print(p)}));
    std::set<StorePath> out;
    for (const auto& r : rows) out.insert(HEARTH_TRY(parse(as_text(r[0]))));
    return out;
}

Result<std::set<StorePath>> LocalStore::query_closure(const std::set<StorePath>& paths) {
    std::set<StorePath> seen;
    std::deque<StorePath> todo(paths.begin(), paths.end());
    while (!todo.empty()) {
        auto p = std::move(todo.front());
        todo.pop_front();
        if (!seen.insert(p).second) continue;
        for (auto& r : HEARTH_TRY(query_references(p)))
            if (!seen.count(r)) todo.push_back(r);
    }
    return seen;
}

Result<std::vector<StorePath>> LocalStore::query_all_valid() {
    std::lock_guard g(m_db_mutex);
    auto rows = HEARTH_TRY(m_db.query("SELECT path FROM ValidPaths ORDER BY path"));
    std::vector<StorePath> out;
    for (const auto& r : rows) out.push_back(HEARTH_TRY(parse(as_text(r[0]))));
    return out;
}

Result<std::optional<std::string>> LocalStore::query_deriver(const StorePath& p) {
    auto info = HEARTH_TRY(query_path_info(p));
    if (!info) return fail(ErrorKind::not_valid, "path '" + print(p) + "' is not valid", print(p));
    if (info->deriver.empty()) return std::optional<std::string>();
    return std::optional<std::string>(info->deriver);
}

Result<FileLock> LocalStore::lock_path(const StorePath& p) {
    return FileLock::acquire_byte(path_locks_file(), path_lock_offset(p));
}

bool LocalStore::is_path_locked(const StorePath& p) const {
    return is_byte_locked(path_locks_file(), path_lock_offset(p));
}

std::string LocalStore::path_locks_file() const {
    return m_config.state_dir() + "/path-locks";
}

Result<FileLock> LocalStore::lock_for_gc(int timeout_seconds) {
    m_gc_shared.release();
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
    std::string path = m_config.state_dir() + "/gc.lock";
    while (true) {
        auto lock = HEARTH_TRY(FileLock::acquire(path, LockMode::exclusive, LockWait::no));
        if (lock.held()) return lock;
        if (std::chrono::steady_clock::now() >= deadline)
            return fail(ErrorKind::in_use,
                        "the store is in use by another process; try again later", path);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

Result<StorePath>
LocalStore::add_tree(const StorePath& path, const std::string& deriver,
                     const std::set<StorePath>& references,
                     const std::function<Result<void>(const std::string&)>& make) {
    if (HEARTH_TRY(is_valid(path))) return path;
    auto lock = HEARTH_TRY(lock_path(path));
    // Someone else may have added it while we waited for the lock.
    if (HEARTH_TRY(is_valid(path))) return path;
    std::string real = real_path(path);
    std::string tmp = real + ".tmp-" + std::to_string(::getpid());
    HEARTH_TRY(remove_tree(real)); // left by a crash before registration
    HEARTH_TRY(remove_tree(tmp));
    auto made = make(tmp);
    if (!made) {
        (void)remove_tree(tmp);
        return Unexpected{std::move(made).error()};
    }
    HEARTH_TRY(make_read_only(tmp));
    if (::rename(tmp.c_str(), real.c_str()) != 0) return sys_error("moving into the store", real);
    PathInfo info;
    info.path = path;
    info.deriver = deriver;
    info.references = references;
    HEARTH_TRY(register_valid_path(std::move(info)));
    return path;
}

Result<StorePath> LocalStore::add_to_store(const std::string& fs_path, std::string_view name,
                                           FileIngestion method, util::HashAlgo algo,
                                           const NarFilter& filter,
                                           const std::set<StorePath>& references) {
    util::Hash hash;
    if (method == FileIngestion::recursive)
        hash = HEARTH_TRY(nar_hash(fs_path, filter, algo));
    else {
        auto h = util::hash_file(algo, fs_path);
        if (!h) return fail(ErrorKind::io, h.error().message, fs_path);
        hash = *h;
    }
    auto path = HEARTH_TRY(m_dir.make_fixed_output_path(method, hash, name, references));
    return add_tree(path, "", references, [&](const std::string& tmp) -> Result<void> {
        if (method == FileIngestion::flat) {
            std::error_code ec;
            fs::copy_file(fs_path, tmp, ec);
            if (ec)
                return fail(ErrorKind::io, "copying '" + fs_path + "': " + ec.message(), fs_path);
            return {};
        }
        auto nar = HEARTH_TRY(dump_path_to_string(fs_path, filter));
        std::istringstream in(std::move(nar));
        return restore_path(tmp, in);
    });
}

Result<StorePath> LocalStore::add_text(std::string_view name, std::string_view text,
                                       const std::set<StorePath>& references) {
    auto path = HEARTH_TRY(m_dir.make_text_path(name, text, references));
    return add_tree(path, "", references, [&](const std::string& tmp) -> Result<void> {
        std::ofstream out(tmp, std::ios::binary);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) return sys_error("writing", tmp);
        return {};
    });
}

Result<StorePath> LocalStore::write_derivation(const Derivation& drv, const StorePath* known) {
    if (known && HEARTH_TRY(is_valid(*known))) {
        std::lock_guard g(m_drvs_mutex);
        m_drvs.emplace(*known, drv);
        return *known;
    }
    std::set<StorePath> refs;
    for (const auto& r : drv.references()) refs.insert(HEARTH_TRY(parse(r)));
    auto path = HEARTH_TRY(add_text(drv.name + ".drv", unparse_derivation(drv), refs));
    std::lock_guard g(m_drvs_mutex);
    m_drvs.emplace(path, drv);
    return path;
}

Result<Derivation> LocalStore::read_derivation(const StorePath& drv_path) {
    {
        std::lock_guard g(m_drvs_mutex);
        if (auto it = m_drvs.find(drv_path); it != m_drvs.end()) return it->second;
    }
    std::ifstream in(real_path(drv_path), std::ios::binary);
    if (!in) return sys_error("reading derivation", print(drv_path));
    std::stringstream ss;
    ss << in.rdbuf();
    std::string name = drv_path.name;
    if (name.ends_with(".drv")) name.resize(name.size() - 4);
    auto drv = parse_derivation(ss.str(), name);
    if (!drv)
        return Unexpected{
            std::move(drv).error().with_context("while reading '" + print(drv_path) + "'")};
    std::lock_guard g(m_drvs_mutex);
    m_drvs.emplace(drv_path, *drv);
    return drv;
}

Result<void> LocalStore::register_valid_path(PathInfo info) {
    std::vector<PathInfo> infos;
    infos.push_back(std::move(info));
    return register_valid_paths(std::move(infos));
}

Result<void> LocalStore::register_valid_paths(std::vector<PathInfo> infos) {
    for (auto& info : infos)
        if (info.nar_hash.bytes.empty()) {
            auto r = HEARTH_TRY(nar_hash_and_size(real_path(info.path)));
            info.nar_hash = r.hash;
            info.nar_size = r.size;
        }
    std::lock_guard g(m_db_mutex);
    auto tx = HEARTH_TRY(DbTransaction::begin(m_db));
    std::vector<int64_t> ids;
    for (const auto& info : infos) {
        std::string full = print(info.path);
        auto existing = HEARTH_TRY(path_id(full));
        DbValue deriver = info.deriver.empty() ? DbValue{} : DbValue{info.deriver};
        if (existing) {
            ids.push_back(*existing);
            HEARTH_TRY(
                m_db.query("UPDATE ValidPaths SET hash = ?, deriver = ?, narSize = ? WHERE id = ?",
                           {hash_text(info.nar_hash), deriver, int64_t(info.nar_size), *existing}));
            HEARTH_TRY(m_db.query("DELETE FROM Refs WHERE referrer = ?", {*existing}));
        } else {
            HEARTH_TRY(m_db.query(
                "INSERT INTO ValidPaths (path, hash, registrationTime, deriver, narSize) "
                "VALUES (?, ?, ?, ?, ?)",
                {full, hash_text(info.nar_hash), int64_t(std::time(nullptr)), deriver,
                 int64_t(info.nar_size)}));
            ids.push_back(m_db.last_insert_id());
        }
    }
    // References last: paths of this batch may refer to each other.
    // (m_valid learns of them only once the transaction commits.)
    for (size_t i = 0; i < infos.size(); ++i) {
        std::string full = print(infos[i].path);
        for (const auto& ref : infos[i].references) {
            auto rid = HEARTH_TRY(path_id(print(ref)));
            if (!rid)
                return fail(ErrorKind::not_valid,
                            "cannot register path '" + full + "': its reference '" + print(ref) +
                                "' is not valid",
                            full);
            HEARTH_TRY(m_db.query("INSERT OR IGNORE INTO Refs (referrer, reference) VALUES (?, ?)",
                                  {ids[i], *rid}));
        }
    }
    HEARTH_TRY(tx.commit());
    for (const auto& info : infos) m_valid.insert(info.path);
    return {};
}

Result<uint64_t> LocalStore::delete_path(const StorePath& p) {
    std::string full = print(p);
    uint64_t freed = 0;
    {
        std::lock_guard g(m_db_mutex);
        auto tx = HEARTH_TRY(DbTransaction::begin(m_db));
        auto id = HEARTH_TRY(path_id(full));
        if (id) {
            auto refs = HEARTH_TRY(
                m_db.query("SELECT p.path FROM Refs r JOIN ValidPaths p ON p.id = r.referrer "
                           "WHERE r.reference = ? AND r.referrer != ?",
                           {*id, *id}));
            if (!refs.empty())
                return fail(ErrorKind::in_use,
                            "cannot delete path '" + full + "' since it is still referenced by '" +
                                as_text(refs[0][0]) + "'",
                            full);
            auto size =
                HEARTH_TRY(m_db.query("SELECT narSize FROM ValidPaths WHERE id = ?", {*id}));
            if (!size.empty()) freed = static_cast<uint64_t>(as_int(size[0][0]));
            HEARTH_TRY(m_db.query("DELETE FROM Refs WHERE referrer = ?", {*id}));
            HEARTH_TRY(m_db.query("DELETE FROM ValidPaths WHERE id = ?", {*id}));
        }
        m_valid.erase(p);
        HEARTH_TRY(tx.commit());
    }
    {
        std::lock_guard g(m_drvs_mutex);
        m_drvs.erase(p);
    }
    // The database forgets the path first, so a crash leaves an invalid
    // directory (removed by the next add) rather than a valid, broken path.
    HEARTH_TRY(remove_tree(real_path(p)));
    return freed;
}

Result<LocalStore::VerifyReport> LocalStore::verify(bool check_contents) {
    VerifyReport report;
    for (const auto& p : HEARTH_TRY(query_all_valid())) {
        struct stat st;
        if (::lstat(real_path(p).c_str(), &st) != 0) {
            report.missing.push_back(print(p));
            continue;
        }
        if (!check_contents) continue;
        auto info = HEARTH_TRY(query_path_info(p));
        auto got = HEARTH_TRY(nar_hash(real_path(p), {}, info->nar_hash.algo));
        if (got != info->nar_hash) report.modified.push_back(print(p));
    }
    return report;
}

// ---- filesystem helpers ----------------------------------------------------

Result<void> make_read_only(const std::string& path) {
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) return sys_error("getting status of", path);
    if (S_ISDIR(st.st_mode)) {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(path, ec)) HEARTH_TRY(make_read_only(e.path()));
        if (ec)
            return fail(ErrorKind::io, "reading directory '" + path + "': " + ec.message(), path);
    }
    if (!S_ISLNK(st.st_mode)) {
        mode_t mode = (S_ISDIR(st.st_mode) || (st.st_mode & S_IXUSR)) ? 0555 : 0444;
        if ((st.st_mode & 07777) != mode && ::chmod(path.c_str(), mode) != 0)
            return sys_error("changing mode of", path);
    }
    // mtime 1 (1970-01-01T00:00:01), as Nix sets it, so builds see no dates.
    struct timespec times[2] = {{1, 0}, {1, 0}};
    if (::utimensat(AT_FDCWD, path.c_str(), times, AT_SYMLINK_NOFOLLOW) != 0)
        return sys_error("changing modification time of", path);
    return {};
}

Result<void> remove_tree(const std::string& path) {
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return {};
        return sys_error("getting status of", path);
    }
    if (S_ISDIR(st.st_mode)) {
        if ((st.st_mode & 0700) != 0700) ::chmod(path.c_str(), st.st_mode | 0700);
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(path, ec)) HEARTH_TRY(remove_tree(e.path()));
        if (ec)
            return fail(ErrorKind::io, "reading directory '" + path + "': " + ec.message(), path);
        if (::rmdir(path.c_str()) != 0) return sys_error("removing directory", path);
    } else if (::unlink(path.c_str()) != 0) {
        return sys_error("removing", path);
    }
    return {};
}

} // namespace hearth::store
