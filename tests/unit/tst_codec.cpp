// The shared JSON codec: round trips, strictness for request bodies, and clear errors.
#include "domain/casework.h"
#include "domain/citizen.h"
#include "domain/jsonreader.h"
#include "domain/staff.h"
#include "domain/sync.h"

#include <QJsonDocument>
#include <QTest>

using namespace gd;

class TestCodec : public QObject {
    Q_OBJECT
private slots:
    void citizenRoundTrip()
    {
        Citizen c;
        c.id = QStringLiteral("c1");
        c.name = QStringLiteral("王芳");
        c.gender = QStringLiteral("female");
        c.birthDate = QDate(1990, 3, 7);
        c.idNumber = QStringLiteral("3502**********1230");
        c.phone = QStringLiteral("138****8000");
        c.realnameLevel = 2;
        c.householdId = QStringLiteral("h1");
        c.linkedSystems = {QStringLiteral("社保"), QStringLiteral("医保")};
        c.tags = {TagAssignment{QStringLiteral("t_pregnant"), QDate(2026, 9, 1), QStringLiteral("registry")}};
        c.registeredAt = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        c.updatedAt = c.registeredAt;
        c.version = 7;
        const QJsonObject json = toJson(c);
        QCOMPARE(json.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1990-03-07"));
        QCOMPARE(json.value(QStringLiteral("registered_at")).toString(), QStringLiteral("2020-01-02T03:04:05.678Z"));
        QVERIFY(json.value(QStringLiteral("officer_id")).isNull());
        auto back = fromJson<Citizen>(json);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->name, c.name);
        QCOMPARE(back->tags.size(), 1);
        QCOMPARE(back->tags.first().since, QDate(2026, 9, 1));
        QCOMPARE(back->registeredAt, c.registeredAt);
        QCOMPARE(back->householdId, c.householdId);
        QVERIFY(!back->officerId.has_value());
        QCOMPARE(back->version, 7);
    }
    void strictRejectsUnknownFields()
    {
        const QJsonObject body{{QStringLiteral("username"), QStringLiteral("admin")},
                               {QStringLiteral("password"), QStringLiteral("x")},
                               {QStringLiteral("is_admin"), true}};
        auto lenient = fromJson<LoginRequest>(body);
        QVERIFY(lenient.ok());
        auto strict = fromJson<LoginRequest>(body, true);
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().code, ErrorCode::BadRequest);
        QVERIFY(strict.error().message.contains(QStringLiteral("is_admin")));
    }
    void wrongTypesAndMissingFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("number-for-string") << QByteArray(R"({"username":5,"password":"x"})") << QStringLiteral("username");
        QTest::newRow("missing") << QByteArray(R"({"username":"a"})") << QStringLiteral("password");
        QTest::newRow("null-required") << QByteArray(R"({"username":"a","password":null})") << QStringLiteral("password");
        QTest::newRow("object-for-optional") << QByteArray(R"({"username":"a","password":"b","totp":{}})") << QStringLiteral("totp");
    }
    void wrongTypesAndMissingFields()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto r = fromJson<LoginRequest>(QJsonDocument::fromJson(json).object(), true);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(field), qPrintable(r.error().message));
    }
    void integersMustBeIntegral()
    {
        auto r = fromJson<Bill>(QJsonObject{{QStringLiteral("amount_cents"), 1.5}});
        QVERIFY(!r.ok());
        auto page = fromJson<ChangePage>(QJsonDocument::fromJson(R"({"changes":[{"seq":1,"entity":"citizen","op":"delete","id":"x","version":2,"data":null}],"next":1,"has_more":false})").object());
        QVERIFY(page.ok());
        QCOMPARE(page->changes.first().op, QStringLiteral("delete"));
        QVERIFY(!page->changes.first().data.has_value());
    }
    void parseObject()
    {
        QVERIFY(!JsonReader::parseObject("{not json").ok());
        QCOMPARE(JsonReader::parseObject("{not json").error().code, ErrorCode::BadRequest);
        QVERIFY(!JsonReader::parseObject("[1,2]").ok());
        QVERIFY(JsonReader::parseObject(R"({"a":1})").ok());
    }
    void errorShape()
    {
        const Error e = makeError(ErrorCode::Locked, QStringLiteral("locked"), QJsonObject{{QStringLiteral("retry_after_seconds"), 60}});
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("account_locked"));
        const Error back = Error::fromJson(json);
        QCOMPARE(back.code, ErrorCode::Locked);
        QCOMPARE(back.details.value(QStringLiteral("retry_after_seconds")).toInt(), 60);
        QCOMPARE(httpStatusFor(ErrorCode::Locked), 423);
        QCOMPARE(httpStatusFor(ErrorCode::NotFound), 404);
    }
    void auditHashCoversEveryField()
    {
        AuditEntry e;
        e.seq = 1;
        e.at = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        e.actorId = QStringLiteral("s_admin");
        e.action = QStringLiteral("citizen.view");
        e.targetId = QStringLiteral("c1");
        e.prevHash = QString(64, QLatin1Char('0'));
        const QString h = e.computeHash();
        QCOMPARE(h.size(), 64);
        AuditEntry changed = e;
        changed.reason = QStringLiteral("x");
        QVERIFY(changed.computeHash() != h);
        changed = e;
        changed.targetId = QStringLiteral("c2");
        QVERIFY(changed.computeHash() != h);
        // Moving characters between adjacent fields must change the hash (length-prefixed encoding).
        AuditEntry shifted = e;
        shifted.actorId = QStringLiteral("s_admi");
        shifted.actorRole = QStringLiteral("n") + e.actorRole;
        QVERIFY(shifted.computeHash() != h);
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
