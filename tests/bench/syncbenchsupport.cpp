#include "syncbenchsupport.h"

#include "store/changeapplier.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <httplib.h>

#include <algorithm>
#include <cmath>
#include <iostream>

namespace gd::bench {

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

std::unique_ptr<test::ServerProcess> makeServer(const QString &backend, QString *error)
{
    if (backend == QLatin1String("sqlite"))
        return std::make_unique<test::ServerProcess>(backend, QString());
    if (backend == QLatin1String("postgresql")) {
        const QString url = qEnvironmentVariable("GOVDESK_BENCH_PG_URL");
        if (url.isEmpty()) {
            *error = QStringLiteral(
                "--backend postgresql needs GOVDESK_BENCH_PG_URL (./govdesk.sh bench sets it)");
            return nullptr;
        }
        return std::make_unique<test::ServerProcess>(backend, url);
    }
    *error = QStringLiteral("--backend must be sqlite or postgresql");
    return nullptr;
}

bool waitUntil(const QList<SyncEngine *> &engines, const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    bool reached = false;
    const auto check = [&] {
        if (!reached && done()) {
            reached = true;
            loop.quit();
        }
    };
    for (SyncEngine *engine : engines) {
        QObject::connect(engine, &SyncEngine::statusChanged, &loop, check);
        QObject::connect(engine, &SyncEngine::cycleFinished, &loop, check);
    }
    deadline.start(timeoutMs);
    loop.exec();
    return reached;
}

bool runOneCycle(SyncEngine &engine, int timeoutMs, int *retries)
{
    // A cycle already running may have started before the caller's change: it does not count; syncNow()
    // queues the next one. A failed cycle ends without cycleFinished and the engine retries it after a
    // backoff, so a skipped cycle may never come: each finished one that is skipped asks for another.
    int toSkip = engine.isCycleRunning() ? 1 : 0;
    bool finished = false;
    bool broken = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &SyncEngine::cycleFinished, &loop, [&] {
        if (toSkip > 0) {
            --toSkip;
            engine.syncNow();
            return;
        }
        finished = true;
        loop.quit();
    });
    SyncStatus::Phase last = engine.status().phase;
    QObject::connect(&engine, &SyncEngine::statusChanged, &loop, [&](const SyncStatus &s) {
        if (s.phase == SyncStatus::Phase::Waiting && last != SyncStatus::Phase::Waiting && retries)
            ++*retries;
        last = s.phase;
        if (s.phase == SyncStatus::Phase::Failed || s.phase == SyncStatus::Phase::SignedOut) {
            broken = true;
            loop.quit();
        }
    });
    if (engine.store())
        engine.syncNow();
    else
        engine.start();
    deadline.start(timeoutMs);
    if (!finished && !broken)
        loop.exec();
    return finished;
}

FeedTraffic::FeedTraffic(QObject *parent)
    : QObject(parent)
{
}

void FeedTraffic::attach(QNetworkAccessManager *network)
{
    // The manager's finished() comes before the reply's own (the manager connected first), so the whole
    // body is still unread here.
    connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (!reply->url().path().endsWith(QLatin1String("/sync/changes")) || reply->error())
            return;
        ++m_replies;
        m_bodyBytes += reply->bytesAvailable();
    });
}

ChangeCounter::ChangeCounter(SyncEngine &engine, QObject *parent)
    : QObject(parent)
{
    connect(&engine, &SyncEngine::dataChanged, this, [this](const ChangeSet &changes) {
        for (auto it = changes.changed.constBegin(); it != changes.changed.constEnd(); ++it)
            m_byEntity[it.key()] += it.value().size();
    });
}

qint64 ChangeCounter::total() const
{
    qint64 n = 0;
    for (qint64 v : m_byEntity)
        n += v;
    return n;
}

FeedWalk walkFeed(int port, const QString &accessToken, int pageSize, const QByteArray &acceptEncoding,
                  bool keepBodies)
{
    FeedWalk walk;
    httplib::Client client("127.0.0.1", port);
    client.set_keep_alive(true);
    client.set_read_timeout(120, 0);
    const httplib::Headers headers{{"Authorization", "Bearer " + accessToken.toStdString()},
                                   {"Accept-Encoding", acceptEncoding.toStdString()}};
    qint64 since = 0;
    for (;;) {
        const std::string path =
            "/api/v1/sync/changes?since=" + std::to_string(since) + "&limit=" + std::to_string(pageSize);
        QElapsedTimer clock;
        clock.start();
        auto reply = client.Get(path, headers);
        walk.seconds += double(clock.nsecsElapsed()) / 1e9;
        if (!reply || reply->status != 200) {
            walk.error = QStringLiteral("GET /api/v1/sync/changes failed (%1)")
                             .arg(reply ? QString::number(reply->status) : QStringLiteral("transport"));
            return walk;
        }
        // httplib has decompressed the body; Content-Length still tells what came over the wire.
        const QByteArray body = QByteArray::fromStdString(reply->body);
        ++walk.pages;
        walk.bytes += body.size();
        const std::string length = reply->get_header_value("Content-Length");
        walk.wireBytes += length.empty() ? body.size() : std::stoll(length);
        if (keepBodies)
            walk.bodies.append(body);
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        walk.changes += page.value(QLatin1String("changes")).toArray().size();
        since = page.value(QLatin1String("next")).toInteger();
        if (!page.value(QLatin1String("has_more")).toBool())
            break;
    }
    walk.ok = true;
    return walk;
}

QList<FeedPage> parsePages(const QList<QByteArray> &bodies)
{
    QList<FeedPage> pages;
    pages.reserve(bodies.size());
    for (const QByteArray &body : bodies) {
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        pages.append({page.value(QLatin1String("changes")).toArray(),
                      page.value(QLatin1String("next")).toInteger(), store::ChangeApplier::dataTexts(body)});
    }
    return pages;
}

double applyPages(const QList<FeedPage> &pages, const QString &path, const QByteArray &key, bool serverTexts)
{
    QElapsedTimer clock;
    clock.start();
    auto opened = store::Store::open(path, key);
    if (!opened) {
        std::cerr << "cannot open a local store: " << opened.error().message.toStdString() << std::endl;
        return -1;
    }
    store::ChangeApplier applier(**opened);
    for (const FeedPage &page : pages) {
        if (auto r =
                applier.apply(page.changes, page.next, serverTexts ? page.dataTexts : QList<QByteArray>{});
            !r) {
            std::cerr << "apply failed: " << r.error().message.toStdString() << std::endl;
            return -1;
        }
    }
    return double(clock.nsecsElapsed()) / 1e9;
}

} // namespace gd::bench
