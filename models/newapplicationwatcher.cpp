#include "models/newapplicationwatcher.h"

#include "core/clock.h"
#include "models/datacontext.h"
#include "store/localreader.h"
#include "store/store.h"

namespace gd {

bool NewApplicationWatcher::isPendingStatus(const QString &status)
{
    return status == QLatin1String("submitted") || status == QLatin1String("in_progress") ||
           status == QLatin1String("supplement");
}

NewApplicationWatcher::NewApplicationWatcher(DataContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(m_context, &DataContext::dataChanged, this, &NewApplicationWatcher::onDataChanged);
}

void NewApplicationWatcher::arm()
{
    if (!m_armedAt.isValid())
        m_armedAt = m_context->clock().nowUtc();
}

void NewApplicationWatcher::reset()
{
    ++m_generation;
    m_armedAt = QDateTime();
    m_reported.clear();
}

void NewApplicationWatcher::onDataChanged(const ChangeSet &changes)
{
    if (!isArmed())
        return;
    const auto it = changes.changed.constFind(QStringLiteral("application"));
    if (it == changes.changed.constEnd())
        return;
    QStringList ids;
    for (const QString &id : it.value()) {
        if (!m_reported.contains(id) && !ids.contains(id))
            ids.append(id);
        if (ids.size() == kMaxReads)
            break;
    }
    store::LocalReader *reader = m_context->reader();
    if (ids.isEmpty() || !reader || !m_context->hasLocalData())
        return;
    const QDateTime since = m_armedAt.addSecs(-std::chrono::seconds(kSubmittedTolerance).count());
    const quint64 generation = m_generation;
    reader->run<QStringList>(
        this,
        [ids, since](store::Store &store) -> Result<QStringList> {
            QStringList fresh;
            for (const QString &id : ids) {
                auto application = store.applications().get(id);
                if (!application)
                    return application.error();
                if (*application && isPendingStatus((*application)->status) &&
                    (*application)->submittedAt >= since)
                    fresh.append(id);
            }
            return fresh;
        },
        [this, generation](const Result<QStringList> &fresh) {
            if (generation != m_generation || !fresh)
                return;
            QStringList news;
            for (const QString &id : *fresh) {
                if (!m_reported.contains(id)) {
                    m_reported.insert(id);
                    news.append(id);
                }
            }
            if (!news.isEmpty())
                emit arrived(news);
        });
}

} // namespace gd
