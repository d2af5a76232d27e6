#include "http/changeevents.h"

#include "db/changenotifier.h"
#include "db/database.h"

namespace gd::server {
namespace {

// Holds one of the stream places for as long as the response that owns it lives.
class StreamSlot {
public:
    explicit StreamSlot(std::atomic<int> &open)
        : m_open(open)
    {
    }
    ~StreamSlot() { --m_open; }
    StreamSlot(const StreamSlot &) = delete;
    StreamSlot &operator=(const StreamSlot &) = delete;

private:
    std::atomic<int> &m_open;
};

QByteArray changesEvent(qint64 seq)
{
    const QByteArray n = QByteArray::number(seq);
    return QByteArrayLiteral("id: ") + n + QByteArrayLiteral("\nevent: changes\ndata: {\"seq\":") + n +
           QByteArrayLiteral("}\n\n");
}

} // namespace

ChangeEvents::ChangeEvents(Database &db, ChangeNotifier &notifier, ChangeEventOptions options)
    : m_db(db)
    , m_notifier(notifier)
    , m_options(options)
{
}

HttpResponse ChangeEvents::open(const Principal &who, qint64 since)
{
    const QJsonObject retry{{QStringLiteral("retry_after_seconds"), m_options.retryMilliseconds / 1000}};
    if (m_notifier.isShutDown())
        return HttpResponse::error(
            makeError(ErrorCode::Unavailable, QStringLiteral("the server is stopping"), retry));
    if (m_open.fetch_add(1) >= m_options.maxStreams) {
        --m_open;
        return HttpResponse::error(makeError(
            ErrorCode::Unavailable,
            QStringLiteral("too many open event streams; retry later or pull GET /api/v1/sync/changes"),
            retry));
    }
    auto slot = std::make_shared<StreamSlot>(m_open);
    return HttpResponse::eventStream(
        [this, slot, who, since](const StreamWrite &write) { serve(who, since, write); });
}

void ChangeEvents::serve(const Principal &who, qint64 since, const StreamWrite &write)
{
    using Clock = ChangeNotifier::Clock;
    const QStringList scopes = who.changeScopes();
    const auto heartbeat = std::chrono::seconds(m_options.heartbeatSeconds);
    const Clock::time_point end = Clock::now() + std::chrono::seconds(m_options.lifetimeSeconds);
    Clock::time_point nextPing = Clock::now() + heartbeat;
    if (!write(QByteArrayLiteral("retry: ") + QByteArray::number(m_options.retryMilliseconds) + "\n\n"))
        return;
    qint64 sent = since;
    // Taken before each look at the log, so a commit during the look wakes the wait that follows.
    qint64 seen = m_notifier.latest();
    bool look = true; // at the log: on connect, after a notification and at every heartbeat
    while (!m_notifier.isShutDown()) {
        if (look) {
            look = false;
            auto newest = newestVisible(scopes, sent);
            if (!newest)
                return; // the database is in trouble: end the stream, the client reconnects later
            if (*newest > sent) {
                sent = *newest;
                if (!write(changesEvent(sent)))
                    return;
            }
        }
        const Clock::time_point now = Clock::now();
        if (now >= end)
            return;
        if (now >= nextPing) {
            if (!write(QByteArrayLiteral(": ping\n\n")))
                return;
            nextPing = now + heartbeat;
            look = true;
            continue;
        }
        const qint64 latest = m_notifier.wait(seen, std::min(nextPing, end));
        if (latest > seen) {
            seen = latest;
            look = true;
        }
    }
}

Result<qint64> ChangeEvents::newestVisible(const QStringList &scopes, qint64 after)
{
    QString sql;
    QVariantList binds;
    if (scopes.isEmpty()) {
        sql = QStringLiteral("SELECT MAX(seq) FROM changes WHERE seq > ?");
        binds = {after};
    } else {
        // One index probe per key: MAX over (scope, seq) with the scope fixed is the last entry of a range.
        QStringList parts;
        for (const QString &scope : scopes) {
            parts.append(
                QStringLiteral("SELECT MAX(seq) AS m FROM change_scopes WHERE scope = ? AND seq > ?"));
            binds << scope << after;
        }
        sql = QStringLiteral("SELECT MAX(m) FROM (") + parts.join(QStringLiteral(" UNION ALL ")) +
              QStringLiteral(") newest");
    }
    auto q = m_db.query(sql, binds);
    if (!q)
        return q.error();
    if (!(*q)->next() || (*q)->value(0).isNull())
        return after;
    return std::max(after, (*q)->value(0).toLongLong());
}

} // namespace gd::server
