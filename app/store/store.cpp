#include "store/store.h"

#include "core/logging.h"
#include "store/localschema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gd::store {

namespace {

const QStringList kCompanions{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

bool isUnreadable(const Error &error)
{
    const QString reason = storageReason(error);
    return reason == QLatin1String("not_a_database") || reason == QLatin1String("corrupt");
}

} // namespace

QString Store::pathFor(const QString &directory, const QString &stem)
{
    return QDir(directory).filePath(stem + QStringLiteral(".gdcache"));
}

Store::Store(QString path, Connection connection, OpenReport report)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_report(std::move(report))
{
}

Store::~Store() = default;

Result<Connection> Store::openVerified(const QString &path, const QByteArray &key)
{
    auto connection = Connection::open(path);
    if (!connection)
        return connection.error();
    if (auto r = connection->setKey(key); !r)
        return r.error();
    // PRAGMA key never fails; the first read tells a wrong key (rc 26, SQLITE_NOTADB).
    if (auto r = connection->scalar("SELECT count(*) FROM sqlite_master"); !r)
        return r.error();
    return connection;
}

Result<QString> Store::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString target = path + QStringLiteral(".unreadable-") + stamp;
    for (const QString &suffix : kCompanions) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, target + suffix))
            return makeError(ErrorCode::Storage,
                             QStringLiteral("cannot move the unreadable local database aside"),
                             QJsonObject{{QStringLiteral("reason"), QStringLiteral("io")}});
    }
    qCWarning(lcStore).noquote() << "moved an unreadable local database aside to"
                                 << QFileInfo(target).fileName();
    return target;
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const QByteArray &key, bool keyIsNew)
{
    OpenReport report;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Storage, QStringLiteral("cannot create the cache directory"),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("io")}});
    if (keyIsNew && QFileInfo::exists(path)) {
        auto moved = moveAside(path);
        if (!moved)
            return moved.error();
        report.movedAsidePath = *moved;
    }
    report.created = !QFileInfo::exists(path);
    auto connection = openVerified(path, key);
    if (!connection && isUnreadable(connection.error()) && !report.created) {
        auto moved = moveAside(path);
        if (!moved)
            return moved.error();
        report.movedAsidePath = *moved;
        report.created = true;
        connection = openVerified(path, key);
    }
    if (!connection)
        return connection.error();

    if (auto r = connection->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                                  "PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY; "
                                  // Lists sort broad search matches (a surname: ~10k rows) by name; with
                                  // the default 2 MiB cache that re-reads pages (p95 80 ms at 200k
                                  // citizens), with 64 MiB 45 ms. The cache only grows as pages are used.
                                  "PRAGMA cache_size = -65536;");
        !r)
        return r.error();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    std::unique_ptr<Store> store(new Store(path, std::move(*connection), report));
    auto from = store->migrate();
    if (!from)
        return from.error();
    store->m_report.migratedFrom = *from;

    store->makeRepositories();
    return store;
}

Result<std::unique_ptr<Store>> Store::openForReading(const QString &path, const QByteArray &key)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::Storage, QStringLiteral("the local database does not exist yet"),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("io")}});
    auto connection = openVerified(path, key);
    if (!connection)
        return connection.error();
    auto version = connection->scalar("PRAGMA user_version");
    if (!version)
        return version.error();
    if (*version != latestLocalSchemaVersion())
        return makeError(ErrorCode::Storage,
                         QStringLiteral("the local database has schema %1, this build reads %2")
                             .arg(*version)
                             .arg(latestLocalSchemaVersion()),
                         QJsonObject{{QStringLiteral("reason"), *version > latestLocalSchemaVersion()
                                                                    ? QStringLiteral("newer_schema")
                                                                    : QStringLiteral("busy")}});
    if (auto r = connection->exec("PRAGMA query_only = ON; PRAGMA temp_store = MEMORY; "
                                  "PRAGMA cache_size = -65536;");
        !r)
        return r.error();
    std::unique_ptr<Store> store(new Store(path, std::move(*connection), OpenReport{}));
    store->makeRepositories();
    return store;
}

void Store::makeRepositories()
{
    Connection &c = m_connection;
    m_search = std::make_unique<SearchIndex>(c);
    SearchIndex &s = *m_search;
    m_state = std::make_unique<SyncState>(c);
    m_reports = std::make_unique<ReportCache>(c);
    m_outbox = std::make_unique<Outbox>(c);
    m_conflicts = std::make_unique<ConflictRepository>(c);
    m_queue = std::make_unique<QueueRepository>(c);
    m_entities = std::make_unique<EntityWriter>(c, s);
    m_writer = std::make_unique<LocalWriter>(c, *m_entities, *m_outbox);
    m_regions = std::make_unique<RegionRepository>(c, s);
    m_departments = std::make_unique<DepartmentRepository>(c, s);
    m_tags = std::make_unique<TagRepository>(c, s);
    m_services = std::make_unique<ServiceRepository>(c, s);
    m_citizens = std::make_unique<CitizenRepository>(c, s);
    m_enterprises = std::make_unique<EnterpriseRepository>(c, s);
    m_applications =
        std::make_unique<ApplicationRepository>(c, s, *m_writer, *m_citizens, *m_enterprises, *m_services);
    m_bills = std::make_unique<BillRepository>(c, s);
    m_benefits = std::make_unique<BenefitRepository>(c, s);
    m_messages = std::make_unique<MessageRepository>(c, s);
    m_visits = std::make_unique<VisitRepository>(c, s, *m_writer);
    m_households = std::make_unique<HouseholdRepository>(c, s);
    m_incidents = std::make_unique<IncidentRepository>(c, s, *m_writer);
    m_tasks = std::make_unique<TaskRepository>(c, s, *m_writer, *m_regions);
    m_pushes = std::make_unique<PushRepository>(c, s, *m_writer, *m_citizens, *m_services);
    m_notes = std::make_unique<NoteRepository>(c, s, *m_writer, *m_citizens, *m_enterprises);
    m_campaigns = std::make_unique<CampaignRepository>(c, s, *m_writer, *m_services);
}

Result<int> Store::migrate()
{
    auto current = m_connection.scalar("PRAGMA user_version");
    if (!current)
        return current.error();
    const int from = int(*current);
    if (from > latestLocalSchemaVersion())
        return makeError(
            ErrorCode::Storage,
            QStringLiteral("the local database was written by a newer GovDesk (schema %1)").arg(from),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("newer_schema")}});
    for (const LocalMigration &m : localMigrations()) {
        if (m.version <= from)
            continue;
        auto tx = WriteTransaction::begin(m_connection);
        if (!tx)
            return tx.error();
        for (const QByteArray &sql : m.statements) {
            if (auto r = m_connection.exec(sql); !r)
                return r.error();
        }
        if (auto r = m_connection.exec("PRAGMA user_version = " + QByteArray::number(m.version)); !r)
            return r.error();
        if (auto r = tx->commit(); !r)
            return r.error();
        qCInfo(lcStore).noquote() << "local schema migrated to" << m.version << '(' << m.description << ')';
    }
    return from;
}

Result<void> Store::wipe(const QString &path)
{
    // The file, its WAL/SHM, and any copies moved aside earlier ("<file>.unreadable-<time>[-wal|-shm]").
    const QFileInfo info(path);
    QStringList victims;
    for (const QString &suffix : kCompanions)
        victims.append(path + suffix);
    const QStringList aside =
        info.dir().entryList({info.fileName() + QStringLiteral(".unreadable-*")}, QDir::Files);
    for (const QString &name : aside)
        victims.append(info.dir().filePath(name));
    for (const QString &victim : std::as_const(victims)) {
        if (QFileInfo::exists(victim) && !QFile::remove(victim))
            return makeError(ErrorCode::Storage, QStringLiteral("cannot delete the local database"),
                             QJsonObject{{QStringLiteral("reason"), QStringLiteral("io")}});
    }
    return {};
}

} // namespace gd::store
