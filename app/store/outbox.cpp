#include "store/outbox.h"

#include "domain/codec.h"

#include <QJsonDocument>
#include <QUuid>

namespace gd::store {

bool isActionPath(const QString &path)
{
    return path.startsWith(QLatin1String("/api/v1/")) && path.endsWith(QLatin1String("/actions"));
}

bool isAttachmentPath(const QString &path)
{
    return path.startsWith(QLatin1String("/api/v1/")) && path.endsWith(QLatin1String("/attachments"));
}

bool bodyIsObjectFields(const QString &path)
{
    return !isActionPath(path) && !isAttachmentPath(path);
}

Outbox::Outbox(Connection &connection)
    : m_connection(connection)
{
}

Result<OutboxItem> Outbox::enqueue(OutboxItem item)
{
    item.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.createdAt = QDateTime::currentDateTimeUtc();
    auto stmt = m_connection.cached(
        "INSERT INTO outbox (key, method, path, body, entity, entity_id, base_version, summary, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, item.key).bind(2, item.method).bind(3, item.path);
    s.bindUtf8(4, QJsonDocument(item.body).toJson(QJsonDocument::Compact));
    s.bind(5, item.entity).bind(6, item.entityId);
    if (item.baseVersion)
        s.bind(7, *item.baseVersion);
    else
        s.bindNull(7);
    s.bind(8, item.summary).bind(9, toIsoUtc(item.createdAt));
    if (auto r = s.exec(); !r)
        return r.error();
    item.seq = m_connection.lastInsertRowId();
    return item;
}

Result<bool> Outbox::hasPending(const QString &entity, const QString &entityId) const
{
    auto stmt =
        m_connection.cached("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ?)");
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, entity).bind(2, entityId);
    auto row = s.step();
    if (!row) {
        s.reset();
        return row.error();
    }
    const bool pending = *row && s.int64(0) != 0;
    s.reset();
    return pending;
}

Result<qint64> Outbox::confirmedBase(const QString &entity, const QString &entityId, qint64 seen) const
{
    auto stmt = m_connection.cached(
        "SELECT base_version FROM outbox WHERE entity = ? AND entity_id = ? ORDER BY seq LIMIT 1");
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, entity).bind(2, entityId);
    auto row = s.step();
    if (!row) {
        s.reset();
        return row.error();
    }
    qint64 confirmed = seen;
    if (*row)
        confirmed = qMin(seen, s.isNull(0) ? qint64(0) : s.int64(0));
    s.reset();
    return confirmed;
}

Result<QList<OutboxItem>> Outbox::select(const QByteArray &sql, qint64 limit) const
{
    auto stmt = m_connection.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, limit);
    QList<OutboxItem> items;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        OutboxItem item;
        item.seq = s.int64(0);
        item.key = s.text(1);
        item.method = s.text(2);
        item.path = s.text(3);
        item.body = QJsonDocument::fromJson(s.utf8(4)).object();
        item.entity = s.text(5);
        item.entityId = s.text(6);
        if (!s.isNull(7))
            item.baseVersion = s.int64(7);
        item.summary = s.text(8);
        item.attempts = int(s.int64(9));
        item.lastError = s.text(10);
        item.createdAt = fromIsoUtc(s.text(11));
        items.append(std::move(item));
    }
    s.reset();
    return items;
}

Result<QList<OutboxItem>> Outbox::pending(int limit) const
{
    return select("SELECT seq, key, method, path, body, entity, entity_id, base_version, summary, attempts, "
                  "last_error, created_at FROM outbox ORDER BY seq LIMIT ?",
                  limit);
}

Result<std::optional<OutboxItem>> Outbox::first() const
{
    auto items = pending(1);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<OutboxItem>{};
    return std::optional<OutboxItem>(items->first());
}

Result<void> Outbox::remove(qint64 seq)
{
    auto stmt = m_connection.cached("DELETE FROM outbox WHERE seq = ?");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, seq).exec();
}

Result<void> Outbox::noteAttempt(qint64 seq, const QString &error)
{
    auto stmt =
        m_connection.cached("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, error).bind(2, seq).exec();
}

Result<qint64> Outbox::count() const
{
    return m_connection.scalar("SELECT count(*) FROM outbox");
}

Result<QSet<QString>> Outbox::pendingObjects() const
{
    auto stmt = m_connection.cached("SELECT DISTINCT entity, entity_id FROM outbox");
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    QSet<QString> objects;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        objects.insert(s.text(0) + QLatin1Char('/') + s.text(1));
    }
    s.reset();
    return objects;
}

} // namespace gd::store
