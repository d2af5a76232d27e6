#include "db/database.h"

#include "db/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <list>

Q_LOGGING_CATEGORY(lcDb, "govdesk.server.db")

namespace gd::server {

struct CachedStatement {
    QString sql;
    QSqlQuery query;
    bool busy = false;
};

// One connection's prepared statements by SQL text, least recently used last. Not thread-safe: each
// belongs to one thread's connection.
class StatementCache {
public:
    explicit StatementCache(int capacity)
        : m_capacity(capacity)
    {
    }

    // The idle statement for sql, now busy; nullptr if there is none. *busy tells whether the text is
    // cached but lent out (then a one-off statement has to serve).
    CachedStatement *acquire(const QString &sql, bool *busy)
    {
        const auto found = m_index.constFind(sql);
        *busy = found != m_index.constEnd() && (*found)->busy;
        if (found == m_index.constEnd() || *busy)
            return nullptr;
        m_items.splice(m_items.begin(), m_items, *found);
        (*found)->busy = true;
        return &**found;
    }

    // Keeps query (prepared for sql) as a busy entry; nullptr if every entry is lent out.
    CachedStatement *insert(const QString &sql, QSqlQuery &&query)
    {
        while (int(m_items.size()) >= m_capacity) {
            auto victim = std::find_if(m_items.rbegin(), m_items.rend(),
                                       [](const CachedStatement &c) { return !c.busy; });
            if (victim == m_items.rend())
                return nullptr;
            m_index.remove(victim->sql);
            m_items.erase(std::next(victim).base());
        }
        m_items.push_front(CachedStatement{sql, std::move(query), true});
        m_index.insert(sql, m_items.begin());
        return &m_items.front();
    }

    void release(CachedStatement *slot)
    {
        slot->query.finish();
        slot->busy = false;
    }

    // Drops a statement whose execution failed: it may be unusable (e.g. after a lost connection).
    void remove(CachedStatement *slot)
    {
        const auto found = m_index.constFind(slot->sql);
        if (found == m_index.constEnd())
            return;
        const auto it = *found;
        m_index.erase(found);
        m_items.erase(it);
    }

    void clear()
    {
        m_index.clear();
        m_items.clear();
    }

private:
    using List = std::list<CachedStatement>;
    List m_items;
    QHash<QString, List::iterator> m_index;
    int m_capacity;
};

struct Database::ThreadState {
    QString name; // of the QSqlDatabase connection
    QSqlDatabase db;
    StatementCache statements{kStatementsPerThread};
};

namespace {

std::atomic<quint64> g_nextSerial{1};
std::atomic<quint64> g_nextThread{1};

// Which thread this is, never reused (thread ids are, and a connection must not pass to another thread).
thread_local const quint64 t_thread = g_nextThread++;

// The ThreadState this thread used last, so most calls skip the map and its mutex.
struct LastState {
    quint64 serial = 0;
    void *state = nullptr;
};
thread_local LastState t_last;

Error statementError(const QSqlQuery &q, const QString &sql, const char *what)
{
    const QString text = q.lastError().text();
    // Log the statement shape, never bound values (they can be personal data).
    qCWarning(lcDb) << what << text << "in" << sql.left(120);
    const bool busy = text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"));
    return makeError(busy ? ErrorCode::Unavailable : ErrorCode::Internal, QStringLiteral("database error"));
}

} // namespace

PreparedQuery::PreparedQuery(StatementCache *cache, CachedStatement *slot, std::unique_ptr<QSqlQuery> own)
    : m_cache(cache)
    , m_slot(slot)
    , m_own(std::move(own))
    , m_query(slot ? &slot->query : m_own.get())
{
}

PreparedQuery::PreparedQuery(PreparedQuery &&other) noexcept
    : m_cache(std::exchange(other.m_cache, nullptr))
    , m_slot(std::exchange(other.m_slot, nullptr))
    , m_own(std::move(other.m_own))
    , m_query(std::exchange(other.m_query, nullptr))
{
}

PreparedQuery::~PreparedQuery()
{
    if (m_slot)
        m_cache->release(m_slot);
}

DatabaseConfig DatabaseConfig::sqliteInDirectory(const QString &dataDir)
{
    DatabaseConfig c;
    c.dialect = Dialect::Sqlite;
    c.sqlitePath = QDir(dataDir).filePath(QStringLiteral("govdesk-server.sqlite"));
    return c;
}

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("database URL must look like postgresql://user:pass@host:port/db"));
    DatabaseConfig c;
    c.dialect = Dialect::Postgres;
    c.host = url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host();
    c.port = url.port(5432);
    c.user = url.userName(QUrl::FullyDecoded);
    c.password = url.password(QUrl::FullyDecoded);
    c.name = url.path().mid(1);
    if (c.name.isEmpty())
        return makeError(ErrorCode::BadRequest, QStringLiteral("database URL names no database"));
    return c;
}

QString DatabaseConfig::describe() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_prefix(QStringLiteral("gd-") + QUuid::createUuid().toString(QUuid::Id128).left(8))
    , m_serial(g_nextSerial++)
{
}

Database::~Database()
{
    // Runs after the worker threads have stopped; statements go before their connections.
    QMutexLocker lock(&m_mutex);
    for (auto &[thread, state] : m_threads) {
        state->statements.clear();
        if (state->db.isOpen())
            state->db.close();
        state->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(state->name);
    }
    m_threads.clear();
}

Result<Database::ThreadState *> Database::threadState()
{
    ThreadState *state = nullptr;
    if (t_last.serial == m_serial) {
        state = static_cast<ThreadState *>(t_last.state);
    } else {
        QMutexLocker lock(&m_mutex);
        std::unique_ptr<ThreadState> &slot = m_threads[t_thread];
        if (!slot) {
            slot = std::make_unique<ThreadState>();
            slot->name = m_prefix + QLatin1Char('-') + QString::number(t_thread);
        }
        state = slot.get();
        t_last = {m_serial, state};
    }
    if (state->db.isOpen())
        return state;

    // (Re)opening: statements prepared on an earlier connection are of no use.
    state->statements.clear();
    const QString &name = state->name;
    QSqlDatabase db;
    if (m_config.dialect == Dialect::Sqlite) {
        db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.name);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open" << m_config.describe() << db.lastError().text();
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("database unavailable: ") + db.lastError().text());
    }
    if (m_config.dialect == Dialect::Sqlite) {
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=OFF",
              "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536"}) {
            QSqlQuery q(db);
            q.exec(QLatin1String(pragma));
        }
    } else {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    }
    state->db = db;
    return state;
}

Result<QSqlDatabase> Database::connection()
{
    auto state = threadState();
    if (!state)
        return state.error();
    return (*state)->db;
}

Result<PreparedQuery> Database::query(const QString &sql, const QVariantList &binds)
{
    auto state = threadState();
    if (!state)
        return state.error();
    StatementCache &cache = (*state)->statements;
    bool busy = false;
    CachedStatement *slot = cache.acquire(sql, &busy);
    std::unique_ptr<QSqlQuery> own;
    if (!slot) {
        QSqlQuery q((*state)->db);
        // QPSQL reads a forward-only result in single-row mode: one PGresult, copied, per row. Reads here
        // are bounded pages, so PostgreSQL returns them whole; QSQLite must stay forward-only, or it caches
        // every value of every row a second time.
        q.setForwardOnly(m_config.dialect == Dialect::Sqlite);
        if (!q.prepare(sql))
            return statementError(q, sql, "prepare failed:");
        if (!busy)
            slot = cache.insert(sql, std::move(q));
        if (!slot)
            own = std::make_unique<QSqlQuery>(std::move(q));
    }
    QSqlQuery &q = slot ? slot->query : *own;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        Error error = statementError(q, sql, "exec failed:");
        if (slot)
            cache.remove(slot);
        return error;
    }
    return PreparedQuery(slot ? &cache : nullptr, slot, std::move(own));
}

QString Database::dialectSql(const QString &sql) const
{
    QString out = sql;
    if (m_config.dialect == Dialect::Sqlite) {
        out.replace(QLatin1String("{{SERIAL_PK}}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        out.replace(QLatin1String("{{BIGINT}}"), QLatin1String("INTEGER"));
        out.replace(QLatin1String("{{WITHOUT_ROWID}}"), QLatin1String(" WITHOUT ROWID"));
    } else {
        out.replace(QLatin1String("{{SERIAL_PK}}"),
                    QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        out.replace(QLatin1String("{{BIGINT}}"), QLatin1String("BIGINT"));
        out.replace(QLatin1String("{{WITHOUT_ROWID}}"), QString());
    }
    return out;
}

Result<QSqlQuery> execSql(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Statements without values run unprepared: PostgreSQL cannot PREPARE DDL or BEGIN/COMMIT.
    bool ran;
    if (binds.isEmpty()) {
        ran = q.exec(sql);
    } else {
        if (!q.prepare(sql)) {
            qCWarning(lcDb) << "prepare failed:" << q.lastError().text() << "in" << sql.left(120);
            return makeError(ErrorCode::Internal, QStringLiteral("database error"));
        }
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        ran = q.exec();
    }
    if (!ran)
        return statementError(q, sql, "exec failed:");
    return q;
}

Result<int> Database::migrate()
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    auto created = execSql(
        db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                           "description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    if (!created)
        return created.error();
    int current = 0;
    {
        auto q = execSql(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
        if (!q)
            return q.error();
        if (q->next())
            current = q->value(0).toInt();
    }
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        auto tx = Transaction::begin(db, m_config.dialect, Transaction::Kind::Write);
        if (!tx)
            return tx.error();
        for (const QString &statement : m.statements) {
            auto r = execSql(db, dialectSql(statement));
            if (!r)
                return r.error();
        }
        auto r =
            execSql(db,
                    QStringLiteral(
                        "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
                    {m.version, m.description, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        if (!r)
            return r.error();
        if (auto c = tx->commit(); !c)
            return c.error();
        qCInfo(lcDb) << "applied migration" << m.version << m.description;
        current = m.version;
    }
    return current;
}

Result<void> Database::dropAll()
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    QStringList tables = db.tables();
    for (const QString &t : std::as_const(tables)) {
        if (t.startsWith(QLatin1String("sqlite_")))
            continue;
        auto r = execSql(db, QStringLiteral("DROP TABLE IF EXISTS ") + t);
        if (!r)
            return r.error();
    }
    return {};
}

Result<void> Database::afterBulkLoad()
{
    if (m_config.dialect != Dialect::Postgres)
        return {};
    auto conn = connection();
    if (!conn)
        return conn.error();
    if (auto r = execSql(*conn, QStringLiteral("VACUUM (ANALYZE)")); !r)
        return r.error();
    return {};
}

static void rollbackQuietly(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("ROLLBACK"));
}

Transaction::Transaction(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_open(true)
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_dialect(other.m_dialect)
    , m_open(std::exchange(other.m_open, false))
{
}

Result<Transaction> Transaction::begin(QSqlDatabase db, Dialect dialect, Kind kind, qint64 lockKey)
{
    const QString begin = (dialect == Dialect::Sqlite && kind == Kind::Write)
                              ? QStringLiteral("BEGIN IMMEDIATE")
                              : QStringLiteral("BEGIN");
    if (auto r = execSql(db, begin); !r)
        return r.error();
    Transaction tx(db, dialect);
    if (dialect == Dialect::Postgres && lockKey > 0) {
        if (auto r = execSql(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {lockKey}); !r)
            return r.error();
    }
    return tx;
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return {};
    m_open = false;
    if (auto r = execSql(m_db, QStringLiteral("COMMIT")); !r) {
        rollbackQuietly(m_db);
        return r.error();
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    rollbackQuietly(m_db);
}

Transaction::~Transaction()
{
    rollback();
}

} // namespace gd::server
