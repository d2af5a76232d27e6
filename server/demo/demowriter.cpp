#include "demo/demowriter.h"

#include "demo/departmentcatalogue.h"
#include "demo/tagcatalogue.h"

#include <future>

namespace gd::server {
namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// '' rather than NULL for an empty value of a NOT NULL column (citizen_id of an enterprise's bill).
QVariant notNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullableTime(qint64 ms)
{
    return ms == kNoTime ? QVariant() : QVariant(DemoClock::isoUtc(ms));
}

QStringList cols(const char *list)
{
    return QString::fromLatin1(list).split(QStringLiteral(", "));
}

} // namespace

DemoWriter::DemoWriter(Database &db)
    : m_database(db)
{
    const std::array<std::pair<const char *, const char *>, TableCount> specs{{
        {"regions", "id, parent_id, level, name, district_code, version, updated_at"},
        {"departments", "id, name, short_name, version, updated_at"},
        {"tags", "id, name, class, applies_to, description, version, updated_at"},
        {"services",
         "id, code, name, department_id, category, applicant_type, sla_days, materials, description, online, "
         "version, updated_at"},
        {"service_tags", "service_id, tag_id"},
        {"workflow_steps", "service_id, seq, name, department_id, sla_days, stage"},
        {"staff", "id, username, display_name, role, department_id, area_code, password_hash, totp_secret, "
                  "failed_logins, locked_until, active, created_at"},
        {"staff_grids", "staff_id, grid_id"},
        {"households",
         "id, address, grid_id, head_citizen_id, version, updated_at, district_code, community_id"},
        {"citizens",
         "id, name, gender, birth_date, id_number, phone, realname_level, district_code, street_id, "
         "community_id, grid_id, address, household_id, relation_to_head, officer_id, linked_systems, "
         "registered_at, version, updated_at"},
        {"citizen_tags", "citizen_id, tag_id, since, source"},
        {"enterprises",
         "id, name, uscc, legal_person, legal_person_id, industry, stage, registered_capital_cents, "
         "established_on, district_code, street_id, community_id, grid_id, address, phone, version, "
         "updated_at"},
        {"enterprise_tags", "enterprise_id, tag_id, since, source"},
        {"enterprise_licences", "enterprise_id, seq, name, number, issuer, issued_on, valid_until"},
        {"enterprise_insurance", "enterprise_id, month, employees, amount_cents, status"},
        {"applications",
         "id, number, service_id, applicant_type, applicant_id, status, current_step, channel, "
         "submitted_at, due_at, completed_at, rating, rating_comment, district_code, grid_id, paused_at, "
         "missing_materials, version, updated_at"},
        {"application_steps",
         "application_id, seq, name, department_id, status, started_at, finished_at, due_at, handler_id, "
         "stage, sla_days, claimed_by, claimed_at, transferred_from"},
        {"application_events",
         "application_id, seq, at, actor_id, actor_name, action, step_seq, department_id, to_department_id, "
         "reason, materials, comment, version"},
        {"application_materials", "application_id, seq, name, received"},
        {"application_points", "application_id, seq, item, points"},
        {"bills",
         "id, citizen_id, enterprise_id, kind, title, amount_cents, due_date, status, paid_at, version, "
         "updated_at"},
        {"benefits",
         "id, citizen_id, enterprise_id, kind, title, amount_cents, status, submitted_at, decided_at, "
         "version, updated_at"},
        {"messages",
         "id, citizen_id, kind, channel, title, content, district_code, street_id, grid_id, department_id, "
         "status, created_at, version, updated_at, topic, sentiment, sentiment_score"},
        {"usage_events", "citizen_id, kind, channel, service_id, district_code, street_id, occurred_at"},
        {"pushes",
         "id, citizen_id, service_id, campaign_id, channel, message, sent_by, sent_at, status, responded_at, "
         "district_code, grid_id, version, updated_at"},
        {"notes",
         "id, subject_type, subject_id, author_id, author_name, text, created_at, district_code, grid_id, "
         "version, updated_at"},
        {"meta", "key, value"},
    }};
    for (size_t i = 0; i < specs.size(); ++i)
        m_tables[i] =
            std::make_unique<BatchInserter>(QString::fromLatin1(specs[i].first), cols(specs[i].second));
}

DemoWriter::~DemoWriter() = default;

Result<void> DemoWriter::open()
{
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    m_db = *conn;
    for (auto &t : m_tables) {
        if (auto r = t->prepare(m_db); !r)
            return r;
    }
    return {};
}

Result<void> DemoWriter::commitAfter(qint64 rows)
{
    if (m_counts.totalRows - m_rowsAtBegin < rows)
        return {};
    if (auto r = commit(); !r)
        return r;
    return begin();
}

Result<void> DemoWriter::begin()
{
    auto tx = Transaction::begin(m_db, m_database.dialect(), Transaction::Kind::Write);
    if (!tx)
        return tx.error();
    m_transaction.emplace(std::move(*tx));
    m_rowsAtBegin = m_counts.totalRows;
    return {};
}

Result<void> DemoWriter::commit()
{
    for (auto &t : m_tables) {
        if (auto r = t->flush(); !r)
            return r;
    }
    if (!m_transaction)
        return {};
    auto r = m_transaction->commit();
    m_transaction.reset();
    return r;
}

const QString &DemoWriter::linkedSystemsJson(quint16 bits)
{
    static const QStringView names[LinkedSystemCount] = {u"社保", u"医保", u"公积金", u"不动产",
                                                         u"税务", u"交通", u"教育",   u"公安户籍"};
    if (m_linkedJson.empty()) {
        m_linkedJson.resize(size_t(1) << LinkedSystemCount);
        for (size_t mask = 0; mask < m_linkedJson.size(); ++mask) {
            QString json = QStringLiteral("[");
            for (int b = 0; b < LinkedSystemCount; ++b) {
                if (mask & (size_t(1) << b)) {
                    if (json.size() > 1)
                        json += QLatin1Char(',');
                    json += QLatin1Char('"') + names[b].toString() + QLatin1Char('"');
                }
            }
            m_linkedJson[mask] = json + QLatin1Char(']');
        }
    }
    return m_linkedJson[bits & ((1u << LinkedSystemCount) - 1)];
}

Result<void> DemoWriter::writeReference(const RegionCatalogue &regions, const ServiceCatalogue &services,
                                        qint64 updatedMs)
{
    const QString updated = DemoClock::isoUtc(updatedMs);
    const qint64 version = 1;
    for (const DemoRegion &r : regions.regions()) {
        if (auto x = table(Regions).row(r.id, nullable(r.parentId), r.level, r.name, r.districtCode, version,
                                        updated);
            !x)
            return x;
    }
    for (const DemoDepartment &d : DepartmentCatalogue::all()) {
        if (auto x = table(Departments).row(d.id, d.name, d.shortName, version, updated); !x)
            return x;
    }
    for (const DemoTag &t : TagCatalogue::all()) {
        if (auto x = table(Tags).row(t.id, t.name, t.tagClass, t.appliesTo, t.description, version, updated);
            !x)
            return x;
    }
    for (const DemoService &s : services.services()) {
        if (auto x = table(Services).row(s.id, s.code, s.name, s.departmentId, s.category, s.applicantType,
                                         s.slaDays, s.materialsJson, s.description, s.online ? 1 : 0, version,
                                         updated);
            !x)
            return x;
        for (const QString &tag : s.tagIds) {
            if (auto x = table(ServiceTags).row(s.id, tag); !x)
                return x;
        }
        int seq = 0;
        for (const DemoWorkflowStep &st : s.steps) {
            if (auto x =
                    table(WorkflowSteps).row(s.id, ++seq, st.name, st.departmentId, st.slaDays, st.stage);
                !x)
                return x;
        }
    }
    m_counts.regions += qint64(regions.regions().size());
    m_counts.services += qint64(services.services().size());
    m_counts.totalRows += qint64(regions.regions().size() + DepartmentCatalogue::all().size() +
                                 TagCatalogue::all().size() + services.services().size());
    return {};
}

Result<void> DemoWriter::writeStaff(const StaffRoster &roster, const QString &passwordHash)
{
    for (const DemoStaff &s : roster.staff()) {
        if (auto x = table(Staff).row(s.id, s.username, s.displayName, s.role, nullable(s.departmentId),
                                      nullable(s.areaCode), passwordHash, nullable(s.totpSecret), 0,
                                      QVariant(), 1, DemoClock::isoUtc(s.createdMs));
            !x)
            return x;
        for (const QString &g : s.gridIds) {
            if (auto x = table(StaffGrids).row(s.id, g); !x)
                return x;
        }
    }
    m_counts.staff += qint64(roster.staff().size());
    m_counts.totalRows += qint64(roster.staff().size());
    return {};
}

Result<void> DemoWriter::writeBatch(const DemoBatch &batch)
{
    static const QString male = QStringLiteral("male"), female = QStringLiteral("female");
    const DemoGrid &grid = *batch.grid;
    const qint64 version = 1;
    qint64 rows = 0;

    // The messages' analysis runs on a second thread while the batch's other rows are written (it would
    // add ~15% to the generation on this thread). One task at a time uses m_analyser: the future is
    // waited for below, or by its destructor on an early return.
    std::future<QList<analytics::MessageOpinion>> opinions;
    if (!batch.messages.empty()) {
        opinions = std::async(std::launch::async, [this, &batch] {
            QList<analytics::MessageOpinion> out;
            out.reserve(qsizetype(batch.messages.size()));
            for (const DemoMessage &m : batch.messages)
                out.append(m_analyser.analyse(m.title, m.content));
            return out;
        });
    }

    for (const DemoHousehold &h : batch.households) {
        if (auto x = table(Households)
                         .row(h.id, h.address, grid.id, nullable(h.headCitizenId), version,
                              DemoClock::isoUtc(h.updatedMs), grid.districtCode, grid.communityId);
            !x)
            return x;
    }
    for (const DemoCitizen &c : batch.citizens) {
        if (auto x = table(Citizens).row(
                c.id, c.name, c.male ? male : female, DemoClock::isoDate(c.birthDate), c.idNumber, c.phone,
                c.realnameLevel, grid.districtCode, grid.streetId, grid.communityId, grid.id, c.address,
                nullable(c.householdId), nullable(c.relation), nullable(c.officerId),
                linkedSystemsJson(c.linkedSystems), DemoClock::isoUtc(c.registeredMs), version,
                DemoClock::isoUtc(c.updatedMs));
            !x)
            return x;
        for (const DemoTagAssignment &t : c.tags) {
            if (auto x = table(CitizenTags)
                             .row(c.id, TagCatalogue::citizenTagId(CitizenTag(t.tag)),
                                  DemoClock::isoDate(t.since), TagCatalogue::sourceName(t.source));
                !x)
                return x;
        }
        m_counts.citizenTags += c.tags.size();
        rows += c.tags.size();
    }
    for (const DemoEnterprise &e : batch.enterprises) {
        if (auto x = table(Enterprises)
                         .row(e.id, e.name, e.uscc, e.legalPerson, nullable(e.legalPersonId), e.industry,
                              e.stage, e.capitalCents, DemoClock::isoDate(e.establishedOn), grid.districtCode,
                              grid.streetId, grid.communityId, grid.id, e.address, e.phone, version,
                              DemoClock::isoUtc(e.updatedMs));
            !x)
            return x;
        int seq = 0;
        for (const DemoLicence &l : e.licences) {
            if (auto x = table(EnterpriseLicences)
                             .row(e.id, ++seq, l.name, l.number, l.issuer, DemoClock::isoDate(l.issuedOn),
                                  DemoClock::isoDate(l.validUntil));
                !x)
                return x;
        }
        for (const DemoInsuranceMonth &m : e.insurance) {
            if (auto x = table(EnterpriseInsurance).row(e.id, m.month, m.employees, m.amountCents, m.status);
                !x)
                return x;
        }
        m_counts.licences += qint64(e.licences.size());
        m_counts.insuranceMonths += qint64(e.insurance.size());
        rows += qint64(e.licences.size() + e.insurance.size());
        for (const DemoTagAssignment &t : e.tags) {
            if (auto x = table(EnterpriseTags)
                             .row(e.id, TagCatalogue::enterpriseTagId(EnterpriseTag(t.tag)),
                                  DemoClock::isoDate(t.since), TagCatalogue::sourceName(t.source));
                !x)
                return x;
        }
        rows += e.tags.size();
    }
    for (const DemoApplication &a : batch.applications) {
        if (auto x =
                table(Applications)
                    .row(a.id, a.number, a.serviceId, a.applicantType, a.applicantId, a.status, a.currentStep,
                         a.channel, DemoClock::isoUtc(a.submittedMs), DemoClock::isoUtc(a.dueMs),
                         nullableTime(a.completedMs), a.rating > 0 ? QVariant(a.rating) : QVariant(),
                         nullable(a.ratingComment), a.districtCode, a.gridId, nullableTime(a.pausedMs),
                         nullable(a.missingMaterialsJson), a.version, DemoClock::isoUtc(a.updatedMs));
            !x)
            return x;
        int seq = 0;
        for (const DemoApplicationStep &st : a.steps) {
            if (auto x =
                    table(ApplicationSteps)
                        .row(a.id, ++seq, st.name, st.departmentId, st.status, nullableTime(st.startedMs),
                             nullableTime(st.finishedMs), nullableTime(st.dueMs), nullable(st.handlerId),
                             st.stage, st.slaDays, nullable(st.claimedBy), nullableTime(st.claimedMs),
                             nullable(st.transferredFrom));
                !x)
                return x;
        }
        m_counts.applicationSteps += a.steps.size();
        rows += a.steps.size();
        seq = 0;
        for (const DemoApplicationEvent &e : a.events) {
            if (auto x = table(ApplicationEvents)
                             .row(a.id, ++seq, DemoClock::isoUtc(e.atMs), notNull(e.actorId), e.actorName,
                                  e.action, e.stepSeq > 0 ? QVariant(e.stepSeq) : QVariant(),
                                  nullable(e.departmentId), nullable(e.toDepartmentId), nullable(e.reason),
                                  nullable(e.materialsJson), nullable(e.comment), e.version);
                !x)
                return x;
        }
        seq = 0;
        for (const DemoApplicationMaterial &m : a.materials) {
            if (auto x = table(ApplicationMaterials).row(a.id, ++seq, m.name, m.received ? 1 : 0); !x)
                return x;
        }
        seq = 0;
        for (const DemoPointItem &p : a.points) {
            if (auto x = table(ApplicationPoints).row(a.id, ++seq, p.item, p.points); !x)
                return x;
        }
        rows += qint64(a.events.size() + a.materials.size() + a.points.size());
    }
    for (const DemoBill &b : batch.bills) {
        if (auto x = table(Bills).row(b.id, notNull(b.citizenId), nullable(b.enterpriseId), b.kind, b.title,
                                      b.amountCents, DemoClock::isoDate(b.dueDate), b.status,
                                      nullableTime(b.paidMs), version, DemoClock::isoUtc(b.updatedMs));
            !x)
            return x;
    }
    for (const DemoBenefit &b : batch.benefits) {
        if (auto x = table(Benefits).row(b.id, notNull(b.citizenId), nullable(b.enterpriseId), b.kind,
                                         b.title, b.amountCents, b.status, DemoClock::isoUtc(b.submittedMs),
                                         nullableTime(b.decidedMs), version, DemoClock::isoUtc(b.updatedMs));
            !x)
            return x;
    }
    const QList<analytics::MessageOpinion> analysed =
        opinions.valid() ? opinions.get() : QList<analytics::MessageOpinion>();
    for (size_t i = 0; i < batch.messages.size(); ++i) {
        const DemoMessage &m = batch.messages[i];
        const analytics::MessageOpinion &opinion = analysed[qsizetype(i)];
        if (auto x = table(Messages).row(
                m.id, m.citizenId, m.kind, m.channel, m.title, m.content, grid.districtCode, grid.streetId,
                grid.id, nullable(m.departmentId), m.status, DemoClock::isoUtc(m.createdMs), version,
                DemoClock::isoUtc(m.updatedMs), opinion.topic, opinion.sentiment, opinion.score);
            !x)
            return x;
    }
    for (const DemoUsageEvent &e : batch.usageEvents) {
        if (auto x = table(UsageEvents)
                         .row(e.citizenId, e.kind, e.channel, nullable(e.serviceId), grid.districtCode,
                              grid.streetId, DemoClock::isoUtc(e.occurredMs));
            !x)
            return x;
    }

    for (const DemoPush &p : batch.pushes) {
        if (auto x =
                table(Pushes).row(p.id, p.citizenId, p.serviceId, QVariant(), p.channel, p.message, p.sentBy,
                                  DemoClock::isoUtc(p.sentMs), p.status, nullableTime(p.respondedMs),
                                  grid.districtCode, grid.id, version, DemoClock::isoUtc(p.updatedMs));
            !x)
            return x;
    }
    for (const DemoNote &n : batch.notes) {
        const QString created = DemoClock::isoUtc(n.createdMs);
        if (auto x = table(Notes).row(n.id, n.subjectType, n.subjectId, n.authorId, n.authorName, n.text,
                                      created, grid.districtCode, grid.id, version, created);
            !x)
            return x;
    }

    m_counts.households += qint64(batch.households.size());
    m_counts.citizens += qint64(batch.citizens.size());
    m_counts.enterprises += qint64(batch.enterprises.size());
    m_counts.applications += qint64(batch.applications.size());
    m_counts.bills += qint64(batch.bills.size());
    m_counts.benefits += qint64(batch.benefits.size());
    m_counts.messages += qint64(batch.messages.size());
    m_counts.usageEvents += qint64(batch.usageEvents.size());
    m_counts.pushes += qint64(batch.pushes.size());
    m_counts.notes += qint64(batch.notes.size());
    rows +=
        qint64(batch.households.size() + batch.citizens.size() + batch.enterprises.size() +
               batch.applications.size() + batch.bills.size() + batch.benefits.size() +
               batch.messages.size() + batch.usageEvents.size() + batch.pushes.size() + batch.notes.size());
    m_counts.totalRows += rows;
    return {};
}

Result<void> DemoWriter::writeMeta(const QString &key, const QString &value)
{
    return table(Meta).row(key, value);
}

} // namespace gd::server
