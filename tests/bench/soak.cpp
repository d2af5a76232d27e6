// govdesk-bench soak: see soak.h.

#include "soak.h"

#include "eventstreamclient.h"
#include "scenario.h"
#include "serverprocess.h"
#include "soakclients.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include <unistd.h>

namespace gd::bench {
namespace {

using soak::Clock;
using soak::Kind;

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The pid of this process's child running govdesk-server (ServerProcess keeps its QProcess to itself).
qint64 serverPid()
{
    const qint64 me = ::getpid();
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> rest = line.mid(close + 2).split(' '); // state ppid …
        if (line.mid(open + 1, close - open - 1) == "govdesk-server" && rest.size() > 1 &&
            rest.at(1).toLongLong() == me)
            return pid;
    }
    return -1;
}

// Samples the server's resident memory once a second on its own thread.
class RssSampler {
public:
    explicit RssSampler(qint64 pid)
        : m_pid(pid)
        , m_started(Clock::now())
        , m_thread([this] { loop(); })
    {
    }
    ~RssSampler() { stop(); }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    // (seconds since start, MiB)
    std::vector<std::pair<double, double>> series() const
    {
        std::lock_guard lock(m_mutex);
        return m_series;
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            const double mib = residentMiB(m_pid);
            if (mib > 0)
                m_series.emplace_back(secondsSince(m_started), mib);
            m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; });
        }
    }

    qint64 m_pid;
    Clock::time_point m_started;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<std::pair<double, double>> m_series;
    std::thread m_thread; // last: starts after the members above exist
};

// Holds one live change stream (GET /sync/events) for a grid manager until the deadline, reconnecting
// from the last event id whenever the server ends it (its --sse-lifetime).
class EventWatcher {
public:
    struct Figures {
        int streams = 0;
        qint64 events = 0;
        qint64 pings = 0;
        qint64 lastSeq = 0;
        int errors = 0;
        QStringList errorSamples;
    };

    EventWatcher(int port, QString token)
        : m_port(port)
        , m_token(std::move(token))
    {
    }
    void runUntil(Clock::time_point deadline)
    {
        // Not a new stream in the last two seconds: stop() cannot interrupt a request that has not
        // connected yet, so it would wait for the server to end the stream (its lifetime).
        while (Clock::now() + std::chrono::seconds(2) < deadline) {
            test::EventStreamClient stream(m_port, m_token);
            QList<QPair<QByteArray, QByteArray>> headers;
            if (m_figures.lastSeq > 0)
                headers.append({QByteArrayLiteral("Last-Event-ID"), QByteArray::number(m_figures.lastSeq)});
            stream.start(QStringLiteral("/api/v1/sync/events?since=%1").arg(m_since), headers);
            ++m_figures.streams;
            const int remainingMs =
                int(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count());
            (void)stream.waitFor([](const test::EventStreamClient::State &s) { return s.ended; },
                                 std::max(1, remainingMs));
            // Connected (headers in) before the socket is shut down from this side.
            (void)stream.waitFor(
                [](const test::EventStreamClient::State &s) { return s.ended || s.status != 0; }, 10000);
            stream.stop();
            const test::EventStreamClient::State s = stream.state();
            if (s.status != 200 && Clock::now() < deadline) {
                ++m_figures.errors;
                if (m_figures.errorSamples.size() < 5)
                    m_figures.errorSamples.append(QStringLiteral("sync/events %1 %2")
                                                      .arg(s.status)
                                                      .arg(QString::fromUtf8(s.body.left(200))));
                std::this_thread::sleep_for(std::chrono::seconds(1)); // the client's retry delay
            }
            m_figures.events += s.events.size();
            m_figures.pings += s.pings;
            for (const auto &e : s.events) {
                const qint64 seq = e.id.toLongLong();
                if (seq < m_figures.lastSeq) {
                    ++m_figures.errors; // an event must never announce an older change than the last
                    if (m_figures.errorSamples.size() < 5)
                        m_figures.errorSamples.append(QStringLiteral("event id went back: %1").arg(seq));
                }
                m_figures.lastSeq = std::max(m_figures.lastSeq, seq);
            }
        }
    }
    void setSince(qint64 since) { m_since = since; }
    const Figures &figures() const { return m_figures; }

private:
    int m_port;
    QString m_token;
    qint64 m_since = 0;
    Figures m_figures;
};

// Checks the merged ledger against the server's database (change log, tables, idempotency keys) and
// against the change feed as an admin pulls it.
class LedgerAudit {
public:
    LedgerAudit(const QSqlDatabase &db, const soak::SoakLedger &ledger, qint64 startSeq)
        : m_db(db)
        , m_ledger(ledger)
        , m_startSeq(startSeq)
    {
    }

    QJsonObject run(test::ApiTestClient &admin, QStringList *problems)
    {
        QJsonObject out;
        // 1. The change log: every acknowledged (entity, id, version) exactly once since the start; no
        //    other change on an object the clients wrote.
        QHash<QString, int> logged; // "entity|id|version" -> rows
        QSet<QString> loggedIds;
        QHash<QString, QString> createdSince; // id -> entity of version-1 upserts since the start
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT entity, entity_id, version FROM changes WHERE seq > %1")
                        .arg(m_startSeq))) {
            problems->append(QStringLiteral("cannot read the change log: ") + q.lastError().text());
            return out;
        }
        while (q.next()) {
            const QString entity = q.value(0).toString();
            const QString id = q.value(1).toString();
            const qint64 version = q.value(2).toLongLong();
            ++logged[triple(entity, id, version)];
            if (version == 1)
                createdSince.insert(id, entity);
        }
        QHash<QString, int> acked; // triple -> acks
        QSet<QString> touched;     // ids the clients wrote
        QSet<QString> created;     // ids the clients created
        QMap<QString, QJsonObject> byEntity;
        qint64 found = 0, missing = 0, duplicated = 0, doubleAcked = 0;
        for (const soak::Ack &a : m_ledger.acks) {
            const QString t = triple(a.entity, a.id, a.version);
            touched.insert(a.id);
            if (a.creates)
                created.insert(a.id);
            if (++acked[t] > 1) {
                ++doubleAcked; // two different keys answered with the same new version: a lost update
                continue;
            }
            const int rows = logged.value(t);
            QJsonObject &e = byEntity[a.entity];
            e[QStringLiteral("acknowledged")] = e.value(QStringLiteral("acknowledged")).toInteger() + 1;
            if (rows == 1) {
                ++found;
            } else if (rows == 0) {
                ++missing;
                e[QStringLiteral("missing")] = e.value(QStringLiteral("missing")).toInteger() + 1;
                if (problems->size() < 10)
                    problems->append(QStringLiteral("lost write: %1 %2 v%3 (%4)")
                                         .arg(a.entity, a.id)
                                         .arg(a.version)
                                         .arg(a.op));
            } else {
                ++duplicated;
                e[QStringLiteral("duplicated")] = e.value(QStringLiteral("duplicated")).toInteger() + 1;
            }
        }
        qint64 extra = 0;
        for (auto it = logged.cbegin(); it != logged.cend(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('|'));
            if (touched.contains(parts.value(1)) && !acked.contains(it.key())) {
                ++extra;
                if (problems->size() < 10)
                    problems->append(QStringLiteral("change nobody acknowledged: ") + it.key());
            }
        }
        // Objects of the kinds the clients create that appeared without an acknowledgement.
        static const QSet<QString> clientKinds{QStringLiteral("note"), QStringLiteral("visit"),
                                               QStringLiteral("incident"), QStringLiteral("task"),
                                               QStringLiteral("campaign")};
        qint64 extraCreates = 0;
        for (auto it = createdSince.cbegin(); it != createdSince.cend(); ++it) {
            if (clientKinds.contains(it.value()) && !created.contains(it.key()))
                ++extraCreates;
        }
        out[QStringLiteral("acknowledged")] = qint64(acked.size());
        out[QStringLiteral("found")] = found;
        out[QStringLiteral("missing")] = missing;
        out[QStringLiteral("duplicated")] = duplicated;
        out[QStringLiteral("double_acknowledged")] = doubleAcked;
        out[QStringLiteral("extra_changes")] = extra;
        out[QStringLiteral("extra_creates")] = extraCreates;
        QJsonObject entities;
        for (auto it = byEntity.cbegin(); it != byEntity.cend(); ++it)
            entities[it.key()] = it.value();
        out[QStringLiteral("by_entity")] = entities;

        // 2. The rows: every created object is in its table (once: the id is the primary key).
        static const QMap<QString, QString> tables{{QStringLiteral("note"), QStringLiteral("notes")},
                                                   {QStringLiteral("visit"), QStringLiteral("visits")},
                                                   {QStringLiteral("incident"), QStringLiteral("incidents")},
                                                   {QStringLiteral("task"), QStringLiteral("grid_tasks")},
                                                   {QStringLiteral("campaign"), QStringLiteral("campaigns")}};
        QSet<QString> rows;
        for (const QString &table : tables) {
            QSqlQuery t(m_db);
            t.setForwardOnly(true);
            if (t.exec(QStringLiteral("SELECT id FROM ") + table)) {
                while (t.next())
                    rows.insert(t.value(0).toString());
            }
        }
        qint64 rowsMissing = 0;
        for (const QString &id : std::as_const(created)) {
            if (!rows.contains(id))
                ++rowsMissing;
        }
        out[QStringLiteral("created")] = qint64(created.size());
        out[QStringLiteral("rows_missing")] = rowsMissing;

        // 3. Photos: each acknowledged one stored once with its hash.
        QHash<QString, QPair<QString, QString>> stored; // id -> (incident, sha256)
        QSqlQuery p(m_db);
        p.setForwardOnly(true);
        if (p.exec(QStringLiteral("SELECT id, incident_id, sha256 FROM incident_attachments"))) {
            while (p.next())
                stored.insert(p.value(0).toString(), {p.value(1).toString(), p.value(2).toString()});
        }
        qint64 photosFound = 0, photosBad = 0, photosExtra = 0;
        QSet<QString> ackedPhotos;
        for (const soak::Attachment &a : m_ledger.attachments) {
            ackedPhotos.insert(a.id);
            if (stored.value(a.id) == qMakePair(a.incidentId, a.sha256))
                ++photosFound;
            else
                ++photosBad;
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (created.contains(it.value().first) && !ackedPhotos.contains(it.key()))
                ++photosExtra;
        }
        out[QStringLiteral("photos")] =
            QJsonObject{{QStringLiteral("acknowledged"), qint64(m_ledger.attachments.size())},
                        {QStringLiteral("found"), photosFound},
                        {QStringLiteral("missing_or_wrong"), photosBad},
                        {QStringLiteral("extra"), photosExtra}};

        // 4. Idempotency keys: each acknowledged key is stored with the status the client got.
        QHash<QString, int> keys;
        QSqlQuery k(m_db);
        k.setForwardOnly(true);
        if (k.exec(QStringLiteral("SELECT key, status FROM idempotency_keys"))) {
            while (k.next())
                keys.insert(k.value(0).toString(), k.value(1).toInt());
        }
        qint64 keysWrong = 0;
        for (const soak::Ack &a : m_ledger.acks) {
            if (keys.value(a.key, -1) != a.status)
                ++keysWrong;
        }
        qint64 unresolvedApplied = 0;
        for (const QString &key : m_ledger.unresolvedKeys) {
            if (keys.contains(key))
                ++unresolvedApplied;
        }
        out[QStringLiteral("idempotency_keys_wrong")] = keysWrong;
        out[QStringLiteral("unresolved")] = m_ledger.unresolved;
        out[QStringLiteral("unresolved_applied")] = unresolvedApplied;
        out[QStringLiteral("replays")] = m_ledger.replays;
        out[QStringLiteral("replay_mismatches")] = m_ledger.replayMismatches;
        out[QStringLiteral("same_id_retries")] = m_ledger.sameIdRetries;
        out[QStringLiteral("same_id_mismatches")] = m_ledger.sameIdMismatches;
        out[QStringLiteral("rejected_4xx")] = m_ledger.definitive4xx;

        // 5. The change feed as an admin pulls it from the start: each written object is there with at
        //    least the acknowledged version (several changes of one object collapse into the newest).
        QHash<QString, qint64> feed; // "entity|id" -> newest version
        qint64 since = m_startSeq;
        bool feedOk = true;
        for (int page = 0; page < 100000; ++page) {
            const test::ApiReply r =
                admin.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=5000").arg(since));
            if (r.status != 200) {
                feedOk = false;
                problems->append(QStringLiteral("admin change feed: %1").arg(r.status));
                break;
            }
            for (const QJsonValue &v : r.json.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject c = v.toObject();
                const QString key = c.value(QStringLiteral("entity")).toString() + QLatin1Char('|') +
                                    c.value(QStringLiteral("id")).toString();
                feed[key] = std::max(feed.value(key), c.value(QStringLiteral("version")).toInteger());
            }
            since = r.json.value(QStringLiteral("next")).toInteger();
            if (!r.json.value(QStringLiteral("has_more")).toBool())
                break;
        }
        qint64 feedMissing = 0;
        for (const soak::Ack &a : m_ledger.acks) {
            if (feed.value(a.entity + QLatin1Char('|') + a.id, 0) < a.version)
                ++feedMissing;
        }
        out[QStringLiteral("feed_missing")] = feedOk ? feedMissing : -1;
        m_ok = feedOk && missing == 0 && duplicated == 0 && doubleAcked == 0 && extra == 0 &&
               extraCreates == 0 && rowsMissing == 0 && photosBad == 0 && photosExtra == 0 &&
               keysWrong == 0 && unresolvedApplied == 0 && m_ledger.unresolved == 0 &&
               m_ledger.replayMismatches == 0 && m_ledger.sameIdMismatches == 0 && feedMissing == 0;
        out[QStringLiteral("ok")] = m_ok;
        return out;
    }
    bool ok() const { return m_ok; }

private:
    static QString triple(const QString &entity, const QString &id, qint64 version)
    {
        return entity + QLatin1Char('|') + id + QLatin1Char('|') + QString::number(version);
    }

    QSqlDatabase m_db;
    const soak::SoakLedger &m_ledger;
    qint64 m_startSeq;
    bool m_ok = false;
};

// Small camera-like JPEGs (noise, so they do not compress away), a few KiB each.
QList<QByteArray> makePhotos()
{
    QList<QByteArray> photos;
    for (quint32 seed = 1; seed <= 6; ++seed) {
        QImage image(96, 72, QImage::Format_RGB888);
        QRandomGenerator rng(seed);
        for (int y = 0; y < image.height(); ++y) {
            uchar *line = image.scanLine(y);
            for (int x = 0; x < 3 * image.width(); ++x)
                line[x] = uchar(rng.generate());
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPG", 80);
        photos.append(bytes);
    }
    return photos;
}

QJsonObject latencyFigures(std::vector<float> ms, double seconds)
{
    std::sort(ms.begin(), ms.end());
    const auto pct = [&ms](double p) {
        return ms.empty() ? 0.0 : double(ms[size_t(std::ceil(p * double(ms.size())) - 1)]);
    };
    return QJsonObject{{QStringLiteral("requests"), qint64(ms.size())},
                       {QStringLiteral("req_per_s"), round2(double(ms.size()) / seconds)},
                       {QStringLiteral("p50_ms"), round2(pct(0.50))},
                       {QStringLiteral("p95_ms"), round2(pct(0.95))},
                       {QStringLiteral("p99_ms"), round2(pct(0.99))},
                       {QStringLiteral("max_ms"), ms.empty() ? 0.0 : round2(double(ms.back()))}};
}

QJsonObject statusCounts(const std::map<int, qint64> &statuses, bool errorsOnly)
{
    QJsonObject out;
    for (const auto &[status, n] : statuses) {
        if (errorsOnly && status / 100 == 2)
            continue;
        out[status == 0 ? QStringLiteral("transport") : QString::number(status)] = n;
    }
    return out;
}

// Directory of grids and the change-log position, read before the clients start.
bool readDirectory(test::ServerProcess &server, test::ApiTestClient &admin, soak::SoakDirectory *dir,
                   QString *error)
{
    for (int offset = 0;; offset += 500) {
        const test::ApiReply r = admin.get(QStringLiteral("/api/v1/grids?limit=500&offset=%1").arg(offset));
        if (r.status != 200) {
            *error = QStringLiteral("GET /grids: %1").arg(r.status);
            return false;
        }
        const QJsonArray list = r.json.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &g : list)
            dir->gridsByDistrict[g.toObject().value(QStringLiteral("district_code")).toString()].append(
                g.toObject().value(QStringLiteral("id")).toString());
        if (list.size() < 500)
            break;
    }
    QSqlQuery q(server.sql());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")) || !q.next()) {
        *error = QStringLiteral("cannot read the change log: ") + q.lastError().text();
        return false;
    }
    dir->startSeq = q.value(0).toLongLong();
    return true;
}

// Open connections to the server's PostgreSQL database other than this one, or -1 (SQLite).
int databaseConnections(test::ServerProcess &server)
{
    if (server.backend() != QLatin1String("postgresql"))
        return -1;
    QSqlQuery q(server.sql());
    if (!q.exec(
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid "
                           "<> pg_backend_pid()")) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

// The server log's errors and warnings (one line per event, with level=…); samples of the errors.
QJsonObject serverLogFigures(const QString &log)
{
    qint64 errors = 0, warnings = 0;
    QStringList samples;
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("level=warning"))) {
            ++warnings;
        } else if (line.contains(QLatin1String("level=error")) ||
                   line.contains(QLatin1String("level=critical")) ||
                   line.contains(QLatin1String("level=fatal"))) {
            ++errors;
            if (samples.size() < 5)
                samples.append(line.left(300));
        }
    }
    return QJsonObject{{QStringLiteral("errors"), errors},
                       {QStringLiteral("warnings"), warnings},
                       {QStringLiteral("error_samples"), QJsonArray::fromStringList(samples)}};
}

} // namespace

int runSoak(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption minutesOpt(QStringLiteral("minutes"),
                                        QStringLiteral("Run time in minutes (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption secondsOpt(
        QStringLiteral("seconds"), QStringLiteral("Run time in seconds (overrides --minutes; for tests)."),
        QStringLiteral("S"));
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Demo citizens (default 3000)."), QStringLiteral("N"),
                                         QStringLiteral("3000"));
    const QCommandLineOption sqliteOpt(QStringLiteral("sqlite"),
                                       QStringLiteral("Run against SQLite instead."));
    const QCommandLineOption thinkOpt(
        QStringLiteral("think-ms"),
        QStringLiteral("Mean pause between a client's steps (default 0: closed loop)."), QStringLiteral("MS"),
        QStringLiteral("0"));
    const QCommandLineOption replayOpt(QStringLiteral("replay-percent"),
                                       QStringLiteral("Writes replayed with the same key (default 10)."),
                                       QStringLiteral("P"), QStringLiteral("10"));
    const QCommandLineOption rssLimitOpt(QStringLiteral("rss-limit"),
                                         QStringLiteral("Allowed RSS growth in percent (default 10)."),
                                         QStringLiteral("P"), QStringLiteral("10"));
    parser.addOptions({minutesOpt, secondsOpt, citizensOpt, sqliteOpt, thinkOpt, replayOpt, rssLimitOpt});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("soak")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::cout << parser.helpText().toStdString();
        return 0;
    }
    const double seconds = parser.isSet(secondsOpt)
                               ? std::clamp(parser.value(secondsOpt).toDouble(), 5.0, 86400.0)
                               : std::clamp(parser.value(minutesOpt).toDouble(), 0.1, 1440.0) * 60;
    const int citizens = std::clamp(parser.value(citizensOpt).toInt(), 500, 200000);
    const double rssLimit = parser.value(rssLimitOpt).toDouble();
    const QString backend = parser.isSet(sqliteOpt) ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    QString pgUrl = qEnvironmentVariable("GOVDESK_BENCH_PG_URL");
    if (pgUrl.isEmpty())
        pgUrl = qEnvironmentVariable("GOVDESK_TEST_PG_URL");
    if (backend == QLatin1String("postgresql") && pgUrl.isEmpty()) {
        std::cerr << "soak: PostgreSQL needs GOVDESK_BENCH_PG_URL (./govdesk.sh bench soak sets it), or use "
                     "--sqlite"
                  << std::endl;
        return 2;
    }

    // The simulated staff: officers of four bureaus (two of one, competing for claims), the city and two
    // district supervisors, two grid managers, and one live event stream.
    const QStringList officers{QStringLiteral("officer_wjw"), QStringLiteral("officer_wjw2"),
                               QStringLiteral("officer_gaj"), QStringLiteral("officer_rsj"),
                               QStringLiteral("officer_mzj")};
    const QStringList supervisors{QStringLiteral("supervisor_city"), QStringLiteral("supervisor_huli"),
                                  QStringLiteral("supervisor_siming")};
    const QStringList gridManagers{QStringLiteral("grid_huli"), QStringLiteral("grid_siming")};

    test::ServerProcess server(backend, pgUrl);
    test::ServerProcess::Options options;
    options.citizens = citizens;
    options.seed = 20261125;
    options.threads = 48;
    options.extraArgs = {QStringLiteral("--sse-heartbeat"), QStringLiteral("5"),
                         QStringLiteral("--sse-lifetime"), QStringLiteral("60")};
    std::cerr << "soak: starting govdesk-server on " << backend.toStdString() << " with " << citizens
              << " demo citizens" << std::endl;
    if (!server.start(options)) {
        std::cerr << "soak: " << server.error().toStdString() << std::endl;
        return 1;
    }
    const qint64 pid = serverPid();
    if (pid <= 0) {
        std::cerr << "soak: cannot find the server's process" << std::endl;
        return 1;
    }

    soak::SoakSettings settings;
    settings.port = server.port();
    settings.thinkMs = std::max(0, parser.value(thinkOpt).toInt());
    settings.replayPercent = std::clamp(parser.value(replayOpt).toInt(), 0, 100);
    settings.photos = makePhotos();
    test::ApiTestClient admin(server.port());
    admin.setToken(admin.login(QStringLiteral("admin")));
    soak::SoakDirectory dir;
    QString error;
    if (admin.token().isEmpty() || !readDirectory(server, admin, &dir, &error)) {
        std::cerr << "soak: " << (error.isEmpty() ? std::string("admin sign-in failed") : error.toStdString())
                  << std::endl;
        return 1;
    }

    // Grid managers sign in first: the supervisors give their grids the tasks.
    std::vector<std::unique_ptr<soak::StaffSim>> sims;
    quint32 seed = 9000;
    for (const QString &u : gridManagers) {
        auto gm = std::make_unique<soak::GridManagerSim>(u, settings, dir, ++seed);
        if (!gm->signIn(&error)) {
            std::cerr << "soak: " << error.toStdString() << std::endl;
            return 1;
        }
        dir.gridManagerGrids += gm->gridIds();
        sims.push_back(std::move(gm));
    }
    // The others get the directory with the grid managers' grids.
    for (const QString &u : officers)
        sims.push_back(std::make_unique<soak::OfficerSim>(u, settings, dir, ++seed));
    for (const QString &u : supervisors)
        sims.push_back(std::make_unique<soak::SupervisorSim>(u, settings, dir, ++seed));
    for (size_t i = gridManagers.size(); i < sims.size(); ++i) {
        if (!sims[i]->signIn(&error)) {
            std::cerr << "soak: " << error.toStdString() << std::endl;
            return 1;
        }
    }

    test::ApiTestClient streamLogin(server.port());
    EventWatcher watcher(server.port(), streamLogin.login(QStringLiteral("grid_huli")));
    streamLogin.disconnect();
    watcher.setSince(dir.startSeq);

    std::cerr << "soak: " << sims.size() << " staff clients and one event stream for " << seconds << " s"
              << std::endl;
    const double warmup = std::max(5.0, seconds * 0.10);
    RssSampler sampler(pid);
    const auto started = Clock::now();
    const auto deadline =
        started + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    std::vector<std::thread> threads;
    threads.reserve(sims.size() + 1);
    for (auto &sim : sims)
        threads.emplace_back([&sim, deadline] { sim->runUntil(deadline); });
    threads.emplace_back([&watcher, deadline] { watcher.runUntil(deadline); });
    // The server's database connections after warm-up (each worker thread opens its own when it first
    // serves a request, so RSS steps up with them), then progress once a minute on stderr.
    std::this_thread::sleep_for(std::chrono::duration<double>(std::min(warmup, seconds)));
    const int connectionsStart = databaseConnections(server);
    while (Clock::now() < deadline) {
        std::this_thread::sleep_for(std::min(std::chrono::duration<double>(60.0),
                                             std::chrono::duration<double>(deadline - Clock::now())));
        std::cerr << "soak: " << int(secondsSince(started)) << " s, server RSS " << round2(residentMiB(pid))
                  << " MiB" << std::endl;
    }
    const int connectionsEnd = databaseConnections(server);
    for (auto &t : threads)
        t.join();
    const double elapsed = secondsSince(started);
    sampler.stop();

    // Figures per class and per operation.
    soak::SoakTally tally;
    soak::SoakLedger ledger;
    qint64 pulls = 0, changes = 0;
    QJsonObject roster;
    for (auto &sim : sims) {
        tally.merge(sim->tally());
        ledger.merge(sim->ledger());
        pulls += sim->pulls();
        changes += sim->changesPulled();
        roster[sim->username()] = sim->role();
        sim->disconnect();
    }
    std::map<Kind, std::vector<float>> byKind;
    std::vector<float> all;
    std::map<int, qint64> errorStatuses, expectedStatuses;
    qint64 errors = 0, expected4xx = 0;
    QJsonObject ops;
    for (const auto &[op, f] : tally.ops()) {
        auto &k = byKind[f.kind];
        k.insert(k.end(), f.ms.begin(), f.ms.end());
        all.insert(all.end(), f.ms.begin(), f.ms.end());
        errors += f.errors;
        QJsonObject o = latencyFigures(f.ms, elapsed);
        o.remove(QStringLiteral("req_per_s"));
        o.remove(QStringLiteral("p95_ms"));
        o[QStringLiteral("class")] = QLatin1String(soak::kindName(f.kind));
        o[QStringLiteral("statuses")] = statusCounts(f.statuses, false);
        ops[op] = o;
        for (const auto &[status, n] : f.expectedStatuses)
            expectedStatuses[status] += n;
        for (const auto &[status, n] : f.errorStatuses)
            errorStatuses[status] += n;
        expected4xx += f.expected4xx;
    }
    QJsonObject classes;
    for (const auto &[kind, ms] : byKind)
        classes[QLatin1String(soak::kindName(kind))] = latencyFigures(ms, elapsed);

    // The server's memory: after warm-up against the end.
    const auto series = sampler.series();
    double rssStart = -1, rssEnd = -1, rssPeak = 0;
    QJsonArray rssSeries;
    const size_t stride = std::max<size_t>(1, series.size() / 60);
    for (size_t i = 0; i < series.size(); ++i) {
        const auto &[t, mib] = series[i];
        if (rssStart < 0 && t >= warmup)
            rssStart = mib;
        rssEnd = mib;
        rssPeak = std::max(rssPeak, mib);
        if (i % stride == 0 || i + 1 == series.size())
            rssSeries.append(QJsonArray{round2(t), round2(mib)});
    }
    const double growth = rssStart > 0 ? (rssEnd - rssStart) / rssStart * 100.0 : 0;
    const bool rssOk = rssStart > 0 && growth <= rssLimit;

    // Every acknowledged write, against the database and the change feed.
    QStringList problems;
    LedgerAudit audit(server.sql(), ledger, dir.startSeq);
    const QJsonObject writes = audit.run(admin, &problems);
    QString auditOutput;
    admin.disconnect();
    const bool auditChainOk = server.verifyAudit(&auditOutput) == 0;
    const bool cleanExit = server.stop();
    const QJsonObject serverLog = serverLogFigures(server.serverLog());

    const EventWatcher::Figures &events = watcher.figures();
    errors += events.errors;
    QStringList errorSamples = tally.errorSamples();
    errorSamples += events.errorSamples;
    const bool ok = errors == 0 && rssOk && audit.ok() && auditChainOk && cleanExit;
    QJsonObject out{
        {QStringLiteral("ok"), ok},
        {QStringLiteral("backend"), backend},
        {QStringLiteral("seconds"), round2(elapsed)},
        {QStringLiteral("citizens"), citizens},
        {QStringLiteral("clients"), roster},
        {QStringLiteral("think_ms"), settings.thinkMs},
        {QStringLiteral("requests"), qint64(all.size())},
        {QStringLiteral("req_per_s"), round2(double(all.size()) / elapsed)},
        {QStringLiteral("p99_ms"), latencyFigures(all, elapsed).value(QStringLiteral("p99_ms"))},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("ops"), ops},
        {QStringLiteral("errors"),
         QJsonObject{{QStringLiteral("total"), errors},
                     {QStringLiteral("by_status"), statusCounts(errorStatuses, true)},
                     {QStringLiteral("event_stream"), events.errors},
                     {QStringLiteral("samples"), QJsonArray::fromStringList(errorSamples)}}},
        {QStringLiteral("expected_4xx"),
         QJsonObject{{QStringLiteral("total"), expected4xx},
                     {QStringLiteral("by_status"), statusCounts(expectedStatuses, true)}}},
        {QStringLiteral("rss"), QJsonObject{{QStringLiteral("start_mib"), round2(rssStart)},
                                            {QStringLiteral("end_mib"), round2(rssEnd)},
                                            {QStringLiteral("peak_mib"), round2(rssPeak)},
                                            {QStringLiteral("growth_percent"), round2(growth)},
                                            {QStringLiteral("limit_percent"), rssLimit},
                                            {QStringLiteral("warmup_s"), round2(warmup)},
                                            {QStringLiteral("ok"), rssOk},
                                            {QStringLiteral("db_connections_start"), connectionsStart},
                                            {QStringLiteral("db_connections_end"), connectionsEnd},
                                            {QStringLiteral("series"), rssSeries}}},
        {QStringLiteral("writes"), writes},
        {QStringLiteral("sync"),
         QJsonObject{{QStringLiteral("pulls"), pulls}, {QStringLiteral("changes"), changes}}},
        {QStringLiteral("event_stream"), QJsonObject{{QStringLiteral("streams"), events.streams},
                                                     {QStringLiteral("events"), events.events},
                                                     {QStringLiteral("pings"), events.pings},
                                                     {QStringLiteral("last_seq"), events.lastSeq}}},
        {QStringLiteral("audit_chain_ok"), auditChainOk},
        {QStringLiteral("server_clean_exit"), cleanExit},
        {QStringLiteral("server_log"), serverLog},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
    printResult(QStringLiteral("soak"), out);
    return ok ? 0 : 1;
}

} // namespace gd::bench
