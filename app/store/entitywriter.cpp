#include "store/entitywriter.h"

#include "store/searchindex.h"
#include "store/searchtokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gd::store {

EntityWriter::EntityWriter(Connection &connection, SearchIndex &search)
    : m_connection(connection)
    , m_search(search)
{
}

const EntityWriter::Sql &EntityWriter::sqlFor(const LocalTable &table)
{
    auto found = m_sql.constFind(table.entity);
    if (found != m_sql.constEnd())
        return *found;
    QByteArray names = "id, version";
    QByteArray marks = "?, ?";
    QByteArray updates = "version = excluded.version";
    for (const LocalColumn &c : table.columns) {
        names += ", " + c.name;
        marks += ", ?";
        updates += ", " + c.name + " = excluded." + c.name;
    }
    names += ", data";
    marks += ", ?";
    updates += ", data = excluded.data";
    Sql sql;
    const QByteArray insert = "INSERT INTO " + table.table + " (" + names + ") VALUES (" + marks +
                              ") ON CONFLICT(id) DO UPDATE SET " + updates;
    sql.upsert = insert + " WHERE excluded.version >= " + table.table + ".version RETURNING rowid";
    sql.replace = insert + " RETURNING rowid";
    sql.remove = "DELETE FROM " + table.table + " WHERE id = ? RETURNING rowid";
    if (!table.tagTable.isEmpty()) {
        sql.deleteTags = "DELETE FROM " + table.tagTable + " WHERE " + table.tagOwnerColumn + " = ?";
        sql.insertTag = "INSERT OR IGNORE INTO " + table.tagTable + " (" + table.tagOwnerColumn +
                        ", tag_id) VALUES (?, ?)";
    }
    return *m_sql.insert(table.entity, sql);
}

Result<bool> EntityWriter::upsert(const LocalTable &table, const QJsonObject &object)
{
    return upsert(table, object, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<bool> EntityWriter::upsert(const LocalTable &table, const QJsonObject &object, const QByteArray &json)
{
    return write(table, object, json, false);
}

Result<void> EntityWriter::replace(const LocalTable &table, const QJsonObject &object)
{
    auto written = write(table, object, QJsonDocument(object).toJson(QJsonDocument::Compact), true);
    if (!written)
        return written.error();
    return {};
}

Result<bool> EntityWriter::write(const LocalTable &table, const QJsonObject &object, const QByteArray &json,
                                 bool force)
{
    const QString id = object.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return makeError(ErrorCode::BadRequest, QStringLiteral("an object without an id"));
    const Sql &sql = sqlFor(table);
    auto stmt = m_connection.cached(force ? sql.replace : sql.upsert);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    int i = 1;
    s.bind(i++, id);
    s.bind(i++, object.value(QLatin1String("version")).toInteger());
    for (const LocalColumn &c : table.columns) {
        const QJsonValue v = object.value(c.key);
        if (v.isNull() || v.isUndefined())
            s.bindNull(i++);
        else if (c.type == LocalColumn::Type::Integer)
            s.bind(i++, v.toInteger());
        else
            s.bind(i++, v.toString());
    }
    s.bindUtf8(i++, json);
    auto row = s.step();
    if (!row)
        return row.error();
    if (!*row) {
        s.reset();
        return false; // the stored row is newer
    }
    const qint64 rowid = s.int64(0);
    if (auto done = s.exec(); !done)
        return done.error();

    if (!table.tagTable.isEmpty()) {
        auto del = m_connection.cached(sql.deleteTags);
        if (!del)
            return del.error();
        if (auto r = (*del)->bind(1, id).exec(); !r)
            return r.error();
        const QJsonArray tags = object.value(QLatin1String("tags")).toArray();
        for (const QJsonValue &tag : tags) {
            auto ins = m_connection.cached(sql.insertTag);
            if (!ins)
                return ins.error();
            if (auto r = (*ins)
                             ->bind(1, id)
                             .bind(2, tag.toObject().value(QLatin1String("tag_id")).toString())
                             .exec();
                !r)
                return r.error();
        }
    }
    if (table.search) {
        SearchDocument doc;
        doc.name = object.value(QLatin1String("name")).toString();
        doc.phone = object.value(QLatin1String("phone")).toString();
        if (*table.search == SearchIndex::Kind::Citizen)
            doc.idNumber = object.value(QLatin1String("id_number")).toString();
        else
            doc.code = object.value(QLatin1String("uscc")).toString();
        if (auto r = m_search.upsert(*table.search, rowid, doc); !r)
            return r.error();
    }
    return true;
}

Result<void> EntityWriter::remove(const LocalTable &table, const QString &id)
{
    const Sql &sql = sqlFor(table);
    auto stmt = m_connection.cached(sql.remove);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, id);
    auto row = s.step();
    if (!row)
        return row.error();
    if (!*row) {
        s.reset();
        return {};
    }
    const qint64 rowid = s.int64(0);
    if (auto done = s.exec(); !done)
        return done.error();
    if (!table.tagTable.isEmpty()) {
        auto del = m_connection.cached(sql.deleteTags);
        if (!del)
            return del.error();
        if (auto r = (*del)->bind(1, id).exec(); !r)
            return r.error();
    }
    if (table.search)
        return m_search.remove(*table.search, rowid);
    return {};
}

} // namespace gd::store
