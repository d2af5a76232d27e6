#include "db/entities.h"

#include "analytics/sentimentanalyzer.h"
#include "analytics/topicclassifier.h"
#include "db/entitycodec.h"
#include "db/serverclock.h"

#include "domain/casework.h"
#include "domain/catalog.h"
#include "domain/citizen.h"
#include "domain/grid.h"
#include "domain/identity.h"
#include "domain/outreach.h"
#include "domain/workflow.h"
#include "domain/worktime.h"

#include <QJsonArray>

#include <algorithm>

namespace gd::server {
namespace {

// Months of social-insurance contributions an enterprise object carries, newest first.
constexpr qsizetype kInsuranceMonths = 12;

// Predicate on rows that carry district_code and grid_id columns directly.
SqlFilter areaScope(const Principal &who, const QString &alias)
{
    if (who.seesEverything())
        return SqlFilter::always();
    switch (who.role) {
    case Role::Supervisor:
        return {alias + QStringLiteral(".district_code = ?"), {who.areaCode}};
    case Role::GridManager:
        return inList(alias + QStringLiteral(".grid_id"), who.gridIds);
    default:
        return SqlFilter::never();
    }
}

// "column IN (the applicants of the officer's department)": citizens / enterprises with an application that
// has a step of that department. An uncorrelated IN: SQLite builds the department's applicant set once per
// statement, where the correlated EXISTS it replaced re-read all of the department's steps for every
// candidate row (seconds to a minute per list page for officers).
SqlFilter inDepartmentApplicants(const Principal &who, const QString &column)
{
    return {column +
                QStringLiteral(" IN (SELECT a.applicant_id FROM applications a JOIN application_steps st ON "
                               "st.application_id = a.id WHERE st.department_id = ?)"),
            {who.departmentId}};
}

// Applicant scope: officers see the applicants of their department, everyone else the area.
SqlFilter applicantScope(const Principal &who, const QString &alias)
{
    if (who.role != Role::Officer)
        return areaScope(who, alias);
    return inDepartmentApplicants(who, alias + QStringLiteral(".id"));
}

// Rows of a citizen or of an enterprise (bills, benefits: citizen_id '' and enterprise_id set for an
// enterprise's): the scope of their owner, COALESCE(enterprise_id, citizen_id), which the tables index
// (bills_owner, benefits_owner; the expression must stay exactly this). PostgreSQL turns both forms into
// semi-joins driven by the owners in scope (the department's applicants; the citizens and enterprises of
// the grids or district, through their own indexes), and a single owner's rows (homepages) into
// primary-key probes; SQLite probes per row. An OR of a citizen and an enterprise EXISTS would block the
// semi-join and scan every row with two subplans.
SqlFilter ownerScopeOf(const Principal &who, const QString &alias)
{
    if (who.seesEverything())
        return SqlFilter::always();
    const QString owner = QStringLiteral("COALESCE(") + alias + QStringLiteral(".enterprise_id, ") + alias +
                          QStringLiteral(".citizen_id)");
    if (who.role == Role::Officer)
        return inDepartmentApplicants(who, owner);
    const SqlFilter area = areaScope(who, QStringLiteral("so"));
    return {QStringLiteral("EXISTS (SELECT 1 FROM (SELECT id, district_code, grid_id FROM citizens UNION ALL "
                           "SELECT id, district_code, grid_id FROM enterprises) so WHERE so.id = ") +
                owner + QStringLiteral(" AND ") + area.sql + QLatin1Char(')'),
            area.binds};
}

// Rows written by staff about people (pushes, notes): the area for grid managers and supervisors, which
// the row carries (district_code, grid_id, copied from its citizen or enterprise); for officers the rows
// they wrote themselves and those about the applicants of their department.
SqlFilter staffWrittenScope(const Principal &who, const QString &alias, const QString &authorColumn,
                            const QString &subjectColumn)
{
    if (who.role != Role::Officer)
        return areaScope(who, alias);
    const SqlFilter applicants = inDepartmentApplicants(who, alias + QLatin1Char('.') + subjectColumn);
    SqlFilter out{QStringLiteral("(") + alias + QLatin1Char('.') + authorColumn + QStringLiteral(" = ? OR ") +
                      applicants.sql + QLatin1Char(')'),
                  {who.staffId}};
    out.binds.append(applicants.binds);
    return out;
}

// Runs `select` (its first column is the owner's id) for a page of owners and hands each row, read as a
// Child, to its owner; rows come in `orderBy` order.
template <typename Child, typename Owner, typename Attach>
Result<void> attachChildren(Database &db, QList<Owner> &owners, const QString &select,
                            const QString &ownerColumn, const QString &orderBy, Attach attach)
{
    QStringList ids;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < owners.size(); ++i) {
        ids.append(owners[i].id);
        index.insert(owners[i].id, i);
    }
    const SqlFilter in = inListPadded(ownerColumn, ids);
    auto q = db.query(select + QStringLiteral(" WHERE ") + in.sql + QStringLiteral(" ORDER BY ") + orderBy,
                      in.binds);
    if (!q)
        return q.error();
    std::optional<RowReader<Child>> reader;
    while ((*q)->next()) {
        if (!reader)
            reader.emplace((*q)->record());
        const auto owner = index.constFind((*q)->value(0).toString());
        if (owner != index.constEnd())
            attach(owners[*owner], reader->read(**q));
    }
    return {};
}

// The tag assignments of a page of citizens or enterprises.
template <typename Owner>
Result<void> loadTags(Database &db, QList<Owner> &rows, const QString &table, const QString &ownerColumn)
{
    return attachChildren<TagAssignment>(
        db, rows,
        QStringLiteral("SELECT ") + ownerColumn + QStringLiteral(", tag_id, since, source FROM ") + table,
        ownerColumn, ownerColumn + QStringLiteral(", tag_id"),
        [](Owner &owner, TagAssignment &&t) { owner.tags.append(std::move(t)); });
}

// One row of service_tags.
struct ServiceTagRow {
    QString tagId;

    template <typename S, typename V> static void fields(S &s, V &&v) { v("tag_id", s.tagId); }
};

EntitySpec citizenSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("citizen");
    s.table = QStringLiteral("citizens");
    s.alias = QStringLiteral("c");
    s.columns =
        QStringLiteral("c.id, c.name, c.gender, c.birth_date, c.id_number, c.phone, c.realname_level, "
                       "c.district_code, c.street_id, c.community_id, c.grid_id, c.address, c.household_id, "
                       "c.relation_to_head, c.officer_id, c.linked_systems, c.registered_at, c.version, "
                       "c.updated_at");
    s.scope = [](const Principal &who) {
        return applicantScope(who, QStringLiteral("c"));
    };
    s.sortColumns = {{QStringLiteral("name"), QStringLiteral("c.name")},
                     {QStringLiteral("birth_date"), QStringLiteral("c.birth_date")},
                     {QStringLiteral("realname_level"), QStringLiteral("c.realname_level")},
                     {QStringLiteral("updated_at"), QStringLiteral("c.updated_at")}};
    s.defaultSort = QStringLiteral("name");
    s.filters = {{QStringLiteral("district"), QStringLiteral("c.district_code = ?")},
                 {QStringLiteral("street"), QStringLiteral("c.street_id = ?")},
                 {QStringLiteral("community"), QStringLiteral("c.community_id = ?")},
                 {QStringLiteral("grid"), QStringLiteral("c.grid_id = ?")},
                 {QStringLiteral("gender"), QStringLiteral("c.gender = ?")},
                 {QStringLiteral("household"), QStringLiteral("c.household_id = ?")},
                 {QStringLiteral("realname_level"), QStringLiteral("CAST(c.realname_level AS TEXT) = ?")},
                 {QStringLiteral("tag"),
                  QStringLiteral("EXISTS (SELECT 1 FROM citizen_tags t WHERE t.citizen_id = c.id "
                                 "AND t.tag_id = ?)")}};
    s.searchPredicates = {QStringLiteral("c.name LIKE ? ESCAPE '\\'")};
    s.exactSearch = [](const QString &q) -> std::optional<SqlFilter> {
        if (identity::isValidIdNumber(q))
            return SqlFilter{QStringLiteral("c.id_number = ?"), {q.toUpper()}};
        if (identity::isValidMobile(q))
            return SqlFilter{QStringLiteral("c.phone = ?"), {q}};
        return std::nullopt;
    };
    s.codec = makeEntityCodec<Citizen>(
        [](Citizen &c, bool reveal) {
            if (!reveal) {
                c.idNumber = identity::maskIdNumber(c.idNumber);
                c.phone = identity::maskPhone(c.phone);
            }
            c.masked = !reveal;
        },
        [](Database &db, QList<Citizen> &rows) {
            return loadTags(db, rows, QStringLiteral("citizen_tags"), QStringLiteral("citizen_id"));
        },
        [](Citizen &c, const Principal &who) {
            // The tags of the restricted special groups only reach grid managers and supervisors.
            if (maySeeSpecialGroups(roleName(who.role)))
                return;
            c.tags.removeIf([](const TagAssignment &t) { return restrictedTagIds().contains(t.tagId); });
        });
    // Nor may anyone else filter by them.
    s.checkQuery = [](const Principal &who, const ListQuery &query) -> Result<void> {
        if (restrictedTagIds().contains(query.filters.value(QStringLiteral("tag"))) &&
            !maySeeSpecialGroups(roleName(who.role)))
            return fieldError(QStringLiteral("tag"),
                              QStringLiteral("this tag is only for grid managers and supervisors"));
        return {};
    };
    return s;
}

EntitySpec enterpriseSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("enterprise");
    s.table = QStringLiteral("enterprises");
    s.alias = QStringLiteral("e");
    s.columns = QStringLiteral(
        "e.id, e.name, e.uscc, e.legal_person, e.legal_person_id, e.industry, e.stage, "
        "e.registered_capital_cents, e.established_on, e.district_code, e.street_id, e.community_id, "
        "e.grid_id, e.address, e.phone, e.version, e.updated_at");
    s.scope = [](const Principal &who) {
        return applicantScope(who, QStringLiteral("e"));
    };
    s.sortColumns = {{QStringLiteral("name"), QStringLiteral("e.name")},
                     {QStringLiteral("established_on"), QStringLiteral("e.established_on")},
                     {QStringLiteral("updated_at"), QStringLiteral("e.updated_at")}};
    s.defaultSort = QStringLiteral("name");
    s.filters = {{QStringLiteral("district"), QStringLiteral("e.district_code = ?")},
                 {QStringLiteral("street"), QStringLiteral("e.street_id = ?")},
                 {QStringLiteral("grid"), QStringLiteral("e.grid_id = ?")},
                 {QStringLiteral("stage"), QStringLiteral("e.stage = ?")},
                 {QStringLiteral("industry"), QStringLiteral("e.industry = ?")},
                 {QStringLiteral("tag"), QStringLiteral("EXISTS (SELECT 1 FROM enterprise_tags t WHERE "
                                                        "t.enterprise_id = e.id AND t.tag_id = ?)")}};
    s.searchPredicates = {QStringLiteral("e.name LIKE ? ESCAPE '\\'"),
                          QStringLiteral("e.uscc LIKE ? ESCAPE '\\'")}; // USCCs are public
    s.codec = makeEntityCodec<Enterprise>(
        [](Enterprise &e, bool reveal) {
            e.uscc = identity::maskUscc(e.uscc);
            if (!reveal)
                e.phone = identity::maskPhone(e.phone);
            e.masked = !reveal;
            // Always sent, empty when the enterprise has none.
            e.licences.emplace();
            e.socialInsurance.emplace();
        },
        [](Database &db, QList<Enterprise> &rows) -> Result<void> {
            auto tags =
                loadTags(db, rows, QStringLiteral("enterprise_tags"), QStringLiteral("enterprise_id"));
            if (!tags)
                return tags;
            auto licences = attachChildren<Licence>(
                db, rows,
                QStringLiteral("SELECT enterprise_id, name, number, issuer, issued_on, valid_until FROM "
                               "enterprise_licences"),
                QStringLiteral("enterprise_id"), QStringLiteral("enterprise_id, seq"),
                [](Enterprise &e, Licence &&l) { e.licences->append(std::move(l)); });
            if (!licences)
                return licences;
            return attachChildren<InsurancePayment>(
                db, rows,
                QStringLiteral(
                    "SELECT enterprise_id, month, employees, amount_cents, status FROM enterprise_insurance"),
                QStringLiteral("enterprise_id"), QStringLiteral("enterprise_id, month DESC"),
                [](Enterprise &e, InsurancePayment &&p) {
                    if (e.socialInsurance->size() < kInsuranceMonths) // the newest months only
                        e.socialInsurance->append(std::move(p));
                });
        });
    return s;
}

// The steps (with the claimant's name), materials, history, point items and allocation of a page of
// applications, and their SLA states at the server's now.
Result<void> loadApplicationChildren(Database &db, QList<Application> &rows)
{
    auto steps = attachChildren<ApplicationStep>(
        db, rows,
        QStringLiteral(
            "SELECT st.application_id, st.seq, st.name, st.department_id, st.status, st.started_at, "
            "st.finished_at, st.due_at, st.handler_id, st.stage, st.sla_days, st.claimed_by, "
            "cs.display_name AS claimed_by_name, st.claimed_at, st.transferred_from FROM "
            "application_steps st LEFT JOIN staff cs ON cs.id = st.claimed_by"),
        QStringLiteral("st.application_id"), QStringLiteral("st.application_id, st.seq"),
        [](Application &a, ApplicationStep &&step) { a.steps.append(std::move(step)); });
    if (!steps)
        return steps;
    auto materials = attachChildren<ApplicationMaterial>(
        db, rows, QStringLiteral("SELECT application_id, name, received FROM application_materials"),
        QStringLiteral("application_id"), QStringLiteral("application_id, seq"),
        [](Application &a, ApplicationMaterial &&m) { a.materials->append(std::move(m)); });
    if (!materials)
        return materials;
    auto history = attachChildren<ApplicationEvent>(
        db, rows,
        QStringLiteral(
            "SELECT application_id, seq, at, actor_id, actor_name, action, step_seq, department_id, "
            "to_department_id, reason, materials, comment, version FROM application_events"),
        QStringLiteral("application_id"), QStringLiteral("application_id, seq"),
        [](Application &a, ApplicationEvent &&e) { a.history->append(std::move(e)); });
    if (!history)
        return history;
    auto points = attachChildren<PointItem>(
        db, rows, QStringLiteral("SELECT application_id, item, points FROM application_points"),
        QStringLiteral("application_id"), QStringLiteral("application_id, seq"),
        [](Application &a, PointItem &&p) {
            if (!a.points)
                a.points.emplace();
            a.points->append(std::move(p));
        });
    if (!points)
        return points;
    auto allocation = attachChildren<Allocation>(
        db, rows,
        QStringLiteral(
            "SELECT al.application_id, al.round_id, r.name AS round_name, al.rank, al.total_points, "
            "al.result, al.school, al.allocated_at FROM allocations al JOIN enrolment_rounds r ON "
            "r.id = al.round_id"),
        QStringLiteral("al.application_id"), QStringLiteral("al.application_id, al.allocated_at"),
        [](Application &a, Allocation &&al) { a.allocation = std::move(al); });
    if (!allocation)
        return allocation;
    // Applications without material rows (from before schema 4, or with everything handed in as listed):
    // the service's materials, all received.
    QStringList services;
    for (const Application &a : rows) {
        if (a.materials->isEmpty() && !services.contains(a.serviceId))
            services.append(a.serviceId);
    }
    if (!services.isEmpty()) {
        const SqlFilter in = inListPadded(QStringLiteral("id"), services);
        auto q = db.query(QStringLiteral("SELECT id, materials FROM services WHERE ") + in.sql, in.binds);
        if (!q)
            return q.error();
        QHash<QString, QStringList> listed;
        while ((*q)->next()) {
            QStringList names;
            rowreader::convert((*q)->value(1), names);
            listed.insert((*q)->value(0).toString(), names);
        }
        for (Application &a : rows) {
            if (!a.materials->isEmpty())
                continue;
            for (const QString &name : listed.value(a.serviceId))
                a.materials->append(ApplicationMaterial{name, true});
        }
    }
    const QDateTime now = ServerClock::now();
    for (Application &a : rows)
        applySlaStates(a, now);
    return {};
}

// The SLA queue filter of the application list (sla=overdue / due_soon), on the due dates of the active
// steps against the server's clock, as slaState() (worktime.h) decides them: overdue once due, due soon
// when due by the end of the next working day. Applications waiting for a supplement are paused.
Result<SqlFilter> slaQueueFilter(const QString &value)
{
    const QString open = QStringLiteral("a.status NOT IN ('supplement', 'completed', 'rejected') AND ");
    const QString activeDue = QStringLiteral(
        "EXISTS (SELECT 1 FROM application_steps sl WHERE sl.application_id = a.id AND sl.status = 'active' "
        "AND sl.due_at IS NOT NULL AND ");
    const QDateTime now = ServerClock::now();
    const QString nowText = toIsoUtc(now);
    if (value == QLatin1String("overdue"))
        return SqlFilter{open + activeDue + QStringLiteral("sl.due_at <= ?)"), {nowText}};
    if (value == QLatin1String("due_soon")) {
        // Due soon: the due day is at most one working day after today, i.e. before the start of the
        // second working day from today.
        const QDate second = worktime::addWorkingDays(worktime::localDate(now), kDueSoonWorkingDays + 1);
        const QString limit = toIsoUtc(worktime::endOfLocalDay(second.addDays(-1)));
        return SqlFilter{open + activeDue + QStringLiteral("sl.due_at > ? AND sl.due_at <= ?) AND NOT ") +
                             activeDue + QStringLiteral("sl.due_at <= ?)"),
                         {nowText, limit, nowText}};
    }
    return makeError(ErrorCode::BadRequest, QStringLiteral("sla: must be overdue or due_soon"),
                     QJsonObject{{QStringLiteral("field"), QStringLiteral("sla")},
                                 {QStringLiteral("allowed"),
                                  QJsonArray{QStringLiteral("overdue"), QStringLiteral("due_soon")}}});
}

// The message list's sentiment filter (negative, neutral, positive); messages from before schema 6 have
// none and count as neutral, as in GET /analytics/opinion.
Result<SqlFilter> sentimentFilter(const QString &value)
{
    using analytics::Polarity;
    QStringList allowed;
    for (Polarity p : {Polarity::Negative, Polarity::Neutral, Polarity::Positive})
        allowed.append(analytics::polarityName(p));
    if (!allowed.contains(value))
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("sentiment: must be one of ") + allowed.join(QStringLiteral(", ")),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("sentiment")},
                                     {QStringLiteral("allowed"), QJsonArray::fromStringList(allowed)}});
    if (value == analytics::polarityName(Polarity::Neutral))
        return SqlFilter{QStringLiteral("(m.sentiment = ? OR m.sentiment IS NULL)"), {value}};
    return SqlFilter{QStringLiteral("m.sentiment = ?"), {value}};
}

// The message list's topic filter; messages from before schema 6 have none and count as 其他 (other), as
// in GET /analytics/opinion.
Result<SqlFilter> topicFilter(const QString &value)
{
    if (value == analytics::TopicClassifier::otherLabel())
        return SqlFilter{QStringLiteral("(m.topic = ? OR m.topic IS NULL)"), {value}};
    return SqlFilter{QStringLiteral("m.topic = ?"), {value}};
}

EntitySpec applicationSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("application");
    s.table = QStringLiteral("applications");
    s.alias = QStringLiteral("a");
    s.columns = QStringLiteral(
        "a.id, a.number, a.service_id, a.applicant_type, a.applicant_id, a.status, a.current_step, "
        "a.channel, "
        "a.submitted_at, a.due_at, a.completed_at, a.rating, a.rating_comment, a.district_code, a.grid_id, "
        "a.remark, a.priority, a.paused_at, a.missing_materials, a.version, "
        "a.updated_at, COALESCE((SELECT ac.name FROM citizens ac WHERE ac.id = a.applicant_id), "
        "(SELECT ae.name FROM enterprises ae WHERE ae.id = a.applicant_id), '') AS applicant_name, "
        "COALESCE((SELECT ac.id_number FROM citizens ac WHERE ac.id = a.applicant_id), "
        "(SELECT ae.uscc FROM enterprises ae WHERE ae.id = a.applicant_id), '') AS applicant_id_masked");
    // Officers: applications with a step of their department, now or before a transfer.
    s.scope = [](const Principal &who) {
        if (who.role == Role::Officer)
            return SqlFilter{
                QStringLiteral("EXISTS (SELECT 1 FROM application_steps st WHERE st.application_id = a.id "
                               "AND (st.department_id = ? OR st.transferred_from = ?))"),
                {who.departmentId, who.departmentId}};
        return areaScope(who, QStringLiteral("a"));
    };
    s.sortColumns = {{QStringLiteral("submitted_at"), QStringLiteral("a.submitted_at")},
                     {QStringLiteral("due_at"), QStringLiteral("a.due_at")},
                     {QStringLiteral("number"), QStringLiteral("a.number")},
                     {QStringLiteral("status"), QStringLiteral("a.status")},
                     {QStringLiteral("updated_at"), QStringLiteral("a.updated_at")}};
    s.defaultSort = QStringLiteral("-submitted_at");
    s.filters = {
        {QStringLiteral("status"), QStringLiteral("a.status = ?")},
        {QStringLiteral("service"), QStringLiteral("a.service_id = ?")},
        {QStringLiteral("applicant"), QStringLiteral("a.applicant_id = ?")},
        {QStringLiteral("district"), QStringLiteral("a.district_code = ?")},
        // The street of the application's grid (grid -> community -> street), as in the usage figures.
        {QStringLiteral("street"),
         QStringLiteral("a.grid_id IN (SELECT rg.id FROM regions rg JOIN regions rc ON rc.id = rg.parent_id "
                        "WHERE rc.parent_id = ?)")},
        {QStringLiteral("grid"), QStringLiteral("a.grid_id = ?")},
        {QStringLiteral("channel"), QStringLiteral("a.channel = ?")},
        {QStringLiteral("submitted_since"), QStringLiteral("a.submitted_at >= ?")},
        {QStringLiteral("submitted_until"), QStringLiteral("a.submitted_at < ?")},
        {QStringLiteral("completed_since"), QStringLiteral("a.completed_at >= ?")},
        {QStringLiteral("completed_until"), QStringLiteral("a.completed_at < ?")},
        {QStringLiteral("department"), QStringLiteral("EXISTS (SELECT 1 FROM application_steps sd WHERE "
                                                      "sd.application_id = a.id AND sd.department_id = ?)")},
        // The department the usage figures count an application under: its service's lead department.
        {QStringLiteral("service_department"),
         QStringLiteral("a.service_id IN (SELECT sv.id FROM services sv WHERE sv.department_id = ?)")},
        // The work queue: an active step owned by the department; a step held by the staff member.
        {QStringLiteral("active_department"),
         QStringLiteral("EXISTS (SELECT 1 FROM application_steps sa WHERE sa.application_id = a.id AND "
                        "sa.status = 'active' AND sa.department_id = ?)")},
        {QStringLiteral("claimed_by"),
         QStringLiteral("EXISTS (SELECT 1 FROM application_steps sc WHERE sc.application_id = a.id AND "
                        "sc.status = 'active' AND sc.claimed_by = ?)")}};
    s.timeFilters = {QStringLiteral("submitted_since"), QStringLiteral("submitted_until"),
                     QStringLiteral("completed_since"), QStringLiteral("completed_until")};
    s.computedFilters = {{QStringLiteral("sla"), slaQueueFilter}};
    s.searchPredicates = {QStringLiteral("a.number LIKE ? ESCAPE '\\'")};
    s.codec = makeEntityCodec<Application>(
        [](Application &a, bool) {
            a.applicantIdMasked = a.applicantType == QLatin1String("enterprise")
                                      ? identity::maskUscc(a.applicantIdMasked)
                                      : identity::maskIdNumber(a.applicantIdMasked);
            // Always sent, empty when there are none.
            a.materials.emplace();
            a.history.emplace();
        },
        [](Database &db, QList<Application> &rows) { return loadApplicationChildren(db, rows); });
    return s;
}

EntitySpec billSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("bill");
    s.table = QStringLiteral("bills");
    s.alias = QStringLiteral("b");
    s.columns = QStringLiteral(
        "b.id, b.citizen_id, b.enterprise_id, b.kind, b.title, b.amount_cents, b.due_date, b.status, "
        "b.paid_at, b.version, b.updated_at");
    s.scope = [](const Principal &who) {
        return ownerScopeOf(who, QStringLiteral("b"));
    };
    s.sortColumns = {{QStringLiteral("due_date"), QStringLiteral("b.due_date")},
                     {QStringLiteral("amount"), QStringLiteral("b.amount_cents")}};
    s.defaultSort = QStringLiteral("due_date");
    s.filters = {{QStringLiteral("citizen"), QStringLiteral("b.citizen_id = ?")},
                 {QStringLiteral("enterprise"), QStringLiteral("b.enterprise_id = ?")},
                 {QStringLiteral("status"), QStringLiteral("b.status = ?")},
                 {QStringLiteral("kind"), QStringLiteral("b.kind = ?")}};
    s.codec = makeEntityCodec<Bill>();
    return s;
}

EntitySpec benefitSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("benefit");
    s.table = QStringLiteral("benefits");
    s.alias = QStringLiteral("bn");
    s.columns = QStringLiteral(
        "bn.id, bn.citizen_id, bn.enterprise_id, bn.kind, bn.title, bn.amount_cents, bn.status, "
        "bn.submitted_at, bn.decided_at, bn.version, bn.updated_at");
    s.scope = [](const Principal &who) {
        return ownerScopeOf(who, QStringLiteral("bn"));
    };
    s.sortColumns = {{QStringLiteral("submitted_at"), QStringLiteral("bn.submitted_at")}};
    s.defaultSort = QStringLiteral("-submitted_at");
    s.filters = {{QStringLiteral("citizen"), QStringLiteral("bn.citizen_id = ?")},
                 {QStringLiteral("enterprise"), QStringLiteral("bn.enterprise_id = ?")},
                 {QStringLiteral("status"), QStringLiteral("bn.status = ?")},
                 {QStringLiteral("kind"), QStringLiteral("bn.kind = ?")}};
    s.codec = makeEntityCodec<BenefitApplication>();
    return s;
}

EntitySpec messageSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("message");
    s.table = QStringLiteral("messages");
    s.alias = QStringLiteral("m");
    s.columns = QStringLiteral(
        "m.id, m.citizen_id, m.kind, m.channel, m.title, m.content, m.district_code, m.street_id, "
        "m.grid_id, m.department_id, m.status, m.created_at, m.version, m.updated_at, m.topic, m.sentiment, "
        "m.sentiment_score");
    s.scope = [](const Principal &who) {
        if (who.role == Role::Officer)
            return SqlFilter{QStringLiteral("m.department_id = ?"), {who.departmentId}};
        return areaScope(who, QStringLiteral("m"));
    };
    s.sortColumns = {{QStringLiteral("created_at"), QStringLiteral("m.created_at")},
                     {QStringLiteral("status"), QStringLiteral("m.status")}};
    s.defaultSort = QStringLiteral("-created_at");
    s.filters = {{QStringLiteral("kind"), QStringLiteral("m.kind = ?")},
                 {QStringLiteral("status"), QStringLiteral("m.status = ?")},
                 {QStringLiteral("citizen"), QStringLiteral("m.citizen_id = ?")},
                 {QStringLiteral("district"), QStringLiteral("m.district_code = ?")},
                 {QStringLiteral("street"), QStringLiteral("m.street_id = ?")},
                 {QStringLiteral("grid"), QStringLiteral("m.grid_id = ?")},
                 {QStringLiteral("department"), QStringLiteral("m.department_id = ?")},
                 {QStringLiteral("since"), QStringLiteral("m.created_at >= ?")},
                 {QStringLiteral("until"), QStringLiteral("m.created_at < ?")}};
    s.timeFilters = {QStringLiteral("since"), QStringLiteral("until")};
    s.computedFilters = {{QStringLiteral("topic"), topicFilter},
                         {QStringLiteral("sentiment"), sentimentFilter}};
    s.searchPredicates = {QStringLiteral("m.title LIKE ? ESCAPE '\\'"),
                          QStringLiteral("m.content LIKE ? ESCAPE '\\'")};
    s.codec = makeEntityCodec<Message>();
    return s;
}

EntitySpec visitSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("visit");
    s.table = QStringLiteral("visits");
    s.alias = QStringLiteral("v");
    s.columns = QStringLiteral("v.id, v.grid_id, v.district_code, v.citizen_id, v.household_id, v.staff_id, "
                               "v.kind, v.visited_at, v.summary, v.follow_up, v.follow_up_due, v.version, "
                               "v.updated_at");
    // Grid managers: their grids; supervisors: their area; officers: none.
    s.scope = [](const Principal &who) {
        return areaScope(who, QStringLiteral("v"));
    };
    s.sortColumns = {{QStringLiteral("visited_at"), QStringLiteral("v.visited_at")},
                     {QStringLiteral("updated_at"), QStringLiteral("v.updated_at")}};
    s.defaultSort = QStringLiteral("-visited_at");
    s.filters = {{QStringLiteral("grid"), QStringLiteral("v.grid_id = ?")},
                 {QStringLiteral("citizen"), QStringLiteral("v.citizen_id = ?")},
                 {QStringLiteral("kind"), QStringLiteral("v.kind = ?")},
                 {QStringLiteral("household"), QStringLiteral("v.household_id = ?")}};
    s.codec = makeEntityCodec<Visit>();
    return s;
}

EntitySpec householdSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("household");
    s.table = QStringLiteral("households");
    s.alias = QStringLiteral("h");
    s.columns = QStringLiteral("h.id, h.address, h.grid_id, h.community_id, h.district_code, "
                               "h.head_citizen_id, h.version, h.updated_at");
    // Grid managers: their grids; supervisors: their area; officers: none.
    s.scope = [](const Principal &who) {
        return areaScope(who, QStringLiteral("h"));
    };
    s.sortColumns = {{QStringLiteral("id"), QStringLiteral("h.id")},
                     {QStringLiteral("address"), QStringLiteral("h.address")},
                     {QStringLiteral("updated_at"), QStringLiteral("h.updated_at")}};
    s.defaultSort = QStringLiteral("id");
    s.filters = {{QStringLiteral("grid"), QStringLiteral("h.grid_id = ?")},
                 {QStringLiteral("community"), QStringLiteral("h.community_id = ?")},
                 {QStringLiteral("district"), QStringLiteral("h.district_code = ?")}};
    s.searchPredicates = {QStringLiteral("h.address LIKE ? ESCAPE '\\'")};
    s.codec = makeEntityCodec<Household>({}, [](Database &db, QList<Household> &rows) -> Result<void> {
        auto members = attachChildren<HouseholdMember>(
            db, rows,
            QStringLiteral(
                "SELECT household_id, id AS citizen_id, name, relation_to_head, birth_date, gender "
                "FROM citizens"),
            QStringLiteral("household_id"), QStringLiteral("household_id, birth_date, id"),
            [](Household &h, HouseholdMember &&m) { h.members.append(std::move(m)); });
        if (!members)
            return members;
        // The head first, the others by birth date (the query's order, kept by the stable sort).
        for (Household &h : rows) {
            std::stable_sort(h.members.begin(), h.members.end(),
                             [&h](const HouseholdMember &a, const HouseholdMember &b) {
                                 return (a.citizenId == h.headCitizenId) > (b.citizenId == h.headCitizenId);
                             });
        }
        return {};
    });
    return s;
}

EntitySpec incidentSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("incident");
    s.table = QStringLiteral("incidents");
    s.alias = QStringLiteral("i");
    s.columns = QStringLiteral(
        "i.id, i.grid_id, i.district_code, i.household_id, i.citizen_id, i.category, i.location, "
        "i.description, i.urgency, i.status, i.reported_by, i.reported_at, i.handled_by, i.handling_note, "
        "i.resolved_at, i.version, i.updated_at");
    s.scope = [](const Principal &who) {
        return areaScope(who, QStringLiteral("i"));
    };
    s.sortColumns = {{QStringLiteral("reported_at"), QStringLiteral("i.reported_at")},
                     {QStringLiteral("updated_at"), QStringLiteral("i.updated_at")}};
    s.defaultSort = QStringLiteral("-reported_at");
    s.filters = {{QStringLiteral("grid"), QStringLiteral("i.grid_id = ?")},
                 {QStringLiteral("district"), QStringLiteral("i.district_code = ?")},
                 {QStringLiteral("status"), QStringLiteral("i.status = ?")},
                 {QStringLiteral("category"), QStringLiteral("i.category = ?")},
                 {QStringLiteral("urgency"), QStringLiteral("i.urgency = ?")},
                 {QStringLiteral("household"), QStringLiteral("i.household_id = ?")},
                 {QStringLiteral("citizen"), QStringLiteral("i.citizen_id = ?")}};
    s.searchPredicates = {QStringLiteral("i.location LIKE ? ESCAPE '\\'"),
                          QStringLiteral("i.description LIKE ? ESCAPE '\\'")};
    // The attachments' descriptions only; the bytes come from GET /attachments/{id}.
    s.codec = makeEntityCodec<Incident>({}, [](Database &db, QList<Incident> &rows) {
        return attachChildren<AttachmentInfo>(
            db, rows,
            QStringLiteral("SELECT incident_id, id, file_name, content_type, size, sha256, created_at FROM "
                           "incident_attachments"),
            QStringLiteral("incident_id"), QStringLiteral("incident_id, created_at, id"),
            [](Incident &i, AttachmentInfo &&a) { i.attachments.append(std::move(a)); });
    });
    return s;
}

EntitySpec taskSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("task");
    s.table = QStringLiteral("grid_tasks");
    s.alias = QStringLiteral("gt");
    s.columns = QStringLiteral(
        "gt.id, gt.batch_id, gt.grid_id, gt.district_code, gt.title, gt.description, gt.due_on, "
        "gt.assigned_by, gt.assigned_at, gt.state, gt.acknowledged_by, gt.acknowledged_at, gt.done_by, "
        "gt.done_at, gt.result, gt.cancel_reason, gt.version, gt.updated_at");
    s.scope = [](const Principal &who) {
        return areaScope(who, QStringLiteral("gt"));
    };
    s.sortColumns = {{QStringLiteral("due_on"), QStringLiteral("gt.due_on")},
                     {QStringLiteral("assigned_at"), QStringLiteral("gt.assigned_at")},
                     {QStringLiteral("updated_at"), QStringLiteral("gt.updated_at")}};
    s.defaultSort = QStringLiteral("-assigned_at");
    s.filters = {{QStringLiteral("grid"), QStringLiteral("gt.grid_id = ?")},
                 {QStringLiteral("district"), QStringLiteral("gt.district_code = ?")},
                 {QStringLiteral("state"), QStringLiteral("gt.state = ?")},
                 {QStringLiteral("batch"), QStringLiteral("gt.batch_id = ?")}};
    s.searchPredicates = {QStringLiteral("gt.title LIKE ? ESCAPE '\\'")};
    s.codec = makeEntityCodec<GridTask>();
    return s;
}

EntitySpec pushSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("push");
    s.table = QStringLiteral("pushes");
    s.alias = QStringLiteral("p");
    s.columns = QStringLiteral(
        "p.id, p.citizen_id, p.service_id, p.campaign_id, p.channel, p.message, p.sent_by, p.sent_at, "
        "p.status, p.responded_at, p.district_code, p.grid_id, p.version, p.updated_at");
    // Grid managers: their grids; supervisors: their area (of the citizen, copied into the row);
    // officers: the pushes they sent and those to applicants of their department.
    s.scope = [](const Principal &who) {
        return staffWrittenScope(who, QStringLiteral("p"), QStringLiteral("sent_by"),
                                 QStringLiteral("citizen_id"));
    };
    s.sortColumns = {{QStringLiteral("sent_at"), QStringLiteral("p.sent_at")}};
    s.defaultSort = QStringLiteral("-sent_at");
    s.filters = {{QStringLiteral("citizen"), QStringLiteral("p.citizen_id = ?")},
                 {QStringLiteral("service"), QStringLiteral("p.service_id = ?")},
                 {QStringLiteral("campaign"), QStringLiteral("p.campaign_id = ?")},
                 {QStringLiteral("status"), QStringLiteral("p.status = ?")}};
    s.codec = makeEntityCodec<Push>();
    return s;
}

EntitySpec noteSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("note");
    s.table = QStringLiteral("notes");
    s.alias = QStringLiteral("n");
    s.columns = QStringLiteral("n.id, n.subject_type, n.subject_id, n.author_id, n.author_name, n.text, "
                               "n.created_at, n.district_code, n.grid_id, n.version, n.updated_at");
    // Grid managers: their grids; supervisors: their area (of the subject, copied into the row); officers:
    // the notes they wrote and those on applicants of their department.
    s.scope = [](const Principal &who) {
        return staffWrittenScope(who, QStringLiteral("n"), QStringLiteral("author_id"),
                                 QStringLiteral("subject_id"));
    };
    s.sortColumns = {{QStringLiteral("created_at"), QStringLiteral("n.created_at")}};
    s.defaultSort = QStringLiteral("-created_at");
    s.filters = {{QStringLiteral("subject"), QStringLiteral("n.subject_id = ?")}};
    s.codec = makeEntityCodec<Note>();
    return s;
}

EntitySpec serviceSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("service");
    s.table = QStringLiteral("services");
    s.alias = QStringLiteral("sv");
    s.columns = QStringLiteral(
        "sv.id, sv.code, sv.name, sv.department_id, sv.category, sv.applicant_type, sv.sla_days, "
        "sv.materials, sv.description, sv.online, sv.version");
    s.scope = [](const Principal &) {
        return SqlFilter::always();
    };
    s.sortColumns = {{QStringLiteral("name"), QStringLiteral("sv.name")},
                     {QStringLiteral("code"), QStringLiteral("sv.code")}};
    s.defaultSort = QStringLiteral("code");
    s.filters = {{QStringLiteral("department"), QStringLiteral("sv.department_id = ?")},
                 {QStringLiteral("category"), QStringLiteral("sv.category = ?")},
                 {QStringLiteral("applicant_type"), QStringLiteral("sv.applicant_type = ?")},
                 {QStringLiteral("tag"),
                  QStringLiteral("EXISTS (SELECT 1 FROM service_tags t WHERE t.service_id = sv.id "
                                 "AND t.tag_id = ?)")}};
    s.searchPredicates = {QStringLiteral("sv.name LIKE ? ESCAPE '\\'"),
                          QStringLiteral("sv.code LIKE ? ESCAPE '\\'")};
    s.codec = makeEntityCodec<ServiceItem>({}, [](Database &db, QList<ServiceItem> &rows) -> Result<void> {
        auto steps = attachChildren<WorkflowStep>(
            db, rows,
            QStringLiteral(
                "SELECT service_id, seq, name, department_id, sla_days, stage FROM workflow_steps"),
            QStringLiteral("service_id"), QStringLiteral("service_id, seq"),
            [](ServiceItem &service, WorkflowStep &&step) { service.steps.append(std::move(step)); });
        if (!steps)
            return steps;
        return attachChildren<ServiceTagRow>(
            db, rows, QStringLiteral("SELECT service_id, tag_id FROM service_tags"),
            QStringLiteral("service_id"), QStringLiteral("service_id, tag_id"),
            [](ServiceItem &service, ServiceTagRow &&tag) { service.tagIds.append(std::move(tag.tagId)); });
    });
    return s;
}

EntitySpec tagSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("tag");
    s.table = QStringLiteral("tags");
    s.alias = QStringLiteral("t");
    s.columns = QStringLiteral("t.id, t.name, t.class, t.applies_to, t.description, t.version");
    s.scope = [](const Principal &) {
        return SqlFilter::always();
    };
    s.sortColumns = {{QStringLiteral("id"), QStringLiteral("t.id")},
                     {QStringLiteral("name"), QStringLiteral("t.name")}};
    s.defaultSort = QStringLiteral("id");
    s.filters = {{QStringLiteral("class"), QStringLiteral("t.class = ?")},
                 {QStringLiteral("applies_to"), QStringLiteral("t.applies_to = ?")}};
    s.codec = makeEntityCodec<Tag>();
    return s;
}

EntitySpec regionSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("region");
    s.table = QStringLiteral("regions");
    s.alias = QStringLiteral("r");
    s.columns = QStringLiteral("r.id, r.parent_id, r.level, r.name, r.district_code, r.version");
    s.scope = [](const Principal &) {
        return SqlFilter::always();
    };
    s.sortColumns = {{QStringLiteral("id"), QStringLiteral("r.id")},
                     {QStringLiteral("name"), QStringLiteral("r.name")}};
    s.defaultSort = QStringLiteral("id");
    s.filters = {{QStringLiteral("level"), QStringLiteral("r.level = ?")},
                 {QStringLiteral("parent"), QStringLiteral("r.parent_id = ?")},
                 {QStringLiteral("district"), QStringLiteral("r.district_code = ?")}};
    s.codec = makeEntityCodec<Region>();
    return s;
}

EntitySpec departmentSpec()
{
    EntitySpec s;
    s.entity = QStringLiteral("department");
    s.table = QStringLiteral("departments");
    s.alias = QStringLiteral("d");
    s.columns = QStringLiteral("d.id, d.name, d.short_name, d.version");
    s.scope = [](const Principal &) {
        return SqlFilter::always();
    };
    s.sortColumns = {{QStringLiteral("id"), QStringLiteral("d.id")},
                     {QStringLiteral("name"), QStringLiteral("d.name")}};
    s.defaultSort = QStringLiteral("id");
    s.codec = makeEntityCodec<Department>();
    return s;
}

} // namespace

SqlFilter citizenScopeOf(const Principal &who, const QString &citizenIdColumn)
{
    if (who.seesEverything())
        return SqlFilter::always();
    SqlFilter inner = applicantScope(who, QStringLiteral("sc"));
    return {QStringLiteral("EXISTS (SELECT 1 FROM citizens sc WHERE sc.id = ") + citizenIdColumn +
                QStringLiteral(" AND ") + inner.sql + QLatin1Char(')'),
            inner.binds};
}

const QList<EntitySpec> &entitySpecs()
{
    static const QList<EntitySpec> specs{citizenSpec(),    enterpriseSpec(), applicationSpec(), billSpec(),
                                         benefitSpec(),    messageSpec(),    visitSpec(),       pushSpec(),
                                         noteSpec(),       serviceSpec(),    tagSpec(),         regionSpec(),
                                         departmentSpec(), householdSpec(),  incidentSpec(),    taskSpec()};
    return specs;
}

const EntitySpec *entitySpec(const QString &entity)
{
    for (const EntitySpec &s : entitySpecs()) {
        if (s.entity == entity)
            return &s;
    }
    return nullptr;
}

} // namespace gd::server
