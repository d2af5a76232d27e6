#pragma once
// Notices applications that newly need handling, for the main window's notification: after the session's
// first sync cycle has finished (arm(); what the first cycle brings is the backlog, not news), each change
// set of the sync (DataContext::dataChanged, entity "application") is read back from the local copy on
// the reader thread, and an application counts as new when
//   - its status is submitted, in_progress or supplement (kPendingStatuses),
//   - it was submitted at most kSubmittedTolerance before the watcher was armed (an old application that
//     merely changed is not news; the tolerance covers clock differences with the server), and
//   - this watcher has not reported it before (each id once per session).
// arrived() carries the new ids. At most kMaxReads ids of one change set are read (a burst that large is
// a backlog, not news). GUI thread. Does not own the DataContext.

#include "sync/syncstatus.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <chrono>

namespace gd {

class DataContext;

class NewApplicationWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::minutes kSubmittedTolerance{10};
    static constexpr int kMaxReads = 200;
    static bool isPendingStatus(const QString &status);

    explicit NewApplicationWatcher(DataContext *context, QObject *parent = nullptr);

    void arm();
    bool isArmed() const { return m_armedAt.isValid(); }
    // Forgets what was reported and disarms (a new local copy or session).
    void reset();

signals:
    void arrived(const QStringList &ids);

private:
    void onDataChanged(const ChangeSet &changes);

    DataContext *m_context;
    QDateTime m_armedAt;
    QSet<QString> m_reported;
    quint64 m_generation = 0;
};

} // namespace gd
