#include "store/conflictrepository.h"

#include "domain/codec.h"

#include <QJsonDocument>

namespace gd::store {

ConflictRepository::ConflictRepository(Connection &connection)
    : m_connection(connection)
{
}

Result<ConflictEntry> ConflictRepository::add(ConflictEntry entry)
{
    entry.createdAt = QDateTime::currentDateTimeUtc();
    auto stmt = m_connection.cached(
        "INSERT INTO conflicts (kind, entity, entity_id, method, path, local_body, base_version, "
        "server_data, error_code, error_message, summary, created_at, error_details) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, entry.kind)
        .bind(2, entry.entity)
        .bind(3, entry.entityId)
        .bind(4, entry.method)
        .bind(5, entry.path);
    s.bindUtf8(6, QJsonDocument(entry.local).toJson(QJsonDocument::Compact));
    if (entry.baseVersion)
        s.bind(7, *entry.baseVersion);
    else
        s.bindNull(7);
    if (entry.server)
        s.bindUtf8(8, QJsonDocument(*entry.server).toJson(QJsonDocument::Compact));
    else
        s.bindNull(8);
    s.bind(9, entry.errorCode).bind(10, entry.errorMessage).bind(11, entry.summary);
    s.bind(12, toIsoUtc(entry.createdAt));
    if (entry.errorDetails.isEmpty())
        s.bindNull(13);
    else
        s.bindUtf8(13, QJsonDocument(entry.errorDetails).toJson(QJsonDocument::Compact));
    if (auto r = s.exec(); !r)
        return r.error();
    entry.id = m_connection.lastInsertRowId();
    return entry;
}

Result<QList<ConflictEntry>> ConflictRepository::select(const QByteArray &where, qint64 bind) const
{
    auto stmt =
        m_connection.cached("SELECT id, kind, entity, entity_id, method, path, local_body, base_version, "
                            "server_data, error_code, error_message, summary, created_at, error_details "
                            "FROM conflicts " +
                            where);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, bind);
    QList<ConflictEntry> entries;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ConflictEntry e;
        e.id = s.int64(0);
        e.kind = s.text(1);
        e.entity = s.text(2);
        e.entityId = s.text(3);
        e.method = s.text(4);
        e.path = s.text(5);
        e.local = QJsonDocument::fromJson(s.utf8(6)).object();
        if (!s.isNull(7))
            e.baseVersion = s.int64(7);
        if (!s.isNull(8))
            e.server = QJsonDocument::fromJson(s.utf8(8)).object();
        e.errorCode = s.text(9);
        e.errorMessage = s.text(10);
        e.summary = s.text(11);
        e.createdAt = fromIsoUtc(s.text(12));
        if (!s.isNull(13))
            e.errorDetails = QJsonDocument::fromJson(s.utf8(13)).object();
        entries.append(std::move(e));
    }
    s.reset();
    return entries;
}

Result<QList<ConflictEntry>> ConflictRepository::list(int limit) const
{
    return select("ORDER BY id LIMIT ?", limit);
}

Result<std::optional<ConflictEntry>> ConflictRepository::get(qint64 id) const
{
    auto entries = select("WHERE id = ?", id);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return std::optional<ConflictEntry>{};
    return std::optional<ConflictEntry>(entries->first());
}

Result<void> ConflictRepository::remove(qint64 id)
{
    auto stmt = m_connection.cached("DELETE FROM conflicts WHERE id = ?");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, id).exec();
}

Result<qint64> ConflictRepository::count() const
{
    return m_connection.scalar("SELECT count(*) FROM conflicts");
}

} // namespace gd::store
