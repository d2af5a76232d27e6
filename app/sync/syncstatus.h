#pragma once
// Snapshots the sync engine sends to the GUI thread (plain values; safe to copy across threads).

#include "domain/error.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace gd {

struct SyncProgress {
    qint64 records = 0;        // changes received in this pull
    qint64 estimatedTotal = 0; // 0 when unknown
    double ratePerSecond = 0;
    int percent() const
    {
        return estimatedTotal > 0 ? int(qMin<qint64>(100, records * 100 / estimatedTotal)) : -1;
    }
};

struct SyncStatus {
    enum class Phase {
        Stopped, // not signed in, or no local copy
        Opening, // opening the local copy
        Pulling,
        Pushing,
        Idle,      // up to date; waiting for a notification or the periodic pull
        Waiting,   // a failure; retrying after a backoff
        SignedOut, // the session ended (refresh rejected); the outbox is kept for the next sign-in
        Failed,    // the local copy can't be used (disk full, …); see lastError
    };

    Phase phase = Phase::Stopped;
    bool online = false;     // the server answered the last request
    bool liveStream = false; // the change-notification stream is connected
    bool initialSyncDone = false;
    QDateTime lastSyncAt; // last complete pull → push → pull
    qint64 outboxCount = 0;
    qint64 conflictCount = 0;
    SyncProgress progress; // the running pull
    std::optional<Error> lastError;
    QDateTime nextAttemptAt; // Waiting: when the next try starts
};

// What a sync step changed in the local copy: entity -> ids, for item models to refresh.
struct ChangeSet {
    QHash<QString, QStringList> changed;
    bool isEmpty() const { return changed.isEmpty(); }
};

} // namespace gd

Q_DECLARE_METATYPE(gd::SyncStatus)
Q_DECLARE_METATYPE(gd::ChangeSet)
