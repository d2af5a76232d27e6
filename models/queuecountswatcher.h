#pragma once
// The pending queue's figures for the navigation badge (open, unclaimed, claimed by me, overdue, due
// soon) of one department (empty: the whole local copy) and one officer, counted in SQL on the reader
// thread (store::QueueRepository::counts) at the DataContext's clock. Counts again when the scope is set,
// when the local copy opens, on change sets with applications (at most every kRefreshDelayMs) and once a
// minute (SLA states move with the clock). countsChanged() fires only when a figure changed. GUI thread.

#include "store/queuerepository.h"

#include <QObject>
#include <QTimer>

namespace gd {

class DataContext;
struct ChangeSet;

class QueueCountsWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kRefreshDelayMs = 300;
    static constexpr int kClockIntervalMs = 60 * 1000;

    explicit QueueCountsWatcher(DataContext *context, QObject *parent = nullptr);

    void setScope(const QString &departmentId, const QString &staffId);
    QString departmentId() const { return m_departmentId; }
    QString staffId() const { return m_staffId; }
    const QueueCounts &counts() const { return m_counts; }
    bool hasCounts() const { return m_hasCounts; } // false until the first count arrived

    // Counts now (tests; the watcher does it by itself otherwise).
    void refresh();

signals:
    void countsChanged(const gd::QueueCounts &counts);
    // Every read that was not overtaken by a newer one, changed or not (after countsChanged when both).
    void counted(const gd::QueueCounts &counts);
    void errorOccurred(const gd::Error &error);

private:
    void onDataChanged(const ChangeSet &changes);

    DataContext *m_context;
    QString m_departmentId;
    QString m_staffId;
    QueueCounts m_counts;
    bool m_hasCounts = false;
    quint64 m_generation = 0;
    QTimer m_delay;
    QTimer m_clock;
};

} // namespace gd

Q_DECLARE_METATYPE(gd::QueueCounts)
