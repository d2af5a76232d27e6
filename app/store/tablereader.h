#pragma once
// Lists over one local table with filtering, sorting and paging done in SQL (indexed columns; never a
// whole table in memory, never a proxy model). The whitelists of filters and sorts are the
// repository's; anything else is refused with BadRequest so a typo can't turn into a table scan.

#include "store/localtables.h"
#include "store/sqlite.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace gd::store {

class SearchIndex;

struct ListQuery {
    QList<QPair<QString, QString>> filters; // whitelisted name -> value
    QString search;                         // free text (tables with a search index)
    QString sort;                           // whitelisted name; empty = the repository's default
    bool descending = false;
    int limit = 50;
    int offset = 0;

    ListQuery &where(const QString &name, const QString &value)
    {
        filters.append({name, value});
        return *this;
    }
};

template <typename T> struct Page {
    QList<T> items;
    qint64 total = 0;
};

struct ListSpec {
    QHash<QString, QByteArray> filters; // "grid" -> "grid_id = ?" (exactly one placeholder)
    QHash<QString, QByteArray> sorts;   // "name" -> "name" (the id is appended as a tie-break)
    QByteArray defaultSort;             // a key of sorts
};

class TableReader {
public:
    TableReader(Connection &connection, SearchIndex &search, const LocalTable &table, ListSpec spec);

    Result<QList<QByteArray>> listJson(const ListQuery &query) const;
    Result<qint64> count(const ListQuery &query) const;
    Result<std::optional<QByteArray>> jsonById(const QString &id) const;

    const LocalTable &table() const { return m_table; }

private:
    struct Where {
        QByteArray sql;
        QList<QString> binds;
        bool empty = false; // the search matches nothing searchable
    };
    Result<Where> whereFor(const ListQuery &query) const;

    Connection &m_connection;
    SearchIndex &m_search;
    const LocalTable &m_table;
    ListSpec m_spec;
};

} // namespace gd::store
