#include "store/sqlite.h"

#include <sqlite3.h>

#include <QJsonObject>

namespace gd::store {

namespace {

QString reasonFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return QStringLiteral("disk_full");
    case SQLITE_NOTADB:
        return QStringLiteral("not_a_database");
    case SQLITE_CORRUPT:
        return QStringLiteral("corrupt");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("busy");
    case SQLITE_CONSTRAINT:
        return QStringLiteral("constraint");
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return QStringLiteral("io");
    default:
        return QStringLiteral("other");
    }
}

} // namespace

Error sqliteError(int rc, const QString &what, sqlite3 *db)
{
    QString message = what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errstr(rc));
    if (db) {
        const char *detail = sqlite3_errmsg(db);
        if (detail && qstrcmp(detail, sqlite3_errstr(rc)) != 0)
            message += QStringLiteral(" (") + QString::fromUtf8(detail) + QLatin1Char(')');
    }
    return makeError(ErrorCode::Storage, message,
                     QJsonObject{{QStringLiteral("sqlite"), rc}, {QStringLiteral("reason"), reasonFor(rc)}});
}

QString storageReason(const Error &error)
{
    if (error.code != ErrorCode::Storage)
        return {};
    return error.details.value(QStringLiteral("reason")).toString();
}

// --- Statement ---------------------------------------------------------------------------------------

Statement::Statement(sqlite3_stmt *stmt, bool owned)
    : m_stmt(stmt)
    , m_owned(owned)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_owned(other.m_owned)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt && m_owned)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_owned = other.m_owned;
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt && m_owned)
        sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    return bindUtf8(index, value.toUtf8());
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isNull())
        return bindNull(index);
    sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3 *db = sqlite3_db_handle(m_stmt);
    Error error = sqliteError(sqlite3_extended_errcode(db), QStringLiteral("statement failed"), db);
    sqlite3_reset(m_stmt);
    return error;
}

Result<void> Statement::exec()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::utf8(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    if (!data)
        return {};
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

// --- Connection --------------------------------------------------------------------------------------

Connection::Connection(sqlite3 *db)
    : m_db(db)
{
}

Result<Connection> Connection::open(const QString &path, Mode mode)
{
    sqlite3 *db = nullptr;
    const int flags =
        (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(rc, QStringLiteral("cannot open the local database"), db);
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return Connection(db);
}

Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_cache(std::move(other.m_cache))
{
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    m_cache.clear(); // finalises the cached statements before the handle goes
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<void> Connection::setKey(const QByteArray &rawKey)
{
    if (rawKey.isEmpty())
        return {};
    if (rawKey.size() != 32)
        return makeError(ErrorCode::Internal, QStringLiteral("the cache key must be 32 bytes"));
    // Silence SQLCipher's "hmac check failed" line on a wrong key (PLATFORM.md gotcha 6); the caller
    // verifies the key with a read and reports rc 26 itself.
    QByteArray sql = "PRAGMA cipher_log_level = NONE; PRAGMA key = \"x'" + rawKey.toHex() + "'\";";
    auto result = exec(sql);
    sql.fill('\0');
    return result;
}

Result<void> Connection::exec(const QByteArray &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    sqlite3_free(message);
    return sqliteError(sqlite3_extended_errcode(m_db), QStringLiteral("statement failed"), m_db);
}

Result<Statement> Connection::prepare(const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, QStringLiteral("cannot prepare a statement"), m_db);
    return Statement(stmt);
}

Result<Statement *> Connection::cached(const QByteArray &sql)
{
    const std::string key(sql.constData(), size_t(sql.size()));
    auto found = m_cache.find(key);
    if (found != m_cache.end()) {
        found->second->reset();
        return found->second.get();
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc =
        sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, QStringLiteral("cannot prepare a statement"), m_db);
    auto inserted = m_cache.emplace(key, std::make_unique<Statement>(stmt));
    return inserted.first->second.get();
}

Result<qint64> Connection::scalar(const QByteArray &sql, qint64 fallback)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int64(0) : fallback;
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

// --- WriteTransaction --------------------------------------------------------------------------------

WriteTransaction::WriteTransaction(Connection &connection)
    : m_connection(&connection)
{
}

Result<WriteTransaction> WriteTransaction::begin(Connection &connection)
{
    if (auto r = connection.exec("BEGIN IMMEDIATE"); !r)
        return r.error();
    return WriteTransaction(connection);
}

WriteTransaction::WriteTransaction(WriteTransaction &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_connection)
        (void)m_connection->exec("ROLLBACK");
}

Result<void> WriteTransaction::commit()
{
    Connection *connection = std::exchange(m_connection, nullptr);
    if (!connection)
        return {};
    if (auto r = connection->exec("COMMIT"); !r) {
        (void)connection->exec("ROLLBACK");
        return r.error();
    }
    return {};
}

} // namespace gd::store
