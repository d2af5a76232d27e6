#include "ui/synctext.h"

#include "net/transportfailure.h"

#include <QLocale>

#include <cmath>

namespace gd {

namespace {

QString storageReason(const Error &error)
{
    return error.code == ErrorCode::Storage ? error.details.value(QStringLiteral("reason")).toString()
                                            : QString();
}

} // namespace

QString SyncText::count(qint64 n)
{
    return QLocale().toString(n);
}

QString SyncText::connection(const SyncStatus &status)
{
    if (status.online && status.liveStream)
        return tr("Online · live");
    if (status.online)
        return tr("Online");
    if (status.phase == SyncStatus::Phase::Waiting)
        return tr("Offline");
    return tr("Connecting…");
}

QString SyncText::connectionDetails(const SyncStatus &status)
{
    if (status.online && status.liveStream)
        return tr("The server answered the last request and live updates are connected: changes on the "
                  "server reach this computer within seconds.");
    if (status.online)
        return tr("The server answered the last request. Live updates are not connected, so GovDesk asks "
                  "the server for changes every minute.");
    if (status.phase == SyncStatus::Phase::Waiting)
        return tr("The last request did not reach the server. You can keep working with the local copy; "
                  "your changes are sent when the connection is back.");
    return tr("GovDesk has not heard from the server yet.");
}

QString SyncText::progress(const SyncProgress &progress)
{
    const int percent = progress.percent();
    const QString rate = tr("%1 records/s").arg(count(qRound64(progress.ratePerSecond)));
    if (progress.records <= 0)
        return tr("Syncing…");
    if (percent >= 0)
        return tr("Syncing %1% · %2 records · %3")
            .arg(QString::number(percent), count(progress.records), rate);
    return tr("Syncing · %1 records · %2").arg(count(progress.records), rate);
}

QString SyncText::progressDetails(const SyncProgress &progress)
{
    if (progress.records <= 0)
        return tr("Downloading the changes in your area of work from the server.");
    if (progress.estimatedTotal > 0)
        return tr("%1 of about %2 changes received from the server, %3 per second.")
            .arg(count(progress.records), count(progress.estimatedTotal),
                 count(qRound64(progress.ratePerSecond)));
    return tr("%1 changes received from the server, %2 per second.")
        .arg(count(progress.records), count(qRound64(progress.ratePerSecond)));
}

QString SyncText::phase(const SyncStatus &status, const QDateTime &nowUtc)
{
    switch (status.phase) {
    case SyncStatus::Phase::Stopped:
        return tr("Sync stopped");
    case SyncStatus::Phase::Opening:
        return tr("Opening the local copy…");
    case SyncStatus::Phase::Pulling:
        return progress(status.progress);
    case SyncStatus::Phase::Pushing:
        return tr("Sending local changes…");
    case SyncStatus::Phase::Idle:
        return {};
    case SyncStatus::Phase::Waiting: {
        const QString retry = retryIn(status.nextAttemptAt, nowUtc);
        if (!status.lastError)
            return retry;
        return tr("%1 · %2").arg(error(*status.lastError), retry);
    }
    case SyncStatus::Phase::SignedOut:
        return tr("Session ended; sync paused");
    case SyncStatus::Phase::Failed:
        return status.lastError ? error(*status.lastError) : tr("The local copy cannot be used");
    }
    return {};
}

QString SyncText::lastSync(const QDateTime &lastSyncAt, const QDateTime &nowUtc)
{
    if (!lastSyncAt.isValid())
        return tr("Not synced yet");
    const QDateTime local = lastSyncAt.toLocalTime();
    const QLocale locale;
    if (local.date() == nowUtc.toLocalTime().date())
        return tr("Last sync %1").arg(locale.toString(local.time(), QStringLiteral("HH:mm")));
    return tr("Last sync %1").arg(locale.toString(local, tr("d MMM HH:mm", "date format of the last sync")));
}

QString SyncText::dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return tr("Never");
    return QLocale().toString(at.toLocalTime(), tr("d MMMM yyyy HH:mm:ss", "full date format"));
}

QString SyncText::retryIn(const QDateTime &nextAttemptAtUtc, const QDateTime &nowUtc)
{
    if (!nextAttemptAtUtc.isValid())
        return tr("Retrying soon");
    const qint64 ms = nowUtc.msecsTo(nextAttemptAtUtc);
    if (ms <= 0)
        return tr("Retrying now…");
    const int seconds = int(std::ceil(double(ms) / 1000.0));
    if (seconds < 120)
        return tr("Retrying in %n second(s)", nullptr, seconds);
    return tr("Retrying in %n minute(s)", nullptr, (seconds + 59) / 60);
}

QString SyncText::error(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Storage: {
        const QString reason = storageReason(error);
        if (reason == QLatin1String("disk_full"))
            return tr("The disk is full; your local changes are kept");
        if (reason == QLatin1String("not_a_database") || reason == QLatin1String("corrupt"))
            return tr("The local copy cannot be read");
        if (reason == QLatin1String("newer_schema"))
            return tr("The local copy is from a newer GovDesk");
        if (reason == QLatin1String("busy"))
            return tr("The local copy is in use by another GovDesk");
        if (reason == QLatin1String("io"))
            return tr("Cannot read or write the local copy");
        return tr("The local copy reported an error");
    }
    case ErrorCode::Network:
        if (transportFailureOf(error) == TransportFailure::Tls)
            return tr("The server's certificate is not trusted");
        return tr("Cannot reach the server");
    case ErrorCode::Unavailable:
        return tr("The server is temporarily unavailable");
    case ErrorCode::TooManyRequests:
        return tr("The server is busy");
    case ErrorCode::Unauthorized:
        return tr("Your session has ended");
    case ErrorCode::Internal:
        if (error.details.value(QStringLiteral("kind")).toString() == QLatin1String("bad_reply"))
            return tr("The server's answer was not understood");
        return tr("The server reported an error");
    default:
        return tr("Sync failed");
    }
}

QString SyncText::errorDetails(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Storage: {
        const QString reason = storageReason(error);
        if (reason == QLatin1String("disk_full"))
            return tr("There is no space left on this computer's disk, so GovDesk cannot save what the "
                      "server sends. Nothing you changed is lost: your changes stay in the local copy and "
                      "are sent when there is space again. Free some disk space.");
        if (reason == QLatin1String("not_a_database") || reason == QLatin1String("corrupt"))
            return tr("The local copy on this computer is damaged or was not written by GovDesk. Wipe the "
                      "local data in Settings; GovDesk then downloads a fresh copy from the server.");
        if (reason == QLatin1String("newer_schema"))
            return tr("The local copy on this computer was written by a newer version of GovDesk. Install "
                      "that version, or wipe the local data in Settings to start again with this one.");
        if (reason == QLatin1String("busy"))
            return tr("Another GovDesk on this computer is using the same local copy. Close it, then sync "
                      "again.");
        if (reason == QLatin1String("io"))
            return tr("GovDesk cannot read or write its local copy on this computer (a disk or permission "
                      "problem). Your changes so far are kept.");
        return tr("The local copy on this computer reported an error. If this keeps happening, tell your "
                  "administrator.");
    }
    case ErrorCode::Network:
        return tr("GovDesk cannot reach the server. You can keep working with the local copy; your changes "
                  "are sent when the connection is back.");
    case ErrorCode::Unavailable:
    case ErrorCode::TooManyRequests:
        return tr("The server cannot answer at the moment. GovDesk tries again by itself; your changes are "
                  "kept until the server takes them.");
    case ErrorCode::Unauthorized:
        return tr("Your session has ended. Sign in again to continue syncing; your changes are kept.");
    default:
        return tr("The server did not complete the sync. GovDesk tries again by itself; if this keeps "
                  "happening, tell your administrator.");
    }
}

} // namespace gd
