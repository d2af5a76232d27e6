// The workflow state machine (domain/workflow.h) that the server takes actions with and the client shows
// them with offline: stages and parallel steps, claims, supplements pausing the SLA clock, transfers,
// rejections, and every refusal with its code.
#include "domain/workflow.h"

#include <QTest>
#include <QTimeZone>

using namespace gd;

namespace {

QDateTime cst(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(8 * 3600)).toUTC();
}

WorkflowStep wstep(int seq, const char *name, const char *dept, int sla,
                   std::optional<int> stage = std::nullopt)
{
    WorkflowStep s;
    s.seq = seq;
    s.name = QString::fromUtf8(name);
    s.departmentId = QString::fromLatin1(dept);
    s.slaDays = sla;
    s.stage = stage;
    return s;
}

ServiceItem birthCertificate()
{
    ServiceItem s;
    s.id = QStringLiteral("svc-birth");
    s.name = QStringLiteral("出生医学证明办理");
    s.departmentId = QStringLiteral("wjw");
    s.materials = {QStringLiteral("父母双方居民身份证"), QStringLiteral("分娩记录"),
                   QStringLiteral("结婚证")};
    s.steps = {wstep(1, "出生医学证明签发", "wjw", 3), wstep(2, "户籍信息核验", "gaj", 2),
               wstep(3, "入学信息预登记", "jyj", 2)};
    return s;
}

ServiceItem oneStop()
{
    ServiceItem s;
    s.id = QStringLiteral("svc-unemployed");
    s.name = QStringLiteral("失业人员一条龙服务");
    s.departmentId = QStringLiteral("rsj");
    s.steps = {wstep(1, "失业登记", "rsj", 2, 1), wstep(2, "法律援助咨询", "sfj", 5, 2),
               wstep(3, "职业技能培训报名", "rsj", 5, 2), wstep(4, "就业岗位推荐", "rsj", 3, 2)};
    return s;
}

WorkflowActor officer(const char *id, const char *dept)
{
    return {QString::fromLatin1(id), QStringLiteral("办事员%1").arg(QString::fromLatin1(id)),
            QStringLiteral("officer"), QString::fromLatin1(dept)};
}

ApplicationAction act(const char *what, int step, qint64 base)
{
    ApplicationAction a;
    a.action = QString::fromLatin1(what);
    a.stepSeq = step;
    a.baseVersion = base;
    return a;
}

Application started(const ServiceItem &service, const QDateTime &now)
{
    Application a;
    a.id = QStringLiteral("app-1");
    a.serviceId = service.id;
    a.submittedAt = now;
    startWorkflow(a, service, officer("counter", "wjw"), now);
    return a;
}

QString reasonOf(const Error &e)
{
    return e.details.value(QStringLiteral("reason")).toString();
}

} // namespace

class TestWorkflow : public QObject {
    Q_OBJECT
private slots:
    void startActivatesTheFirstStage()
    {
        const QDateTime now = cst(2026, 11, 24);
        const Application a = started(birthCertificate(), now);
        QCOMPARE(a.status, QStringLiteral("in_progress"));
        QCOMPARE(a.currentStep, 1);
        QCOMPARE(a.steps.size(), 3);
        QCOMPARE(a.steps[0].status, QStringLiteral("active"));
        QCOMPARE(a.steps[1].status, QStringLiteral("waiting"));
        QCOMPARE(*a.steps[0].dueAt, worktime::dueAfter(now, 3));
        QCOMPARE(a.dueAt, worktime::dueAfter(now, 7)); // 3 + 2 + 2 in order
        QCOMPARE(a.history->size(), 1);
        QCOMPARE(a.history->first().action, QStringLiteral("submit"));
        QCOMPARE(a.materials->size(), 3);
        // Parallel stage: the longest step counts once.
        const Application b = started(oneStop(), now);
        QCOMPARE(b.dueAt, worktime::dueAfter(now, 2 + 5));
    }

    void walkThroughThreeDepartments()
    {
        QDateTime now = cst(2026, 11, 24);
        Application a = started(birthCertificate(), now);
        const WorkflowActor wjw = officer("w1", "wjw"), gaj = officer("g1", "gaj"),
                            jyj = officer("j1", "jyj");
        QVERIFY(applyAction(a, act("claim", 1, a.version), wjw, now));
        QCOMPARE(*a.steps[0].claimedBy, QStringLiteral("w1"));
        QCOMPARE(a.version, 2);
        QVERIFY(applyAction(a, act("approve", 1, a.version), wjw, now));
        QCOMPARE(a.steps[0].status, QStringLiteral("done"));
        QCOMPARE(a.steps[1].status, QStringLiteral("active"));
        QCOMPARE(a.currentStep, 2);
        // Police cannot act on education's step, health no longer on its own finished one.
        auto refused = applyAction(a, act("approve", 3, a.version), gaj, now);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        refused = applyAction(a, act("approve", 1, a.version), wjw, now);
        QCOMPARE(reasonOf(refused.error()), QStringLiteral("step_not_active"));
        // Police approve without claiming first: claimed implicitly.
        QVERIFY(applyAction(a, act("approve", 2, a.version), gaj, now));
        QCOMPARE(*a.steps[1].claimedBy, QStringLiteral("g1"));
        QVERIFY(applyAction(a, act("approve", 3, a.version), jyj, now));
        QCOMPARE(a.status, QStringLiteral("completed"));
        QCOMPARE(*a.completedAt, now);
        QCOMPARE(a.history->last().action, QStringLiteral("complete"));
        QCOMPARE(a.history->last().version, a.version);
        refused = applyAction(a, act("claim", 3, a.version), jyj, now);
        QCOMPARE(reasonOf(refused.error()), QStringLiteral("finished"));
        // Versions of the events go up by one per action.
        QCOMPARE(a.version, 5);
        QCOMPARE(a.history->at(a.history->size() - 2).version, 5);
    }

    void parallelStageWaitsForAllItsSteps()
    {
        const QDateTime now = cst(2026, 11, 24);
        Application a = started(oneStop(), now);
        const WorkflowActor rsj = officer("r1", "rsj"), sfj = officer("s1", "sfj");
        QVERIFY(applyAction(a, act("approve", 1, a.version), rsj, now));
        QCOMPARE(activeSteps(a).size(), 3);
        QVERIFY(applyAction(a, act("approve", 3, a.version), rsj, now));
        QVERIFY(applyAction(a, act("approve", 4, a.version), rsj, now));
        QCOMPARE(a.status, QStringLiteral("in_progress"));
        QCOMPARE(activeSteps(a).size(), 1);
        QCOMPARE(a.currentStep, 2);
        QVERIFY(applyAction(a, act("approve", 2, a.version), sfj, now));
        QCOMPARE(a.status, QStringLiteral("completed"));
    }

    void claimIsALock()
    {
        const QDateTime now = cst(2026, 11, 24);
        Application a = started(birthCertificate(), now);
        const WorkflowActor w1 = officer("w1", "wjw"), w2 = officer("w2", "wjw");
        const qint64 seen = a.version;
        QVERIFY(applyAction(a, act("claim", 1, seen), w1, now));
        const Application before = a;
        auto refused = applyAction(a, act("claim", 1, seen), w2, now);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(reasonOf(refused.error()), QStringLiteral("claimed"));
        QCOMPARE(refused.error().details.value(QStringLiteral("claimed_by")).toString(),
                 QStringLiteral("w1"));
        QCOMPARE(a.version, before.version); // unchanged on refusal
        QCOMPARE(a.history->size(), before.history->size());
        refused = applyAction(a, act("approve", 1, a.version), w2, now);
        QCOMPARE(reasonOf(refused.error()), QStringLiteral("claimed"));
        // The claimant re-claims harmlessly; a colleague may not release it; a supervisor may, with a reason.
        QVERIFY(applyAction(a, act("claim", 1, a.version), w1, now));
        refused = applyAction(a, act("release", 1, a.version), w2, now);
        QCOMPARE(reasonOf(refused.error()), QStringLiteral("claimed"));
        const WorkflowActor boss{
            QStringLiteral("s1"), QStringLiteral("主管"), QStringLiteral("supervisor"), {}};
        refused = applyAction(a, act("release", 1, a.version), boss, now);
        QCOMPARE(refused.error().code, ErrorCode::BadRequest);
        ApplicationAction release = act("release", 1, a.version);
        release.reason = QStringLiteral("办事员休假");
        QVERIFY(applyAction(a, release, boss, now));
        QVERIFY(!a.steps[0].claimedBy);
        refused = applyAction(a, act("approve", 1, a.version), boss, now);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QVERIFY(applyAction(a, act("claim", 1, a.version), w2, now));
    }

    void staleBaseVersion()
    {
        const QDateTime now = cst(2026, 11, 24);
        Application a = started(birthCertificate(), now);
        const WorkflowActor w1 = officer("w1", "wjw"), w2 = officer("w2", "wjw");
        const qint64 seen = a.version;
        // My own claim, then my approve based on what I saw before my claim: accepted.
        QVERIFY(applyAction(a, act("claim", 1, seen), w1, now));
        ApplicationAction comment = act("comment", 1, a.version);
        comment.comment = QStringLiteral("材料齐全");
        QVERIFY(applyAction(a, comment, w2, now)); // a colleague's comment does not make it stale
        QVERIFY(applyAction(a, act("approve", 1, seen), w1, now));
        // Someone else's action since the base version: stale.
        Application b = started(birthCertificate(), now);
        const qint64 seenB = b.version;
        QVERIFY(applyAction(b, act("claim", 1, seenB), w2, now));
        QVERIFY(applyAction(b, act("release", 1, b.version), w2, now));
        auto refused = applyAction(b, act("claim", 1, seenB), w1, now);
        QCOMPARE(reasonOf(refused.error()), QStringLiteral("stale"));
        refused = applyAction(b, act("claim", 1, b.version + 1), w1, now);
        QCOMPARE(refused.error().code, ErrorCode::BadRequest);
    }

    void supplementPausesTheClock()
    {
        const QDateTime submitted = cst(2026, 11, 24); // Tuesday
        Application a = started(birthCertificate(), submitted);
        const WorkflowActor w1 = officer("w1", "wjw");
        const QDateTime stepDue = *a.steps[0].dueAt;
        const QDateTime overallDue = a.dueAt;
        ApplicationAction ret = act("return", 1, a.version);
        auto refused = applyAction(a, ret, w1, submitted);
        QCOMPARE(refused.error().code, ErrorCode::BadRequest); // no materials listed
        ret.materials = QStringList{QStringLiteral("结婚证"), QStringLiteral(" "), QStringLiteral("户口簿")};
        QVERIFY(applyAction(a, ret, w1, cst(2026, 11, 25)));
        QCOMPARE(a.status, QStringLiteral("supplement"));
        QCOMPARE(*a.missingMaterials, (QStringList{QStringLiteral("结婚证"), QStringLiteral("户口簿")}));
        QCOMPARE(a.materials->size(), 4); // 户口簿 added as missing
        QCOMPARE(applicationSlaState(a, cst(2026, 12, 10)), SlaState::Paused);
        refused = applyAction(a, act("approve", 1, a.version), w1, cst(2026, 11, 26));
        QCOMPARE(refused.error().code, ErrorCode::BadRequest);
        // The citizen supplies the materials through the portal on Monday: 3 working days paused.
        const WorkflowActor portal{QString(), QStringLiteral("申请人"), QStringLiteral("portal"), {}};
        QVERIFY(applyAction(a, act("resume", 1, a.version), portal, cst(2026, 11, 30)));
        QCOMPARE(a.status, QStringLiteral("in_progress"));
        QCOMPARE(*a.steps[0].dueAt,
                 worktime::endOfLocalDay(worktime::addWorkingDays(QDate(2026, 11, 27), 3)));
        QVERIFY(*a.steps[0].dueAt > stepDue);
        QCOMPARE(worktime::workingDaysBetween(worktime::localDate(overallDue.addMSecs(-1)),
                                              worktime::localDate(a.dueAt.addMSecs(-1))),
                 3);
        QVERIFY(std::all_of(a.materials->begin(), a.materials->end(), [](auto &m) { return m.received; }));
        QVERIFY(!a.pausedAt);
        // The portal may do nothing else.
        refused = applyAction(a, act("approve", 1, a.version), portal, cst(2026, 11, 30));
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    }

    void transferAndReject()
    {
        const QDateTime now = cst(2026, 11, 24);
        Application a = started(birthCertificate(), now);
        const WorkflowActor w1 = officer("w1", "wjw"), m1 = officer("m1", "mzj");
        ApplicationAction transfer = act("transfer", 1, a.version);
        transfer.toDepartmentId = QStringLiteral("mzj");
        QCOMPARE(applyAction(a, transfer, w1, now).error().code, ErrorCode::BadRequest); // no reason
        transfer.reason = QStringLiteral("属民政职责");
        QVERIFY(applyAction(a, transfer, w1, now));
        QCOMPARE(a.steps[0].departmentId, QStringLiteral("mzj"));
        QCOMPARE(*a.steps[0].transferredFrom, QStringLiteral("wjw"));
        QVERIFY(!a.steps[0].claimedBy);
        QCOMPARE(*a.history->last().toDepartmentId, QStringLiteral("mzj"));
        QCOMPARE(applyAction(a, act("claim", 1, a.version), w1, now).error().code, ErrorCode::Forbidden);
        // Health still comments: it took part.
        ApplicationAction comment = act("comment", 0, a.version);
        comment.comment = QStringLiteral("已转民政");
        QVERIFY(applyAction(a, comment, w1, now));
        ApplicationAction reject = act("reject", 1, a.version);
        QCOMPARE(applyAction(a, reject, m1, now).error().code, ErrorCode::BadRequest);
        reject.reason = QStringLiteral("不符合办理条件");
        QVERIFY(applyAction(a, reject, m1, now));
        QCOMPARE(a.status, QStringLiteral("rejected"));
        QCOMPARE(a.steps[0].status, QStringLiteral("rejected"));
        QCOMPARE(a.steps[1].status, QStringLiteral("cancelled"));
        QVERIFY(activeSteps(a).isEmpty());
        applySlaStates(a, now);
        QCOMPARE(*a.slaState, QStringLiteral("done"));
    }

    void slaStatesOfSteps()
    {
        const QDateTime submitted = cst(2026, 11, 24);
        Application a = started(birthCertificate(), submitted);
        applySlaStates(a, cst(2026, 11, 26));
        QCOMPARE(*a.steps[0].slaState, QStringLiteral("due_soon"));
        QCOMPARE(*a.steps[1].slaState, QStringLiteral("normal"));
        QCOMPARE(*a.slaState, QStringLiteral("normal"));
        applySlaStates(a, cst(2026, 11, 30));
        QCOMPARE(*a.steps[0].slaState, QStringLiteral("overdue"));
    }

    void badInput()
    {
        const QDateTime now = cst(2026, 11, 24);
        Application a = started(birthCertificate(), now);
        const WorkflowActor w1 = officer("w1", "wjw");
        QCOMPARE(applyAction(a, act("approve", 9, a.version), w1, now).error().code, ErrorCode::BadRequest);
        QCOMPARE(applyAction(a, act("delete", 1, a.version), w1, now).error().code, ErrorCode::BadRequest);
        QCOMPARE(applyAction(a, act("claim", 1, 0), w1, now).error().code, ErrorCode::BadRequest);
        ApplicationAction longReason = act("reject", 1, a.version);
        longReason.reason = QString(501, QLatin1Char('x'));
        QCOMPARE(applyAction(a, longReason, w1, now).error().code, ErrorCode::BadRequest);
        ApplicationAction emptyComment = act("comment", 1, a.version);
        emptyComment.comment = QStringLiteral("   ");
        QCOMPARE(applyAction(a, emptyComment, w1, now).error().code, ErrorCode::BadRequest);
        const WorkflowActor grid{
            QStringLiteral("g"), QStringLiteral("网格员"), QStringLiteral("grid_manager"), {}};
        QCOMPARE(applyAction(a, act("claim", 1, a.version), grid, now).error().code, ErrorCode::Forbidden);
        QCOMPARE(a.version, 1);
    }

    void roundTripsThroughJson()
    {
        Application a = started(oneStop(), cst(2026, 11, 24));
        QVERIFY(applyAction(a, act("claim", 1, a.version), officer("r1", "rsj"), cst(2026, 11, 24)));
        applySlaStates(a, cst(2026, 11, 24));
        const auto back = fromJson<Application>(toJson(a));
        QVERIFY(back);
        QCOMPARE(toJson(*back), toJson(a));
        QCOMPARE(*back->steps[2].stage, 2);
        QCOMPARE(back->history->last().version, 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
