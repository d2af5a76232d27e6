#pragma once
// A small encrypted local copy for the global search tests (tst_globalsearchmodel, tst_globalsearch):
// two districts, two departments, three services, nine citizens (eight named 张…), two enterprises —
// written through the store's own EntityWriter, so the search index is the real one. The writer
// connection stays open for writes during a test (the LocalReader reads the same file).

#include "domain/casework.h"
#include "domain/catalog.h"
#include "domain/citizen.h"
#include "domain/codec.h"
#include "store/localtables.h"
#include "store/store.h"

#include <QDir>

#include <memory>

namespace gd::test {

class SearchFixture {
public:
    static QByteArray key() { return QByteArray(32, '\x21'); }

    bool create(const QString &directory)
    {
        m_path = QDir(directory).filePath(QStringLiteral("search.gdcache"));
        auto opened = store::Store::open(m_path, key());
        if (!opened)
            return false;
        m_store = std::move(*opened);
        bool ok = true;
        ok &= put(QStringLiteral("region"),
                  region(QStringLiteral("d1"), QStringLiteral("思明区"), QStringLiteral("350203")));
        ok &= put(QStringLiteral("region"),
                  region(QStringLiteral("d2"), QStringLiteral("湖里区"), QStringLiteral("350206")));
        ok &= put(QStringLiteral("department"),
                  department(QStringLiteral("wjw"), QStringLiteral("市卫生健康委员会")));
        ok &=
            put(QStringLiteral("department"), department(QStringLiteral("gaj"), QStringLiteral("市公安局")));
        ok &= put(QStringLiteral("service"),
                  service(QStringLiteral("s1"), QStringLiteral("WJ-001"), QStringLiteral("出生医学证明办理"),
                          QStringLiteral("wjw")));
        ok &=
            put(QStringLiteral("service"), service(QStringLiteral("s2"), QStringLiteral("GA-002"),
                                                   QStringLiteral("居民身份证换领"), QStringLiteral("gaj")));
        ok &= put(QStringLiteral("service"), service(QStringLiteral("s3"), QStringLiteral("GA-003"),
                                                     QStringLiteral("出生登记"), QStringLiteral("gaj")));
        const QStringList names{QStringLiteral("张三"), QStringLiteral("张伟"), QStringLiteral("张敏"),
                                QStringLiteral("张静"), QStringLiteral("张丽"), QStringLiteral("张强"),
                                QStringLiteral("张磊"), QStringLiteral("张军"), QStringLiteral("李四")};
        for (int i = 0; i < names.size(); ++i)
            ok &= put(QStringLiteral("citizen"),
                      citizen(QStringLiteral("c%1").arg(i + 1), names.at(i),
                              QStringLiteral("3502**********%1").arg(1000 + i),
                              i % 2 ? QStringLiteral("350206") : QStringLiteral("350203")));
        ok &= put(QStringLiteral("enterprise"),
                  enterprise(QStringLiteral("e1"), QStringLiteral("厦门张氏科技有限公司"),
                             QStringLiteral("91350200MA2ABCDE1A")));
        ok &= put(QStringLiteral("enterprise"),
                  enterprise(QStringLiteral("e2"), QStringLiteral("厦门鹭岛贸易有限公司"),
                             QStringLiteral("91350206MA3FGHIJ2B")));
        return ok;
    }

    QString path() const { return m_path; }
    store::Store &store() { return *m_store; }

    template <typename T> bool put(const QString &entity, const T &value)
    {
        auto transaction = store::WriteTransaction::begin(m_store->connection());
        if (!transaction)
            return false;
        if (!m_store->entities().upsert(*store::localTable(entity), toJson(value)))
            return false;
        return bool(transaction->commit());
    }

    static Region region(const QString &id, const QString &name, const QString &code)
    {
        Region r;
        r.id = id;
        r.level = QStringLiteral("district");
        r.name = name;
        r.districtCode = code;
        return r;
    }
    static Department department(const QString &id, const QString &name)
    {
        Department d;
        d.id = id;
        d.name = name;
        d.shortName = name;
        return d;
    }
    static ServiceItem service(const QString &id, const QString &code, const QString &name,
                               const QString &department)
    {
        ServiceItem s;
        s.id = id;
        s.code = code;
        s.name = name;
        s.departmentId = department;
        s.category = QStringLiteral("生育");
        s.applicantType = QStringLiteral("citizen");
        s.slaDays = 5;
        s.materials = {QStringLiteral("身份证")};
        s.description = QStringLiteral("示例事项");
        return s;
    }
    static Citizen citizen(const QString &id, const QString &name, const QString &idNumber,
                           const QString &district)
    {
        Citizen c;
        c.id = id;
        c.name = name;
        c.gender = QStringLiteral("female");
        c.birthDate = QDate(1990, 1, 1);
        c.idNumber = idNumber;
        c.phone = QStringLiteral("138****8000");
        c.districtCode = district;
        c.streetId = QStringLiteral("st1");
        c.communityId = QStringLiteral("cm1");
        c.gridId = QStringLiteral("g1");
        c.address = QStringLiteral("示例路 1 号");
        c.registeredAt = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        c.updatedAt = c.registeredAt;
        return c;
    }
    static Enterprise enterprise(const QString &id, const QString &name, const QString &uscc)
    {
        Enterprise e;
        e.id = id;
        e.name = name;
        e.uscc = uscc;
        e.legalPerson = QStringLiteral("张三");
        e.industry = QStringLiteral("软件");
        e.stage = QStringLiteral("growing");
        e.establishedOn = QDate(2018, 5, 1);
        e.districtCode = QStringLiteral("350203");
        e.streetId = QStringLiteral("st1");
        e.communityId = QStringLiteral("cm1");
        e.gridId = QStringLiteral("g1");
        e.address = QStringLiteral("示例路 2 号");
        e.phone = QStringLiteral("0592****000");
        e.updatedAt = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        return e;
    }
    static Application application(const QString &id, const QString &status, const QDateTime &submittedUtc)
    {
        Application a;
        a.id = id;
        a.number = QStringLiteral("2026-1124-%1").arg(id);
        a.serviceId = QStringLiteral("s1");
        a.applicantType = QStringLiteral("citizen");
        a.applicantId = QStringLiteral("c1");
        a.applicantName = QStringLiteral("张三");
        a.applicantIdMasked = QStringLiteral("3502**********1000");
        a.status = status;
        a.channel = QStringLiteral("pc");
        a.submittedAt = submittedUtc;
        a.dueAt = submittedUtc.addDays(5);
        a.districtCode = QStringLiteral("350203");
        a.gridId = QStringLiteral("g1");
        a.remark = QString();
        a.priority = QStringLiteral("normal");
        a.updatedAt = submittedUtc;
        return a;
    }

private:
    QString m_path;
    std::unique_ptr<store::Store> m_store;
};

} // namespace gd::test
