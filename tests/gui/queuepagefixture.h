#pragma once
// A local copy for the pending-queue GUI tests (tst_queuepage): a real encrypted store (random key) with
// three departments (wjw 市卫健委, gaj 市公安局, jyj 市教育局), two services —
//   svc-birth 出生一件事: stage 1 出生医学证明 (wjw, 5 days); stage 2 户口登记 (gaj, 3) and
//             入学信息登记 (jyj, 3) in parallel
//   svc-health 健康证明: one step 健康证明签发 (wjw, 3)
// — and applications started through gd::startWorkflow at chosen moments before kNow (so their SLA
// states differ): b1..b4 of svc-birth, h1..h2 of svc-health; b4 is claimed by another officer (李明).
// Header-only; the test's thread, before the sync engine and the reader open the file.

#include "domain/codec.h"
#include "domain/workflow.h"
#include "store/localtables.h"
#include "store/store.h"

#include <QRandomGenerator>

namespace gd::test {

class QueuePageFixture {
public:
    // Tuesday 2026-11-24 10:00 CST.
    static QDateTime now() { return QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC); }

    QString path;
    QByteArray key;

    static ServiceItem birthService()
    {
        ServiceItem s;
        s.id = QStringLiteral("svc-birth");
        s.code = QStringLiteral("WJ-001");
        s.name = QStringLiteral("出生一件事");
        s.departmentId = QStringLiteral("wjw");
        s.applicantType = QStringLiteral("citizen");
        s.slaDays = 11;
        s.materials = {QStringLiteral("出生医学证明申请表"), QStringLiteral("父母身份证"),
                       QStringLiteral("户口簿")};
        s.steps = {step(1, QStringLiteral("出生医学证明"), QStringLiteral("wjw"), 5, 1),
                   step(2, QStringLiteral("户口登记"), QStringLiteral("gaj"), 3, 2),
                   step(3, QStringLiteral("入学信息登记"), QStringLiteral("jyj"), 3, 2)};
        return s;
    }
    static ServiceItem healthService()
    {
        ServiceItem s;
        s.id = QStringLiteral("svc-health");
        s.code = QStringLiteral("WJ-002");
        s.name = QStringLiteral("健康证明");
        s.departmentId = QStringLiteral("wjw");
        s.applicantType = QStringLiteral("citizen");
        s.slaDays = 3;
        s.materials = {QStringLiteral("体检报告")};
        s.steps = {step(1, QStringLiteral("健康证明签发"), QStringLiteral("wjw"), 3, 1)};
        return s;
    }
    // The application as the fixture writes it (started `daysAgo` calendar days before now()).
    static Application application(const QString &id, const ServiceItem &service, int daysAgo,
                                   const QString &applicant)
    {
        Application a;
        a.id = id;
        a.number = QStringLiteral("2026-1124-%1").arg(id);
        a.serviceId = service.id;
        a.applicantType = QStringLiteral("citizen");
        a.applicantId = QStringLiteral("c-") + id;
        a.applicantName = applicant;
        a.applicantIdMasked = QStringLiteral("3502**********1234");
        a.channel = QStringLiteral("mobile");
        a.districtCode = QStringLiteral("350203");
        a.remark = QString();
        a.priority = QStringLiteral("normal");
        WorkflowActor portal{QString(), QStringLiteral("申请人"), QStringLiteral("portal"), QString()};
        const QDateTime submitted = now().addDays(-daysAgo);
        a.submittedAt = submitted;
        a.updatedAt = submitted;
        startWorkflow(a, service, portal, submitted);
        applySlaStates(a, now());
        return a;
    }

    QString create(const QString &directory)
    {
        path = store::Store::pathFor(directory, QStringLiteral("fedcba9876543210"));
        key = QByteArray(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        auto opened = store::Store::open(path, key);
        if (!opened)
            return opened.error().message;
        m_store = std::move(*opened);
        bool ok = true;
        ok &=
            put(QStringLiteral("department"), department(QStringLiteral("wjw"), QStringLiteral("市卫健委")));
        ok &=
            put(QStringLiteral("department"), department(QStringLiteral("gaj"), QStringLiteral("市公安局")));
        ok &=
            put(QStringLiteral("department"), department(QStringLiteral("jyj"), QStringLiteral("市教育局")));
        ok &= put(QStringLiteral("service"), birthService());
        ok &= put(QStringLiteral("service"), healthService());
        ok &= put(QStringLiteral("application"),
                  application(QStringLiteral("b1"), birthService(), 1, QStringLiteral("陈一")));
        ok &= put(QStringLiteral("application"),
                  application(QStringLiteral("b2"), birthService(), 6, QStringLiteral("陈二")));
        ok &= put(QStringLiteral("application"),
                  application(QStringLiteral("b3"), birthService(), 14, QStringLiteral("陈三")));
        Application claimed = application(QStringLiteral("b4"), birthService(), 2, QStringLiteral("陈四"));
        claimed.steps[0].claimedBy = QStringLiteral("staff-li");
        claimed.steps[0].claimedByName = QStringLiteral("李明");
        claimed.steps[0].claimedAt = now().addDays(-1);
        ok &= put(QStringLiteral("application"), claimed);
        ok &= put(QStringLiteral("application"),
                  application(QStringLiteral("h1"), healthService(), 1, QStringLiteral("林一")));
        ok &= put(QStringLiteral("application"),
                  application(QStringLiteral("h2"), healthService(), 2, QStringLiteral("林二")));
        m_store.reset(); // the sync engine opens the file next
        return ok ? QString() : QStringLiteral("could not write the fixture");
    }

private:
    static WorkflowStep step(int seq, const QString &name, const QString &department, int days, int stage)
    {
        WorkflowStep s;
        s.seq = seq;
        s.name = name;
        s.departmentId = department;
        s.slaDays = days;
        s.stage = stage;
        return s;
    }
    static Department department(const QString &id, const QString &name)
    {
        Department d;
        d.id = id;
        d.name = name;
        d.shortName = name;
        return d;
    }
    template <typename T> bool put(const QString &entity, const T &value)
    {
        auto transaction = store::WriteTransaction::begin(m_store->connection());
        if (!transaction)
            return false;
        if (!m_store->entities().upsert(*store::localTable(entity), toJson(value)))
            return false;
        return bool(transaction->commit());
    }

    std::unique_ptr<store::Store> m_store;
};

} // namespace gd::test
