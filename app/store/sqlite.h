#pragma once
// A thin RAII layer over the SQLCipher C API (Debian's Qt has no SQLCipher driver; PLATFORM.md §3):
// Connection owns a sqlite3 handle and a cache of prepared statements, Statement binds, steps and reads
// columns. Every failure becomes an Error with code Storage and details {"sqlite": rc, "reason": …}
// where reason is one of "disk_full", "not_a_database", "corrupt", "busy", "constraint", "io", "other",
// so callers and the UI can tell a full disk from a wrong key without parsing messages.
//
// A Connection is used by one thread at a time (the store thread); it is movable, not copyable.

#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace gd::store {

Error sqliteError(int rc, const QString &what, sqlite3 *db = nullptr);
QString storageReason(const Error &error); // "disk_full", "not_a_database", … or empty

class Statement {
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt *stmt, bool owned = true);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bindUtf8(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, const QByteArray &bytes); // a null QByteArray binds NULL

    // One step: true when a row is available, false when done.
    Result<bool> step();
    // Steps to the end (for writes). Resets the statement afterwards so a cached one can be reused.
    Result<void> exec();
    void reset(); // resets and clears bindings

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const; // the column's bytes as stored (also a BLOB's)

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_owned = true;
};

class Connection {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (creating if needed in ReadWrite mode) a database file. Nothing is read yet: with SQLCipher the
    // key has to be set (setKey) before the first statement that touches the file.
    static Result<Connection> open(const QString &path, Mode mode = Mode::ReadWrite);

    Connection() = default;
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection();

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // PRAGMA key = "x'<hex>'" with a raw 256-bit key (no KDF). An empty key leaves the file plain
    // (only for the plain-SQLite comparison in govdesk-bench store-overhead).
    Result<void> setKey(const QByteArray &rawKey);

    // One or more statements without parameters.
    Result<void> exec(const QByteArray &sql);
    // A fresh statement (owned by the caller).
    Result<Statement> prepare(const QByteArray &sql);
    // A statement from the connection's cache, reset and ready to bind; valid until the connection closes.
    // Use for statements run many times (the sync apply path).
    Result<Statement *> cached(const QByteArray &sql);
    // The first column of the first row as an integer (fallback when there is no row).
    Result<qint64> scalar(const QByteArray &sql, qint64 fallback = 0);

    qint64 lastInsertRowId() const;
    int changes() const;

    void close();

private:
    explicit Connection(sqlite3 *db);

    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed without commit().
class WriteTransaction {
public:
    static Result<WriteTransaction> begin(Connection &connection);
    WriteTransaction(WriteTransaction &&other) noexcept;
    WriteTransaction &operator=(WriteTransaction &&) = delete;
    ~WriteTransaction();
    Result<void> commit();

private:
    explicit WriteTransaction(Connection &connection);
    Connection *m_connection = nullptr;
};

} // namespace gd::store
