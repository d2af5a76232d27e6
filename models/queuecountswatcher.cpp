#include "models/queuecountswatcher.h"

#include "core/clock.h"
#include "core/logging.h"
#include "models/datacontext.h"
#include "store/localreader.h"
#include "store/store.h"

namespace gd {

QueueCountsWatcher::QueueCountsWatcher(DataContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    qRegisterMetaType<QueueCounts>();
    m_delay.setSingleShot(true);
    m_delay.setInterval(kRefreshDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &QueueCountsWatcher::refresh);
    m_clock.setInterval(kClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &QueueCountsWatcher::refresh);
    m_clock.start();
    connect(m_context, &DataContext::localDataChanged, this, &QueueCountsWatcher::refresh);
    connect(m_context, &DataContext::dataChanged, this, &QueueCountsWatcher::onDataChanged);
    refresh();
}

void QueueCountsWatcher::setScope(const QString &departmentId, const QString &staffId)
{
    if (departmentId == m_departmentId && staffId == m_staffId && m_hasCounts)
        return;
    m_departmentId = departmentId;
    m_staffId = staffId;
    refresh();
}

void QueueCountsWatcher::onDataChanged(const ChangeSet &changes)
{
    if (changes.changed.contains(QStringLiteral("application")) && !m_delay.isActive())
        m_delay.start();
}

void QueueCountsWatcher::refresh()
{
    m_delay.stop();
    store::LocalReader *reader = m_context->reader();
    if (!reader || !m_context->hasLocalData())
        return;
    const quint64 generation = ++m_generation;
    reader->run<QueueCounts>(
        this,
        [department = m_departmentId, staff = m_staffId, now = m_context->clock().nowUtc()](
            store::Store &store) { return store.queue().counts(department, staff, now); },
        [this, generation](const Result<QueueCounts> &counts) {
            if (generation != m_generation)
                return;
            if (!counts) {
                qCWarning(lcModels) << "the queue could not be counted:"
                                    << errorCodeName(counts.error().code);
                emit errorOccurred(counts.error());
                return;
            }
            const bool changed = !m_hasCounts || !(*counts == m_counts);
            m_counts = *counts;
            m_hasCounts = true;
            if (changed)
                emit countsChanged(m_counts);
            emit counted(m_counts);
        });
}

} // namespace gd
