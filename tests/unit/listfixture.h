#pragma once
// A local copy for the list tests (tst_citizenlistmodel, tst_enterpriselistmodel, tst_citizenspage): a
// real encrypted store (random 32-byte key) filled through ChangeApplier, as the sync engine fills it,
// with two districts, five grids, a tag catalogue, `citizens` generated citizens plus five named ones,
// overdue and paid bills, and `enterprises` generated enterprises. The specs it keeps say what each
// object is, so tests compute the expected answers of filters and searches from them.
//
// Generated names use surnames and given names without 张 and without any syllable starting with z, so
// "张" finds exactly 张三, 张伟 and 张三丰, and "zs" exactly 张三, 张三丰 and 赵爽. Phone and ID number
// digits of generated citizens never contain 4321; the citizen c-phone has the phone 139****4321.
// Header-only; store thread (the test's thread, before the reader opens the file).

#include "store/changeapplier.h"
#include "store/store.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>

namespace gd::test {

struct CitizenSpec {
    QString id;
    QString name;
    QString districtCode;
    QString gridId;
    QDate birthDate;
    int level = 1;
    QStringList tags;
    bool overdue = false;
    QString phone;
    QString idNumber;
};

struct EnterpriseSpec {
    QString id;
    QString name;
    QString uscc;
    QString industry;
    QString stage;
    QString districtCode;
    QString gridId;
    QStringList tags;
};

struct GridSpec {
    const char *id;
    const char *community;
    const char *street;
    const char *district;
};

inline const QList<GridSpec> &fixtureGrids()
{
    static const QList<GridSpec> grids{{"350203001001-01", "350203001001", "350203001", "350203"},
                                       {"350203001001-02", "350203001001", "350203001", "350203"},
                                       {"350203001002-01", "350203001002", "350203001", "350203"},
                                       {"350206001001-01", "350206001001", "350206001", "350206"},
                                       {"350206001001-02", "350206001001", "350206001", "350206"}};
    return grids;
}

class ListFixture {
public:
    static constexpr qint64 kBatch = 5000; // changes per applied page, like the sync engine's

    QString path;
    QByteArray key;
    QList<CitizenSpec> citizens;
    QList<EnterpriseSpec> enterprises;

    // Creates and fills the file; an empty string when it worked, else what failed.
    QString create(const QString &directory, int generatedCitizens, int generatedEnterprises)
    {
        path = store::Store::pathFor(directory, QStringLiteral("0123456789abcdef"));
        key = QByteArray(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        auto opened = store::Store::open(path, key);
        if (!opened)
            return opened.error().message;
        m_store = std::move(*opened);
        makeCitizens(generatedCitizens);
        makeEnterprises(generatedEnterprises);

        QJsonArray page;
        auto add = [&](const QString &entity, const QString &id, const QJsonObject &data) -> QString {
            page.append(QJsonObject{{QStringLiteral("seq"), ++m_seq},
                                    {QStringLiteral("entity"), entity},
                                    {QStringLiteral("op"), QStringLiteral("upsert")},
                                    {QStringLiteral("id"), id},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("data"), data}});
            return page.size() >= kBatch ? flush(page) : QString();
        };
        for (const QJsonObject &region : regions())
            add(QStringLiteral("region"), region.value(QLatin1String("id")).toString(), region);
        for (const QJsonObject &tag : tags())
            add(QStringLiteral("tag"), tag.value(QLatin1String("id")).toString(), tag);
        int paid = 0;
        for (const CitizenSpec &c : std::as_const(citizens)) {
            if (QString failed = add(QStringLiteral("citizen"), c.id, citizenJson(c)); !failed.isEmpty())
                return failed;
            if (c.overdue)
                add(QStringLiteral("bill"), QStringLiteral("b-") + c.id,
                    billJson(c.id, QStringLiteral("overdue")));
            else if (++paid % 13 == 0)
                add(QStringLiteral("bill"), QStringLiteral("p-") + c.id,
                    billJson(c.id, QStringLiteral("paid")));
        }
        for (const EnterpriseSpec &e : std::as_const(enterprises)) {
            if (QString failed = add(QStringLiteral("enterprise"), e.id, enterpriseJson(e));
                !failed.isEmpty())
                return failed;
        }
        return flush(page);
    }

    // The writer's store (for changes while a model is open); null after close().
    store::Store *store() const { return m_store.get(); }
    void close() { m_store.reset(); }

    // Writes one citizen again (version + 1) as the sync engine would.
    QString updateCitizen(const CitizenSpec &c, qint64 version)
    {
        QJsonObject data = citizenJson(c);
        data.insert(QStringLiteral("version"), version);
        QJsonArray page{QJsonObject{{QStringLiteral("seq"), ++m_seq},
                                    {QStringLiteral("entity"), QStringLiteral("citizen")},
                                    {QStringLiteral("op"), QStringLiteral("upsert")},
                                    {QStringLiteral("id"), c.id},
                                    {QStringLiteral("version"), version},
                                    {QStringLiteral("data"), data}}};
        return flush(page);
    }

    QStringList citizenIds(const std::function<bool(const CitizenSpec &)> &where) const
    {
        QStringList ids;
        for (const CitizenSpec &c : citizens) {
            if (where(c))
                ids.append(c.id);
        }
        ids.sort();
        return ids;
    }

    QStringList enterpriseIds(const std::function<bool(const EnterpriseSpec &)> &where) const
    {
        QStringList ids;
        for (const EnterpriseSpec &e : enterprises) {
            if (where(e))
                ids.append(e.id);
        }
        ids.sort();
        return ids;
    }

    static QStringList industries()
    {
        return {QStringLiteral("批发和零售业"), QStringLiteral("信息传输、软件和信息技术服务业"),
                QStringLiteral("制造业"), QStringLiteral("住宿和餐饮业")};
    }

private:
    QString flush(QJsonArray &page)
    {
        if (page.isEmpty())
            return {};
        store::ChangeApplier applier(*m_store);
        auto applied = applier.apply(page, m_seq);
        page = QJsonArray();
        return applied ? QString() : applied.error().message;
    }

    void makeCitizens(int count)
    {
        static const QString surnames = QStringLiteral("王李刘陈杨黄吴徐孙胡马林");
        static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚");
        const QList<GridSpec> &grids = fixtureGrids();
        for (int i = 0; i < count; ++i) {
            CitizenSpec c;
            c.id = QStringLiteral("c%1").arg(i, 6, 10, QLatin1Char('0'));
            c.name = QString(surnames.at(i % surnames.size())) + given.at((i / 12) % given.size());
            if (i % 3 == 0)
                c.name += given.at((i / 5) % given.size());
            const GridSpec &grid = grids.at(i % grids.size());
            c.gridId = QLatin1String(grid.id);
            c.districtCode = QLatin1String(grid.district);
            c.birthDate = QDate(1940, 1, 1).addDays((qint64(i) * 37) % 25000);
            c.level = 1 + i % 3;
            if (i % 4 == 0)
                c.tags.append(QStringLiteral("t_car_owner"));
            if (i % 6 == 0)
                c.tags.append(QStringLiteral("t_elderly_home"));
            if (i % 10 == 0)
                c.tags.append(QStringLiteral("t_pregnant"));
            if (i % 15 == 0)
                c.tags.append(QStringLiteral("t_mobile_user"));
            c.overdue = i % 11 == 0;
            c.phone = QStringLiteral("139****") + QString::number(1000 + i % 3000);
            c.idNumber = QStringLiteral("3502**********") + QString::number(5000 + i % 4000);
            citizens.append(c);
        }
        const auto special = [&](const char *id, const QString &name, const QString &phone) {
            CitizenSpec c;
            c.id = QLatin1String(id);
            c.name = name;
            c.gridId = QLatin1String(grids.constFirst().id);
            c.districtCode = QLatin1String(grids.constFirst().district);
            c.birthDate = QDate(1985, 6, 15);
            c.level = 2;
            c.phone = phone;
            c.idNumber = QStringLiteral("3502**********0012");
            citizens.append(c);
        };
        special("c-zhangsan", QStringLiteral("张三"), QStringLiteral("138****0001"));
        special("c-zhangwei", QStringLiteral("张伟"), QStringLiteral("138****0002"));
        special("c-zhangsanfeng", QStringLiteral("张三丰"), QStringLiteral("138****0003"));
        special("c-zhaoshuang", QStringLiteral("赵爽"), QStringLiteral("138****0004"));
        special("c-phone", QStringLiteral("陈晓"), QStringLiteral("139****4321"));
    }

    void makeEnterprises(int count)
    {
        static const QString first = QStringLiteral("鑫华海鹭嘉恒中金瑞宏盛汇");
        static const QString second = QStringLiteral("达信源通润丰辉安泰昌联创");
        static const QStringList words{QStringLiteral("贸易"), QStringLiteral("科技"), QStringLiteral("电子"),
                                       QStringLiteral("餐饮管理")};
        static const QStringList stages{QStringLiteral("new"), QStringLiteral("growing"),
                                        QStringLiteral("mature"), QStringLiteral("closing")};
        const QList<GridSpec> &grids = fixtureGrids();
        for (int i = 0; i < count; ++i) {
            EnterpriseSpec e;
            e.id = QStringLiteral("e%1").arg(i, 5, 10, QLatin1Char('0'));
            e.name = QStringLiteral("厦门") + first.at(i % first.size()) +
                     second.at((i / 12) % second.size()) + words.at(i % words.size()) +
                     QStringLiteral("有限公司");
            e.uscc = QStringLiteral("91350200MA") +
                     QStringLiteral("%1").arg(10000000 + i * 7, 8, 10, QLatin1Char('0'));
            e.industry = industries().at(i % industries().size());
            e.stage = stages.at((i / 4) % stages.size());
            const GridSpec &grid = grids.at(i % grids.size());
            e.gridId = QLatin1String(grid.id);
            e.districtCode = QLatin1String(grid.district);
            if (i % 3 == 0)
                e.tags.append(QStringLiteral("t_hightech"));
            enterprises.append(e);
        }
    }

    static QList<QJsonObject> regions()
    {
        const auto region = [](const char *id, const char *parent, const char *level, const QString &name,
                               const char *district) {
            return QJsonObject{
                {QStringLiteral("id"), QLatin1String(id)},
                {QStringLiteral("parent_id"), parent ? QJsonValue(QLatin1String(parent)) : QJsonValue()},
                {QStringLiteral("level"), QLatin1String(level)},
                {QStringLiteral("name"), name},
                {QStringLiteral("district_code"), QLatin1String(district)},
                {QStringLiteral("version"), 1}};
        };
        return {region("350203", nullptr, "district", QStringLiteral("思明区"), "350203"),
                region("350203001", "350203", "street", QStringLiteral("鹭江街道"), "350203"),
                region("350203001001", "350203001", "community", QStringLiteral("鹭江社区"), "350203"),
                region("350203001002", "350203001", "community", QStringLiteral("中华社区"), "350203"),
                region("350203001001-01", "350203001001", "grid", QStringLiteral("第一网格"), "350203"),
                region("350203001001-02", "350203001001", "grid", QStringLiteral("第二网格"), "350203"),
                region("350203001002-01", "350203001002", "grid", QStringLiteral("第一网格"), "350203"),
                region("350206", nullptr, "district", QStringLiteral("湖里区"), "350206"),
                region("350206001", "350206", "street", QStringLiteral("湖里街道"), "350206"),
                region("350206001001", "350206001", "community", QStringLiteral("金山社区"), "350206"),
                region("350206001001-01", "350206001001", "grid", QStringLiteral("第一网格"), "350206"),
                region("350206001001-02", "350206001001", "grid", QStringLiteral("第二网格"), "350206")};
    }

    static QList<QJsonObject> tags()
    {
        const auto tag = [](const char *id, const QString &name, const char *tagClass,
                            const char *appliesTo) {
            return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("class"), QLatin1String(tagClass)},
                               {QStringLiteral("applies_to"), QLatin1String(appliesTo)},
                               {QStringLiteral("description"), QString()},
                               {QStringLiteral("version"), 1}};
        };
        return {tag("t_pregnant", QStringLiteral("孕产妇"), "basic", "citizen"),
                tag("t_car_owner", QStringLiteral("有车族"), "social", "citizen"),
                tag("t_elderly_home", QStringLiteral("家有老人"), "social", "citizen"),
                tag("t_mobile_user", QStringLiteral("常用移动端"), "behaviour", "citizen"),
                tag("t_hightech", QStringLiteral("高新技术企业"), "basic", "enterprise")};
    }

    static QJsonArray tagArray(const QStringList &tags)
    {
        QJsonArray array;
        for (const QString &t : tags)
            array.append(QJsonObject{{QStringLiteral("tag_id"), t},
                                     {QStringLiteral("since"), QStringLiteral("2026-01-01")},
                                     {QStringLiteral("source"), QStringLiteral("registry")}});
        return array;
    }

    static QJsonObject citizenJson(const CitizenSpec &c)
    {
        const GridSpec *grid = nullptr;
        for (const GridSpec &g : fixtureGrids()) {
            if (c.gridId == QLatin1String(g.id))
                grid = &g;
        }
        return QJsonObject{{QStringLiteral("id"), c.id},
                           {QStringLiteral("name"), c.name},
                           {QStringLiteral("gender"),
                            c.id.back().digitValue() % 2 ? QStringLiteral("male") : QStringLiteral("female")},
                           {QStringLiteral("birth_date"), c.birthDate.toString(Qt::ISODate)},
                           {QStringLiteral("id_number"), c.idNumber},
                           {QStringLiteral("phone"), c.phone},
                           {QStringLiteral("masked"), true},
                           {QStringLiteral("realname_level"), c.level},
                           {QStringLiteral("district_code"), c.districtCode},
                           {QStringLiteral("street_id"), QLatin1String(grid->street)},
                           {QStringLiteral("community_id"), QLatin1String(grid->community)},
                           {QStringLiteral("grid_id"), c.gridId},
                           {QStringLiteral("address"), QStringLiteral("某路1号")},
                           {QStringLiteral("household_id"), QJsonValue::Null},
                           {QStringLiteral("relation_to_head"), QJsonValue::Null},
                           {QStringLiteral("officer_id"), QJsonValue::Null},
                           {QStringLiteral("linked_systems"), QJsonArray{}},
                           {QStringLiteral("tags"), tagArray(c.tags)},
                           {QStringLiteral("registered_at"), QStringLiteral("2020-01-01T00:00:00.000Z")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T00:00:00.000Z")}};
    }

    static QJsonObject billJson(const QString &citizenId, const QString &status)
    {
        const QString id =
            (status == QLatin1String("paid") ? QStringLiteral("p-") : QStringLiteral("b-")) + citizenId;
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("citizen_id"), citizenId},
                           {QStringLiteral("enterprise_id"), QJsonValue::Null},
                           {QStringLiteral("kind"), QStringLiteral("water")},
                           {QStringLiteral("title"), QStringLiteral("水费")},
                           {QStringLiteral("amount_cents"), 4210},
                           {QStringLiteral("due_date"), QStringLiteral("2026-10-15")},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("paid_at"), QJsonValue::Null},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T00:00:00.000Z")}};
    }

    static QJsonObject enterpriseJson(const EnterpriseSpec &e)
    {
        const GridSpec *grid = nullptr;
        for (const GridSpec &g : fixtureGrids()) {
            if (e.gridId == QLatin1String(g.id))
                grid = &g;
        }
        return QJsonObject{{QStringLiteral("id"), e.id},
                           {QStringLiteral("name"), e.name},
                           {QStringLiteral("uscc"), e.uscc},
                           {QStringLiteral("legal_person"), QStringLiteral("林某")},
                           {QStringLiteral("legal_person_id"), QJsonValue::Null},
                           {QStringLiteral("industry"), e.industry},
                           {QStringLiteral("stage"), e.stage},
                           {QStringLiteral("registered_capital_cents"), 100000000},
                           {QStringLiteral("established_on"), QStringLiteral("2019-03-01")},
                           {QStringLiteral("district_code"), e.districtCode},
                           {QStringLiteral("street_id"), QLatin1String(grid->street)},
                           {QStringLiteral("community_id"), QLatin1String(grid->community)},
                           {QStringLiteral("grid_id"), e.gridId},
                           {QStringLiteral("address"), QStringLiteral("某路2号")},
                           {QStringLiteral("phone"), QStringLiteral("0592****1111")},
                           {QStringLiteral("masked"), true},
                           {QStringLiteral("tags"), tagArray(e.tags)},
                           {QStringLiteral("licences"), QJsonArray{}},
                           {QStringLiteral("social_insurance"), QJsonArray{}},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T00:00:00.000Z")}};
    }

    std::unique_ptr<store::Store> m_store;
    qint64 m_seq = 0;
};

} // namespace gd::test
