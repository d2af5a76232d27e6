#include "db/changefeed.h"

#include "db/entities.h"

#include <QSet>

namespace gd::server {

ChangeFeed::ChangeFeed(Database &db)
    : m_db(db)
{
    for (const EntitySpec &spec : entitySpecs()) {
        auto repository = std::make_unique<EntityRepository>(db, spec);
        EntityRepository *scoped = repository.get();
        m_repositories.emplace(spec.entity, std::move(repository));
        addSource(spec.entity,
                  [scoped](const Principal &who, const QStringList &ids) { return scoped->byIds(who, ids); });
    }
}

void ChangeFeed::addSource(const QString &entity, Source source)
{
    m_sources.insert_or_assign(entity, std::move(source));
}

Result<FeedPage> ChangeFeed::read(const Principal &who, qint64 since, int limit)
{
    const QStringList scopes = who.changeScopes();
    QString sql;
    QVariantList binds;
    if (scopes.isEmpty()) {
        sql = QStringLiteral("SELECT ch.seq, ch.entity, ch.entity_id, ch.op, ch.version FROM changes ch "
                             "WHERE ch.seq > ? ORDER BY ch.seq LIMIT ?");
        binds = {since, limit + 1};
    } else {
        // Each scope key's next limit+1 changes come from the (scope, seq) index in order, and the first
        // limit+1 of their union are the page: at most keys × (limit+1) index entries are read. Filtering the
        // change log with "seq IN (every change of the keys after since)" built that whole set (SQLite) or
        // walked the log until enough matched (PostgreSQL) — slow for sparse scopes and old checkpoints.
        QStringList parts;
        for (qsizetype i = 0; i < scopes.size(); ++i) {
            const QString name = QStringLiteral("s") + QString::number(i);
            parts.append(
                QStringLiteral("SELECT ") + name +
                QStringLiteral(".seq FROM (SELECT cs.seq FROM change_scopes cs WHERE cs.scope = ? AND "
                               "cs.seq > ? ORDER BY cs.seq LIMIT ?) ") +
                name);
            binds << scopes[i] << since << limit + 1;
        }
        sql =
            QStringLiteral("SELECT ch.seq, ch.entity, ch.entity_id, ch.op, ch.version FROM (") +
            parts.join(QStringLiteral(" UNION ")) +
            QStringLiteral(" ORDER BY 1 LIMIT ?) page JOIN changes ch ON ch.seq = page.seq ORDER BY ch.seq");
        binds << limit + 1;
    }

    QList<FeedChange> raw;
    {
        auto q = m_db.query(sql, binds);
        if (!q)
            return q.error();
        while ((*q)->next()) {
            FeedChange c;
            c.seq = (*q)->value(0).toLongLong();
            c.entity = (*q)->value(1).toString();
            c.id = (*q)->value(2).toString();
            c.op = (*q)->value(3).toString();
            c.version = (*q)->value(4).toLongLong();
            raw.append(std::move(c));
        }
    }
    FeedPage page;
    // Read after the page, so last_seq >= next (a change committed in between only makes the estimate
    // lower, never over 100 %).
    if (auto last = m_db.query(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"), {}); last) {
        if ((*last)->next())
            page.lastSeq = (*last)->value(0).toLongLong();
    }
    page.hasMore = raw.size() > limit;
    if (page.hasMore)
        raw.resize(limit);
    page.next = raw.isEmpty() ? since : raw.last().seq;

    // Only the newest change per object in this page matters: the data sent is the current object.
    QHash<QString, qint64> newest;
    for (const FeedChange &c : std::as_const(raw))
        newest[c.entity + QLatin1Char('/') + c.id] = c.seq;
    QHash<QString, QStringList> idsByEntity;
    for (const FeedChange &c : std::as_const(raw)) {
        if (c.op == QLatin1String("upsert") && newest.value(c.entity + QLatin1Char('/') + c.id) == c.seq)
            idsByEntity[c.entity].append(c.id);
    }
    struct Current {
        QByteArray json;
        qint64 version = 0;
    };
    QHash<QString, Current> data;
    for (auto it = idsByEntity.constBegin(); it != idsByEntity.constEnd(); ++it) {
        const auto source = m_sources.find(it.key());
        if (source == m_sources.end())
            continue;
        auto objects = source->second(who, it.value());
        if (!objects)
            return objects.error();
        const EntityRows &rows = **objects;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            Current current;
            rows.writeJson(current.json, i);
            current.version = rows.version(i);
            data.insert(it.key() + QLatin1Char('/') + rows.id(i), std::move(current));
        }
    }
    for (FeedChange &c : raw) {
        const QString key = c.entity + QLatin1Char('/') + c.id;
        if (newest.value(key) != c.seq)
            continue;
        if (c.op == QLatin1String("upsert")) {
            const auto found = data.constFind(key);
            if (found == data.constEnd())
                continue; // gone or out of scope now; a later change says what happened
            c.data.bytes = found->json;
            c.version = found->version;
        }
        page.changes.append(std::move(c));
    }
    return page;
}

} // namespace gd::server
