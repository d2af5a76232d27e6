#include "soakclients.h"

#include "domain/grid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

#include <thread>

namespace gd::bench::soak {
namespace {

constexpr int kMaxErrorSamples = 25;
constexpr int kWriteAttempts = 6;
constexpr int kStepsPerPull = 12; // a client pulls the change feed every dozen steps

QString isoNow(qint64 offsetSecs = 0)
{
    return QDateTime::currentDateTimeUtc().addSecs(offsetSecs).toString(Qt::ISODateWithMs);
}

// The answered object's list items, or an empty list.
QJsonArray items(const test::ApiReply &reply)
{
    return reply.json.value(QStringLiteral("items")).toArray();
}

qint64 versionOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("version")).toInteger();
}

// The step of `department` that is active in `app`, or an empty object.
QJsonObject activeStepOf(const QJsonObject &app, const QString &department)
{
    for (const QJsonValue &s : app.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = s.toObject();
        if (step.value(QStringLiteral("status")).toString() == QLatin1String("active") &&
            step.value(QStringLiteral("department_id")).toString() == department)
            return step;
    }
    return {};
}

} // namespace

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Read:
        return "read";
    case Kind::Write:
        return "write";
    case Kind::Sync:
        return "sync";
    }
    return "?";
}

// --- SoakTally ---------------------------------------------------------------------------------

void SoakTally::record(const QString &op, Kind kind, double ms, int status, bool expected,
                       const QString &detail)
{
    OpFigures &f = m_ops[op];
    f.kind = kind;
    f.ms.push_back(float(ms));
    ++f.statuses[status];
    if (status / 100 == 2)
        return;
    if (status / 100 == 4 && expected) {
        ++f.expected4xx;
        ++f.expectedStatuses[status];
        return;
    }
    ++f.errors;
    ++f.errorStatuses[status];
    if (m_errorSamples.size() < kMaxErrorSamples)
        m_errorSamples.append(QStringLiteral("%1 %2 %3").arg(op).arg(status).arg(detail.left(300)));
}

void SoakTally::merge(const SoakTally &other)
{
    for (const auto &[op, theirs] : other.m_ops) {
        OpFigures &mine = m_ops[op];
        mine.kind = theirs.kind;
        mine.ms.insert(mine.ms.end(), theirs.ms.begin(), theirs.ms.end());
        for (const auto &[status, n] : theirs.statuses)
            mine.statuses[status] += n;
        for (const auto &[status, n] : theirs.expectedStatuses)
            mine.expectedStatuses[status] += n;
        for (const auto &[status, n] : theirs.errorStatuses)
            mine.errorStatuses[status] += n;
        mine.expected4xx += theirs.expected4xx;
        mine.errors += theirs.errors;
    }
    for (const QString &e : other.m_errorSamples) {
        if (m_errorSamples.size() < kMaxErrorSamples)
            m_errorSamples.append(e);
    }
}

void SoakLedger::merge(const SoakLedger &other)
{
    acks.insert(acks.end(), other.acks.begin(), other.acks.end());
    attachments.insert(attachments.end(), other.attachments.begin(), other.attachments.end());
    replays += other.replays;
    replayMismatches += other.replayMismatches;
    sameIdRetries += other.sameIdRetries;
    sameIdMismatches += other.sameIdMismatches;
    unresolved += other.unresolved;
    unresolvedKeys += other.unresolvedKeys;
    definitive4xx += other.definitive4xx;
}

// --- StaffSim ----------------------------------------------------------------------------------

StaffSim::StaffSim(QString username, const SoakSettings &settings, const SoakDirectory &directory,
                   quint32 seed)
    : m_dir(directory)
    , m_settings(settings)
    , m_rng(seed)
    , m_username(std::move(username))
    , m_client(settings.port)
    , m_cursor(directory.startSeq)
{
}

StaffSim::~StaffSim() = default;

bool StaffSim::signIn(QString *error)
{
    test::ApiReply reply;
    const QString token = m_client.login(m_username, QStringLiteral("GovDesk!2026"), &reply);
    if (token.isEmpty()) {
        *error = QStringLiteral("sign-in of %1 failed: %2").arg(m_username).arg(reply.status);
        return false;
    }
    m_client.setToken(token);
    QJsonObject me = m_client.get(QStringLiteral("/api/v1/auth/me")).json;
    if (me.contains(QLatin1String("user")))
        me = me.value(QLatin1String("user")).toObject();
    m_staffId = me.value(QStringLiteral("id")).toString();
    m_role = me.value(QStringLiteral("role")).toString();
    m_departmentId = me.value(QStringLiteral("department_id")).toString();
    m_areaCode = me.value(QStringLiteral("area_code")).toString();
    for (const QJsonValue &g : me.value(QStringLiteral("grid_ids")).toArray())
        m_gridIds.append(g.toString());
    if (m_staffId.isEmpty()) {
        *error = QStringLiteral("no profile for %1").arg(m_username);
        return false;
    }
    return true;
}

void StaffSim::runUntil(Clock::time_point deadline)
{
    while (Clock::now() < deadline) {
        if (++m_stepsSincePull >= kStepsPerPull) {
            m_stepsSincePull = 0;
            syncPull();
        } else {
            act();
        }
        if (m_settings.thinkMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_rng.bounded(2 * m_settings.thinkMs + 1)));
    }
}

test::ApiReply StaffSim::call(const QString &op, Kind kind, const QString &method, const QString &path,
                              const QJsonObject &body, const test::HeaderList &headers,
                              const QList<int> &expected4xx)
{
    const QByteArray payload =
        method == QLatin1String("GET") ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (int attempt = 0;; ++attempt) {
        const auto t0 = Clock::now();
        test::ApiReply reply = m_client.send(method, path, payload, "application/json", {}, headers);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        // An expired access token: sign in again once and repeat (not a failure of the request).
        if (reply.status == 401 && attempt == 0 && op != QLatin1String("login")) {
            const QString token = m_client.login(m_username);
            if (!token.isEmpty()) {
                m_client.setToken(token);
                m_tally.record(QStringLiteral("auth.resign"), Kind::Read, ms, 401, true, {});
                continue;
            }
        }
        const QString detail = reply.status / 100 == 2 ? QString()
                                                       : method + QLatin1Char(' ') + path + QLatin1Char(' ') +
                                                             QString::fromUtf8(reply.body.left(240));
        m_tally.record(op, kind, ms, reply.status, expected4xx.contains(reply.status), detail);
        return reply;
    }
}

test::ApiReply StaffSim::read(const QString &op, const QString &path, QList<int> expected4xx)
{
    return call(op, Kind::Read, QStringLiteral("GET"), path, {}, {}, expected4xx);
}

std::optional<QJsonObject> StaffSim::write(const QString &op, const QString &entity, const QString &method,
                                           const QString &path, const QJsonObject &body,
                                           QList<int> expected4xx, bool creates)
{
    const QByteArray key = uuid().toLatin1();
    const test::HeaderList headers{
        {QByteArrayLiteral("Idempotency-Key"), key},
        {QByteArrayLiteral("X-Device-Id"), QStringLiteral("soak-%1").arg(m_username).toLatin1()},
        {QByteArrayLiteral("X-Device-Seq"), QByteArray::number(++m_deviceSeq)}};
    test::ApiReply reply;
    for (int attempt = 0;; ++attempt) {
        reply = call(op, Kind::Write, method, path, body, headers, expected4xx);
        if (reply.status != 0 && reply.status < 500)
            break;
        if (attempt + 1 >= kWriteAttempts) {
            ++m_ledger.unresolved;
            m_ledger.unresolvedKeys.append(QString::fromLatin1(key));
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100 * (attempt + 1))); // the outbox's backoff
    }
    if (reply.status / 100 != 2) {
        ++m_ledger.definitive4xx;
        return std::nullopt;
    }
    const QJsonObject answer = reply.json;
    Ack ack;
    ack.entity = entity;
    ack.id = answer.value(QStringLiteral("id")).toString();
    ack.version = versionOf(answer);
    ack.key = QString::fromLatin1(key);
    ack.status = reply.status;
    ack.op = op;
    ack.creates = creates;
    m_ledger.acks.push_back(ack);
    ++m_writes;
    // A client that lost the answer sends the same request again with the same key: the stored answer
    // must come back unchanged, marked as replayed, and nothing may be written again.
    if (int(m_rng.bounded(100)) < m_settings.replayPercent) {
        const test::ApiReply again =
            call(QStringLiteral("replay"), Kind::Write, method, path, body, headers, {});
        ++m_ledger.replays;
        const bool same = again.status == reply.status && again.body == reply.body &&
                          again.header("Idempotent-Replayed").compare("true", Qt::CaseInsensitive) == 0;
        if (!same)
            ++m_ledger.replayMismatches;
    }
    // Now and then a create comes again under a new key with the same id (an outbox that lost its key):
    // 200 with the stored object, nothing written.
    if (creates && m_rng.bounded(100) < 3) {
        const test::HeaderList fresh{{QByteArrayLiteral("Idempotency-Key"), uuid().toLatin1()}};
        const test::ApiReply again =
            call(QStringLiteral("same-id-retry"), Kind::Write, method, path, body, fresh, {});
        ++m_ledger.sameIdRetries;
        if (again.status != 200 || versionOf(again.json) != ack.version ||
            again.json.value(QStringLiteral("id")).toString() != ack.id)
            ++m_ledger.sameIdMismatches;
    }
    return answer;
}

void StaffSim::syncPull()
{
    ++m_pulls;
    for (int page = 0; page < 100; ++page) {
        const test::ApiReply r =
            call(QStringLiteral("sync.changes"), Kind::Sync, QStringLiteral("GET"),
                 QStringLiteral("/api/v1/sync/changes?since=%1&limit=500").arg(m_cursor), {}, {}, {});
        if (r.status != 200)
            return;
        const qint64 next = r.json.value(QStringLiteral("next")).toInteger();
        m_changesPulled += r.json.value(QStringLiteral("changes")).toArray().size();
        if (next < m_cursor) {
            m_tally.record(QStringLiteral("sync.cursor_went_back"), Kind::Sync, 0, 599, false,
                           QStringLiteral("next %1 < since %2").arg(next).arg(m_cursor));
            return;
        }
        m_cursor = next;
        if (!r.json.value(QStringLiteral("has_more")).toBool())
            return;
    }
}

void StaffSim::rememberCitizens(const test::ApiReply &reply)
{
    const QJsonArray list = items(reply);
    if (list.isEmpty())
        return;
    m_citizens.clear();
    for (const QJsonValue &c : list)
        m_citizens.append(c.toObject().value(QStringLiteral("id")).toString());
}

void StaffSim::readHomepage()
{
    if (m_citizens.isEmpty())
        return;
    const QString id = pickOne(m_citizens);
    // A citizen who left the scope (an officer's applicant whose last application moved on) is a 404.
    read(QStringLiteral("homepage.citizen"), QStringLiteral("/api/v1/citizens/%1").arg(id), {404});
    read(QStringLiteral("homepage.applications"), QStringLiteral("/api/v1/citizens/%1/applications").arg(id),
         {404});
    read(QStringLiteral("homepage.notes"), QStringLiteral("/api/v1/notes?subject=%1&limit=20").arg(id));
}

void StaffSim::writeNote()
{
    if (m_citizens.isEmpty())
        return;
    const QJsonObject body{{QStringLiteral("id"), uuid()},
                           {QStringLiteral("subject_type"), QStringLiteral("citizen")},
                           {QStringLiteral("subject_id"), pickOne(m_citizens)},
                           {QStringLiteral("text"), tagged(QStringLiteral("电话回访，情况已记录。"))}};
    // The subject may have left an officer's scope since it was listed: 404.
    write(QStringLiteral("notes.create"), QStringLiteral("note"), QStringLiteral("POST"),
          QStringLiteral("/api/v1/notes"), body, {404}, true);
}

void StaffSim::writeCampaign(const QJsonObject &audience)
{
    const QString id = uuid();
    const QJsonObject body{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), tagged(QStringLiteral("政策提醒 "))},
        {QStringLiteral("content"), QStringLiteral("请留意近期惠民政策，可在线办理。")},
        {QStringLiteral("policy"), QStringLiteral("惠民政策")},
        {QStringLiteral("audience"), audience},
        {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("now")}}},
        {QStringLiteral("channel"), QStringLiteral("app")}};
    const auto made = write(QStringLiteral("campaigns.create"), QStringLiteral("campaign"),
                            QStringLiteral("POST"), QStringLiteral("/api/v1/campaigns"), body, {}, true);
    if (!made || m_rng.bounded(2) == 0)
        return;
    read(QStringLiteral("campaigns.get"), QStringLiteral("/api/v1/campaigns/%1").arg(id));
    write(QStringLiteral("campaigns.edit"), QStringLiteral("campaign"), QStringLiteral("PATCH"),
          QStringLiteral("/api/v1/campaigns/%1").arg(id),
          QJsonObject{{QStringLiteral("base_version"), versionOf(*made)},
                      {QStringLiteral("title"), tagged(QStringLiteral("政策提醒（修订）"))}});
}

int StaffSim::pick(std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = int(m_rng.bounded(total));
    int i = 0;
    for (int w : weights) {
        if (r < w)
            return i;
        r -= w;
        ++i;
    }
    return i - 1;
}

QString StaffSim::pickOne(const QStringList &list)
{
    return list.at(qsizetype(m_rng.bounded(int(list.size()))));
}

QString StaffSim::uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString StaffSim::tagged(const QString &text) const
{
    return QStringLiteral("%1 [%2#%3]").arg(text, m_username).arg(m_writes + 1);
}

// --- OfficerSim --------------------------------------------------------------------------------

void OfficerSim::rememberApplications(const test::ApiReply &reply)
{
    const QJsonArray list = items(reply);
    if (list.isEmpty())
        return;
    m_queue.clear();
    for (const QJsonValue &a : list)
        m_queue.push_back(a.toObject());
}

void OfficerSim::act()
{
    static const QStringList genders{QStringLiteral("male"), QStringLiteral("female")};
    static const QStringList sorts{QStringLiteral("due_at"), QStringLiteral("-submitted_at"),
                                   QStringLiteral("-updated_at")};
    switch (pick({14, 4, 10, 8, 4, 7, 14, 6, 1})) {
    case 0:
        rememberApplications(read(QStringLiteral("applications.queue"),
                                  QStringLiteral("/api/v1/applications?active_department=%1&sort=%2&limit=50")
                                      .arg(m_departmentId, pickOne(sorts))));
        break;
    case 1:
        read(QStringLiteral("applications.sla"), QStringLiteral("/api/v1/applications?sla=overdue&limit=50"));
        break;
    case 2:
        rememberCitizens(read(
            QStringLiteral("citizens.list"),
            QStringLiteral("/api/v1/citizens?gender=%1&sort=-updated_at&limit=50").arg(pickOne(genders))));
        break;
    case 3:
        readHomepage();
        break;
    case 4:
        read(QStringLiteral("dashboard.usage"), QStringLiteral("/api/v1/analytics/usage?group=service"));
        break;
    case 5:
        writeNote();
        break;
    case 6:
        actOnApplication();
        break;
    case 7:
        editApplication();
        break;
    default:
        writeCampaign(QJsonObject{{QStringLiteral("gender"), pickOne(genders)}});
        break;
    }
}

void OfficerSim::actOnApplication()
{
    if (m_queue.empty())
        return;
    const size_t i = m_rng.bounded(int(m_queue.size()));
    const QJsonObject app = m_queue[i];
    const QJsonObject step = activeStepOf(app, m_departmentId);
    if (step.isEmpty()) {
        m_queue.erase(m_queue.begin() + qsizetype(i));
        return;
    }
    const QString claimedBy = step.value(QStringLiteral("claimed_by")).toString();
    QJsonObject body{{QStringLiteral("step_seq"), step.value(QStringLiteral("seq"))},
                     {QStringLiteral("base_version"), versionOf(app)}};
    QString action;
    if (claimedBy.isEmpty() || claimedBy != m_staffId) {
        action = QStringLiteral("claim"); // claimed by a colleague: the 409 "claimed" is expected
    } else if (app.value(QStringLiteral("status")).toString() == QLatin1String("supplement")) {
        // Waiting for the citizen's materials: they came in at the counter.
        action = m_rng.bounded(2) ? QStringLiteral("resume") : QStringLiteral("comment");
    } else {
        const int r = pick({55, 30, 15});
        action = r == 0   ? QStringLiteral("comment")
                 : r == 1 ? QStringLiteral("release")
                          : QStringLiteral("approve");
    }
    body.insert(QStringLiteral("action"), action);
    if (action == QLatin1String("comment"))
        body.insert(QStringLiteral("comment"), tagged(QStringLiteral("已电话联系申请人核实材料。")));
    const auto after = write(
        QStringLiteral("applications.") + action, QStringLiteral("application"), QStringLiteral("POST"),
        QStringLiteral("/api/v1/applications/%1/actions").arg(app.value(QStringLiteral("id")).toString()),
        body, {409});
    if (after && !activeStepOf(*after, m_departmentId).isEmpty())
        m_queue[i] = *after;
    else
        m_queue.erase(m_queue.begin() + qsizetype(i));
}

void OfficerSim::editApplication()
{
    if (m_queue.empty())
        return;
    const size_t i = m_rng.bounded(int(m_queue.size()));
    const QJsonObject app = m_queue[i];
    const QString path =
        QStringLiteral("/api/v1/applications/%1").arg(app.value(QStringLiteral("id")).toString());
    // A colleague of the department may have changed it since it was listed: 409 with the server's copy.
    const auto after = write(
        QStringLiteral("applications.edit"), QStringLiteral("application"), QStringLiteral("PATCH"), path,
        QJsonObject{{QStringLiteral("base_version"), versionOf(app)},
                    {QStringLiteral("remark"), tagged(QStringLiteral("待补充户籍证明"))},
                    {QStringLiteral("priority"),
                     m_rng.bounded(4) == 0 ? QStringLiteral("urgent") : QStringLiteral("normal")}},
        {409});
    if (!after) {
        m_queue.erase(m_queue.begin() + qsizetype(i));
        return;
    }
    m_queue[i] = *after;
    // A second device still holding the old copy edits it: must be a 409, never a silent overwrite.
    if (m_rng.bounded(3) == 0)
        write(QStringLiteral("applications.edit_stale"), QStringLiteral("application"),
              QStringLiteral("PATCH"), path,
              QJsonObject{{QStringLiteral("base_version"), versionOf(app)},
                          {QStringLiteral("remark"), tagged(QStringLiteral("过期的修改"))}},
              {409});
}

// --- SupervisorSim -----------------------------------------------------------------------------

QStringList SupervisorSim::areaGrids() const
{
    if (m_areaCode == QLatin1String("city")) {
        QStringList all;
        for (const QStringList &grids : m_dir.gridsByDistrict)
            all += grids;
        return all;
    }
    return m_dir.gridsByDistrict.value(m_areaCode);
}

void SupervisorSim::act()
{
    static const QStringList genders{QStringLiteral("male"), QStringLiteral("female")};
    static const QStringList groups{QStringLiteral("day"), QStringLiteral("district"),
                                    QStringLiteral("service"), QStringLiteral("channel")};
    switch (pick({12, 8, 6, 3, 6, 4, 4, 8, 5, 1, 5, 1})) {
    case 0: {
        QString path = QStringLiteral("/api/v1/citizens?gender=%1&limit=50&sort=%2")
                           .arg(pickOne(genders),
                                m_rng.bounded(2) ? QStringLiteral("name") : QStringLiteral("-updated_at"));
        if (m_areaCode == QLatin1String("city") && !m_dir.gridsByDistrict.isEmpty())
            path += QStringLiteral("&district=") + pickOne(m_dir.gridsByDistrict.keys());
        rememberCitizens(read(QStringLiteral("citizens.list"), path));
        break;
    }
    case 1:
        readHomepage();
        break;
    case 2:
        read(QStringLiteral("dashboard.usage"),
             QStringLiteral("/api/v1/analytics/usage?group=%1").arg(pickOne(groups)));
        break;
    case 3:
        read(QStringLiteral("dashboard.opinion"), QStringLiteral("/api/v1/analytics/opinion"));
        break;
    case 4: {
        const test::ApiReply r =
            read(QStringLiteral("incidents.list"),
                 QStringLiteral("/api/v1/incidents?status=%1&limit=50")
                     .arg(m_rng.bounded(2) ? QStringLiteral("reported") : QStringLiteral("accepted")));
        if (!items(r).isEmpty()) {
            m_incidents.clear();
            for (const QJsonValue &v : items(r))
                m_incidents.push_back(v.toObject());
        }
        break;
    }
    case 5: {
        const test::ApiReply r =
            read(QStringLiteral("tasks.list"), QStringLiteral("/api/v1/tasks?state=open&limit=50"));
        if (!items(r).isEmpty()) {
            m_tasks.clear();
            for (const QJsonValue &v : items(r))
                m_tasks.push_back(v.toObject());
        }
        break;
    }
    case 6:
        read(QStringLiteral("campaigns.list"), QStringLiteral("/api/v1/campaigns?limit=20"));
        break;
    case 7:
        handleIncident();
        break;
    case 8:
        giveTask();
        break;
    case 9:
        cancelTask();
        break;
    case 10:
        writeNote();
        break;
    default:
        writeCampaign(QJsonObject{{QStringLiteral("gender"), pickOne(genders)}});
        break;
    }
}

void SupervisorSim::handleIncident()
{
    if (m_incidents.empty())
        return;
    const size_t i = m_rng.bounded(int(m_incidents.size()));
    const QJsonObject incident = m_incidents[i];
    m_incidents.erase(m_incidents.begin() + qsizetype(i));
    const bool reported = incident.value(QStringLiteral("status")).toString() == QLatin1String("reported");
    QJsonObject body{{QStringLiteral("base_version"), versionOf(incident)}};
    if (reported && m_rng.bounded(3) != 0) {
        body.insert(QStringLiteral("action"), QStringLiteral("accept"));
    } else {
        body.insert(QStringLiteral("action"), QStringLiteral("resolve"));
        body.insert(QStringLiteral("note"), tagged(QStringLiteral("已协调社区处理完毕。")));
    }
    // Another supervisor of the area, or the grid manager's edit, may have been first: 409.
    write(QStringLiteral("incidents.") + body.value(QStringLiteral("action")).toString(),
          QStringLiteral("incident"), QStringLiteral("POST"),
          QStringLiteral("/api/v1/incidents/%1/actions").arg(incident.value(QStringLiteral("id")).toString()),
          body, {409});
}

void SupervisorSim::giveTask()
{
    // Grids of the simulated grid managers first, so that somebody works on the tasks.
    QStringList grids;
    const QStringList mine = areaGrids();
    for (const QString &g : m_dir.gridManagerGrids) {
        if (mine.contains(g))
            grids.append(g);
    }
    if (grids.isEmpty() || m_rng.bounded(4) == 0)
        grids = mine;
    if (grids.isEmpty())
        return;
    const QString batch = uuid();
    const QString grid = pickOne(grids);
    const QJsonObject body{
        {QStringLiteral("id"), taskIdFor(batch, grid)},
        {QStringLiteral("batch_id"), batch},
        {QStringLiteral("grid_id"), grid},
        {QStringLiteral("title"), tagged(QStringLiteral("排查独居老人"))},
        {QStringLiteral("description"), QStringLiteral("本周内走访辖区独居老人，登记需求。")},
        {QStringLiteral("due_on"), QDate::currentDate().addDays(7).toString(Qt::ISODate)}};
    write(QStringLiteral("tasks.create"), QStringLiteral("task"), QStringLiteral("POST"),
          QStringLiteral("/api/v1/tasks"), body, {}, true);
}

void SupervisorSim::cancelTask()
{
    if (m_tasks.empty())
        return;
    const size_t i = m_rng.bounded(int(m_tasks.size()));
    const QJsonObject task = m_tasks[i];
    m_tasks.erase(m_tasks.begin() + qsizetype(i));
    // The grid manager may have acknowledged or finished it meanwhile: 409.
    write(QStringLiteral("tasks.cancel"), QStringLiteral("task"), QStringLiteral("POST"),
          QStringLiteral("/api/v1/tasks/%1/actions").arg(task.value(QStringLiteral("id")).toString()),
          QJsonObject{{QStringLiteral("action"), QStringLiteral("cancel")},
                      {QStringLiteral("base_version"), versionOf(task)},
                      {QStringLiteral("reason"), QStringLiteral("任务调整，另行安排。")}},
          {409});
}

// --- GridManagerSim ----------------------------------------------------------------------------

void GridManagerSim::act()
{
    if (m_gridIds.isEmpty())
        return;
    const QString grid = pickOne(m_gridIds);
    switch (pick({10, 6, 5, 6, 4, 4, 10, 5, 8, 5, 1})) {
    case 0:
        rememberCitizens(read(QStringLiteral("citizens.list"),
                              QStringLiteral("/api/v1/citizens?grid=%1&limit=50&sort=name&offset=%2")
                                  .arg(grid)
                                  .arg(m_rng.bounded(4) * 50)));
        break;
    case 1: {
        const test::ApiReply r = read(QStringLiteral("households.list"),
                                      QStringLiteral("/api/v1/households?grid=%1&limit=50").arg(grid));
        if (!items(r).isEmpty()) {
            m_households.clear();
            for (const QJsonValue &h : items(r))
                m_households.append(h.toObject().value(QStringLiteral("id")).toString());
        }
        break;
    }
    case 2:
        read(QStringLiteral("visits.list"), QStringLiteral("/api/v1/visits?grid=%1&limit=50").arg(grid));
        break;
    case 3: {
        const test::ApiReply r = read(QStringLiteral("tasks.list"),
                                      QStringLiteral("/api/v1/tasks?grid=%1&limit=50&sort=due_on").arg(grid));
        m_tasks.clear();
        for (const QJsonValue &t : items(r)) {
            const QString state = t.toObject().value(QStringLiteral("state")).toString();
            if (state == QLatin1String("open") || state == QLatin1String("acknowledged"))
                m_tasks.push_back(t.toObject());
        }
        break;
    }
    case 4:
        read(QStringLiteral("incidents.list"),
             QStringLiteral("/api/v1/incidents?grid=%1&limit=50").arg(grid));
        break;
    case 5:
        read(QStringLiteral("grid.special_groups"),
             QStringLiteral("/api/v1/grids/%1/special-groups").arg(grid));
        break;
    case 6:
        recordVisit();
        break;
    case 7:
        reportIncident();
        break;
    case 8:
        workOnTask();
        break;
    case 9:
        writeNote();
        break;
    default:
        writeCampaign(QJsonObject{{QStringLiteral("region"), grid}});
        break;
    }
}

void GridManagerSim::recordVisit()
{
    if (m_households.isEmpty()) {
        rememberCitizens(read(QStringLiteral("citizens.list"),
                              QStringLiteral("/api/v1/citizens?grid=%1&limit=50").arg(m_gridIds.first())));
    }
    // Households and residents were listed for some grid of this manager; name that grid.
    const test::ApiReply hh = m_households.isEmpty()
                                  ? test::ApiReply{}
                                  : read(QStringLiteral("households.get"),
                                         QStringLiteral("/api/v1/households/%1").arg(pickOne(m_households)));
    QJsonObject body{
        {QStringLiteral("id"), uuid()},
        {QStringLiteral("kind"), visitKinds().at(qsizetype(m_rng.bounded(int(visitKinds().size()))))},
        {QStringLiteral("visited_at"), isoNow(-qint64(m_rng.bounded(3600)))},
        {QStringLiteral("summary"), tagged(QStringLiteral("入户走访，了解家庭近况，宣传政策。"))}};
    if (hh.status == 200) {
        body.insert(QStringLiteral("grid_id"), hh.json.value(QStringLiteral("grid_id")));
        body.insert(QStringLiteral("household_id"), hh.json.value(QStringLiteral("id")));
    } else {
        body.insert(QStringLiteral("grid_id"), m_gridIds.first());
    }
    if (m_rng.bounded(4) == 0) {
        body.insert(QStringLiteral("follow_up"), QStringLiteral("下周回访"));
        body.insert(QStringLiteral("follow_up_due"), QDate::currentDate().addDays(7).toString(Qt::ISODate));
    }
    write(QStringLiteral("visits.create"), QStringLiteral("visit"), QStringLiteral("POST"),
          QStringLiteral("/api/v1/visits"), body, {}, true);
}

void GridManagerSim::reportIncident()
{
    const QString id = uuid();
    const QString grid = pickOne(m_gridIds);
    const QJsonObject body{
        {QStringLiteral("id"), id},
        {QStringLiteral("grid_id"), grid},
        {QStringLiteral("category"),
         incidentCategories().at(qsizetype(m_rng.bounded(int(incidentCategories().size()))))},
        {QStringLiteral("location"), QStringLiteral("%1 号楼楼道").arg(m_rng.bounded(1, 40))},
        {QStringLiteral("description"), tagged(QStringLiteral("楼道堆放杂物，存在消防隐患，已拍照。"))},
        {QStringLiteral("urgency"),
         incidentUrgencies().at(qsizetype(m_rng.bounded(int(incidentUrgencies().size()))))},
        {QStringLiteral("reported_at"), isoNow(-60)}};
    auto incident = write(QStringLiteral("incidents.create"), QStringLiteral("incident"),
                          QStringLiteral("POST"), QStringLiteral("/api/v1/incidents"), body, {}, true);
    if (!incident)
        return;
    const int photos = 1 + int(m_rng.bounded(2));
    for (int p = 0; p < photos && !m_settings.photos.isEmpty(); ++p) {
        const QByteArray &bytes =
            m_settings.photos.at(qsizetype(m_rng.bounded(int(m_settings.photos.size()))));
        const Attachment a{uuid(), id, sha256Hex(bytes)};
        const QJsonObject upload{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("file_name"), QStringLiteral("scene-%1.jpg").arg(p + 1)},
                                 {QStringLiteral("content_type"), sniffAttachmentType(bytes)},
                                 {QStringLiteral("size"), qint64(bytes.size())},
                                 {QStringLiteral("sha256"), a.sha256},
                                 {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())}};
        // A supervisor may have resolved it meanwhile: 409.
        auto after =
            write(QStringLiteral("incidents.photo"), QStringLiteral("incident"), QStringLiteral("POST"),
                  QStringLiteral("/api/v1/incidents/%1/attachments").arg(id), upload, {409});
        if (!after)
            return;
        incident = after;
        recordAttachment(a);
    }
    if (m_rng.bounded(3) != 0)
        return;
    // An edit while it is still reported (a supervisor may have accepted it already: 409), then the
    // same edit from a device holding the old copy (a deliberately stale write: 409).
    const QString path = QStringLiteral("/api/v1/incidents/%1").arg(id);
    const qint64 seen = versionOf(*incident);
    write(QStringLiteral("incidents.edit"), QStringLiteral("incident"), QStringLiteral("PATCH"), path,
          QJsonObject{{QStringLiteral("base_version"), seen},
                      {QStringLiteral("urgency"), QStringLiteral("high")},
                      {QStringLiteral("location"), QStringLiteral("小区东门")}},
          {409});
    write(QStringLiteral("incidents.edit_stale"), QStringLiteral("incident"), QStringLiteral("PATCH"), path,
          QJsonObject{{QStringLiteral("base_version"), seen},
                      {QStringLiteral("urgency"), QStringLiteral("low")}},
          {409});
}

void GridManagerSim::workOnTask()
{
    if (m_tasks.empty())
        return;
    const size_t i = m_rng.bounded(int(m_tasks.size()));
    const QJsonObject task = m_tasks[i];
    m_tasks.erase(m_tasks.begin() + qsizetype(i));
    const bool open = task.value(QStringLiteral("state")).toString() == QLatin1String("open");
    QJsonObject body{{QStringLiteral("base_version"), versionOf(task)}};
    if (open && m_rng.bounded(2) == 0) {
        body.insert(QStringLiteral("action"), QStringLiteral("acknowledge"));
    } else {
        body.insert(QStringLiteral("action"), QStringLiteral("complete"));
        body.insert(QStringLiteral("result"), tagged(QStringLiteral("已走访完毕，登记需求 3 项。")));
    }
    // The supervisor may have cancelled or changed it meanwhile: 409.
    const auto after =
        write(QStringLiteral("tasks.") + body.value(QStringLiteral("action")).toString(),
              QStringLiteral("task"), QStringLiteral("POST"),
              QStringLiteral("/api/v1/tasks/%1/actions").arg(task.value(QStringLiteral("id")).toString()),
              body, {409});
    if (after && after->value(QStringLiteral("state")).toString() == QLatin1String("acknowledged"))
        m_tasks.push_back(*after);
}

} // namespace gd::bench::soak
