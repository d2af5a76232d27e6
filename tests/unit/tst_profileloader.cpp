// ProfileLoader: a homepage from the local copy (read on the reader thread, no network), from the
// server when there is no local copy or the object is not in it (fake network: the object, its
// sections, the catalogue — fetched once and cached), NotFound and network errors, sections the server
// does not offer, a later load superseding an earlier one, and a receiver that went away.

#include "core/clock.h"
#include "domain/codec.h"
#include "fakenetworkaccessmanager.h"
#include "models/datacontext.h"
#include "models/profileloader.h"
#include "net/apiclient.h"
#include "store/localreader.h"
#include "store/localtables.h"
#include "store/store.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gd;
using gd::test::FakeNetworkAccessManager;
using gd::test::FakeResponse;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

class FixedClock : public Clock {
public:
    QDateTime nowUtc() const override { return kNow; }
};

QByteArray randomKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key;
}

Citizen citizen(const QString &id, const QString &name)
{
    Citizen c;
    c.id = id;
    c.name = name;
    c.gender = QStringLiteral("male");
    c.birthDate = QDate(1985, 1, 1);
    c.idNumber = QStringLiteral("3502**********1234");
    c.phone = QStringLiteral("138****8000");
    c.districtCode = QStringLiteral("350206");
    c.streetId = QStringLiteral("st1");
    c.communityId = QStringLiteral("co1");
    c.gridId = QStringLiteral("g1");
    c.address = QStringLiteral("湖里区");
    c.householdId = QStringLiteral("h1");
    c.tags = {TagAssignment{QStringLiteral("t_newborn"), QDate(2026, 1, 1), QStringLiteral("registry")}};
    c.registeredAt = kNow.addYears(-3);
    c.updatedAt = kNow.addDays(-1);
    return c;
}

ServiceItem service(const QString &id, const QString &code, const QStringList &tags)
{
    ServiceItem s;
    s.id = id;
    s.code = code;
    s.name = code;
    s.departmentId = QStringLiteral("wjw");
    s.applicantType = QStringLiteral("citizen");
    s.tagIds = tags;
    s.steps = {WorkflowStep{1, QStringLiteral("受理"), QStringLiteral("wjw"), 2}};
    return s;
}

Region region(const QString &id, const QString &level, const QString &name)
{
    Region r;
    r.id = id;
    r.level = level;
    r.name = name;
    r.districtCode = QStringLiteral("350206");
    return r;
}

Bill bill(const QString &id, const QString &citizenId, const QString &status, QDate due)
{
    Bill b;
    b.id = id;
    b.citizenId = citizenId;
    b.kind = QStringLiteral("gas");
    b.title = QStringLiteral("燃气费");
    b.amountCents = 100;
    b.dueDate = due;
    b.status = status;
    b.updatedAt = kNow;
    return b;
}

template <typename T> FakeResponse page(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return FakeResponse::json(200, QJsonObject{{QStringLiteral("items"), array},
                                               {QStringLiteral("total"), array.size()},
                                               {QStringLiteral("offset"), 0},
                                               {QStringLiteral("limit"), 200}});
}

} // namespace

class TestProfileLoader : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_network = new FakeNetworkAccessManager(this);
        m_client = new ApiClient(m_network, this);
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8470")));
        AuthTokens tokens;
        tokens.accessToken = QStringLiteral("access");
        tokens.tokenType = QStringLiteral("Bearer");
        m_client->setTokens(tokens);
        m_context = new DataContext(m_client, m_clock, this);
        m_loader = new ProfileLoader(m_context, this);
        serveCitizen(QStringLiteral("c9"), QStringLiteral("赵六"));
        m_network->on(
            "GET", QStringLiteral("/api/v1/tags"),
            page(QList<Tag>{Tag{QStringLiteral("t_newborn"), QStringLiteral("新生儿家庭"),
                                QStringLiteral("social"), QStringLiteral("citizen"), QString(), 1}}));
        m_network->on("GET", QStringLiteral("/api/v1/services"),
                      page(QList<ServiceItem>{
                          service(QStringLiteral("s1"), QStringLiteral("A1"), {QStringLiteral("t_newborn")}),
                          service(QStringLiteral("s2"), QStringLiteral("A2"), {QStringLiteral("t_car")})}));
        m_network->on(
            "GET", QStringLiteral("/api/v1/departments"),
            page(QList<Department>{Department{QStringLiteral("wjw"), QStringLiteral("市卫生健康委员会"),
                                              QStringLiteral("卫健委"), 1}}));
        m_network->on("GET", QStringLiteral("/api/v1/regions"),
                      page(QList<Region>{
                          region(QStringLiteral("d"), QStringLiteral("district"), QStringLiteral("湖里区")),
                          region(QStringLiteral("g1"), QStringLiteral("grid"), QStringLiteral("一网格"))}));
    }

    void cleanup()
    {
        delete m_loader;
        delete m_context;
        delete m_reader;
        m_reader = nullptr;
        delete m_client;
        delete m_network;
    }

    void fromTheServerWithoutALocalCopy()
    {
        auto result = loadCitizen(QStringLiteral("c9"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const store::CitizenProfile &p = *result;
        QVERIFY(p.fromServer);
        QCOMPARE(p.citizen.name, QStringLiteral("赵六"));
        QCOMPARE(p.region.district, QStringLiteral("湖里区"));
        QCOMPARE(p.region.grid, QStringLiteral("一网格"));
        QCOMPARE(p.tags.size(), 1);
        QCOMPARE(p.tags.first().tag.name, QStringLiteral("新生儿家庭"));
        QCOMPARE(p.bills.size(), 2);
        QCOMPARE(p.bills.first().id, QStringLiteral("b2")); // unpaid first
        QCOMPARE(p.household.size(), 1);                    // the citizen itself is not listed
        QCOMPARE(p.household.first().id, QStringLiteral("c10"));
        QVERIFY(p.pushes.isEmpty()); // the server offers no such list (404): an empty section
        QCOMPARE(p.recommended.size(), 1);
        QCOMPARE(p.recommended.first().serviceId, QStringLiteral("s1"));
        QVERIFY(p.services.contains(QStringLiteral("s1")));
        QCOMPARE(p.departmentNames.value(QStringLiteral("wjw")), QStringLiteral("市卫生健康委员会"));
        QCOMPARE(m_network->count("GET", QStringLiteral("/api/v1/citizens/c9")), 1);

        // The catalogue is fetched once.
        QVERIFY(loadCitizen(QStringLiteral("c9")).ok());
        QCOMPARE(m_network->count("GET", QStringLiteral("/api/v1/tags")), 1);
        QCOMPARE(m_network->count("GET", QStringLiteral("/api/v1/services")), 1);
        QCOMPARE(m_network->count("GET", QStringLiteral("/api/v1/regions")), 1);
        QCOMPARE(m_network->count("GET", QStringLiteral("/api/v1/citizens/c9")), 2);
    }

    void notFoundAndNetworkErrors()
    {
        // An unknown route answers 404 in the server's shape: not found or outside the caller's scope.
        auto missing = loadCitizen(QStringLiteral("c404"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(!loadCitizen(QStringLiteral("../etc")).ok());

        m_network->on("GET", QStringLiteral("/api/v1/citizens/c9"),
                      FakeResponse::transport(QNetworkReply::ConnectionRefusedError));
        auto offline = loadCitizen(QStringLiteral("c9"));
        QVERIFY(!offline.ok());
        QCOMPARE(offline.error().code, ErrorCode::Network);

        m_network->on("GET", QStringLiteral("/api/v1/enterprises/e404"),
                      FakeResponse::apiError(404, QStringLiteral("not_found")));
        std::optional<Result<store::EnterpriseProfile>> enterprise;
        m_loader->loadEnterprise(
            QStringLiteral("e404"), this,
            [&enterprise](Result<store::EnterpriseProfile> r) { enterprise = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return enterprise.has_value(); }, 5000));
        QCOMPARE(enterprise->error().code, ErrorCode::NotFound);
    }

    void laterLoadSupersedesEarlier()
    {
        serveCitizen(QStringLiteral("slow"), QStringLiteral("慢"), 100);
        int calls = 0;
        QString loaded;
        m_loader->loadCitizen(QStringLiteral("slow"), this, [&](Result<store::CitizenProfile> r) {
            ++calls;
            loaded = r ? r->citizen.name : QString();
        });
        m_loader->loadCitizen(QStringLiteral("c9"), this, [&](Result<store::CitizenProfile> r) {
            ++calls;
            loaded = r ? r->citizen.name : QString();
        });
        QVERIFY(QTest::qWaitFor([&] { return calls > 0; }, 5000));
        QTest::qWait(250); // the slow answers arrive and are dropped
        QCOMPARE(calls, 1);
        QCOMPARE(loaded, QStringLiteral("赵六"));
        QVERIFY(!m_loader->isLoading());

        // A receiver that went away gets nothing; cancel() drops the answer too.
        auto *receiver = new QObject;
        bool called = false;
        m_loader->loadCitizen(QStringLiteral("c9"), receiver,
                              [&](Result<store::CitizenProfile>) { called = true; });
        delete receiver;
        m_loader->loadCitizen(QStringLiteral("c9"), this,
                              [&](Result<store::CitizenProfile>) { called = true; });
        m_loader->cancel();
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void localCopyFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = store::Store::pathFor(dir.path(), QStringLiteral("loader"));
        const QByteArray key = randomKey();
        {
            auto s = store::Store::open(path, key);
            QVERIFY(s);
            auto &w = (*s)->entities();
            QVERIFY(w.upsert(*store::localTable(QStringLiteral("citizen")),
                             toJson(citizen(QStringLiteral("c1"), QStringLiteral("本地")))));
            QVERIFY(w.upsert(*store::localTable(QStringLiteral("service")),
                             toJson(service(QStringLiteral("s_local"), QStringLiteral("L1"),
                                            {QStringLiteral("t_newborn")}))));
            QVERIFY(w.upsert(
                *store::localTable(QStringLiteral("region")),
                toJson(region(QStringLiteral("g1"), QStringLiteral("grid"), QStringLiteral("本地网格")))));
        }
        m_reader = new store::LocalReader;
        QSignalSpy opened(m_reader, &store::LocalReader::opened);
        m_reader->open(path, key);
        QVERIFY(opened.wait());
        m_context->setLocalData(m_reader, nullptr);

        auto local = loadCitizen(QStringLiteral("c1"));
        QVERIFY(local.ok());
        QVERIFY(!local->fromServer);
        QCOMPARE(local->citizen.name, QStringLiteral("本地"));
        QCOMPARE(local->region.grid, QStringLiteral("本地网格"));
        QVERIFY(m_network->requests().isEmpty());

        // Not in the local copy: the object from the server, the catalogue from the local copy.
        auto remote = loadCitizen(QStringLiteral("c9"));
        QVERIFY(remote.ok());
        QVERIFY(remote->fromServer);
        QCOMPARE(remote->region.grid, QStringLiteral("本地网格"));
        QCOMPARE(remote->recommended.size(), 1);
        QCOMPARE(remote->recommended.first().serviceId, QStringLiteral("s_local"));
        QCOMPARE(m_network->count("GET", QStringLiteral("/api/v1/tags")), 0);
        QCOMPARE(m_network->count("GET", QStringLiteral("/api/v1/services")), 0);
    }

private:
    void serveCitizen(const QString &id, const QString &name, int delayMs = 0)
    {
        const QString base = QStringLiteral("/api/v1/citizens/") + id;
        FakeResponse object = FakeResponse::json(200, toJson(citizen(id, name)));
        m_network->on("GET", base, object.withDelay(delayMs));
        m_network->on(
            "GET", base + QStringLiteral("/bills"),
            page(QList<Bill>{bill(QStringLiteral("b1"), id, QStringLiteral("paid"), QDate(2026, 9, 1)),
                             bill(QStringLiteral("b2"), id, QStringLiteral("due"), QDate(2026, 12, 1))}));
        for (const char *list : {"/benefits", "/applications", "/messages"})
            m_network->on("GET", base + QLatin1String(list), page(QList<Bill>{}));
        m_network->on(
            "GET", QStringLiteral("/api/v1/citizens"),
            page(QList<Citizen>{citizen(id, name), citizen(QStringLiteral("c10"), QStringLiteral("家人"))}));
        m_network->on("GET", QStringLiteral("/api/v1/visits"), page(QList<Visit>{}));
        m_network->on("GET", QStringLiteral("/api/v1/notes"), page(QList<Note>{}));
    }

    Result<store::CitizenProfile> loadCitizen(const QString &id)
    {
        std::optional<Result<store::CitizenProfile>> answer;
        m_loader->loadCitizen(id, this,
                              [&answer](Result<store::CitizenProfile> r) { answer = std::move(r); });
        if (answer)
            qFatal("answered before loadCitizen() returned");
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
            return makeError(ErrorCode::Internal, QStringLiteral("no answer"));
        return *answer;
    }

    FixedClock m_clock;
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    DataContext *m_context = nullptr;
    ProfileLoader *m_loader = nullptr;
    store::LocalReader *m_reader = nullptr;
};

QTEST_GUILESS_MAIN(TestProfileLoader)
#include "tst_profileloader.moc"
