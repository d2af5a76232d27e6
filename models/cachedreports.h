#pragma once
// The last server answer of a report (the dashboards' bundles, a campaign's results) in the encrypted
// local copy (store::ReportCache), for loaders that show last-known figures first and offline: read on
// the LocalReader's thread, written through the sync engine's store on the sync thread, both answering
// on the GUI thread while `receiver` exists. Without a local copy (unlocking, online only, signed out)
// nothing is read and nothing is written. Aggregates only: no citizen in any report body.

#include "store/reportcache.h"

#include <QDateTime>
#include <QMetaType>

#include <functional>

class QObject;

namespace gd {

class DataContext;

// Where figures on screen came from: the server's answer at fetchedAt (UTC), now or from the local copy.
struct ReportSource {
    QDateTime fetchedAt;
    bool fromCache = false;
};

namespace cachedreports {

// Reads the entry for `key`: `done(report)` with it, or with nullopt when there is none or it cannot be
// read. False (and `done` is never called) when there is no local copy to read.
bool read(DataContext *context, const QString &key, QObject *receiver,
          std::function<void(const std::optional<store::CachedReport> &)> done);
// Keeps `report` as the entry for `key` (the oldest entries beyond ReportCache::kMaxEntries go).
void write(DataContext *context, const QString &key, const store::CachedReport &report, QObject *receiver);

} // namespace cachedreports

} // namespace gd

Q_DECLARE_METATYPE(gd::ReportSource)
