#pragma once
// How a push campaign finds its members: an AudienceResolver gives the citizens an audience expression
// (the JSON of domain/audience.h) matches within the campaign's area ("city", or a district code for a
// district supervisor's campaign), in id order; BadRequest with details.field under "audience" for an
// expression it cannot read. The campaign routes count with it when a campaign is written or submitted,
// and the dispatcher materialises the members with it when sending starts.
//
// The server resolves over its in-memory audience index (indexedAudience(); unknown tags and regions are
// refused). SqlAudience compiles the parsed expression to one SELECT on citizens and citizen_tags instead,
// for processes without the index: the demo generator, which sends its campaigns before any index exists.

#include "db/database.h"

#include <QJsonObject>

#include <functional>

namespace gd::server {

class AudienceService;

using AudienceResolver =
    std::function<Result<QStringList>(const QString &areaCode, const QJsonObject &expression)>;

// A resolver over `service`, which must outlive it.
AudienceResolver indexedAudience(AudienceService &service);

class SqlAudience {
public:
    explicit SqlAudience(Database &db);

    Result<QStringList> members(const QString &areaCode, const QJsonObject &expression);

    // A resolver calling members() on `db`, which must outlive it.
    static AudienceResolver resolver(Database &db);

private:
    Database &m_db;
};

} // namespace gd::server
