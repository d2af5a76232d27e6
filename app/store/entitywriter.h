#pragma once
// Writes server objects into the local tables: the row (id, version, the listed columns, the JSON), its
// tag rows and its search-index entry, or removes all three. Used by the sync engine's apply step and by
// the repositories after the server answered a write. Must run inside the caller's write transaction.
//
// An upsert never replaces a row with an older version, so re-applying a page after an interrupted sync
// (or a late push answer) is harmless. Writing an application also rewrites its rows of the pending
// queue (queue_items) from the object at hand: about 20 µs per application, where SQL triggers parsing
// the stored JSON again took about 47 µs (govdesk-bench queue, 30k applications).

#include "store/localtables.h"
#include "store/sqlite.h"

#include <QJsonObject>

namespace gd::store {

class SearchIndex;
class SearchTokenizer;

class EntityWriter {
public:
    EntityWriter(Connection &connection, SearchIndex &search);

    // true when written, false when the stored row is newer.
    Result<bool> upsert(const LocalTable &table, const QJsonObject &object);
    // Same, with the object's JSON text already at hand (saves serialising it again).
    Result<bool> upsert(const LocalTable &table, const QJsonObject &object, const QByteArray &json);
    // Writes `object` whatever the stored row's version: the server's copy taking the place of a local
    // optimistic one that ran ahead of it (a refused action; its version counted the local actions).
    Result<void> replace(const LocalTable &table, const QJsonObject &object);
    Result<void> remove(const LocalTable &table, const QString &id);

private:
    struct Sql {
        QByteArray upsert;
        QByteArray replace;
        QByteArray remove;
        QByteArray deleteTags;
        QByteArray insertTag;
    };
    const Sql &sqlFor(const LocalTable &table);
    // The pending queue's rows of one application (schema 3, queue_items): one per active step of an
    // open application, replaced whenever the application is written, removed with it.
    Result<void> writeQueueRows(const QString &id, const QJsonObject &application);
    Result<bool> write(const LocalTable &table, const QJsonObject &object, const QByteArray &json,
                       bool force);

    Connection &m_connection;
    SearchIndex &m_search;
    QHash<QString, Sql> m_sql;
};

} // namespace gd::store
