// The shared JSON codec: round trips, strictness for request bodies, and clear errors.
#include "domain/casework.h"
#include "domain/catalog.h"
#include "domain/citizen.h"
#include "domain/jsonreader.h"
#include "domain/staff.h"
#include "domain/sync.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace gd;

namespace {

// What QJsonDocument writes for one value (compact), to compare the streaming writer byte for byte.
QByteArray qtJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray written(const QString &text)
{
    QByteArray out;
    codec::appendJsonString(out, text);
    return out;
}

// A string with every character class the writer treats differently.
QString trickyString()
{
    QString s = QStringLiteral("王芳 \"quoted\" back\\slash / tab\t nl\n cr\r bs\b ff\f ");
    for (char16_t c = 0; c < 0x20; ++c)
        s.append(QChar(c));
    s += QStringLiteral("\u007f\u0080\u07ff\u0800\uffff é €");
    s += QString::fromUcs4(U"\U0001F600 \U00020000"); // surrogate pairs: emoji, CJK extension B
    return s;
}

Citizen sampleCitizen()
{
    Citizen c;
    c.id = QStringLiteral("c1");
    c.name = trickyString();
    c.gender = QStringLiteral("female");
    c.birthDate = QDate(1990, 3, 7);
    c.idNumber = QStringLiteral("3502**********1230");
    c.phone = QStringLiteral("138****8000");
    c.realnameLevel = 2;
    c.householdId = QStringLiteral("h1");
    c.officerId = QString(); // present but empty: "" rather than null
    c.linkedSystems = {QStringLiteral("社保"), QStringLiteral("医保"), QString()};
    c.tags = {TagAssignment{QStringLiteral("t_pregnant"), QDate(2026, 9, 1), QStringLiteral("registry")},
              TagAssignment{QStringLiteral("t_x"), QDate(), QStringLiteral("model")}};
    c.registeredAt = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    c.updatedAt = QDateTime(QDate(2026, 11, 24), QTime(21, 10), Qt::OffsetFromUTC, 8 * 3600);
    c.version = 5'000'000'000LL; // beyond 32 bits
    return c;
}

} // namespace

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
        QCOMPARE(json.value(QStringLiteral("registered_at")).toString(),
                 QStringLiteral("2020-01-02T03:04:05.678Z"));
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
        QTest::newRow("number-for-string")
            << QByteArray(R"({"username":5,"password":"x"})") << QStringLiteral("username");
        QTest::newRow("missing") << QByteArray(R"({"username":"a"})") << QStringLiteral("password");
        QTest::newRow("null-required")
            << QByteArray(R"({"username":"a","password":null})") << QStringLiteral("password");
        QTest::newRow("object-for-optional")
            << QByteArray(R"({"username":"a","password":"b","totp":{}})") << QStringLiteral("totp");
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
        auto page = fromJson<ChangePage>(
            QJsonDocument::fromJson(
                R"({"changes":[{"seq":1,"entity":"citizen","op":"delete","id":"x","version":2,"data":null}],"next":1,"has_more":false,"last_seq":1})")
                .object());
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
        const Error e = makeError(ErrorCode::Locked, QStringLiteral("locked"),
                                  QJsonObject{{QStringLiteral("retry_after_seconds"), 60}});
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("account_locked"));
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

    // ---- streaming writer ----

    void writerEscapesStringsLikeQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("plain ascii 0123");
        QTest::newRow("chinese") << QStringLiteral("厦门市思明区中华街道");
        QTest::newRow("tricky") << trickyString();
        QTest::newRow("lone-high-surrogate") << (QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b"));
        QTest::newRow("lone-low-surrogate") << (QStringLiteral("a") + QChar(0xde00));
        QTest::newRow("high-surrogate-at-end") << (QStringLiteral("a") + QChar(0xd83d));
        QTest::newRow("swapped-pair") << (QString(QChar(0xde00)) + QChar(0xd83d));
    }
    void writerEscapesStringsLikeQJsonDocument()
    {
        QFETCH(QString, text);
        const QByteArray out = written(text);
        QCOMPARE(out, qtJson(text));
        QVERIFY(QUtf8StringView(out).isValidUtf8());
        for (const char c : out)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20, "raw control character in JSON text");
        // Parses back to the same text wherever the text is valid UTF-16.
        const QJsonValue back = codec::parseRawJson(out);
        QVERIFY(back.isString());
        if (!text.contains(QChar(0xd83d)) && !text.contains(QChar(0xde00)))
            QCOMPARE(back.toString(), text);
    }
    void writerMatchesToJsonForDomainTypes()
    {
        Application a;
        a.id = QStringLiteral("a1");
        a.number = QStringLiteral("2026-1124-000123");
        a.applicantName = QStringLiteral("李\"雷\"");
        a.submittedAt = QDateTime(QDate(2026, 11, 24), QTime(1, 2, 3, 4), Qt::UTC);
        a.dueAt = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        a.rating = 5;
        a.version = std::numeric_limits<qint64>::max();
        a.steps = {ApplicationStep{1, QStringLiteral("受理"), QStringLiteral("gaj"), QStringLiteral("done"),
                                   QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC), std::nullopt,
                                   std::nullopt, QStringLiteral("s1")},
                   ApplicationStep{2, QStringLiteral("审核"), QStringLiteral("wjw"),
                                   QStringLiteral("waiting"), std::nullopt, std::nullopt,
                                   QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 1), Qt::UTC),
                                   std::nullopt}};
        ServiceItem service;
        service.id = QStringLiteral("sv1");
        service.materials = {QStringLiteral("身份证"), QStringLiteral("户口簿\n复印件")};
        service.online = false;
        service.slaDays = -3;
        service.steps = {WorkflowStep{1, QStringLiteral("受理"), QStringLiteral("zwfw"), 1}};
        Bill bill;
        bill.amountCents = std::numeric_limits<qint64>::min();
        bill.dueDate = QDate(2024, 2, 29);

        const auto check = [](const QJsonObject &expected, const QByteArray &bytes) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            QVERIFY2(error.error == QJsonParseError::NoError,
                     qPrintable(error.errorString() + QLatin1Char(' ') + QString::fromUtf8(bytes)));
            QCOMPARE(doc.object(), expected);
            // Same text once keys are in the same (sorted) order.
            QCOMPARE(QJsonDocument(doc.object()).toJson(QJsonDocument::Compact),
                     QJsonDocument(expected).toJson(QJsonDocument::Compact));
        };
        check(toJson(sampleCitizen()), toJsonBytes(sampleCitizen()));
        check(toJson(Citizen{}), toJsonBytes(Citizen{}));
        check(toJson(a), toJsonBytes(a));
        check(toJson(service), toJsonBytes(service));
        check(toJson(bill), toJsonBytes(bill));
        // Integers beyond 2^53 stay exact in the text (QJsonValue would round them through double).
        QVERIFY(toJsonBytes(a).contains("\"version\":9223372036854775807"));
        QVERIFY(toJsonBytes(bill).contains("\"amount_cents\":-9223372036854775808"));
        // Keys in fields() order; optional fields null when absent.
        const QByteArray citizen = toJsonBytes(Citizen{});
        QVERIFY(citizen.startsWith("{\"id\":\"\",\"name\":\"\","));
        QVERIFY(citizen.contains("\"household_id\":null"));
        QVERIFY(citizen.contains("\"birth_date\":null"));
        QVERIFY(citizen.contains("\"tags\":[]"));
        // And it reads back through the codec (every required field present).
        Citizen complete = sampleCitizen();
        complete.tags.removeLast();
        auto back = fromJson<Citizen>(QJsonDocument::fromJson(toJsonBytes(complete)).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->name, trickyString());
        QCOMPARE(back->version, 5'000'000'000LL);
        QCOMPARE(back->updatedAt, sampleCitizen().updatedAt);
        QCOMPARE(back->officerId, std::optional<QString>(QString()));
    }
    void writerNumbersAndRawJson()
    {
        for (const double d : {0.0, 0.1, -2.5, 3.0, 1e21, 1.7976931348623157e308, 5e-324}) {
            QByteArray out;
            codec::appendJsonDouble(out, d);
            QCOMPARE(out, qtJson(d));
        }
        QByteArray nan;
        codec::appendJsonDouble(nan, std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(nan, QByteArray("null"));

        Change c;
        c.seq = 7;
        c.data = QJsonObject{{QStringLiteral("a"), QJsonArray{1, QStringLiteral("x")}}};
        QCOMPARE(QJsonDocument::fromJson(toJsonBytes(c)).object(), toJson(c));
        codec::RawJson raw{toJsonBytes(sampleCitizen())};
        QCOMPARE(codec::toValue(raw).toObject(), toJson(sampleCitizen()));
        QCOMPARE(codec::toValue(codec::RawJson{}), QJsonValue(QJsonValue::Null));
        QByteArray out;
        codec::writeValue(out, codec::RawJson{});
        QCOMPARE(out, QByteArray("null"));
        QCOMPARE(codec::serialiseJsonValue(QStringLiteral("x\"")), QByteArray("\"x\\\"\""));
    }
    void fastTimeParsingMatchesQt_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t :
             {"2026-11-24T13:10:00.000Z", "2026-11-24T13:10:00Z", "2024-02-29T23:59:59.999Z",
              "2023-02-29T00:00:00.000Z", "2026-13-01T00:00:00.000Z", "2026-11-24T24:00:00.000Z",
              "2026-11-24T13:60:00.000Z", "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z",
              "1969-12-31T23:59:59.999Z", "2026-11-24T13:10:00.000+08:00", "2026-11-24 13:10:00Z",
              "2026-11-2xT13:10:00.000Z", "2026-11-24T13:10:00.5Z", "", "garbage"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void fastTimeParsingMatchesQt()
    {
        QFETCH(QString, text);
        QDateTime slow = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!slow.isValid())
            slow = QDateTime::fromString(text, Qt::ISODate);
        slow = slow.isValid() ? slow.toUTC() : QDateTime();
        const QDateTime fast = fromIsoUtc(text);
        QCOMPARE(fast.isValid(), slow.isValid());
        if (slow.isValid()) {
            QCOMPARE(fast, slow);
            QCOMPARE(fast.timeSpec(), Qt::UTC);
            QCOMPARE(toIsoUtc(fast), toIsoUtc(slow));
        }
        const QString date = text.left(10);
        QCOMPARE(fromIsoDate(date), QDate::fromString(date, Qt::ISODate));
    }
    void fastTimeFormattingMatchesQt()
    {
        QRandomGenerator rng(42);
        QList<QDateTime> times{QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                               QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC).addMSecs(-1),
                               QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::OffsetFromUTC, 8 * 3600),
                               QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::LocalTime),
                               QDateTime(QDate(-5, 1, 1), QTime(0, 0), Qt::UTC), // outside 4-digit years
                               QDateTime()};
        for (int i = 0; i < 2000; ++i)
            times.append(QDateTime::fromMSecsSinceEpoch(qint64(rng.bounded(1u << 31)) * 1000 * 64 -
                                                            30'000'000'000'000LL + rng.bounded(1000),
                                                        Qt::UTC));
        for (const QDateTime &t : std::as_const(times)) {
            QByteArray out;
            codec::appendIsoUtc(out, t);
            QCOMPARE(out, qtJson(codec::toValue(t)));
            QByteArray date;
            codec::appendIsoDate(date, t.date());
            QCOMPARE(date, qtJson(codec::toValue(t.date())));
        }
    }
};

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
