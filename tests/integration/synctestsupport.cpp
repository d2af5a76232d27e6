#include "synctestsupport.h"

#include "store/localtables.h"
#include "store/store.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

namespace gd::test {

AuthTokens signIn(int port, const QString &username)
{
    ApiTestClient client(port);
    ApiReply reply;
    client.login(username, QStringLiteral("GovDesk!2026"), &reply);
    auto tokens = fromJson<AuthTokens>(reply.json);
    return tokens ? *tokens : AuthTokens{};
}

QPair<QString, QString> sharedApplication(int port)
{
    ApiTestClient grid(port);
    grid.setToken(grid.login(QStringLiteral("grid_huli")));
    const QJsonArray apps = grid.get(QStringLiteral("/api/v1/applications?limit=200"))
                                .json.value(QStringLiteral("items"))
                                .toArray();
    const QStringList officers{QStringLiteral("wjw"), QStringLiteral("gaj"), QStringLiteral("jyj"),
                               QStringLiteral("rsj"), QStringLiteral("mzj")};
    for (const QJsonValue &a : apps) {
        const QString id = a.toObject().value(QStringLiteral("id")).toString();
        const QJsonArray steps = grid.get(QStringLiteral("/api/v1/applications/") + id)
                                     .json.value(QStringLiteral("steps"))
                                     .toArray();
        for (const QJsonValue &step : steps) {
            const QString dept = step.toObject().value(QStringLiteral("department_id")).toString();
            if (officers.contains(dept))
                return {id, QStringLiteral("officer_") + dept};
        }
    }
    return {};
}

QHash<QString, qint64> serverSnapshot(ApiTestClient &client)
{
    QHash<QString, qint64> snapshot;
    qint64 since = 0;
    for (;;) {
        const ApiReply r = client.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=5000").arg(since));
        if (r.status != 200)
            return {};
        const QJsonArray changes = r.json.value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            const QString key = c.value(QStringLiteral("entity")).toString() + QLatin1Char('/') +
                                c.value(QStringLiteral("id")).toString();
            if (!store::localTable(c.value(QStringLiteral("entity")).toString()))
                continue;
            if (c.value(QStringLiteral("op")).toString() == QLatin1String("delete"))
                snapshot.remove(key);
            else
                snapshot.insert(key, c.value(QStringLiteral("version")).toInteger());
        }
        since = r.json.value(QStringLiteral("next")).toInteger();
        if (!r.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    return snapshot;
}

QHash<QString, qint64> localSnapshot(store::Store &store)
{
    QHash<QString, qint64> snapshot;
    for (const store::LocalTable &table : store::localTables()) {
        auto stmt = store.connection().prepare("SELECT id, version FROM " + table.table);
        if (!stmt)
            return {};
        while (true) {
            auto row = stmt->step();
            if (!row || !*row)
                break;
            snapshot.insert(table.entity + QLatin1Char('/') + stmt->text(0), stmt->int64(1));
        }
    }
    return snapshot;
}

QString describeDifference(const QHash<QString, qint64> &server, const QHash<QString, qint64> &local)
{
    QStringList lines;
    for (auto it = server.constBegin(); it != server.constEnd() && lines.size() < 5; ++it) {
        if (!local.contains(it.key()))
            lines.append(QStringLiteral("missing locally: ") + it.key());
        else if (local.value(it.key()) != it.value())
            lines.append(QStringLiteral("version of %1: server %2, local %3")
                             .arg(it.key())
                             .arg(it.value())
                             .arg(local.value(it.key())));
    }
    for (auto it = local.constBegin(); it != local.constEnd() && lines.size() < 10; ++it) {
        if (!server.contains(it.key()))
            lines.append(QStringLiteral("only local: ") + it.key());
    }
    if (lines.isEmpty() && server.size() != local.size())
        lines.append(QStringLiteral("sizes differ"));
    if (!lines.isEmpty())
        lines.prepend(QStringLiteral("server %1 objects, local %2").arg(server.size()).arg(local.size()));
    return lines.join(QLatin1Char('\n'));
}

bool waitUntilSettled(SyncEngine &engine, int timeoutMs)
{
    // Settled = a cycle that started after this call finished with an empty outbox. A running cycle may
    // have read the outbox before the caller's last write, so it does not count; syncNow() queues a new one.
    // Driven by the engine's signals: a cycle that ends with work left (or a skipped one) starts the next;
    // a failed cycle is retried by the engine's own backoff timer.
    int toSkip = engine.isCycleRunning() ? 1 : 0;
    bool settled = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto connection = QObject::connect(&engine, &SyncEngine::cycleFinished, &loop, [&] {
        if (toSkip > 0) {
            --toSkip;
        } else if (engine.status().outboxCount == 0) {
            settled = true;
            loop.quit();
            return;
        }
        engine.syncNow(); // queued behind the cycle that is ending, or started at once
    });
    engine.syncNow();
    deadline.start(timeoutMs);
    if (!settled)
        loop.exec();
    QObject::disconnect(connection);
    return settled;
}

SyncConfig testConfig(int port, const QString &cachePath, const QByteArray &key, const AuthTokens &tokens)
{
    SyncConfig config;
    config.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.cachePath = cachePath;
    config.key = key;
    config.tokens = tokens;
    config.delegateRefresh = false;
    config.backoffInitial = std::chrono::milliseconds(20);
    config.backoffMaximum = std::chrono::milliseconds(400);
    config.requestTimeout = std::chrono::seconds(10);
    config.pollInterval = std::chrono::hours(1);
    return config;
}

QByteArray randomKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key;
}

} // namespace gd::test
