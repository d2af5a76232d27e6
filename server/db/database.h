#pragma once
// The server's database: SQLite (embedded default, a file in the data directory) or PostgreSQL 15,
// through Qt SQL. QSqlDatabase connections may only be used on the thread that opened them, so each
// worker thread gets its own connection, opened on first use and kept for the thread's life.
// Thread-safe: connection() may be called from any thread.

#include "domain/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace gd::server {

enum class Dialect { Sqlite, Postgres };

struct DatabaseConfig {
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;          // SQLite: the file
    QString host;                // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString name;

    static DatabaseConfig sqliteInDirectory(const QString &dataDir);
    // postgresql://user:pass@host:port/db (percent-encoded user and password allowed)
    static Result<DatabaseConfig> fromUrl(const QString &url);
    QString describe() const;    // for logs: no password
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

    // Replaces the schema tokens ({{SERIAL_PK}}, {{BIGINT}}) for this dialect.
    QString dialectSql(const QString &sql) const;

    // Applies pending migrations; returns the schema version reached.
    Result<int> migrate();

    // Drops every table (tests and --reset only).
    Result<void> dropAll();

private:
    DatabaseConfig m_config;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
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

} // namespace gd::server
