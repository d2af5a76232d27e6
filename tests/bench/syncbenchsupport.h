#pragma once
// Pieces shared by the sync scenarios of govdesk-bench (sync-initial, store-overhead, sync-incremental,
// sync-torture): the server backend from the command line, event-loop waits driven by the engine's
// signals (never sleeps), and a counter of the change-feed traffic an engine receives.

#include "serverprocess.h"

#include "sync/syncengine.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace gd::bench {

double round2(double v);
double round3(double v);
// The median of `values` (0 for none).
double median(QList<double> values);

// A ServerProcess for `backend` ("sqlite" or "postgresql"; PostgreSQL needs GOVDESK_BENCH_PG_URL, which
// ./govdesk.sh bench sets). Null with a message in *error for an unknown backend or a missing URL.
std::unique_ptr<test::ServerProcess> makeServer(const QString &backend, QString *error);

// Runs the event loop until done() holds, checking it again after every status change and finished cycle
// of `engines` (and once at the start). False when `timeoutMs` passed first.
bool waitUntil(const QList<SyncEngine *> &engines, const std::function<bool()> &done, int timeoutMs);

// Starts the engine if it is not running yet (start()), otherwise asks for a cycle (syncNow()), and runs
// the event loop until a cycle that began after this call has finished. Failed attempts in between are
// retried by the engine's backoff; *retries (optional) counts them. False on timeout or when the engine
// cannot continue (local store failed, signed out).
bool runOneCycle(SyncEngine &engine, int timeoutMs, int *retries = nullptr);

// Counts the answers of GET /api/v1/sync/changes that pass through a network manager: how many and their
// decoded body bytes (the JSON the client parses). Qt removes Content-Encoding and Content-Length when it
// decompresses, so the compressed size is measured apart (walkFeed with "gzip, deflate").
class FeedTraffic : public QObject {
    Q_OBJECT
public:
    explicit FeedTraffic(QObject *parent = nullptr);
    void attach(QNetworkAccessManager *network);

    qint64 replies() const { return m_replies; }
    qint64 bodyBytes() const { return m_bodyBytes; }

private:
    qint64 m_replies = 0;
    qint64 m_bodyBytes = 0;
};

// Per-entity totals of the change sets an engine reports (entity -> objects written locally).
class ChangeCounter : public QObject {
    Q_OBJECT
public:
    explicit ChangeCounter(SyncEngine &engine, QObject *parent = nullptr);
    const QHash<QString, qint64> &byEntity() const { return m_byEntity; }
    qint64 total() const;
    void reset() { m_byEntity.clear(); }

private:
    QHash<QString, qint64> m_byEntity;
};

// The caller's whole change feed from 0, read with plain cpp-httplib GETs of `pageSize` changes as the
// engine reads it (no client work in the way): the server's side of a sync. `acceptEncoding` is sent as
// is ("identity", or "gzip, deflate" as Qt sends it). `seconds` is the time spent inside the GETs.
struct FeedWalk {
    bool ok = false;
    QString error;
    int pages = 0;
    qint64 changes = 0;
    qint64 bytes = 0;     // the JSON bodies
    qint64 wireBytes = 0; // as sent (compressed when the server compressed)
    double seconds = 0;
    QList<QByteArray> bodies; // when asked for
};
FeedWalk walkFeed(int port, const QString &accessToken, int pageSize, const QByteArray &acceptEncoding,
                  bool keepBodies);

// A feed page as the engine hands it to ChangeApplier (texts share the bytes of the body they came from).
struct FeedPage {
    QJsonArray changes;
    qint64 next = 0;
    QList<QByteArray> dataTexts; // ChangeApplier::dataTexts() of the body
};
QList<FeedPage> parsePages(const QList<QByteArray> &bodies);

// Applies `pages` with ChangeApplier, page by page as the engine's pull does, to a new store at `path`
// (SQLCipher with the raw `key`; a plain SQLite file when the key is empty). Seconds including opening
// the store, or -1 on a failure (reported on stderr).
// `serverTexts`: store the server's text of each object (as the engine does) rather than serialising the
// parsed objects again.
double applyPages(const QList<FeedPage> &pages, const QString &path, const QByteArray &key,
                  bool serverTexts = true);

} // namespace gd::bench
