#pragma once
// The words for the sync engine's state, shared by the status bar and the settings page: connection,
// the running pull's progress ("同步中 42% · 12,345 条 · 8,200 条/秒"), the last sync time, the retry
// countdown, and sync and local-copy errors in plain language (a full disk, a damaged or newer local copy,
// an unreachable server) — a short form for the status bar and a longer one that says what to do.
// Lower layers report codes (Error::code, details.reason); this is where they become text. Stateless.

#include "sync/syncstatus.h"

#include <QCoreApplication>

namespace gd {

class SyncText {
    Q_DECLARE_TR_FUNCTIONS(SyncText)
public:
    // "Online · live", "Online", "Offline", "Connecting…".
    static QString connection(const SyncStatus &status);
    static QString connectionDetails(const SyncStatus &status);

    // "Syncing 42% · 12,345 records · 8,200 records/s"; without a percentage when the total is unknown.
    static QString progress(const SyncProgress &progress);
    static QString progressDetails(const SyncProgress &progress);

    // The phase as the status bar shows it, with the error and the retry countdown where they apply;
    // empty when there is nothing to say (up to date).
    static QString phase(const SyncStatus &status, const QDateTime &nowUtc);

    // "Last sync 10:32" (today), "Last sync 23 Nov 10:32" (earlier), "Not synced yet".
    static QString lastSync(const QDateTime &lastSyncAt, const QDateTime &nowUtc);
    // The full local date and time, for tool tips and the settings page; "Never" when invalid.
    static QString dateTime(const QDateTime &at);

    // "Retrying in 10 seconds" / "Retrying now…".
    static QString retryIn(const QDateTime &nextAttemptAtUtc, const QDateTime &nowUtc);

    // A sync or local-copy error in a few words ("The disk is full; your local changes are kept").
    static QString error(const Error &error);
    // The same with what it means and what to do, for tool tips and messages.
    static QString errorDetails(const Error &error);

    // A count in the locale's digits ("12,345").
    static QString count(qint64 n);
};

} // namespace gd
