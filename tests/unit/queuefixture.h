#pragma once
// A local copy for the pending-queue tests and govdesk-bench queue: a real encrypted store filled through
// ChangeApplier (as the sync engine fills it, so the queue rows come from the writer) with
// four departments, three services whose workflows cross departments (one with two parallel steps), and
// `count` applications run through gd::startWorkflow / gd::applyAction: submitted over the 16 days
// before `now`, about a third claimed, some a stage further, some returned for supplement, some
// completed or rejected. `applications` keeps every object as written, so tests compute the expected
// rows of each filter from it. Header-only; the caller's thread (before a reader opens the file).

#include "store/changeapplier.h"
#include "store/store.h"

#include "domain/catalog.h"
#include "domain/workflow.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace gd::test {

class QueueFixture {
public:
    static constexpr qint64 kBatch = 5000;

    QString path;
    QByteArray key;
    QList<Department> departments;
    QList<ServiceItem> services;
    QList<Application> applications;
    bool keepApplications = true; // false: `applications` stays empty (big benchmark copies)

    static WorkflowActor officer(const QString &department, int n = 0)
    {
        static const QStringList names{QStringLiteral("王芳"), QStringLiteral("李强"),
                                       QStringLiteral("陈静")};
        return WorkflowActor{QStringLiteral("st-%1-%2").arg(department).arg(n), names.at(n % names.size()),
                             QStringLiteral("officer"), department};
    }

    // Creates and fills the file; an empty string when it worked, else what failed.
    QString create(const QString &directory, int count, const QDateTime &now, const QString &stem = {})
    {
        path = store::Store::pathFor(directory, stem.isEmpty() ? QStringLiteral("queue0123456789ab") : stem);
        key = QByteArray(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        auto opened = store::Store::open(path, key);
        if (!opened)
            return opened.error().message;
        m_store = std::move(*opened);
        makeCatalogue();
        QJsonArray page;
        for (const Department &d : std::as_const(departments))
            page.append(change(QStringLiteral("department"), toJson(d)));
        for (const ServiceItem &s : std::as_const(services))
            page.append(change(QStringLiteral("service"), toJson(s)));
        for (int i = 0; i < count; ++i) {
            const Application a = makeApplication(i, now);
            page.append(change(QStringLiteral("application"), toJson(a)));
            if (keepApplications)
                applications.append(a);
            if (page.size() >= kBatch) {
                if (QString failed = flush(page); !failed.isEmpty())
                    return failed;
            }
        }
        return flush(page);
    }

    store::Store *store() const { return m_store.get(); }
    void close() { m_store.reset(); }

    // Writes one application as the sync engine would (its version must be newer than the stored one).
    QString write(const Application &application)
    {
        QJsonArray page{change(QStringLiteral("application"), toJson(application))};
        for (Application &a : applications) {
            if (a.id == application.id)
                a = application;
        }
        return flush(page);
    }

    static bool isOpen(const Application &a)
    {
        return a.status != QLatin1String("completed") && a.status != QLatin1String("rejected");
    }

private:
    QJsonObject change(const QString &entity, const QJsonObject &data)
    {
        return QJsonObject{{QStringLiteral("seq"), ++m_seq},
                           {QStringLiteral("entity"), entity},
                           {QStringLiteral("op"), QStringLiteral("upsert")},
                           {QStringLiteral("id"), data.value(QLatin1String("id"))},
                           {QStringLiteral("version"), data.value(QLatin1String("version"))},
                           {QStringLiteral("data"), data}};
    }

    QString flush(QJsonArray &page)
    {
        if (page.isEmpty())
            return {};
        store::ChangeApplier applier(*m_store);
        auto applied = applier.apply(page, m_seq);
        page = QJsonArray();
        return applied ? QString() : applied.error().message;
    }

    void makeCatalogue()
    {
        departments = {
            Department{QStringLiteral("d-wjw"), QStringLiteral("卫健委"), QStringLiteral("卫健"), 1},
            Department{QStringLiteral("d-gaj"), QStringLiteral("公安局"), QStringLiteral("公安"), 1},
            Department{QStringLiteral("d-jyj"), QStringLiteral("教育局"), QStringLiteral("教育"), 1},
            Department{QStringLiteral("d-mzj"), QStringLiteral("民政局"), QStringLiteral("民政"), 1}};
        auto service = [](const char *id, const char *name, const char *department, int sla,
                          QList<WorkflowStep> steps) {
            ServiceItem s;
            s.id = QLatin1String(id);
            s.code = s.id;
            s.name = QString::fromUtf8(name);
            s.departmentId = QLatin1String(department);
            s.category = QStringLiteral("life");
            s.applicantType = QStringLiteral("citizen");
            s.slaDays = sla;
            s.materials = {QStringLiteral("身份证"), QStringLiteral("户口簿")};
            s.steps = std::move(steps);
            return s;
        };
        auto step = [](int seq, const char *name, const char *department, int sla, int stage) {
            return WorkflowStep{seq, QString::fromUtf8(name), QLatin1String(department), sla, stage};
        };
        services = {service("s-birth", "出生一件事", "d-wjw", 10,
                            {step(1, "出生医学证明", "d-wjw", 3, 1), step(2, "户口登记", "d-gaj", 5, 2),
                             step(3, "入学登记", "d-jyj", 2, 3)}),
                    service("s-marriage", "婚姻登记", "d-mzj", 3, {step(1, "婚姻登记审核", "d-mzj", 3, 1)}),
                    service("s-school", "积分入学", "d-jyj", 20,
                            {step(1, "积分审核", "d-jyj", 10, 1), step(2, "居住核验", "d-gaj", 5, 1),
                             step(3, "学位分配", "d-jyj", 5, 2)})};
    }

    Application makeApplication(int i, const QDateTime &now)
    {
        static const QString surnames = QStringLiteral("王李刘陈杨黄吴徐孙胡马林张赵");
        static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚");
        const ServiceItem &service = services.at(i % services.size());
        Application a;
        a.id = QStringLiteral("app-%1").arg(i, 7, 10, QLatin1Char('0'));
        const QDateTime submitted = now.addSecs(-qint64((qint64(i) * 7919) % (16 * 24 * 3600)));
        a.number = submitted.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd")) +
                   QStringLiteral("-%1").arg(i, 6, 10, QLatin1Char('0'));
        a.serviceId = service.id;
        a.applicantType = QStringLiteral("citizen");
        a.applicantId = QStringLiteral("c%1").arg(i % 5000, 6, 10, QLatin1Char('0'));
        a.applicantName = QString(surnames.at(i % surnames.size())) + QStringLiteral("*") +
                          given.at((i / 14) % given.size());
        a.applicantIdMasked = QStringLiteral("3502**********%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        a.channel = QStringLiteral("pc");
        a.districtCode = QStringLiteral("350206");
        a.gridId = QStringLiteral("350206001001-01");
        a.remark = QString();
        a.priority = QStringLiteral("normal");
        const WorkflowActor portal{QString(), QStringLiteral("申请人"), QStringLiteral("portal"), QString()};
        startWorkflow(a, service, portal, submitted);
        QDateTime at = submitted;
        auto act = [&](const QString &action, const ApplicationStep *step, int officerNo = 0,
                       std::optional<QStringList> materials = std::nullopt) {
            at = at.addSecs(600);
            if (at > now)
                at = now;
            ApplicationAction x;
            x.action = action;
            x.stepSeq = step->seq;
            x.baseVersion = a.version;
            x.materials = std::move(materials);
            if (action == QLatin1String("reject"))
                x.reason = QStringLiteral("材料不符");
            (void)applyAction(a, x, officer(step->departmentId, officerNo), at);
        };
        // A stage further for every fifth; completed for every 17th; rejected for every 23rd.
        if (i % 17 == 0 || i % 5 == 0) {
            for (int round = 0; round < (i % 17 == 0 ? 3 : 1); ++round) {
                const QList<const ApplicationStep *> active = activeSteps(a);
                for (const ApplicationStep *step : active)
                    act(QStringLiteral("approve"), step);
            }
        }
        if (i % 23 == 1 && !activeSteps(a).isEmpty())
            act(QStringLiteral("reject"), activeSteps(a).constFirst());
        if ((i / 3) % 3 == 0 && !activeSteps(a).isEmpty())
            act(QStringLiteral("claim"), activeSteps(a).constFirst(), i % 2);
        if (i % 11 == 2 && !activeSteps(a).isEmpty())
            act(QStringLiteral("return"), activeSteps(a).constFirst(), 0,
                QStringList{QStringLiteral("户口簿")});
        return a;
    }

    std::unique_ptr<store::Store> m_store;
    qint64 m_seq = 0;
};

} // namespace gd::test
