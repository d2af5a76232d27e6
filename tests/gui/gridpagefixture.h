#pragma once
// A local copy for the Grid page GUI test (tst_gridpage): a real encrypted store (random key) filled with
// the feed's objects through the EntityWriter, as a sync would — 湖里区 › 殿前街道 › 兴隆社区 with grids
// g1 第一网格 and g2 第二网格; in g1 four households (兴隆路1–4号) and six residents, three of them in
// special groups; visits covering two of the four households in the last 90 days; two tasks of g1 (open,
// acknowledged) and one done; one incident. Header-only; before the sync engine and the reader open it.

#include "domain/catalog.h"
#include "domain/citizen.h"
#include "domain/codec.h"
#include "domain/grid.h"
#include "store/localtables.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace gd::test {

class GridPageFixture {
public:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 25), QTime(2, 0), QTimeZone::utc()); }

    QString path;
    QByteArray key;

    QString create(const QString &directory)
    {
        path = store::Store::pathFor(directory, QStringLiteral("0123456789abcdef"));
        key = QByteArray(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        auto opened = store::Store::open(path, key);
        if (!opened)
            return opened.error().message;
        m_store = std::move(*opened);
        bool ok = true;
        ok &= region(QStringLiteral("350206"), {}, QStringLiteral("district"), QStringLiteral("湖里区"));
        ok &= region(QStringLiteral("s1"), QStringLiteral("350206"), QStringLiteral("street"),
                     QStringLiteral("殿前街道"));
        ok &= region(QStringLiteral("c1"), QStringLiteral("s1"), QStringLiteral("community"),
                     QStringLiteral("兴隆社区"));
        ok &= region(QStringLiteral("g1"), QStringLiteral("c1"), QStringLiteral("grid"),
                     QStringLiteral("第一网格"));
        ok &= region(QStringLiteral("g2"), QStringLiteral("c1"), QStringLiteral("grid"),
                     QStringLiteral("第二网格"));
        ok &= tag(QStringLiteral("t_living_alone_elderly"), QStringLiteral("独居老人"));
        ok &= tag(QStringLiteral("t_disabled"), QStringLiteral("残疾人"));
        ok &= tag(QStringLiteral("t_low_income"), QStringLiteral("低保户"));
        ok &= citizen(QStringLiteral("ca"), QStringLiteral("陈阿婆"), QDate(1940, 1, 1), QStringLiteral("h1"),
                      {QStringLiteral("t_living_alone_elderly"), QStringLiteral("t_disabled")});
        ok &= citizen(QStringLiteral("cb"), QStringLiteral("陈大明"), QDate(1980, 5, 1), QStringLiteral("h1"),
                      {QStringLiteral("t_low_income")});
        ok &= citizen(QStringLiteral("cc"), QStringLiteral("林小雨"), QDate(2015, 3, 1), QStringLiteral("h2"),
                      {QStringLiteral("t_left_behind_child")});
        ok &= citizen(QStringLiteral("cd"), QStringLiteral("黄伯"), QDate(1960, 2, 1), QStringLiteral("h3"),
                      {QStringLiteral("t_living_alone_elderly")});
        ok &= citizen(QStringLiteral("ce"), QStringLiteral("吴芳"), QDate(1990, 7, 1), QStringLiteral("h4"),
                      {});
        ok &= citizen(QStringLiteral("cf"), QStringLiteral("吴晓"), QDate(2008, 1, 1), QStringLiteral("h4"),
                      {});
        ok &= household(QStringLiteral("h1"), QStringLiteral("兴隆路1号"),
                        {{QStringLiteral("ca"), QStringLiteral("陈阿婆")},
                         {QStringLiteral("cb"), QStringLiteral("陈大明")}});
        ok &= household(QStringLiteral("h2"), QStringLiteral("兴隆路2号"),
                        {{QStringLiteral("cc"), QStringLiteral("林小雨")}});
        ok &= household(QStringLiteral("h3"), QStringLiteral("兴隆路3号"),
                        {{QStringLiteral("cd"), QStringLiteral("黄伯")}});
        ok &= household(
            QStringLiteral("h4"), QStringLiteral("兴隆路4号"),
            {{QStringLiteral("ce"), QStringLiteral("吴芳")}, {QStringLiteral("cf"), QStringLiteral("吴晓")}});
        ok &= visit(QStringLiteral("7d1f0a64-0000-4000-8000-000000000001"), QStringLiteral("ca"),
                    QStringLiteral("h1"), 5);
        ok &= visit(QStringLiteral("7d1f0a64-0000-4000-8000-000000000002"), QStringLiteral("cc"), {}, 60);
        ok &= visit(QStringLiteral("7d1f0a64-0000-4000-8000-000000000003"), {}, QStringLiteral("h3"), 100);
        ok &= incident(QStringLiteral("7d1f0a64-0000-4000-8000-000000000010"), 10);
        ok &= task(QStringLiteral("task-open"), QStringLiteral("open"), 3);
        ok &= task(QStringLiteral("task-ack"), QStringLiteral("acknowledged"), 5);
        ok &= task(QStringLiteral("task-done"), QStringLiteral("done"), 20);
        m_store.reset(); // the sync engine opens the file next
        return ok ? QString() : QStringLiteral("could not write the fixture");
    }

private:
    bool region(const QString &id, const QString &parent, const QString &level, const QString &name)
    {
        Region r;
        r.id = id;
        if (!parent.isEmpty())
            r.parentId = parent;
        r.level = level;
        r.name = name;
        r.districtCode = QStringLiteral("350206");
        return put(QStringLiteral("region"), r);
    }
    bool tag(const QString &id, const QString &name)
    {
        Tag t;
        t.id = id;
        t.name = name;
        t.tagClass = QStringLiteral("social");
        t.appliesTo = QStringLiteral("citizen");
        return put(QStringLiteral("tag"), t);
    }
    bool citizen(const QString &id, const QString &name, const QDate &birth, const QString &household,
                 const QStringList &tags)
    {
        Citizen c;
        c.id = id;
        c.name = name;
        c.gender = QStringLiteral("female");
        c.birthDate = birth;
        c.idNumber = QStringLiteral("350206**********12");
        c.phone = QStringLiteral("138****0000");
        c.masked = true;
        c.districtCode = QStringLiteral("350206");
        c.streetId = QStringLiteral("s1");
        c.communityId = QStringLiteral("c1");
        c.gridId = QStringLiteral("g1");
        c.address = QStringLiteral("兴隆路");
        c.householdId = household;
        for (const QString &t : tags)
            c.tags.append(TagAssignment{t, QDate(2024, 1, 1), QStringLiteral("registry")});
        c.registeredAt = now().addYears(-5);
        c.updatedAt = now().addDays(-30);
        return put(QStringLiteral("citizen"), c);
    }
    bool household(const QString &id, const QString &address, const QList<QPair<QString, QString>> &members)
    {
        Household h;
        h.id = id;
        h.address = address;
        h.gridId = QStringLiteral("g1");
        h.communityId = QStringLiteral("c1");
        h.districtCode = QStringLiteral("350206");
        h.headCitizenId = members.first().first;
        for (const auto &[cid, name] : members) {
            HouseholdMember m;
            m.citizenId = cid;
            m.name = name;
            m.relationToHead = cid == members.first().first ? QStringLiteral("户主") : QStringLiteral("子女");
            m.birthDate = QDate(1980, 1, 1);
            m.gender = QStringLiteral("female");
            h.members.append(m);
        }
        h.updatedAt = now().addDays(-30);
        return put(QStringLiteral("household"), h);
    }
    bool visit(const QString &id, const QString &citizen, const QString &household, int daysAgo)
    {
        Visit v;
        v.id = id;
        v.gridId = QStringLiteral("g1");
        v.districtCode = QStringLiteral("350206");
        if (!citizen.isEmpty())
            v.citizenId = citizen;
        if (!household.isEmpty())
            v.householdId = household;
        v.staffId = QStringLiteral("u-huli");
        v.kind = QStringLiteral("routine");
        v.visitedAt = now().addDays(-daysAgo);
        v.summary = QStringLiteral("例行走访，情况正常");
        v.updatedAt = v.visitedAt;
        return put(QStringLiteral("visit"), v);
    }
    bool incident(const QString &id, int daysAgo)
    {
        Incident i;
        i.id = id;
        i.gridId = QStringLiteral("g1");
        i.districtCode = QStringLiteral("350206");
        i.category = QStringLiteral("fire_hazard");
        i.location = QStringLiteral("兴隆路2号楼道");
        i.description = QStringLiteral("楼道堆放杂物");
        i.urgency = QStringLiteral("high");
        i.status = QStringLiteral("reported");
        i.reportedBy = QStringLiteral("u-huli");
        i.reportedAt = now().addDays(-daysAgo);
        i.updatedAt = i.reportedAt;
        return put(QStringLiteral("incident"), i);
    }
    bool task(const QString &id, const QString &state, int daysAgo)
    {
        GridTask t;
        t.id = id;
        t.batchId = QStringLiteral("b-") + id;
        t.gridId = QStringLiteral("g1");
        t.districtCode = QStringLiteral("350206");
        t.title = QStringLiteral("消防安全排查 ") + id;
        t.description = QStringLiteral("逐户排查楼道堆物");
        t.dueOn = now().date().addDays(10 - daysAgo);
        t.assignedBy = QStringLiteral("u-sup");
        t.assignedAt = now().addDays(-daysAgo);
        t.state = state;
        if (state == QLatin1String("done"))
            t.result = QStringLiteral("已排查完毕");
        t.updatedAt = t.assignedAt;
        return put(QStringLiteral("task"), t);
    }
    template <typename T> bool put(const QString &entity, const T &value)
    {
        const store::LocalTable *table = store::localTable(entity);
        if (!table)
            return false;
        auto transaction = store::WriteTransaction::begin(m_store->connection());
        if (!transaction)
            return false;
        if (!m_store->entities().upsert(*table, toJson(value)))
            return false;
        return bool(transaction->commit());
    }

    std::unique_ptr<store::Store> m_store;
};

} // namespace gd::test
