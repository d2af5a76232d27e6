#pragma once
// What the store knows about each synced entity: its table, the columns copied out of the server's JSON
// object (for filtering, sorting and joins), the child table of tag ids, and whether it has a search
// index. One table of facts, used by the writer (sync apply) and by the repositories (lists).

#include "store/searchindex.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace gd::store {

struct LocalColumn {
    enum class Type { Text, Integer };
    QByteArray name;   // column in the table
    QLatin1String key; // key in the JSON object
    Type type = Type::Text;
};

struct LocalTable {
    QString entity;             // as in the change feed: "citizen", "application", …
    QByteArray table;           // "citizens"
    QList<LocalColumn> columns; // besides id, version and data
    QByteArray tagTable;        // "citizen_tags" (owner id, tag id) or empty
    QByteArray tagOwnerColumn;  // "citizen_id"
    std::optional<SearchIndex::Kind> search;
    QString restPath; // "/api/v1/citizens" (GET <restPath>/<id> refetches one object)
};

const QList<LocalTable> &localTables();
const LocalTable *localTable(const QString &entity);

} // namespace gd::store
