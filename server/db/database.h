#pragma once
// The server's database: SQLite (embedded default, a file in the data directory) or PostgreSQL 15,
// through Qt SQL. QSqlDatabase connections may only be used on the thread that opened them, so each
// worker thread gets its own connection, opened on first use and kept for the thread's life, together
// with a small cache of that connection's prepared statements (query()).
// Thread-safe: connection() and query() may be called from any thread.

#include "domain/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>

namespace gd::server {

class StatementCache;
struct CachedStatement;

// A statement run by Database::query(), lent to the caller for reading its rows. When the lease ends the
// statement is finished (SQLite drops its read snapshot, PostgreSQL's unread rows are discarded) and goes
// back to its thread's cache for the next query with the same text. Use it on the thread that ran it.
class PreparedQuery {
public:
    PreparedQuery(PreparedQuery &&other) noexcept;
    PreparedQuery &operator=(PreparedQuery &&) = delete;
    PreparedQuery(const PreparedQuery &) = delete;
    ~PreparedQuery();

    QSqlQuery &operator*() { return *m_query; }
    QSqlQuery *operator->() { return m_query; }

private:
    friend class Database;
    PreparedQuery(StatementCache *cache, CachedStatement *slot, std::unique_ptr<QSqlQuery> own);

    StatementCache *m_cache = nullptr; // with m_slot: borrowed from the cache
    CachedStatement *m_slot = nullptr;
    std::unique_ptr<QSqlQuery> m_own; // otherwise: a one-off statement
    QSqlQuery *m_query = nullptr;
};

enum class Dialect { Sqlite, Postgres };

struct DatabaseConfig {
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath; // SQLite: the file
    QString host;       // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString name;

    static DatabaseConfig sqliteInDirectory(const QString &dataDir);
    // postgresql://user:pass@host:port/db (percent-encoded user and password allowed)
    static Result<DatabaseConfig> fromUrl(const QString &url);
    QString describe() const; // for logs: no password
};

class Database {
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Dialect dialect() const { return m_config.dialect; }
    const DatabaseConfig &config() const { return m_config; }

    // The calling thread's open connection.
    Result<QSqlDatabase> connection();

    // Runs a read with positional binds on the calling thread's connection, reusing the statement that
    // thread prepared for the same text before. QPSQL prepares with PREPARE, runs with EXECUTE and frees
    // with DEALLOCATE: three round trips (and a fresh plan) per execSql(), one per reused statement here;
    // SQLite saves parsing and planning. Values are always bound, never part of the text. A text the
    // thread is still reading from (nested use) runs as a one-off statement.
    Result<PreparedQuery> query(const QString &sql, const QVariantList &binds = {});

    // Replaces the schema tokens ({{SERIAL_PK}}, {{BIGINT}}) for this dialect.
    QString dialectSql(const QString &sql) const;

    // Applies pending migrations; returns the schema version reached.
    Result<int> migrate();

    // Drops every table (tests and --reset only).
    Result<void> dropAll();

    // Brings PostgreSQL's bookkeeping up to date after a bulk load such as demo generation: VACUUM
    // (ANALYZE) gives the planner statistics and sets the visibility map that index-only scans rely on.
    // Until autovacuum gets to new rows (a minute or more, then competing with the first requests),
    // PostgreSQL plans blind and picks plans several times slower (sequential scans for the id lists of
    // child rows, heap visits for every index entry a page skips). Must not run inside a transaction.
    // SQLite plans these queries by rule and needs nothing.
    Result<void> afterBulkLoad();

    // Statements kept per thread by query(); the least recently used beyond this are freed.
    static constexpr int kStatementsPerThread = 96;

private:
    struct ThreadState;
    Result<ThreadState *> threadState();

    DatabaseConfig m_config;
    QString m_prefix;
    const quint64 m_serial; // unique for the process's life: a thread's cached ThreadState * is only
                            // trusted for the Database it was made for
    QMutex m_mutex;
    std::map<quint64, std::unique_ptr<ThreadState>> m_threads; // by thread number
};

// Prepared statement helper: prepare + bind positional values + exec, errors as gd::Error.
Result<QSqlQuery> execSql(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// RAII transaction. For SQLite a write transaction is BEGIN IMMEDIATE (takes the write lock at once, so
// two writers never deadlock on upgrade); on PostgreSQL, lockKey > 0 also takes a transaction-scoped
// advisory lock, which serialises appends to the change log and the audit chain.
class Transaction {
public:
    enum class Kind { Read, Write };
    static Result<Transaction> begin(QSqlDatabase db, Dialect dialect, Kind kind, qint64 lockKey = 0);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();

    Result<void> commit();
    void rollback();

private:
    Transaction(QSqlDatabase db, Dialect dialect);
    QSqlDatabase m_db;
    Dialect m_dialect;
    bool m_open = false;
};

// Advisory lock keys (PostgreSQL) for serialised appends.
inline constexpr qint64 kChangeLogLock = 0x6764636c; // "gdcl"

// Runs body(connection) -> Result<T> in a write Transaction (with `lockKey`) on the calling thread's
// connection: committed when the body succeeds, rolled back when it fails.
template <typename T, typename Body> Result<T> inWriteTransaction(Database &db, qint64 lockKey, Body body)
{
    auto conn = db.connection();
    if (!conn)
        return conn.error();
    auto tx = Transaction::begin(*conn, db.dialect(), Transaction::Kind::Write, lockKey);
    if (!tx)
        return tx.error();
    Result<T> out = body(*conn);
    if (!out)
        return out;
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return out;
}

} // namespace gd::server
