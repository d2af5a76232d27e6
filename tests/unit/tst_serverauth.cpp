// Server-side sign-in building blocks: TOTP (RFC 6238 vectors), Argon2id hashes, per-address backoff.
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/totp.h"

#include <QTest>

using namespace gd::server;

class TestServerAuth : public QObject {
    Q_OBJECT
private slots:
    void totpRfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
    }
    void totpRfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(Totp::code(QByteArray("12345678901234567890"), time, 8), code);
    }
    void totpVerifyWindow()
    {
        const QString secret = QStringLiteral("JBSWY3DPEHPK3PXP");
        QCOMPARE(Totp::decodeBase32(secret), QByteArray("Hello!\xde\xad\xbe\xef"));
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QByteArray key = Totp::decodeBase32(secret);
        QVERIFY(Totp::verify(secret, Totp::code(key, now.toSecsSinceEpoch()), now));
        QVERIFY(Totp::verify(secret, Totp::code(key, now.toSecsSinceEpoch() - 30), now));
        QVERIFY(!Totp::verify(secret, Totp::code(key, now.toSecsSinceEpoch() - 90), now));
        QVERIFY(!Totp::verify(secret, QStringLiteral("12345"), now));
        QVERIFY(!Totp::verify(QStringLiteral("not base32!"), QStringLiteral("123456"), now));
    }
    void argon2id()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("GovDesk!2026"));
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(hash));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("GovDesk!2026")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("GovDesk!2027")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("plaintext"), QStringLiteral("plaintext")));
        // Salted: the same password hashes differently each time.
        QVERIFY(PasswordHasher::hash(QStringLiteral("GovDesk!2026")) != hash);
    }
    void throttleBacksOffPerAddress()
    {
        LoginThrottle t;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString a = QStringLiteral("10.0.0.1");
        for (int i = 0; i < LoginThrottle::kFreeAttempts - 1; ++i)
            t.recordFailure(a, now);
        QCOMPARE(t.retryAfter(a, now), 0);
        t.recordFailure(a, now);
        QVERIFY(t.retryAfter(a, now) > 0);
        QCOMPARE(t.retryAfter(QStringLiteral("10.0.0.2"), now), 0); // other addresses unaffected
        QCOMPARE(t.retryAfter(a, now.addSecs(LoginThrottle::kMaxDelaySeconds + 1)), 0);
        // Failing on while blocked makes the wait longer.
        const qint64 first = t.retryAfter(a, now);
        for (int i = 0; i < 5; ++i)
            t.recordFailure(a, now);
        QVERIFY(t.retryAfter(a, now) > first);
        QVERIFY(t.retryAfter(a, now) <= LoginThrottle::kMaxDelaySeconds);
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"
