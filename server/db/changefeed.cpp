#include "db/changefeed.h"

#include "db/entities.h"

#include <QSet>

namespace gd::server {

ChangeFeed::ChangeFeed(Database &db)
    : m_db(db)
{
    for (const EntitySpec &spec : entitySpecs())
        m_repositories.emplace(spec.entity, std::make_unique<EntityRepository>(db, spec));
}

Result<ChangePage> ChangeFeed::read(const Principal &who, qint64 since, int limit)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const QStringList scopes = who.changeScopes();
    QString sql = QStringLiteral("SELECT ch.seq, ch.entity, ch.entity_id, ch.op, ch.version FROM changes ch WHERE ch.seq > ?");
    QVariantList binds{since};
    if (!scopes.isEmpty()) {
        const SqlFilter in = inList(QStringLiteral("cs.scope"), scopes);
        sql += QStringLiteral(" AND ch.seq IN (SELECT cs.seq FROM change_scopes cs WHERE ") + in.sql +
               QStringLiteral(" AND cs.seq > ?)");
        binds.append(in.binds);
        binds.append(since);
    }
    sql += QStringLiteral(" ORDER BY ch.seq LIMIT ?");
    binds.append(limit + 1);
    auto q = execSql(*conn, sql, binds);
    if (!q)
        return q.error();

    QList<Change> raw;
    while (q->next()) {
        Change c;
        c.seq = q->value(0).toLongLong();
        c.entity = q->value(1).toString();
        c.id = q->value(2).toString();
        c.op = q->value(3).toString();
        c.version = q->value(4).toLongLong();
        raw.append(c);
    }
    ChangePage page;
    page.hasMore = raw.size() > limit;
    if (page.hasMore)
        raw.resize(limit);
    page.next = raw.isEmpty() ? since : raw.last().seq;

    // Only the newest change per object in this page matters: the data sent is the current object.
    QHash<QString, qint64> newest;
    for (const Change &c : std::as_const(raw))
        newest[c.entity + QLatin1Char('/') + c.id] = c.seq;
    QHash<QString, QStringList> idsByEntity;
    for (const Change &c : std::as_const(raw)) {
        if (c.op == QLatin1String("upsert") && newest.value(c.entity + QLatin1Char('/') + c.id) == c.seq)
            idsByEntity[c.entity].append(c.id);
    }
    QHash<QString, QJsonObject> data;
    for (auto it = idsByEntity.constBegin(); it != idsByEntity.constEnd(); ++it) {
        const auto repo = m_repositories.find(it.key());
        if (repo == m_repositories.end())
            continue;
        auto objects = repo->second->byIds(who, it.value());
        if (!objects)
            return objects.error();
        for (const QJsonObject &o : std::as_const(*objects))
            data.insert(it.key() + QLatin1Char('/') + o.value(QStringLiteral("id")).toString(), o);
    }
    for (Change &c : raw) {
        const QString key = c.entity + QLatin1Char('/') + c.id;
        if (newest.value(key) != c.seq)
            continue;
        if (c.op == QLatin1String("upsert")) {
            const auto found = data.constFind(key);
            if (found == data.constEnd())
                continue;   // gone or out of scope now; a later change says what happened
            c.data = *found;
            c.version = found->value(QStringLiteral("version")).toInteger(c.version);
        }
        page.changes.append(c);
    }
    return page;
}

} // namespace gd::server
