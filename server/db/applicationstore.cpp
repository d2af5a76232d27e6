#include "db/applicationstore.h"

#include "db/entities.h"
#include "db/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gd::server {
namespace {

using sqlvalue::integer;
using sqlvalue::nullText;
using sqlvalue::text;
using sqlvalue::time;

// A list as the JSON text list columns hold; NULL when absent.
QVariant jsonList(const std::optional<QStringList> &value)
{
    if (!value)
        return nullText();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(*value)).toJson(QJsonDocument::Compact));
}

// The stored part of a step (the claimant's name and the SLA state are derived when read).
QJsonObject storedStep(ApplicationStep step)
{
    step.claimedByName.reset();
    step.slaState.reset();
    return toJson(step);
}

Result<void> run(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.query(sql, binds);
    if (!q)
        return q.error();
    return {};
}

const QString kInsertStep = QStringLiteral(
    "INSERT INTO application_steps (application_id, seq, name, department_id, status, started_at, "
    "finished_at, due_at, handler_id, stage, sla_days, claimed_by, claimed_at, transferred_from) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

QVariantList stepBinds(const QString &applicationId, const ApplicationStep &st)
{
    return {applicationId,
            st.seq,
            st.name,
            st.departmentId,
            st.status,
            time(st.startedAt),
            time(st.finishedAt),
            time(st.dueAt),
            text(st.handlerId),
            integer(st.stage),
            integer(st.slaDays),
            text(st.claimedBy),
            time(st.claimedAt),
            text(st.transferredFrom)};
}

} // namespace

ApplicationStore::ApplicationStore(Database &db)
    : m_db(db)
    , m_repo(db, *entitySpec(QStringLiteral("application")))
    , m_usage(db)
    , m_campaigns(db)
{
}

Principal ApplicationStore::system()
{
    Principal p;
    p.staffId = QStringLiteral("system");
    p.username = QStringLiteral("system");
    p.role = Role::Admin;
    return p;
}

Result<QString> ApplicationStore::nextNumber(const QDateTime &now)
{
    constexpr int kMaxPerDay = 999'999;
    const QString day = now.addSecs(8 * 3600).date().toString(QStringLiteral("yyyyMMdd"));
    int last = 0;
    {
        // The range is on the fixed "YYYYMMDD-NNNNNN" shape, digits only around the dash, so it selects the
        // same rows under any collation.
        auto q =
            m_db.query(QStringLiteral("SELECT number FROM applications WHERE number >= ? AND number <= ? "
                                      "ORDER BY number DESC LIMIT 1"),
                       {QString(day + QStringLiteral("-000000")), QString(day + QStringLiteral("-999999"))});
        if (!q)
            return q.error();
        if ((*q)->next())
            last = (*q)->value(0).toString().mid(9).toInt();
    }
    if (last >= kMaxPerDay)
        return makeError(ErrorCode::Unavailable, QStringLiteral("no application numbers left today"));
    return QString(day + QLatin1Char('-') + QString::number(last + 1).rightJustified(6, QLatin1Char('0')));
}

Result<Application> ApplicationStore::load(const Principal &who, const QString &id)
{
    auto object = m_repo.get(who, id);
    if (!object)
        return object.error();
    return fromJson<Application>(*object);
}

Result<Application> ApplicationStore::loadAny(const QString &id)
{
    return load(system(), id);
}

Result<QByteArray> ApplicationStore::json(const Principal &who, const QString &id)
{
    return m_repo.getJson(who, id);
}

Result<QJsonObject> ApplicationStore::jsonObject(const Principal &who, const QString &id)
{
    return m_repo.get(who, id);
}

Result<void> ApplicationStore::insert(const Application &a, const std::optional<QString> &campaignId)
{
    const QString remark = a.remark.value_or(QString()).isNull() ? QStringLiteral("") : *a.remark;
    auto row =
        run(m_db,
            QStringLiteral(
                "INSERT INTO applications (id, number, service_id, applicant_type, applicant_id, status, "
                "current_step, channel, submitted_at, due_at, completed_at, rating, rating_comment, "
                "district_code, grid_id, remark, priority, paused_at, missing_materials, version, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {a.id,
             a.number,
             a.serviceId,
             a.applicantType,
             a.applicantId,
             a.status,
             a.currentStep,
             a.channel,
             toIsoUtc(a.submittedAt),
             toIsoUtc(a.dueAt),
             time(a.completedAt),
             integer(a.rating),
             text(a.ratingComment),
             a.districtCode,
             a.gridId,
             remark,
             a.priority.value_or(QStringLiteral("normal")),
             time(a.pausedAt),
             jsonList(a.missingMaterials),
             a.version,
             toIsoUtc(a.updatedAt)});
    if (!row)
        return row;
    for (const ApplicationStep &st : a.steps) {
        if (auto r = run(m_db, kInsertStep, stepBinds(a.id, st)); !r)
            return r;
    }
    if (auto r = replaceMaterials(a); !r)
        return r;
    if (auto r = m_usage.applicationChanged(nullptr, a); !r)
        return r;
    if (auto r = m_campaigns.applicationCreated(a, campaignId); !r)
        return r;
    return insertEvents(a, 0);
}

Result<void> ApplicationStore::update(const Application &before, const Application &after)
{
    {
        auto q = m_db.query(
            QStringLiteral(
                "UPDATE applications SET status = ?, current_step = ?, due_at = ?, completed_at = ?, "
                "rating = ?, rating_comment = ?, paused_at = ?, missing_materials = ?, version = ?, "
                "updated_at = ? WHERE id = ? AND version = ?"),
            {after.status, after.currentStep, toIsoUtc(after.dueAt), time(after.completedAt),
             integer(after.rating), text(after.ratingComment), time(after.pausedAt),
             jsonList(after.missingMaterials), after.version, toIsoUtc(after.updatedAt), after.id,
             before.version});
        if (!q)
            return q.error();
        if ((*q)->numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("the application was changed by someone else meanwhile"),
                             QJsonObject{{QStringLiteral("reason"), QStringLiteral("stale")}});
    }
    if (auto r = m_usage.applicationChanged(&before, after); !r)
        return r;
    if (after.status == QLatin1String("completed") && before.status != QLatin1String("completed")) {
        if (auto r = m_campaigns.applicationCompleted(after); !r)
            return r;
    }
    QHash<int, QJsonObject> old;
    for (const ApplicationStep &st : before.steps)
        old.insert(st.seq, storedStep(st));
    for (const ApplicationStep &st : after.steps) {
        const auto previous = old.constFind(st.seq);
        if (previous == old.constEnd()) {
            if (auto r = run(m_db, kInsertStep, stepBinds(after.id, st)); !r)
                return r;
            continue;
        }
        if (*previous == storedStep(st))
            continue;
        auto r = run(m_db,
                     QStringLiteral("UPDATE application_steps SET name = ?, department_id = ?, status = ?, "
                                    "started_at = ?, finished_at = ?, due_at = ?, handler_id = ?, stage = ?, "
                                    "sla_days = ?, claimed_by = ?, claimed_at = ?, transferred_from = ? "
                                    "WHERE application_id = ? AND seq = ?"),
                     {st.name, st.departmentId, st.status, time(st.startedAt), time(st.finishedAt),
                      time(st.dueAt), text(st.handlerId), integer(st.stage), integer(st.slaDays),
                      text(st.claimedBy), time(st.claimedAt), text(st.transferredFrom), after.id, st.seq});
        if (!r)
            return r;
    }
    const auto materialsOf = [](const Application &a) {
        return a.materials ? toJsonArray(*a.materials) : QJsonArray();
    };
    if (materialsOf(before) != materialsOf(after)) {
        if (auto r = run(m_db, QStringLiteral("DELETE FROM application_materials WHERE application_id = ?"),
                         {after.id});
            !r)
            return r;
        if (auto r = replaceMaterials(after); !r)
            return r;
    }
    qint64 lastSeq = 0;
    if (before.history) {
        for (const ApplicationEvent &e : *before.history)
            lastSeq = std::max(lastSeq, e.seq);
    }
    return insertEvents(after, lastSeq);
}

Result<void> ApplicationStore::replaceMaterials(const Application &a)
{
    if (!a.materials)
        return {};
    int seq = 0;
    for (const ApplicationMaterial &m : *a.materials) {
        auto r = run(m_db,
                     QStringLiteral("INSERT INTO application_materials (application_id, seq, name, received) "
                                    "VALUES (?, ?, ?, ?)"),
                     {a.id, ++seq, m.name, m.received ? 1 : 0});
        if (!r)
            return r;
    }
    return {};
}

Result<void> ApplicationStore::insertEvents(const Application &a, qint64 afterSeq)
{
    if (!a.history)
        return {};
    for (const ApplicationEvent &e : *a.history) {
        if (e.seq <= afterSeq)
            continue;
        auto r =
            run(m_db,
                QStringLiteral("INSERT INTO application_events (application_id, seq, at, actor_id, "
                               "actor_name, action, step_seq, department_id, to_department_id, reason, "
                               "materials, comment, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {a.id, e.seq, toIsoUtc(e.at), e.actorId.isNull() ? QStringLiteral("") : e.actorId,
                 e.actorName.isNull() ? QStringLiteral("") : e.actorName, e.action, integer(e.stepSeq),
                 text(e.departmentId), text(e.toDepartmentId), text(e.reason), jsonList(e.materials),
                 text(e.comment), integer(e.version)});
        if (!r)
            return r;
    }
    return {};
}

} // namespace gd::server
