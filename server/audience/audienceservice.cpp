#include "audience/audienceservice.h"

#include "db/serverclock.h"

#include "domain/identity.h"
#include "domain/worktime.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcAudience, "govdesk.server.audience")

namespace gd::server {
namespace {

// Citizens per page when the index is loaded, and per statement when changed ones are read again.
constexpr int kLoadPage = 20000;
constexpr qsizetype kReloadChunk = 256;

const QString kCitizenColumns =
    QStringLiteral("id, gender, birth_date, realname_level, district_code, street_id, community_id, grid_id");

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

// A citizen from kCitizenColumns, starting at column `at`.
AudienceCitizen citizenFrom(const QSqlQuery &q, int at = 0)
{
    AudienceCitizen c;
    c.id = q.value(at).toString();
    c.gender = q.value(at + 1).toString();
    c.birthDate = dateOf(q.value(at + 2));
    c.realnameLevel = q.value(at + 3).toInt();
    c.districtCode = q.value(at + 4).toString();
    c.streetId = q.value(at + 5).toString();
    c.communityId = q.value(at + 6).toString();
    c.gridId = q.value(at + 7).toString();
    return c;
}

// Reads a whole table in keyset pages, in the order the database reads cheapest: SQLite by rowid (the
// table's own order; reading by a text primary key, a separate index, fetched each row at random and took
// 11 µs a citizen), PostgreSQL by the primary key `key`. Calls row(query, first column of `columns`).
template <typename Row>
Result<void> scanTable(Database &db, const QString &table, const QString &columns, const QStringList &key,
                       Row row)
{
    const QStringList keys = db.dialect() == Dialect::Sqlite ? QStringList{QStringLiteral("rowid")} : key;
    const QString select = QStringLiteral("SELECT ") + keys.join(QStringLiteral(", ")) +
                           QStringLiteral(", ") + columns + QStringLiteral(" FROM ") + table;
    const QString order = QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", ")) +
                          QStringLiteral(" LIMIT %1").arg(kLoadPage);
    QStringList placeholders;
    for (qsizetype i = 0; i < keys.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    const QString after = QStringLiteral(" WHERE (") + keys.join(QStringLiteral(", ")) +
                          QStringLiteral(") > (") + placeholders.join(QStringLiteral(", ")) +
                          QLatin1Char(')');
    QVariantList last;
    for (;;) {
        auto q = db.query(select + (last.isEmpty() ? QString() : after) + order, last);
        if (!q)
            return q.error();
        int rows = 0;
        while ((*q)->next()) {
            row(**q, int(keys.size()));
            ++rows;
            if (rows == kLoadPage) {
                last.clear();
                for (int i = 0; i < keys.size(); ++i)
                    last.append((*q)->value(i));
            }
        }
        if (rows < kLoadPage)
            return {};
    }
}

// The citizens of `ids` that exist, with their tags.
Result<QList<AudienceCitizen>> readCitizens(Database &db, const QStringList &ids)
{
    QList<AudienceCitizen> out;
    QHash<QString, qsizetype> at;
    {
        const SqlFilter in = inListPadded(QStringLiteral("id"), ids);
        auto q = db.query(QStringLiteral("SELECT ") + kCitizenColumns +
                              QStringLiteral(" FROM citizens WHERE ") + in.sql,
                          in.binds);
        if (!q)
            return q.error();
        while ((*q)->next()) {
            out.append(citizenFrom(**q));
            at.insert(out.last().id, out.size() - 1);
        }
    }
    const SqlFilter in = inListPadded(QStringLiteral("citizen_id"), ids);
    auto q = db.query(QStringLiteral("SELECT citizen_id, tag_id, since FROM citizen_tags WHERE ") + in.sql,
                      in.binds);
    if (!q)
        return q.error();
    while ((*q)->next()) {
        const qsizetype owner = at.value((*q)->value(0).toString(), -1);
        if (owner >= 0)
            out[owner].tags.append({(*q)->value(1).toString(), dateOf((*q)->value(2))});
    }
    return out;
}

Result<qint64> lastSeq(Database &db)
{
    auto q = db.query(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toLongLong() : 0;
}

QStringList column(Database &db, const QString &sql, const QVariantList &binds, Result<void> &status)
{
    QStringList out;
    auto q = db.query(sql, binds);
    if (!q) {
        status = q.error();
        return out;
    }
    while ((*q)->next())
        out.append((*q)->value(0).toString());
    return out;
}

QString memberSetOf(const QString &departmentId)
{
    return QStringLiteral("dept:") + departmentId;
}

} // namespace

AudienceService::AudienceService(Database &db)
    : m_db(db)
{
}

Result<AudienceBuildReport> AudienceService::rebuild()
{
    std::lock_guard guard(m_catchUp);
    return rebuildLocked();
}

Result<AudienceBuildReport> AudienceService::rebuildLocked()
{
    QElapsedTimer timer;
    timer.start();
    // The log position first: a change committed while the tables are read is applied again later.
    auto seq = lastSeq(m_db);
    if (!seq)
        return seq.error();
    AudienceIndex::Builder builder;
    if (auto r = scanTable(m_db, QStringLiteral("citizens"), kCitizenColumns, {QStringLiteral("id")},
                           [&builder](const QSqlQuery &q, int at) { builder.add(citizenFrom(q, at)); });
        !r)
        return r.error();
    if (auto r = scanTable(m_db, QStringLiteral("citizen_tags"), QStringLiteral("citizen_id, tag_id, since"),
                           {QStringLiteral("citizen_id"), QStringLiteral("tag_id")},
                           [&builder](const QSqlQuery &q, int at) {
                               builder.addTag(q.value(at).toString(), q.value(at + 1).toString(),
                                              dateOf(q.value(at + 2)));
                           });
        !r)
        return r.error();
    Result<void> status;
    const QStringList departments =
        column(m_db, QStringLiteral("SELECT id FROM departments ORDER BY id"), {}, status);
    qint64 members = 0;
    for (const QString &department : departments) {
        const QStringList applicants = column(
            m_db,
            QStringLiteral("SELECT DISTINCT a.applicant_id FROM applications a JOIN application_steps st ON "
                           "st.application_id = a.id WHERE st.department_id = ?"),
            {department}, status);
        for (const QString &id : applicants)
            builder.addMember(memberSetOf(department), id);
        members += applicants.size();
    }
    if (!status)
        return status.error();
    AudienceBuildReport report;
    report.citizens = builder.citizens();
    report.members = members;
    m_index.replace(builder);
    m_seq = *seq;
    report.seq = m_seq;
    report.milliseconds = timer.elapsed();
    report.stats = m_index.stats();
    return report;
}

Result<void> AudienceService::catchUp()
{
    std::lock_guard guard(m_catchUp);
    auto seq = lastSeq(m_db);
    if (!seq)
        return seq.error();
    if (*seq == m_seq)
        return {};
    if (m_seq < 0 || *seq < m_seq || *seq - m_seq > kRebuildAfterChanges) {
        qCInfo(lcAudience, "change log at %lld, the audience index at %lld: rebuilding", *seq, m_seq);
        auto rebuilt = rebuildLocked();
        if (!rebuilt)
            return rebuilt.error();
        return {};
    }
    QStringList citizens;
    QStringList applications;
    {
        QSet<QString> seen;
        auto q =
            m_db.query(QStringLiteral("SELECT entity, entity_id FROM changes WHERE seq > ? AND seq <= ? AND "
                                      "entity IN ('citizen', 'application') ORDER BY seq"),
                       {m_seq, *seq});
        if (!q)
            return q.error();
        while ((*q)->next()) {
            const QString entity = (*q)->value(0).toString();
            const QString id = (*q)->value(1).toString();
            if (seen.contains(entity + QLatin1Char(':') + id))
                continue;
            seen.insert(entity + QLatin1Char(':') + id);
            (entity == QLatin1String("citizen") ? citizens : applications).append(id);
        }
    }
    // Citizens first: the applicants of new applications may be new citizens.
    if (auto r = reloadCitizens(citizens); !r)
        return r;
    if (auto r = addApplicants(applications); !r)
        return r;
    m_seq = *seq;
    return {};
}

Result<void> AudienceService::reloadCitizens(const QStringList &ids)
{
    for (qsizetype from = 0; from < ids.size(); from += kReloadChunk) {
        const QStringList chunk = ids.mid(from, kReloadChunk);
        auto changed = readCitizens(m_db, chunk);
        if (!changed)
            return changed.error();
        QSet<QString> found;
        for (const AudienceCitizen &c : std::as_const(*changed)) {
            found.insert(c.id);
            m_index.upsert(c);
        }
        for (const QString &id : chunk) {
            if (!found.contains(id))
                m_index.remove(id);
        }
    }
    return {};
}

Result<void> AudienceService::addApplicants(const QStringList &applicationIds)
{
    for (qsizetype from = 0; from < applicationIds.size(); from += kReloadChunk) {
        const SqlFilter in = inListPadded(QStringLiteral("a.id"), applicationIds.mid(from, kReloadChunk));
        QHash<QString, QStringList> byDepartment;
        {
            auto q = m_db.query(
                QStringLiteral("SELECT DISTINCT st.department_id, a.applicant_id FROM applications a "
                               "JOIN application_steps st ON st.application_id = a.id WHERE ") +
                    in.sql,
                in.binds);
            if (!q)
                return q.error();
            while ((*q)->next())
                byDepartment[(*q)->value(0).toString()].append((*q)->value(1).toString());
        }
        for (auto it = byDepartment.cbegin(); it != byDepartment.cend(); ++it)
            m_index.addMembers(memberSetOf(it.key()), it.value());
    }
    return {};
}

Result<void> AudienceService::checkReferences(const AudienceExpression &expression)
{
    const QList<AudienceReference> references = audienceReferences(expression);
    QStringList tags;
    QStringList regions;
    for (const AudienceReference &r : references)
        (r.kind == AudienceExpression::Kind::Region ? regions : tags).append(r.id);
    Result<void> status;
    QSet<QString> known;
    if (!tags.isEmpty()) {
        const SqlFilter in = inListPadded(QStringLiteral("id"), tags);
        for (const QString &id :
             column(m_db, QStringLiteral("SELECT id FROM tags WHERE applies_to = 'citizen' AND ") + in.sql,
                    in.binds, status))
            known.insert(QStringLiteral("tag:") + id);
    }
    if (!regions.isEmpty()) {
        const SqlFilter in = inListPadded(QStringLiteral("id"), regions);
        for (const QString &id :
             column(m_db, QStringLiteral("SELECT id FROM regions WHERE ") + in.sql, in.binds, status))
            known.insert(QStringLiteral("region:") + id);
    }
    if (!status)
        return status;
    for (const AudienceReference &r : references) {
        const bool region = r.kind == AudienceExpression::Kind::Region;
        if (known.contains((region ? QStringLiteral("region:") : QStringLiteral("tag:")) + r.id))
            continue;
        const QString field =
            r.path + (region                                          ? QStringLiteral(".region")
                      : r.kind == AudienceExpression::Kind::LifeEvent ? QStringLiteral(".life_event.tag")
                                                                      : QStringLiteral(".tag"));
        return makeError(
            ErrorCode::BadRequest,
            field + (region ? QStringLiteral(": no region '%1'") : QStringLiteral(": no citizen tag '%1'"))
                        .arg(r.id),
            QJsonObject{{QStringLiteral("path"), r.path}, {QStringLiteral("field"), field}});
    }
    return {};
}

AudienceScope AudienceService::scopeOf(const Principal &who, QString *name)
{
    QString scopeName;
    AudienceScope scope = AudienceScope::nothing();
    if (who.seesEverything()) {
        scopeName = QStringLiteral("city");
        scope = AudienceScope::everything();
    } else if (who.role == Role::Supervisor) {
        scopeName = who.areaCode;
        scope = AudienceScope::regions({who.areaCode});
    } else if (who.role == Role::GridManager) {
        scopeName = QStringLiteral("grids");
        scope = AudienceScope::regions(who.gridIds);
    } else if (who.role == Role::Officer) {
        scopeName = QStringLiteral("department:") + who.departmentId;
        scope = AudienceScope::members(memberSetOf(who.departmentId));
    }
    if (name)
        *name = scopeName;
    return scope;
}

Result<AudienceCount> AudienceService::count(const Principal &who, const AudienceExpression &expression,
                                             int sample)
{
    QElapsedTimer timer;
    timer.start();
    if (auto r = checkReferences(expression); !r)
        return r.error();
    if (auto r = catchUp(); !r)
        return r.error();
    AudienceCount out;
    out.asOf = worktime::localDate(ServerClock::now());
    const AudienceScope scope = scopeOf(who, &out.scope);
    const AudienceMatch match = m_index.evaluate(expression, out.asOf, scope, sample);
    out.count = qint64(match.count);
    if (!match.sample.isEmpty()) {
        const SqlFilter in = inListPadded(QStringLiteral("id"), match.sample);
        QHash<QString, AudienceMember> members;
        auto q = m_db.query(
            QStringLiteral("SELECT id, name, gender, birth_date, district_code FROM citizens WHERE ") +
                in.sql,
            in.binds);
        if (!q)
            return q.error();
        while ((*q)->next()) {
            AudienceMember m;
            m.id = (*q)->value(0).toString();
            m.name = identity::maskName((*q)->value(1).toString());
            m.gender = (*q)->value(2).toString();
            if (const int age = ageOn(dateOf((*q)->value(3)), out.asOf); age >= 0)
                m.age = age;
            m.districtCode = (*q)->value(4).toString();
            members.insert(m.id, m);
        }
        for (const QString &id : match.sample) {
            if (members.contains(id)) // else removed since; the next count will not have it
                out.sample.append(members.value(id));
        }
    }
    out.elapsedUs = timer.nsecsElapsed() / 1000;
    return out;
}

} // namespace gd::server
