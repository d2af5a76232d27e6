// Router::clientAddressOf: which address the audit log and the sign-in backoff see for a request. A trusted
// reverse proxy's X-Forwarded-For names the client; anybody else's is ignored, and entries a client wrote
// itself (left of the last untrusted hop) cannot pick the address.

#include "http/router.h"

#include <QTest>

using gd::server::Router;

class TstClientAddress : public QObject {
    Q_OBJECT

private slots:
    void clientAddress_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QStringList>("trusted");
        QTest::addColumn<QString>("expected");

        const QStringList nginx{QStringLiteral("127.0.0.1")};
        QTest::newRow("no proxy configured: the header is ignored")
            << "127.0.0.1" << QByteArray("203.0.113.7") << QStringList() << "127.0.0.1";
        QTest::newRow("untrusted peer: the header is ignored")
            << "198.51.100.2" << QByteArray("203.0.113.7") << nginx << "198.51.100.2";
        QTest::newRow("trusted proxy: the forwarded client")
            << "127.0.0.1" << QByteArray("203.0.113.7") << nginx << "203.0.113.7";
        QTest::newRow("a client-written entry on the left does not count")
            << "127.0.0.1" << QByteArray("10.9.9.9, 203.0.113.7") << nginx << "203.0.113.7";
        QTest::newRow("chained trusted proxies are skipped from the right")
            << "127.0.0.1" << QByteArray("203.0.113.7, 10.0.0.5")
            << QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.5")} << "203.0.113.7";
        QTest::newRow("IPv6 client, canonical form")
            << "127.0.0.1" << QByteArray(" 2001:DB8::1 ") << nginx << "2001:db8::1";
        QTest::newRow("IPv6 proxy address in another spelling")
            << "::1" << QByteArray("203.0.113.7") << QStringList{QStringLiteral("0:0:0:0:0:0:0:1")}
            << "203.0.113.7";
        QTest::newRow("garbage entry: the peer")
            << "127.0.0.1" << QByteArray("203.0.113.7, evil") << nginx << "127.0.0.1";
        QTest::newRow("empty header: the peer") << "127.0.0.1" << QByteArray(" ") << nginx << "127.0.0.1";
        QTest::newRow("only trusted hops: the peer")
            << "127.0.0.1" << QByteArray("127.0.0.1") << nginx << "127.0.0.1";
    }

    void clientAddress()
    {
        QFETCH(QString, peer);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QStringList, trusted);
        QFETCH(QString, expected);
        for (const QString &t : trusted)
            QVERIFY(Router::isAddress(t));
        // Through setTrustedProxies' canonical form, as the server configures it.
        Router router;
        router.setTrustedProxies(trusted);
        QCOMPARE(Router::clientAddressOf(peer, forwardedFor, router.trustedProxies()), expected);
    }

    void isAddress()
    {
        QVERIFY(Router::isAddress(QStringLiteral("10.0.0.1")));
        QVERIFY(Router::isAddress(QStringLiteral("::1")));
        QVERIFY(!Router::isAddress(QStringLiteral("nginx.local")));
        QVERIFY(!Router::isAddress(QStringLiteral("10.0.0.1/8")));
        QVERIFY(!Router::isAddress(QString()));
    }
};

QTEST_GUILESS_MAIN(TstClientAddress)
#include "tst_clientaddress.moc"
