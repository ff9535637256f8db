#include "store/db.hh"

#include <sqlite3.h>

#include <memory>

namespace hearth::store {

namespace {

// Long enough for another process's build registration or GC to finish.
constexpr int busy_timeout_ms = 600000;

} // namespace

Result<Db> Db::open(const std::string& path) {
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                             nullptr);
    Db db(raw);
    if (rc != SQLITE_OK) return db.error("opening database '" + path + "'");
    sqlite3_busy_timeout(raw, busy_timeout_ms);
    HEARTH_TRY(db.exec("PRAGMA foreign_keys = ON"));
    // WAL lets readers proceed while a writer commits.
    HEARTH_TRY(db.exec("PRAGMA journal_mode = WAL"));
    HEARTH_TRY(db.exec("PRAGMA synchronous = NORMAL"));
    return db;
}

Db::~Db() {
    close();
}

void Db::close() {
    for (auto& [sql, stmt] : m_statements) sqlite3_finalize(stmt);
    m_statements.clear();
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Db::Db(Db&& o) noexcept
    : m_db(o.m_db), m_statements(std::move(o.m_statements)), m_mutex(std::move(o.m_mutex)) {
    o.m_db = nullptr;
    o.m_statements.clear();
}

Db& Db::operator=(Db&& o) noexcept {
    if (this != &o) {
        close();
        m_db = o.m_db;
        m_statements = std::move(o.m_statements);
        m_mutex = std::move(o.m_mutex);
        o.m_db = nullptr;
        o.m_statements.clear();
    }
    return *this;
}

Unexpected<Error> Db::error(const std::string& what) const {
    std::string msg = what + ": " + (m_db ? sqlite3_errmsg(m_db) : "out of memory");
    return fail(ErrorKind::database, msg);
}

Result<void> Db::exec(const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : "unknown error";
        sqlite3_free(err);
        return fail(ErrorKind::database, "SQLite error: " + msg);
    }
    return {};
}

Result<std::vector<DbRow>> Db::query(const std::string& sql, const std::vector<DbValue>& params) {
    std::lock_guard g(*m_mutex);
    sqlite3_stmt*& raw = m_statements[sql];
    if (!raw && sqlite3_prepare_v2(m_db, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
        m_statements.erase(sql);
        return error("preparing '" + sql + "'");
    }
    // Reset however we leave: a statement not reset keeps its read open.
    auto reset = [](sqlite3_stmt* s) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    };
    std::unique_ptr<sqlite3_stmt, decltype(reset)> stmt(raw, reset);
    for (size_t i = 0; i < params.size(); ++i) {
        int idx = static_cast<int>(i + 1);
        if (auto* n = std::get_if<int64_t>(&params[i]))
            sqlite3_bind_int64(raw, idx, *n);
        else if (auto* s = std::get_if<std::string>(&params[i]))
            sqlite3_bind_text(raw, idx, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(raw, idx);
    }
    std::vector<DbRow> rows;
    while (true) {
        int rc = sqlite3_step(raw);
        if (rc == SQLITE_DONE) break;
        if (rc != SQLITE_ROW) return error("executing '" + sql + "'");
        DbRow row;
        for (int c = 0; c < sqlite3_column_count(raw); ++c) {
            switch (sqlite3_column_type(raw, c)) {
            case SQLITE_INTEGER:
                row.emplace_back(int64_t(sqlite3_column_int64(raw, c)));
                break;
            case SQLITE_NULL:
                row.emplace_back(std::monostate{});
                break;
            default: {
                auto* text = reinterpret_cast<const char*>(sqlite3_column_text(raw, c));
                row.emplace_back(
                    std::string(text, static_cast<size_t>(sqlite3_column_bytes(raw, c))));
            }
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

int64_t Db::last_insert_id() const {
    return sqlite3_last_insert_rowid(m_db);
}

Result<DbTransaction> DbTransaction::begin(Db& db) {
    HEARTH_TRY(db.exec("BEGIN IMMEDIATE"));
    return DbTransaction(&db);
}

DbTransaction::~DbTransaction() {
    if (m_db) (void)m_db->exec("ROLLBACK");
}

Result<void> DbTransaction::commit() {
    Db* db = m_db;
    m_db = nullptr;
    return db->exec("COMMIT");
}

} // namespace hearth::store
