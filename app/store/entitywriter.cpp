#include "store/entitywriter.h"

#include "store/searchindex.h"
#include "store/searchtokenizer.h"

#include "domain/codec.h"

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
    if (table.entity == QLatin1String("application")) {
        if (auto r = writeQueueRows(id, object); !r)
            return r.error();
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

Result<void> EntityWriter::writeQueueRows(const QString &id, const QJsonObject &application)
{
    auto del = m_connection.cached("DELETE FROM queue_items WHERE application_id = ?");
    if (!del)
        return del.error();
    if (auto r = (*del)->bind(1, id).exec(); !r)
        return r.error();
    const QString status = application.value(QLatin1String("status")).toString();
    if (status == QLatin1String("completed") || status == QLatin1String("rejected"))
        return {};
    const QJsonArray steps = application.value(QLatin1String("steps")).toArray();
    auto ms = [](const QJsonValue &value) -> std::optional<qint64> {
        const QDateTime at = value.isString() ? fromIsoUtc(value.toString()) : QDateTime();
        return at.isValid() ? std::optional<qint64>(at.toMSecsSinceEpoch()) : std::nullopt;
    };
    auto text = [](Statement &s, int index, const QJsonValue &value) {
        if (value.isString())
            s.bind(index, value.toString());
        else
            s.bindNull(index);
    };
    for (const QJsonValue &value : steps) {
        const QJsonObject step = value.toObject();
        if (step.value(QLatin1String("status")).toString() != QLatin1String("active"))
            continue;
        auto ins = m_connection.cached(
            "INSERT OR REPLACE INTO queue_items (application_id, step_seq, stage, department_id, "
            "department_name, step_name, due_at, claimed_by, claimed_by_name, service_id, service_name, "
            "number, applicant_id, applicant_name, applicant_masked, submitted_at, status, paused, version) "
            "VALUES (?1, ?2, ?3, ?4, (SELECT name FROM departments WHERE id = ?4), ?5, ?6, ?7, ?8, ?9, "
            "(SELECT name FROM services WHERE id = ?9), ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
        if (!ins)
            return ins.error();
        Statement &s = **ins;
        s.bind(1, id);
        s.bind(2, step.value(QLatin1String("seq")).toInteger());
        const QJsonValue stage = step.value(QLatin1String("stage"));
        if (stage.isDouble())
            s.bind(3, stage.toInteger());
        else
            s.bindNull(3);
        text(s, 4, step.value(QLatin1String("department_id")));
        text(s, 5, step.value(QLatin1String("name")));
        if (const auto due = ms(step.value(QLatin1String("due_at"))))
            s.bind(6, *due);
        else
            s.bindNull(6);
        text(s, 7, step.value(QLatin1String("claimed_by")));
        text(s, 8, step.value(QLatin1String("claimed_by_name")));
        text(s, 9, application.value(QLatin1String("service_id")));
        text(s, 10, application.value(QLatin1String("number")));
        text(s, 11, application.value(QLatin1String("applicant_id")));
        text(s, 12, application.value(QLatin1String("applicant_name")));
        text(s, 13, application.value(QLatin1String("applicant_id_masked")));
        if (const auto submitted = ms(application.value(QLatin1String("submitted_at"))))
            s.bind(14, *submitted);
        else
            s.bindNull(14);
        s.bind(15, status);
        s.bind(16, qint64(status == QLatin1String("supplement")));
        s.bind(17, application.value(QLatin1String("version")).toInteger());
        if (auto r = s.exec(); !r)
            return r.error();
    }
    return {};
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
    if (table.entity == QLatin1String("application")) {
        auto queue = m_connection.cached("DELETE FROM queue_items WHERE application_id = ?");
        if (!queue)
            return queue.error();
        if (auto r = (*queue)->bind(1, id).exec(); !r)
            return r.error();
    }
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
