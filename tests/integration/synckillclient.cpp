// Helper process of tst_sync's client-crash test: signs in, keeps recording grid visits through the sync
// engine (each a local write plus an outbox item in one transaction) while syncing, and prints
// "queued <id>" after each write has committed. The test kills it with SIGKILL at a random moment and
// checks the store it leaves behind.
//
// Usage: tst_sync_client --port P --user U --cache FILE --key HEX --visits N

#include "synctestsupport.h"

#include "store/store.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace gd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("server port"),
                                  QStringLiteral("port"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("staff user"),
                                  QStringLiteral("user"));
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("cache file"),
                                   QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("hex key"), QStringLiteral("hex"));
    const QCommandLineOption visits(QStringLiteral("visits"), QStringLiteral("visits to record"),
                                    QStringLiteral("n"));
    parser.addOptions({port, user, cache, key, visits});
    parser.process(app);

    const int serverPort = parser.value(port).toInt();
    SyncConfig config =
        test::testConfig(serverPort, parser.value(cache), QByteArray::fromHex(parser.value(key).toLatin1()),
                         test::signIn(serverPort, parser.value(user)));
    config.pageSize = 200; // many small transactions: more moments to die in
    SyncEngine engine(config);
    const int total = parser.value(visits).toInt();
    int queued = 0;
    QTimer writer;
    writer.setInterval(0);
    QObject::connect(&writer, &QTimer::timeout, &engine, [&] {
        if (!engine.store())
            return;
        const auto someone = engine.store()->citizens().list({});
        if (!someone || someone->items.isEmpty())
            return; // not synced yet
        Visit v;
        v.gridId = someone->items.first().gridId;
        v.districtCode = someone->items.first().districtCode;
        v.citizenId = someone->items.first().id;
        v.staffId = QStringLiteral("s_") + parser.value(user);
        v.kind = QStringLiteral("routine");
        v.visitedAt = QDateTime::currentDateTimeUtc();
        v.summary = QStringLiteral("崩溃测试走访 %1").arg(queued);
        auto item = engine.write([&](store::Store &s) { return s.visits().record(v); });
        if (!item) {
            std::fprintf(stdout, "error %s\n", qPrintable(item.error().message));
            std::fflush(stdout);
            return;
        }
        std::fprintf(stdout, "queued %s\n", qPrintable(item->entityId));
        std::fflush(stdout);
        if (++queued >= total) {
            writer.stop();
            std::fprintf(stdout, "all queued\n");
            std::fflush(stdout);
        }
    });
    engine.start();
    writer.start();
    return app.exec();
}
