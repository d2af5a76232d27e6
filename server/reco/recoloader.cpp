#include "reco/recoloader.h"

#include "domain/codec.h"

#include <QHash>
#include <QSqlQuery>

namespace gd::server {
namespace {

// Runs a read and hands every row to `row`.
template <typename Row>
Result<void> eachRow(QSqlDatabase &db, const QString &sql, const QVariantList &binds, Row row)
{
    auto q = execSql(db, sql, binds);
    if (!q)
        return q.error();
    while (q->next())
        row(*q);
    return {};
}

} // namespace

RecoLoader::RecoLoader(Database &db)
    : m_db(db)
{
}

Result<RecoDataset> RecoLoader::load(const QDateTime &activitySince)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    auto tx = Transaction::begin(db, m_db.dialect(), Transaction::Kind::Read);
    if (!tx)
        return tx.error();
    RecoDataset data;

    QHash<QString, size_t> serviceAt;
    if (auto r = eachRow(
            db, QStringLiteral("SELECT id, name, category, applicant_type FROM services ORDER BY id"), {},
            [&](QSqlQuery &q) {
                serviceAt.insert(q.value(0).toString(), data.services.size());
                data.services.push_back({q.value(0).toString(),
                                         q.value(1).toString(),
                                         q.value(2).toString(),
                                         q.value(3).toString(),
                                         {}});
            });
        !r)
        return r.error();
    if (auto r = eachRow(
            db, QStringLiteral("SELECT service_id, tag_id FROM service_tags ORDER BY service_id, tag_id"), {},
            [&](QSqlQuery &q) {
                const auto at = serviceAt.constFind(q.value(0).toString());
                if (at != serviceAt.constEnd())
                    data.services[*at].tagIds.append(q.value(1).toString());
            });
        !r)
        return r.error();
    if (auto r = eachRow(
            db, QStringLiteral("SELECT id, name, applies_to FROM tags ORDER BY id"), {},
            [&](QSqlQuery &q) {
                data.tags.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
            });
        !r)
        return r.error();
    if (auto r = eachRow(db,
                         QStringLiteral("SELECT district_code, name FROM regions WHERE level = 'district' "
                                        "ORDER BY district_code"),
                         {},
                         [&](QSqlQuery &q) {
                             data.districts.push_back({q.value(0).toString(), q.value(1).toString()});
                         });
        !r)
        return r.error();

    QHash<QString, size_t> citizenAt;
    if (auto r = eachRow(
            db, QStringLiteral("SELECT id, district_code, gender, birth_date FROM citizens ORDER BY id"), {},
            [&](QSqlQuery &q) {
                RecoDataset::Citizen c;
                c.id = q.value(0).toString();
                c.districtCode = q.value(1).toString();
                c.gender = q.value(2).toString();
                c.birthDate = fromIsoDate(q.value(3).toString());
                citizenAt.insert(c.id, data.citizens.size());
                data.citizens.push_back(std::move(c));
            });
        !r)
        return r.error();
    if (auto r = eachRow(db,
                         QStringLiteral("SELECT citizen_id, tag_id, since, source FROM citizen_tags ORDER BY "
                                        "citizen_id, tag_id"),
                         {},
                         [&](QSqlQuery &q) {
                             const auto at = citizenAt.constFind(q.value(0).toString());
                             if (at != citizenAt.constEnd())
                                 data.citizens[*at].tags.append(
                                     TagAssignment{q.value(1).toString(), fromIsoDate(q.value(2).toString()),
                                                   q.value(3).toString()});
                         });
        !r)
        return r.error();

    if (auto r = eachRow(
            db,
            QStringLiteral("SELECT applicant_id, service_id, district_code, submitted_at, status FROM "
                           "applications WHERE applicant_type = 'citizen' ORDER BY submitted_at, id"),
            {},
            [&](QSqlQuery &q) {
                data.applications.push_back({q.value(0).toString(), q.value(1).toString(),
                                             q.value(2).toString(), fromIsoUtc(q.value(3).toString()),
                                             q.value(4).toString()});
            });
        !r)
        return r.error();

    const QString since = activitySince.isValid() ? toIsoUtc(activitySince) : QString();
    const auto activities = [&](const QString &sql, RecoDataset::ActivityKind kind) {
        return eachRow(db, sql, {since}, [&](QSqlQuery &q) {
            data.activities.push_back(
                {q.value(0).toString(), q.value(1).toString(), fromIsoUtc(q.value(2).toString()), kind});
        });
    };
    if (auto r =
            activities(QStringLiteral("SELECT citizen_id, service_id, occurred_at FROM usage_events WHERE "
                                      "kind = 'view' AND citizen_id IS NOT NULL AND service_id IS NOT NULL "
                                      "AND occurred_at >= ? ORDER BY occurred_at, id"),
                       RecoDataset::ActivityKind::View);
        !r)
        return r.error();
    if (auto r =
            activities(QStringLiteral("SELECT citizen_id, service_id, responded_at FROM pushes WHERE status "
                                      "IN ('opened', 'applied') AND responded_at IS NOT NULL AND "
                                      "responded_at >= ? ORDER BY responded_at, id"),
                       RecoDataset::ActivityKind::PushOpened);
        !r)
        return r.error();
    tx->rollback();
    return data;
}

} // namespace gd::server
