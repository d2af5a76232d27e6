#pragma once
// Scoped, paged reads of one kind of syncable object, driven by an EntitySpec (entities.h). One
// implementation of list / get / by-ids serves every entity, so the scope predicate, paging, sorting and
// masking rules live in one place. Thread-safe (uses the calling thread's connection).

#include "db/countcache.h"
#include "db/database.h"
#include "db/entitycodec.h"
#include "db/principal.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>

namespace gd::server {

struct ListQuery {
    qint64 offset = 0;
    int limit = 50;
    QString sort;                    // a key of EntitySpec::sortColumns, "-" prefix = descending
    QString search;                  // free text "q"
    QHash<QString, QString> filters; // keys of EntitySpec::filters
};

struct ListPage {
    std::shared_ptr<const EntityRows> items;
    qint64 total = 0; // may lag writes by up to CountCache::kDefaultTtlMs
    qint64 offset = 0;
    int limit = 0;

    // {"items":[...],"total":…,"offset":…,"limit":…}
    QByteArray toJsonBytes() const;
};

struct EntitySpec {
    QString entity;  // change-feed name, e.g. "citizen"
    QString table;   // e.g. "citizens"
    QString alias;   // e.g. "c"
    QString columns; // SELECT list, qualified with alias
    std::function<SqlFilter(const Principal &)> scope;
    QHash<QString, QString> sortColumns; // api key -> SQL column
    QString defaultSort;                 // api key
    QHash<QString, QString> filters;     // query parameter -> SQL predicate with one '?'
    // Filters whose predicate depends on the value (or on the time): the value -> the predicate, or
    // BadRequest for a value the filter does not know.
    QHash<QString, std::function<Result<SqlFilter>(const QString &value)>> computedFilters;
    QSet<QString> timeFilters;     // filters whose value must be an ISO 8601 date or time
    QStringList searchPredicates;  // each takes one '?' bound to the LIKE pattern
    bool searchPrefixOnly = false; // "q%" instead of "%q%"
    // A predicate for a q that is a whole identifier (ID number, phone, USCC), matched exactly: fragments
    // of masked values are never matched, or the masked digits could be probed out.
    std::function<std::optional<SqlFilter>(const QString &q)> exactSearch;
    // Refuses a list query the caller may not make (BadRequest), e.g. filtering citizens by a tag the
    // caller's role may not see. Optional.
    std::function<Result<void>(const Principal &who, const ListQuery &query)> checkQuery;
    // Rows -> domain objects -> JSON, masking personal identifiers unless revealing, and the loading of
    // child rows (tags, steps …); see entitycodec.h.
    std::shared_ptr<const EntityCodec> codec;
};

class EntityRepository {
public:
    EntityRepository(Database &db, EntitySpec spec);

    const EntitySpec &spec() const { return m_spec; }

    // BadRequest for unknown sort keys or filter values; never loads more than limit rows.
    Result<ListPage> list(const Principal &who, const ListQuery &query);
    // NotFound both when the object does not exist and when it is outside the caller's scope.
    Result<QJsonObject> get(const Principal &who, const QString &id, bool reveal = false);
    // The same object as JSON text (for responses).
    Result<QByteArray> getJson(const Principal &who, const QString &id, bool reveal = false);
    // NotFound unless the object exists within the caller's scope; loads nothing else.
    Result<void> requireVisible(const Principal &who, const QString &id);
    // The objects among ids that the caller may see, in no particular order.
    Result<std::unique_ptr<EntityRows>> byIds(const Principal &who, const QStringList &ids);

private:
    Result<std::unique_ptr<EntityRows>> select(const SqlFilter &where, const QString &tail,
                                               const QVariantList &tailBinds, bool reveal);
    Result<std::unique_ptr<EntityRows>> one(const Principal &who, const QString &id, bool reveal);

    Database &m_db;
    EntitySpec m_spec;
    CountCache m_counts;
};

} // namespace gd::server
