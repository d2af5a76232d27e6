// Integration: grid work (issue 8, domain/grid.h) on the real govdesk-server, against SQLite or PostgreSQL
// (GOVDESK_TEST_BACKEND). Households with their members; special groups equal to a brute-force
// computation over GET /citizens; the restricted special-group tags left out of citizen objects (and
// refused in audiences and citizen filters) for officers and admins; the scope matrix — a grid manager of
// grid A, an officer and a supervisor of another district get nothing of grid B through any endpoint or
// the change feed; visits, incidents, photos and tasks through their whole workflows: idempotent replay,
// stale base versions (409 with the server's copy), refused transitions, and every bad photo refused
// with nothing stored.
#include "apitestclient.h"
#include "serverprocess.h"
#include "staffclients.h"

#include "domain/grid.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <set>

using namespace gd::test;

namespace {

const QString kGridManager = QStringLiteral("grid_huli");    // grid A (and a second grid of Huli)
const QString kOtherManager = QStringLiteral("grid_siming"); // grid B, in Siming
const QString kSupervisor = QStringLiteral("supervisor_huli");
const QString kOtherSupervisor = QStringLiteral("supervisor_siming");
const QString kOfficer = QStringLiteral("officer_wjw");
const QString kAdmin = QStringLiteral("admin");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HeaderList keyed(const QString &key = newId())
{
    return {{QByteArray("Idempotency-Key"), key.toUtf8()}};
}

QString reasonOf(const ApiReply &r)
{
    return r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("reason")].toString();
}

QString fieldOf(const ApiReply &r)
{
    return r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("field")].toString();
}

QJsonObject serverCopy(const ApiReply &r)
{
    return r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("server")].toObject();
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out.append(v[QStringLiteral("id")].toString());
    return out;
}

// Bytes that sniff as a PNG: the signature, then `size - 8` pseudo-random bytes.
QByteArray fakePng(qsizetype size, quint32 seed)
{
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QRandomGenerator rng(seed);
    out.reserve(size);
    while (out.size() < size)
        out.append(char(rng.bounded(256)));
    return out;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject upload(const QString &id, const QByteArray &bytes,
                   const QString &type = QStringLiteral("image/png"),
                   const QString &name = QStringLiteral("photo.png"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("file_name"), name},
            {QStringLiteral("content_type"), type},
            {QStringLiteral("size"), qint64(bytes.size())},
            {QStringLiteral("sha256"), sha256(bytes)},
            {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())}};
}

} // namespace

class TestGridApi : public QObject {
    Q_OBJECT
private:
    ServerProcess m_server;
    StaffClients m_staff{m_server};
    QString m_gridA;      // grid_huli's first grid (Huli)
    QString m_gridB;      // grid_siming's grid (Siming)
    QString m_districtA;  // 350206
    QString m_householdB; // a household of grid B
    QString m_citizenB;   // a citizen of grid B
    QString m_visitB;     // a visit of grid B
    QString m_incidentB;  // an incident of grid B (with a photo)
    QString m_attachmentB;
    QString m_taskB;           // a task of grid B
    QString m_incidentA;       // made by the workflow test
    QString m_restrictedChild; // a child of grid A given 留守儿童

    ApiTestClient &as(const QString &username) { return m_staff.as(username); }

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_server.sql());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    QStringList column(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_server.sql());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QStringList out;
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_server.sql());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    // Every item of a list endpoint (all pages).
    QJsonArray all(const QString &who, const QString &path)
    {
        QJsonArray out;
        const QChar sep = path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
        for (int offset = 0;; offset += 500) {
            const ApiReply r = as(who).get(path + sep + QStringLiteral("limit=500&offset=%1").arg(offset));
            if (r.status != 200) {
                qWarning("%s %s: %d %s", qPrintable(who), qPrintable(path), r.status,
                         r.body.left(300).constData());
                return {};
            }
            const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
            for (const QJsonValue &v : items)
                out.append(v);
            if (items.size() < 500)
                return out;
        }
    }

    // Every change of `who`'s feed after `since`.
    QJsonArray feed(const QString &who, qint64 since = 0)
    {
        QJsonArray out;
        for (int page = 0; page < 1000; ++page) {
            const ApiReply r =
                as(who).get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=5000").arg(since));
            if (r.status != 200) {
                qWarning("feed of %s: %d", qPrintable(who), r.status);
                return {};
            }
            for (const QJsonValue &v : r.json.value(QStringLiteral("changes")).toArray())
                out.append(v);
            since = r.json.value(QStringLiteral("next")).toInteger();
            if (!r.json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        return out;
    }

    qint64 lastSeq() { return count(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")); }

    ApiReply post(const QString &who, const QString &path, const QJsonObject &body,
                  const QString &key = newId())
    {
        return as(who).post(path, body, keyed(key));
    }

    ApiReply patch(const QString &who, const QString &path, const QJsonObject &body)
    {
        return as(who).patch(path, body, keyed());
    }

    QJsonObject incidentBody(const QString &grid, const QString &id = newId())
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("grid_id"), grid},
                {QStringLiteral("category"), QStringLiteral("fire_hazard")},
                {QStringLiteral("location"), QStringLiteral("3号楼楼道")},
                {QStringLiteral("description"), QStringLiteral("楼道堆放杂物，堵塞消防通道。")},
                {QStringLiteral("urgency"), QStringLiteral("high")},
                {QStringLiteral("reported_at"), QStringLiteral("2026-11-20T02:00:00.000Z")}};
    }

    QJsonObject visitBody(const QString &grid, const QString &id = newId())
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("grid_id"), grid},
                {QStringLiteral("kind"), QStringLiteral("routine")},
                {QStringLiteral("visited_at"), QStringLiteral("2026-11-20T03:00:00.000Z")},
                {QStringLiteral("summary"), QStringLiteral("  入户走访，了解近况。 ")},
                {QStringLiteral("follow_up"), QStringLiteral("下周回访")},
                {QStringLiteral("follow_up_due"), QStringLiteral("2026-12-01")}};
    }

    QJsonObject taskBody(const QString &grid, const QString &batch = newId())
    {
        return {{QStringLiteral("id"), gd::taskIdFor(batch, grid)},
                {QStringLiteral("batch_id"), batch},
                {QStringLiteral("grid_id"), grid},
                {QStringLiteral("title"), QStringLiteral("消防通道隐患排查")},
                {QStringLiteral("description"), QStringLiteral("排查楼道杂物。")},
                {QStringLiteral("due_on"), QStringLiteral("2026-12-10")}};
    }

    qint64 attachmentRows() { return count(QStringLiteral("SELECT COUNT(*) FROM incident_attachments")); }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.citizens = 1000;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        qInfo("backend %s, port %d", qPrintable(m_server.backend()), m_server.port());
        const ApiReply me = as(kGridManager).get(QStringLiteral("/api/v1/auth/me"));
        QCOMPARE(me.status, 200);
        m_gridA = me.json.value(QStringLiteral("grid_ids")).toArray().first().toString();
        m_gridB = as(kOtherManager)
                      .get(QStringLiteral("/api/v1/auth/me"))
                      .json.value(QStringLiteral("grid_ids"))
                      .toArray()
                      .first()
                      .toString();
        QVERIFY(!m_gridA.isEmpty() && !m_gridB.isEmpty());
        m_districtA =
            column(QStringLiteral("SELECT district_code FROM regions WHERE id = ?"), {m_gridA}).value(0);
        QCOMPARE(m_districtA, QStringLiteral("350206"));
        QCOMPARE(column(QStringLiteral("SELECT district_code FROM regions WHERE id = ?"), {m_gridB}).value(0),
                 QStringLiteral("350203"));
        // The demo has grid work of grid B for the scope checks.
        m_householdB =
            column(QStringLiteral("SELECT id FROM households WHERE grid_id = ? ORDER BY id"), {m_gridB})
                .value(0);
        m_citizenB =
            column(QStringLiteral("SELECT id FROM citizens WHERE grid_id = ? ORDER BY id"), {m_gridB})
                .value(0);
        m_visitB =
            column(QStringLiteral("SELECT id FROM visits WHERE grid_id = ? ORDER BY id"), {m_gridB}).value(0);
        m_taskB = column(QStringLiteral("SELECT id FROM grid_tasks WHERE grid_id = ? ORDER BY id"), {m_gridB})
                      .value(0);
        QVERIFY(!m_householdB.isEmpty() && !m_citizenB.isEmpty() && !m_visitB.isEmpty() &&
                !m_taskB.isEmpty());
        // An incident of grid B with a photo, by its grid manager.
        const QJsonObject incident = incidentBody(m_gridB);
        QCOMPARE(post(kOtherManager, QStringLiteral("/api/v1/incidents"), incident).status, 201);
        m_incidentB = incident.value(QStringLiteral("id")).toString();
        m_attachmentB = newId();
        QCOMPARE(post(kOtherManager, QStringLiteral("/api/v1/incidents/%1/attachments").arg(m_incidentB),
                      upload(m_attachmentB, fakePng(2000, 1)))
                     .status,
                 201);
        // The demo has tasks, incidents and visits of every kind.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM grid_tasks WHERE state = 'done'")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM grid_tasks WHERE state = 'open'")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE status = 'resolved'")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM visits WHERE follow_up IS NOT NULL")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM households WHERE district_code IS NULL OR "
                                      "community_id IS NULL")),
                 0);
    }

    void householdsWithMembers()
    {
        const QJsonArray households = all(kGridManager, QStringLiteral("/api/v1/households?grid=") + m_gridA);
        QCOMPARE(qint64(households.size()),
                 count(QStringLiteral("SELECT COUNT(*) FROM households WHERE grid_id = ?"), {m_gridA}));
        QVERIFY(!households.isEmpty());
        for (const QJsonValue &h : households) {
            QCOMPARE(h[QStringLiteral("grid_id")].toString(), m_gridA);
            QCOMPARE(h[QStringLiteral("district_code")].toString(), m_districtA);
            QCOMPARE(
                h[QStringLiteral("community_id")].toString(),
                column(QStringLiteral("SELECT parent_id FROM regions WHERE id = ?"), {m_gridA}).value(0));
            const QJsonArray members = h[QStringLiteral("members")].toArray();
            QStringList ids;
            for (const QJsonValue &m : members)
                ids.append(m[QStringLiteral("citizen_id")].toString());
            QStringList expected = column(QStringLiteral("SELECT id FROM citizens WHERE household_id = ?"),
                                          {h[QStringLiteral("id")].toString()});
            QStringList sorted = ids;
            sorted.sort();
            expected.sort();
            QCOMPARE(sorted, expected);
            if (!h[QStringLiteral("head_citizen_id")].isNull() && !members.isEmpty())
                QCOMPARE(ids.first(), h[QStringLiteral("head_citizen_id")].toString());
            for (qsizetype i = 2; i < members.size(); ++i)
                QVERIFY(members[i - 1][QStringLiteral("birth_date")].toString() <=
                        members[i][QStringLiteral("birth_date")].toString());
        }
        // One by id; q searches the address.
        const QString id = households.first()[QStringLiteral("id")].toString();
        const ApiReply one = as(kSupervisor).get(QStringLiteral("/api/v1/households/") + id);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json, households.first().toObject());
        const QString address = one.json.value(QStringLiteral("address")).toString();
        const QJsonArray found =
            all(kGridManager, QStringLiteral("/api/v1/households?q=") + address.right(10));
        QVERIFY(idsOf(found).contains(id));
    }

    void specialGroupsMatchBruteForce()
    {
        // A left-behind child and a person under community correction in grid A.
        m_restrictedChild =
            column(QStringLiteral("SELECT id FROM citizens WHERE grid_id = ? AND birth_date > "
                                  "'2012-01-01' ORDER BY id"),
                   {m_gridA})
                .value(0);
        const QString adult =
            column(QStringLiteral("SELECT id FROM citizens WHERE grid_id = ? AND birth_date "
                                  "BETWEEN '1970-01-01' AND '2000-01-01' ORDER BY id"),
                   {m_gridA})
                .value(0);
        QVERIFY(!m_restrictedChild.isEmpty() && !adult.isEmpty());
        for (const auto &[citizen, tag] :
             {std::pair{m_restrictedChild, QStringLiteral("t_left_behind_child")},
              std::pair{adult, QStringLiteral("t_community_correction")}}) {
            exec(QStringLiteral("DELETE FROM citizen_tags WHERE citizen_id = ? AND tag_id = ?"),
                 {citizen, tag});
            QVERIFY(exec(
                QStringLiteral("INSERT INTO citizen_tags (citizen_id, tag_id, since, source) VALUES (?, ?, "
                               "'2025-01-01', 'grid_visit')"),
                {citizen, tag}));
        }

        const ApiReply groups =
            as(kGridManager).get(QStringLiteral("/api/v1/grids/%1/special-groups").arg(m_gridA));
        QCOMPARE(groups.status, 200);
        const QDate asOf =
            QDate::fromString(groups.json.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
        QVERIFY(asOf.isValid());
        QCOMPARE(groups.json.value(QStringLiteral("grid_id")).toString(), m_gridA);

        QMap<QString, QStringList> expected;
        for (const QString &g : gd::specialGroupIds())
            expected[g] = {};
        for (const QJsonValue &c : all(kGridManager, QStringLiteral("/api/v1/citizens?grid=") + m_gridA)) {
            QStringList tags;
            for (const QJsonValue &t : c[QStringLiteral("tags")].toArray())
                tags.append(t[QStringLiteral("tag_id")].toString());
            const QDate birth = QDate::fromString(c[QStringLiteral("birth_date")].toString(), Qt::ISODate);
            for (const QString &g : gd::specialGroupsOf(tags, birth, asOf))
                expected[g].append(c[QStringLiteral("id")].toString());
        }
        const QJsonArray answered = groups.json.value(QStringLiteral("groups")).toArray();
        QCOMPARE(answered.size(), gd::specialGroupIds().size());
        for (qsizetype i = 0; i < answered.size(); ++i) {
            const QString group = answered[i][QStringLiteral("group")].toString();
            QCOMPARE(group, gd::specialGroupIds()[i]);
            QStringList ids;
            for (const QJsonValue &v : answered[i][QStringLiteral("citizen_ids")].toArray())
                ids.append(v.toString());
            QStringList want = expected.value(group);
            want.sort();
            QCOMPARE(ids, want);
            QCOMPARE(answered[i][QStringLiteral("count")].toInteger(), qint64(want.size()));
        }
        QVERIFY(expected.value(QStringLiteral("left_behind_child")).contains(m_restrictedChild));
        QVERIFY(expected.value(QStringLiteral("community_correction")).contains(adult));

        // Supervisors above the grid see it; others and officers / admins do not.
        QCOMPARE(as(kSupervisor).get(QStringLiteral("/api/v1/grids/%1/special-groups").arg(m_gridA)).status,
                 200);
        QCOMPARE(as(QStringLiteral("supervisor_city"))
                     .get(QStringLiteral("/api/v1/grids/%1/special-groups").arg(m_gridA))
                     .status,
                 200);
        QCOMPARE(
            as(kOtherSupervisor).get(QStringLiteral("/api/v1/grids/%1/special-groups").arg(m_gridA)).status,
            404);
        QCOMPARE(as(kOfficer).get(QStringLiteral("/api/v1/grids/%1/special-groups").arg(m_gridA)).status,
                 403);
        QCOMPARE(as(kAdmin).get(QStringLiteral("/api/v1/grids/%1/special-groups").arg(m_gridA)).status, 403);
        QCOMPARE(as(kGridManager).get(QStringLiteral("/api/v1/grids/no-such-grid/special-groups")).status,
                 404);
    }

    void restrictedTagsOnlyForGridStaff()
    {
        QVERIFY(!m_restrictedChild.isEmpty());
        const auto tagsOf = [](const QJsonObject &citizen) {
            QStringList out;
            for (const QJsonValue &t : citizen.value(QStringLiteral("tags")).toArray())
                out.append(t[QStringLiteral("tag_id")].toString());
            return out;
        };
        const QString path = QStringLiteral("/api/v1/citizens/") + m_restrictedChild;
        QVERIFY(tagsOf(as(kGridManager).get(path).json).contains(QStringLiteral("t_left_behind_child")));
        QVERIFY(tagsOf(as(kSupervisor).get(path).json).contains(QStringLiteral("t_left_behind_child")));
        const ApiReply byAdmin = as(kAdmin).get(path);
        QCOMPARE(byAdmin.status, 200);
        QVERIFY(!tagsOf(byAdmin.json).contains(QStringLiteral("t_left_behind_child")));
        // In lists and the change feed too.
        bool listed = false;
        for (const QJsonValue &c : all(kAdmin, QStringLiteral("/api/v1/citizens?grid=") + m_gridA)) {
            QVERIFY(!tagsOf(c.toObject()).contains(QStringLiteral("t_left_behind_child")));
            QVERIFY(!tagsOf(c.toObject()).contains(QStringLiteral("t_community_correction")));
            listed = listed || c[QStringLiteral("id")].toString() == m_restrictedChild;
        }
        QVERIFY(listed);
        // A change of the citizen brings it through the feed: without the tag for the admin, with it for
        // the grid manager.
        const qint64 since = lastSeq();
        QVERIFY(exec(QStringLiteral("INSERT INTO changes (entity, entity_id, op, version, changed_at) VALUES "
                                    "('citizen', ?, 'upsert', 1, '2026-11-25T00:00:00.000Z')"),
                     {m_restrictedChild}));
        const qint64 seq = lastSeq();
        QVERIFY(exec(QStringLiteral("INSERT INTO change_scopes (scope, seq) VALUES (?, ?)"),
                     {QVariant(QStringLiteral("grid:") + m_gridA), seq}));
        const auto fed = [&](const QString &who) {
            for (const QJsonValue &c : feed(who, since)) {
                if (c[QStringLiteral("id")].toString() == m_restrictedChild)
                    return c[QStringLiteral("data")].toObject();
            }
            return QJsonObject();
        };
        QVERIFY(tagsOf(fed(kGridManager)).contains(QStringLiteral("t_left_behind_child")));
        const QJsonObject adminCopy = fed(kAdmin);
        QVERIFY(!adminCopy.isEmpty());
        QVERIFY(!tagsOf(adminCopy).contains(QStringLiteral("t_left_behind_child")));

        // Officers: an applicant of their department with the tag does not show it.
        const QString applicant =
            column(QStringLiteral("SELECT a.applicant_id FROM applications a JOIN application_steps st ON "
                                  "st.application_id = a.id JOIN citizens c ON c.id = a.applicant_id WHERE "
                                  "st.department_id = 'wjw' ORDER BY a.applicant_id"))
                .value(0);
        QVERIFY(!applicant.isEmpty());
        exec(QStringLiteral(
                 "DELETE FROM citizen_tags WHERE citizen_id = ? AND tag_id = 't_community_correction'"),
             {applicant});
        QVERIFY(exec(QStringLiteral("INSERT INTO citizen_tags (citizen_id, tag_id, since, source) VALUES (?, "
                                    "'t_community_correction', '2025-01-01', 'registry')"),
                     {applicant}));
        const ApiReply byOfficer = as(kOfficer).get(QStringLiteral("/api/v1/citizens/") + applicant);
        QCOMPARE(byOfficer.status, 200);
        QVERIFY(!tagsOf(byOfficer.json).contains(QStringLiteral("t_community_correction")));
        QVERIFY(tagsOf(as(QStringLiteral("supervisor_city"))
                           .get(QStringLiteral("/api/v1/citizens/") + applicant)
                           .json)
                    .contains(QStringLiteral("t_community_correction")));
        // Filtering by a restricted tag is refused for them, and so are audiences naming one.
        ApiReply filtered = as(kOfficer).get(QStringLiteral("/api/v1/citizens?tag=t_community_correction"));
        QCOMPARE(filtered.status, 400);
        QCOMPARE(fieldOf(filtered), QStringLiteral("tag"));
        QCOMPARE(as(kAdmin).get(QStringLiteral("/api/v1/citizens?tag=t_left_behind_child")).status, 400);
        QCOMPARE(as(kGridManager).get(QStringLiteral("/api/v1/citizens?tag=t_left_behind_child")).status,
                 200);

        const QJsonObject restricted{
            {QStringLiteral("op"), QStringLiteral("or")},
            {QStringLiteral("args"),
             QJsonArray{QJsonObject{{QStringLiteral("tag"), QStringLiteral("t_disabled")}},
                        QJsonObject{{QStringLiteral("tag"), QStringLiteral("t_left_behind_child")}}}}};
        for (const QString &who : {kOfficer, kAdmin}) {
            const ApiReply r = as(who).post(QStringLiteral("/api/v1/audiences/count"),
                                            QJsonObject{{QStringLiteral("expression"), restricted}});
            QCOMPARE(r.status, 400);
            QCOMPARE(fieldOf(r), QStringLiteral("expression.args[1].tag"));
        }
        const ApiReply lifeEvent = as(kOfficer).post(
            QStringLiteral("/api/v1/audiences/count"),
            QJsonObject{
                {QStringLiteral("expression"),
                 QJsonObject{{QStringLiteral("life_event"),
                              QJsonObject{{QStringLiteral("tag"), QStringLiteral("t_community_correction")},
                                          {QStringLiteral("to_days"), 30}}}}}});
        QCOMPARE(lifeEvent.status, 400);
        QCOMPARE(fieldOf(lifeEvent), QStringLiteral("expression.life_event.tag"));
        QCOMPARE(as(kSupervisor)
                     .post(QStringLiteral("/api/v1/audiences/count"),
                           QJsonObject{{QStringLiteral("expression"), restricted}})
                     .status,
                 200);
        // A campaign of an officer aimed at one.
        const QJsonObject campaign{
            {QStringLiteral("id"), newId()},
            {QStringLiteral("title"), QStringLiteral("关爱留守儿童")},
            {QStringLiteral("content"), QStringLiteral("社区开展关爱活动。")},
            {QStringLiteral("policy"), QStringLiteral("关爱留守儿童")},
            {QStringLiteral("audience"),
             QJsonObject{{QStringLiteral("tag"), QStringLiteral("t_left_behind_child")}}},
            {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("now")}}},
            {QStringLiteral("channel"), QStringLiteral("app")}};
        const qint64 campaigns = count(QStringLiteral("SELECT COUNT(*) FROM campaigns"));
        const ApiReply made = post(kOfficer, QStringLiteral("/api/v1/campaigns"), campaign);
        QCOMPARE(made.status, 400);
        QCOMPARE(fieldOf(made), QStringLiteral("audience.tag"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), campaigns);
    }

    void visitRoundTrip()
    {
        const QJsonObject body = visitBody(m_gridA);
        const QString id = body.value(QStringLiteral("id")).toString();
        const QString key = newId();
        const ApiReply made = post(kGridManager, QStringLiteral("/api/v1/visits"), body, key);
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("入户走访，了解近况。"));
        QCOMPARE(made.json.value(QStringLiteral("follow_up")).toString(), QStringLiteral("下周回访"));
        QCOMPARE(made.json.value(QStringLiteral("follow_up_due")).toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(made.json.value(QStringLiteral("district_code")).toString(), m_districtA);
        const ApiReply replay = post(kGridManager, QStringLiteral("/api/v1/visits"), body, key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.json, made.json);
        const ApiReply again = post(kGridManager, QStringLiteral("/api/v1/visits"), body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json, made.json);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM visits WHERE id = ?"), {id}), 1);
        QJsonObject tooLong = visitBody(m_gridA);
        tooLong.insert(QStringLiteral("follow_up"), QString(1001, QLatin1Char('x')));
        const ApiReply refused = post(kGridManager, QStringLiteral("/api/v1/visits"), tooLong);
        QCOMPARE(refused.status, 400);
        QCOMPARE(fieldOf(refused), QStringLiteral("follow_up"));

        const QString path = QStringLiteral("/api/v1/visits/") + id;
        const ApiReply stale =
            patch(kGridManager, path,
                  {{QStringLiteral("base_version"), 7}, {QStringLiteral("summary"), QStringLiteral("改")}});
        QCOMPARE(stale.status, 409);
        QCOMPARE(reasonOf(stale), QStringLiteral("stale"));
        QCOMPARE(serverCopy(stale), made.json);
        const ApiReply changed =
            patch(kGridManager, path,
                  {{QStringLiteral("base_version"), 1},
                   {QStringLiteral("summary"), QStringLiteral("补充：老人身体状况良好。")},
                   {QStringLiteral("follow_up_due"), QStringLiteral("2026-12-05")}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json.value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(changed.json.value(QStringLiteral("follow_up_due")).toString(),
                 QStringLiteral("2026-12-05"));
        QCOMPARE(changed.json.value(QStringLiteral("kind")).toString(), QStringLiteral("routine"));
        // The supervisor of the area clears the follow-up; others may not touch it.
        const ApiReply cleared =
            patch(kSupervisor, path,
                  {{QStringLiteral("base_version"), 2}, {QStringLiteral("follow_up"), QString()}});
        QCOMPARE(cleared.status, 200);
        QVERIFY(cleared.json.value(QStringLiteral("follow_up")).isNull());
        QVERIFY(cleared.json.value(QStringLiteral("follow_up_due")).isNull());
        QCOMPARE(patch(kOtherSupervisor, path, {{QStringLiteral("base_version"), 3}}).status, 404);
        QCOMPARE(patch(kAdmin, path, {{QStringLiteral("base_version"), 3}}).status, 403);
        QCOMPARE(
            patch(kGridManager, path,
                  {{QStringLiteral("base_version"), 3}, {QStringLiteral("kind"), QStringLiteral("party")}})
                .status,
            400);
        QCOMPARE(as(kGridManager).get(path).json.value(QStringLiteral("version")).toInteger(), 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target_id = ?"), {id}), 3);
    }

    void incidentWorkflow()
    {
        const qint64 since = lastSeq();
        const QJsonObject body = incidentBody(m_gridA);
        m_incidentA = body.value(QStringLiteral("id")).toString();
        const QString key = newId();
        const ApiReply made = post(kGridManager, QStringLiteral("/api/v1/incidents"), body, key);
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json.value(QStringLiteral("status")).toString(), QStringLiteral("reported"));
        QCOMPARE(made.json.value(QStringLiteral("reported_by")).toString(), QStringLiteral("s_grid_huli"));
        QCOMPARE(made.json.value(QStringLiteral("attachments")).toArray(), QJsonArray());
        QCOMPARE(post(kGridManager, QStringLiteral("/api/v1/incidents"), body, key).json, made.json);
        const ApiReply again = post(kGridManager, QStringLiteral("/api/v1/incidents"), body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json, made.json);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE id = ?"), {m_incidentA}), 1);
        // Another grid manager's grid, an unknown category, a grid of nobody's.
        QCOMPARE(post(kGridManager, QStringLiteral("/api/v1/incidents"), incidentBody(m_gridB)).status, 404);
        QJsonObject bad = incidentBody(m_gridA);
        bad.insert(QStringLiteral("category"), QStringLiteral("aliens"));
        const ApiReply badCategory = post(kGridManager, QStringLiteral("/api/v1/incidents"), bad);
        QCOMPARE(badCategory.status, 400);
        QCOMPARE(fieldOf(badCategory), QStringLiteral("category"));
        QCOMPARE(post(kSupervisor, QStringLiteral("/api/v1/incidents"), incidentBody(m_gridA)).status, 403);

        const QString path = QStringLiteral("/api/v1/incidents/") + m_incidentA;
        const ApiReply edited = patch(
            kGridManager, path,
            {{QStringLiteral("base_version"), 1}, {QStringLiteral("urgency"), QStringLiteral("critical")}});
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json.value(QStringLiteral("version")).toInteger(), 2);
        const ApiReply staleAccept =
            post(kSupervisor, path + QStringLiteral("/actions"),
                 {{QStringLiteral("action"), QStringLiteral("accept")}, {QStringLiteral("base_version"), 1}});
        QCOMPARE(staleAccept.status, 409);
        QCOMPARE(reasonOf(staleAccept), QStringLiteral("stale"));
        QCOMPARE(serverCopy(staleAccept), edited.json);
        QCOMPARE(
            post(kOtherSupervisor, path + QStringLiteral("/actions"),
                 {{QStringLiteral("action"), QStringLiteral("accept")}, {QStringLiteral("base_version"), 2}})
                .status,
            404);
        const ApiReply accepted =
            post(kSupervisor, path + QStringLiteral("/actions"),
                 {{QStringLiteral("action"), QStringLiteral("accept")}, {QStringLiteral("base_version"), 2}});
        QCOMPARE(accepted.status, 200);
        QCOMPARE(accepted.json.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(accepted.json.value(QStringLiteral("handled_by")).toString(),
                 QStringLiteral("s_supervisor_huli"));
        // No more edits once accepted; resolve needs a note.
        const ApiReply late = patch(
            kGridManager, path,
            {{QStringLiteral("base_version"), 3}, {QStringLiteral("location"), QStringLiteral("4号楼")}});
        QCOMPARE(late.status, 409);
        QCOMPARE(reasonOf(late), QStringLiteral("state"));
        const ApiReply noNote = post(
            kSupervisor, path + QStringLiteral("/actions"),
            {{QStringLiteral("action"), QStringLiteral("resolve")}, {QStringLiteral("base_version"), 3}});
        QCOMPARE(noNote.status, 400);
        QCOMPARE(fieldOf(noNote), QStringLiteral("note"));
        const ApiReply resolved = post(kSupervisor, path + QStringLiteral("/actions"),
                                       {{QStringLiteral("action"), QStringLiteral("resolve")},
                                        {QStringLiteral("base_version"), 3},
                                        {QStringLiteral("note"), QStringLiteral("已清理杂物。")}});
        QCOMPARE(resolved.status, 200);
        QCOMPARE(resolved.json.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QVERIFY(!resolved.json.value(QStringLiteral("resolved_at")).toString().isEmpty());
        const ApiReply twice =
            post(kSupervisor, path + QStringLiteral("/actions"),
                 {{QStringLiteral("action"), QStringLiteral("accept")}, {QStringLiteral("base_version"), 4}});
        QCOMPARE(twice.status, 409);
        QCOMPARE(reasonOf(twice), QStringLiteral("state"));
        QCOMPARE(serverCopy(twice), resolved.json);
        QCOMPARE(
            post(kGridManager, path + QStringLiteral("/actions"),
                 {{QStringLiteral("action"), QStringLiteral("accept")}, {QStringLiteral("base_version"), 4}})
                .status,
            403);
        // Every write is in the feed (the newest copy) and in the audit log.
        bool fed = false;
        for (const QJsonValue &c : feed(kGridManager, since)) {
            if (c[QStringLiteral("entity")].toString() == QLatin1String("incident") &&
                c[QStringLiteral("id")].toString() == m_incidentA) {
                QCOMPARE(c[QStringLiteral("data")].toObject(), resolved.json);
                fed = true;
            }
        }
        QVERIFY(fed);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target_id = ?"), {m_incidentA}),
                 4);
    }

    void attachments()
    {
        const QJsonObject body = incidentBody(m_gridA);
        const QString incident = body.value(QStringLiteral("id")).toString();
        QCOMPARE(post(kGridManager, QStringLiteral("/api/v1/incidents"), body).status, 201);
        const QString path = QStringLiteral("/api/v1/incidents/%1/attachments").arg(incident);

        // A 4 MiB photo fits through the 8 MiB body limit as base64.
        const QByteArray photo = fakePng(4 * 1024 * 1024, 7);
        const QString photoId = newId();
        const qint64 since = lastSeq();
        const ApiReply stored = post(kGridManager, path, upload(photoId, photo));
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.json.value(QStringLiteral("version")).toInteger(), 2);
        const QJsonArray list = stored.json.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][QStringLiteral("id")].toString(), photoId);
        QCOMPARE(list[0][QStringLiteral("size")].toInteger(), qint64(photo.size()));
        QCOMPARE(list[0][QStringLiteral("sha256")].toString(), sha256(photo));
        QVERIFY(!list[0].toObject().contains(QStringLiteral("data")));
        const ApiReply download = as(kSupervisor).get(QStringLiteral("/api/v1/attachments/") + photoId);
        QCOMPARE(download.status, 200);
        const QByteArray bytes =
            QByteArray::fromBase64(download.json.value(QStringLiteral("data")).toString().toLatin1());
        QCOMPARE(sha256(bytes), sha256(photo));
        QCOMPARE(download.json.value(QStringLiteral("sha256")).toString(), sha256(photo));
        QCOMPARE(download.json.value(QStringLiteral("content_type")).toString(), QStringLiteral("image/png"));
        bool fed = false;
        for (const QJsonValue &c : feed(kGridManager, since))
            fed = fed || (c[QStringLiteral("id")].toString() == incident &&
                          c[QStringLiteral("version")].toInteger() == 2);
        QVERIFY(fed);

        // The same photo again: the incident as it is; another photo under that id: a conflict.
        const ApiReply same = post(kGridManager, path, upload(photoId, photo));
        QCOMPARE(same.status, 200);
        QCOMPARE(same.json.value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(post(kGridManager, path, upload(photoId, fakePng(100, 8))).status, 409);

        // Bad input: nothing stored, the version stays.
        const qint64 rows = attachmentRows();
        const auto refused = [&](const QJsonObject &photoBody, int status, const QString &field) {
            const ApiReply r = post(kGridManager, path, photoBody);
            if (r.status != status || (!field.isEmpty() && fieldOf(r) != field))
                qWarning("%d %s", r.status, r.body.left(300).constData());
            return r.status == status && (field.isEmpty() || fieldOf(r) == field);
        };
        QJsonObject badBase64 = upload(newId(), fakePng(100, 9));
        badBase64.insert(QStringLiteral("data"), QStringLiteral("iVBOR*#not base64!!"));
        QVERIFY(refused(badBase64, 400, QStringLiteral("data")));
        const QByteArray pdf =
            QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n") + fakePng(200, 10);
        QVERIFY(refused(upload(newId(), pdf, QStringLiteral("image/jpeg"), QStringLiteral("scan.jpg")), 400,
                        QStringLiteral("content_type")));
        QVERIFY(refused(upload(newId(), pdf, QStringLiteral("application/pdf"), QStringLiteral("scan.pdf")),
                        400, QStringLiteral("content_type")));
        QJsonObject wrongHash = upload(newId(), fakePng(300, 11));
        wrongHash.insert(QStringLiteral("sha256"), sha256("something else"));
        QVERIFY(refused(wrongHash, 400, QStringLiteral("sha256")));
        QJsonObject wrongSize = upload(newId(), fakePng(300, 12));
        wrongSize.insert(QStringLiteral("size"), 299);
        QVERIFY(refused(wrongSize, 400, QStringLiteral("size")));
        QVERIFY(
            refused(upload(newId(), fakePng(300, 13), QStringLiteral("image/png"), QStringLiteral("a/b.png")),
                    400, QStringLiteral("file_name")));
        // Over 4 MiB but within the body limit; over the body limit.
        QVERIFY(refused(upload(newId(), fakePng(5 * 1024 * 1024, 14)), 400, QStringLiteral("data")));
        QVERIFY(refused(upload(newId(), fakePng(7 * 1024 * 1024, 15)), 413, QString()));
        QCOMPARE(attachmentRows(), rows);
        QCOMPARE(as(kGridManager)
                     .get(QStringLiteral("/api/v1/incidents/") + incident)
                     .json.value(QStringLiteral("version"))
                     .toInteger(),
                 2);

        // At most six photos.
        for (int i = 1; i < gd::kAttachmentsPerIncident; ++i)
            QCOMPARE(post(kGridManager, path, upload(newId(), fakePng(500, 20 + i))).status, 201);
        const ApiReply full = post(kGridManager, path, upload(newId(), fakePng(500, 40)));
        QCOMPARE(full.status, 409);
        QCOMPARE(serverCopy(full).value(QStringLiteral("attachments")).toArray().size(),
                 gd::kAttachmentsPerIncident);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incident_attachments WHERE incident_id = ?"),
                       {incident}),
                 qint64(gd::kAttachmentsPerIncident));
        // Officers and supervisors of other districts do not get the photo.
        QCOMPARE(as(kOfficer).get(QStringLiteral("/api/v1/attachments/") + photoId).status, 404);
        QCOMPARE(as(kOtherSupervisor).get(QStringLiteral("/api/v1/attachments/") + photoId).status, 404);
    }

    void taskWorkflow()
    {
        const QString batch = newId();
        const QJsonObject body = taskBody(m_gridA, batch);
        const QString id = body.value(QStringLiteral("id")).toString();
        const QString key = newId();
        const ApiReply made = post(kSupervisor, QStringLiteral("/api/v1/tasks"), body, key);
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(made.json.value(QStringLiteral("assigned_by")).toString(),
                 QStringLiteral("s_supervisor_huli"));
        QCOMPARE(made.json.value(QStringLiteral("district_code")).toString(), m_districtA);
        QCOMPARE(post(kSupervisor, QStringLiteral("/api/v1/tasks"), body, key).json, made.json);
        QCOMPARE(post(kSupervisor, QStringLiteral("/api/v1/tasks"), body).status, 200);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM grid_tasks WHERE id = ?"), {id}), 1);
        QJsonObject wrongId = taskBody(m_gridA);
        wrongId.insert(QStringLiteral("id"), newId());
        const ApiReply badId = post(kSupervisor, QStringLiteral("/api/v1/tasks"), wrongId);
        QCOMPARE(badId.status, 400);
        QCOMPARE(fieldOf(badId), QStringLiteral("id"));
        QCOMPARE(post(kSupervisor, QStringLiteral("/api/v1/tasks"), taskBody(m_gridB)).status, 404);
        QCOMPARE(post(kSupervisor, QStringLiteral("/api/v1/tasks"), taskBody(QStringLiteral("no-such-grid")))
                     .status,
                 404);
        QCOMPARE(post(kOfficer, QStringLiteral("/api/v1/tasks"), taskBody(m_gridA)).status, 403);
        QCOMPARE(post(kGridManager, QStringLiteral("/api/v1/tasks"), taskBody(m_gridA)).status, 403);
        QCOMPARE(post(kAdmin, QStringLiteral("/api/v1/tasks"), taskBody(m_gridB, batch)).status, 201);
        QCOMPARE(all(kSupervisor, QStringLiteral("/api/v1/tasks?batch=") + batch).size(), 1);
        QCOMPARE(all(kAdmin, QStringLiteral("/api/v1/tasks?batch=") + batch).size(), 2);

        const QString path = QStringLiteral("/api/v1/tasks/") + id;
        const QString actions = path + QStringLiteral("/actions");
        const ApiReply stale = post(
            kGridManager, actions,
            {{QStringLiteral("action"), QStringLiteral("acknowledge")}, {QStringLiteral("base_version"), 5}});
        QCOMPARE(stale.status, 409);
        QCOMPARE(reasonOf(stale), QStringLiteral("stale"));
        QCOMPARE(serverCopy(stale), made.json);
        QCOMPARE(
            post(kGridManager, actions, {{QStringLiteral("action"), QStringLiteral("acknowledge")}}).status,
            400);
        const ApiReply acked = post(
            kGridManager, actions,
            {{QStringLiteral("action"), QStringLiteral("acknowledge")}, {QStringLiteral("base_version"), 1}});
        QCOMPARE(acked.status, 200);
        QCOMPARE(acked.json.value(QStringLiteral("state")).toString(), QStringLiteral("acknowledged"));
        QCOMPARE(acked.json.value(QStringLiteral("acknowledged_by")).toString(),
                 QStringLiteral("s_grid_huli"));
        QCOMPARE(post(kGridManager, actions,
                      {{QStringLiteral("action"), QStringLiteral("cancel")},
                       {QStringLiteral("base_version"), 2},
                       {QStringLiteral("reason"), QStringLiteral("不做了")}})
                     .status,
                 403);
        QCOMPARE(post(kSupervisor, actions,
                      {{QStringLiteral("action"), QStringLiteral("complete")},
                       {QStringLiteral("base_version"), 2},
                       {QStringLiteral("result"), QStringLiteral("完成")}})
                     .status,
                 403);
        const ApiReply noResult = post(
            kGridManager, actions,
            {{QStringLiteral("action"), QStringLiteral("complete")}, {QStringLiteral("base_version"), 2}});
        QCOMPARE(noResult.status, 400);
        QCOMPARE(fieldOf(noResult), QStringLiteral("result"));
        const ApiReply done = post(kGridManager, actions,
                                   {{QStringLiteral("action"), QStringLiteral("complete")},
                                    {QStringLiteral("base_version"), 2},
                                    {QStringLiteral("result"), QStringLiteral("排查完毕，清理杂物3处。")}});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(done.json.value(QStringLiteral("done_by")).toString(), QStringLiteral("s_grid_huli"));
        const ApiReply wrongState = post(
            kGridManager, actions,
            {{QStringLiteral("action"), QStringLiteral("acknowledge")}, {QStringLiteral("base_version"), 3}});
        QCOMPARE(wrongState.status, 409);
        QCOMPARE(reasonOf(wrongState), QStringLiteral("state"));
        QCOMPARE(serverCopy(wrongState), done.json);
        const ApiReply finished =
            patch(kSupervisor, path,
                  {{QStringLiteral("base_version"), 3}, {QStringLiteral("title"), QStringLiteral("新标题")}});
        QCOMPARE(finished.status, 409);
        QCOMPARE(reasonOf(finished), QStringLiteral("state"));

        // A second task: changed from a stale version, changed, cancelled.
        const QJsonObject second = taskBody(m_gridA);
        const QString secondPath =
            QStringLiteral("/api/v1/tasks/") + second.value(QStringLiteral("id")).toString();
        QCOMPARE(post(kSupervisor, QStringLiteral("/api/v1/tasks"), second).status, 201);
        const ApiReply staleEdit =
            patch(kSupervisor, secondPath,
                  {{QStringLiteral("base_version"), 2}, {QStringLiteral("title"), QStringLiteral("改")}});
        QCOMPARE(staleEdit.status, 409);
        QCOMPARE(serverCopy(staleEdit).value(QStringLiteral("version")).toInteger(), 1);
        const ApiReply edited = patch(
            kSupervisor, secondPath,
            {{QStringLiteral("base_version"), 1}, {QStringLiteral("due_on"), QStringLiteral("2026-12-20")}});
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json.value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-12-20"));
        QCOMPARE(patch(kOtherSupervisor, secondPath, {{QStringLiteral("base_version"), 2}}).status, 404);
        QCOMPARE(patch(kGridManager, secondPath, {{QStringLiteral("base_version"), 2}}).status, 403);
        const ApiReply cancelled = post(kSupervisor, secondPath + QStringLiteral("/actions"),
                                        {{QStringLiteral("action"), QStringLiteral("cancel")},
                                         {QStringLiteral("base_version"), 2},
                                         {QStringLiteral("reason"), QStringLiteral("重复下发")}});
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(cancelled.json.value(QStringLiteral("cancel_reason")).toString(),
                 QStringLiteral("重复下发"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE target_id = ?"), {id}), 3);
    }

    // A grid manager of grid A, an officer and a supervisor of another district get nothing of grid B
    // (or of A, for the last) through any endpoint.
    void scopeMatrix()
    {
        const auto gone = [&](const QString &who, const QString &path) {
            const int status = as(who).get(path).status;
            if (status != 404)
                qWarning("%s GET %s: %d", qPrintable(who), qPrintable(path), status);
            return status == 404;
        };
        const auto refused = [&](const ApiReply &r, const QString &what) {
            if (r.status != 404 && r.status != 403)
                qWarning("%s: %d %s", qPrintable(what), r.status, r.body.left(200).constData());
            return r.status == 404 || r.status == 403;
        };
        const auto empty = [&](const QString &who, const QString &path) {
            const ApiReply r = as(who).get(path);
            return r.status == 200 && r.json.value(QStringLiteral("total")).toInteger() == 0;
        };
        const QStringList lists{QStringLiteral("households"), QStringLiteral("citizens"),
                                QStringLiteral("visits"), QStringLiteral("incidents"),
                                QStringLiteral("tasks")};
        QVERIFY(!m_incidentB.isEmpty() && !m_attachmentB.isEmpty());
        const QJsonObject incidentB =
            as(kOtherManager).get(QStringLiteral("/api/v1/incidents/") + m_incidentB).json;
        QCOMPARE(incidentB.value(QStringLiteral("attachments")).toArray().size(), 1);

        // The grid manager of A, for B.
        for (const QString &list : lists) {
            QVERIFY2(empty(kGridManager, QStringLiteral("/api/v1/%1?grid=%2").arg(list, m_gridB)),
                     qPrintable(list));
            for (const QJsonValue &item : all(kGridManager, QStringLiteral("/api/v1/") + list))
                QVERIFY2(item[QStringLiteral("grid_id")].toString() != m_gridB, qPrintable(list));
        }
        QVERIFY(gone(kGridManager, QStringLiteral("/api/v1/households/") + m_householdB));
        QVERIFY(gone(kGridManager, QStringLiteral("/api/v1/citizens/") + m_citizenB));
        QVERIFY(gone(kGridManager, QStringLiteral("/api/v1/visits/") + m_visitB));
        QVERIFY(gone(kGridManager, QStringLiteral("/api/v1/incidents/") + m_incidentB));
        QVERIFY(gone(kGridManager, QStringLiteral("/api/v1/tasks/") + m_taskB));
        QVERIFY(gone(kGridManager, QStringLiteral("/api/v1/attachments/") + m_attachmentB));
        QVERIFY(gone(kGridManager, QStringLiteral("/api/v1/grids/%1/special-groups").arg(m_gridB)));
        QCOMPARE(patch(kGridManager, QStringLiteral("/api/v1/visits/") + m_visitB,
                       {{QStringLiteral("base_version"), 1}})
                     .status,
                 404);
        QCOMPARE(patch(kGridManager, QStringLiteral("/api/v1/incidents/") + m_incidentB,
                       {{QStringLiteral("base_version"), 2}})
                     .status,
                 404);
        QVERIFY(refused(
            post(kGridManager, QStringLiteral("/api/v1/incidents/%1/actions").arg(m_incidentB),
                 {{QStringLiteral("action"), QStringLiteral("accept")}, {QStringLiteral("base_version"), 2}}),
            QStringLiteral("incident action")));
        QCOMPARE(post(kGridManager, QStringLiteral("/api/v1/incidents/%1/attachments").arg(m_incidentB),
                      upload(newId(), fakePng(100, 50)))
                     .status,
                 404);
        QVERIFY(refused(patch(kGridManager, QStringLiteral("/api/v1/tasks/") + m_taskB,
                              {{QStringLiteral("base_version"), 1}}),
                        QStringLiteral("task patch")));
        QCOMPARE(post(kGridManager, QStringLiteral("/api/v1/tasks/%1/actions").arg(m_taskB),
                      {{QStringLiteral("action"), QStringLiteral("acknowledge")},
                       {QStringLiteral("base_version"), 1}})
                     .status,
                 404);
        QCOMPARE(post(kGridManager, QStringLiteral("/api/v1/visits"), visitBody(m_gridB)).status, 404);

        // The change feed from 0: only the grid manager's grids, for every grid entity.
        const QStringList mine = column(QStringLiteral(
            "SELECT grid_id FROM staff_grids WHERE staff_id = 's_grid_huli' ORDER BY grid_id"));
        const QSet<QString> gridEntities{QStringLiteral("household"), QStringLiteral("incident"),
                                         QStringLiteral("task"), QStringLiteral("visit"),
                                         QStringLiteral("citizen")};
        QSet<QString> seen;
        for (const QJsonValue &c : feed(kGridManager)) {
            const QString entity = c[QStringLiteral("entity")].toString();
            if (!gridEntities.contains(entity) ||
                c[QStringLiteral("op")].toString() != QLatin1String("upsert"))
                continue;
            seen.insert(entity);
            QVERIFY2(mine.contains(c[QStringLiteral("data")][QStringLiteral("grid_id")].toString()),
                     qPrintable(entity));
        }
        QCOMPARE(seen, gridEntities);

        // An officer: nothing of grid work.
        for (const QString &list : {QStringLiteral("households"), QStringLiteral("incidents"),
                                    QStringLiteral("tasks"), QStringLiteral("visits")})
            QVERIFY2(empty(kOfficer, QStringLiteral("/api/v1/") + list), qPrintable(list));
        QVERIFY(gone(kOfficer, QStringLiteral("/api/v1/households/") + m_householdB));
        QVERIFY(gone(kOfficer, QStringLiteral("/api/v1/incidents/") + m_incidentB));
        QVERIFY(gone(kOfficer, QStringLiteral("/api/v1/tasks/") + m_taskB));
        QVERIFY(gone(kOfficer, QStringLiteral("/api/v1/attachments/") + m_attachmentB));
        for (const QJsonValue &c : feed(kOfficer)) {
            const QString entity = c[QStringLiteral("entity")].toString();
            QVERIFY2(entity != QLatin1String("household") && entity != QLatin1String("incident") &&
                         entity != QLatin1String("task") && entity != QLatin1String("visit"),
                     qPrintable(entity));
        }

        // The supervisor of Siming, for grid A's objects.
        const QString householdA =
            column(QStringLiteral("SELECT id FROM households WHERE grid_id = ? ORDER BY id"), {m_gridA})
                .value(0);
        const QString taskA =
            column(QStringLiteral("SELECT id FROM grid_tasks WHERE grid_id = ? ORDER BY id"), {m_gridA})
                .value(0);
        const QString attachmentA =
            column(
                QStringLiteral(
                    "SELECT a.id FROM incident_attachments a JOIN incidents i ON i.id = a.incident_id WHERE "
                    "i.grid_id = ? ORDER BY a.id"),
                {m_gridA})
                .value(0);
        QVERIFY(!householdA.isEmpty() && !taskA.isEmpty() && !attachmentA.isEmpty() &&
                !m_incidentA.isEmpty());
        for (const QString &list : lists)
            QVERIFY2(empty(kOtherSupervisor, QStringLiteral("/api/v1/%1?grid=%2").arg(list, m_gridA)),
                     qPrintable(list));
        QVERIFY(gone(kOtherSupervisor, QStringLiteral("/api/v1/households/") + householdA));
        QVERIFY(gone(kOtherSupervisor, QStringLiteral("/api/v1/incidents/") + m_incidentA));
        QVERIFY(gone(kOtherSupervisor, QStringLiteral("/api/v1/tasks/") + taskA));
        QVERIFY(gone(kOtherSupervisor, QStringLiteral("/api/v1/attachments/") + attachmentA));
        QCOMPARE(post(kOtherSupervisor, QStringLiteral("/api/v1/tasks/%1/actions").arg(taskA),
                      {{QStringLiteral("action"), QStringLiteral("cancel")},
                       {QStringLiteral("base_version"), 1},
                       {QStringLiteral("reason"), QStringLiteral("越权")}})
                     .status,
                 404);
        QCOMPARE(post(kOtherSupervisor, QStringLiteral("/api/v1/incidents/%1/attachments").arg(m_incidentA),
                      upload(newId(), fakePng(100, 51)))
                     .status,
                 404);
        for (const QJsonValue &c : feed(kOtherSupervisor)) {
            const QString entity = c[QStringLiteral("entity")].toString();
            if (gridEntities.contains(entity) &&
                c[QStringLiteral("op")].toString() == QLatin1String("upsert"))
                QVERIFY2(c[QStringLiteral("data")][QStringLiteral("district_code")].toString() ==
                             QLatin1String("350203"),
                         qPrintable(entity));
        }
    }

    void cleanupTestCase()
    {
        m_staff.disconnectAll();
        QVERIFY(m_server.stop());
    }
};

QTEST_GUILESS_MAIN(TestGridApi)
#include "tst_gridapi.moc"
