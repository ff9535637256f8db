// A thin RAII layer over SQLite for the store's database of valid paths.
// Statements are prepared once per SQL text and kept: a build checks
// thousands of paths, and parsing the query was most of each check.
#pragma once

#include "store/error.hh"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hearth::store {

using DbValue = std::variant<std::monostate, int64_t, std::string>;
using DbRow = std::vector<DbValue>;

class Db {
  public:
    // Opens (creating) the database, waiting on other writers rather than
    // failing with SQLITE_BUSY.
    static Result<Db> open(const std::string& path);
    ~Db();
    Db(Db&&) noexcept;
    Db& operator=(Db&&) noexcept;
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    Result<void> exec(const std::string& sql);
    Result<std::vector<DbRow>> query(const std::string& sql,
                                     const std::vector<DbValue>& params = {});
    int64_t last_insert_id() const;

  private:
    explicit Db(sqlite3* db) : m_db(db), m_mutex(std::make_unique<std::mutex>()) {}
    Unexpected<Error> error(const std::string& what) const;
    void close();
    sqlite3* m_db = nullptr;
    std::map<std::string, sqlite3_stmt*> m_statements;
    std::unique_ptr<std::mutex> m_mutex; // over m_statements and their use
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless committed.
class DbTransaction {
  public:
    static Result<DbTransaction> begin(Db& db);
    ~DbTransaction();
    DbTransaction(DbTransaction&& o) noexcept : m_db(o.m_db) { o.m_db = nullptr; }
    DbTransaction& operator=(DbTransaction&&) = delete;
    Result<void> commit();

  private:
    explicit DbTransaction(Db* db) : m_db(db) {}
    Db* m_db;
};

inline std::string as_text(const DbValue& v) {
    auto* s = std::get_if<std::string>(&v);
    return s ? *s : std::string();
}
inline int64_t as_int(const DbValue& v) {
    auto* i = std::get_if<int64_t>(&v);
    return i ? *i : 0;
}

} // namespace hearth::store
