#include "ui/queueviews.h"

#include "core/preferences.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gd {

QueueViews::QueueViews(Preferences *preferences)
    : m_preferences(preferences)
{
    if (m_preferences)
        m_saved = decode(m_preferences->savedQueueViews());
}

QList<QueueView> QueueViews::builtIns()
{
    QueueView mine{QStringLiteral("mine"), tr("Mine to handle"), {}, true};
    mine.query.mine = true;
    QueueView unclaimed{QStringLiteral("unclaimed"), tr("Unclaimed"), {}, true};
    unclaimed.query.unclaimed = true;
    QueueView dueSoon{QStringLiteral("due_soon"), tr("Due soon"), {}, true};
    dueSoon.query.sla = QStringLiteral("due_soon");
    QueueView overdue{QStringLiteral("overdue"), tr("Overdue"), {}, true};
    overdue.query.sla = QStringLiteral("overdue");
    return {mine, unclaimed, dueSoon, overdue};
}

std::optional<QueueView> QueueViews::find(const QString &key) const
{
    for (const QueueView &view : all()) {
        if (view.key == key)
            return view;
    }
    return std::nullopt;
}

QueueView QueueViews::save(const QString &name, const QueueQuery &query)
{
    const QString trimmed = name.trimmed();
    QueueView view{QStringLiteral("saved:") + trimmed, trimmed, query, false};
    bool replaced = false;
    for (QueueView &existing : m_saved) {
        if (existing.name == trimmed) {
            existing = view;
            replaced = true;
        }
    }
    if (!replaced)
        m_saved.append(view);
    store();
    return view;
}

bool QueueViews::remove(const QString &key)
{
    const auto removed = m_saved.removeIf([&key](const QueueView &view) { return view.key == key; });
    if (removed > 0)
        store();
    return removed > 0;
}

void QueueViews::store()
{
    if (m_preferences) {
        m_preferences->setSavedQueueViews(encode(m_saved));
        m_preferences->sync();
    }
}

QByteArray QueueViews::encode(const QList<QueueView> &views)
{
    QJsonArray array;
    for (const QueueView &view : views) {
        if (view.builtIn)
            continue;
        array.append(
            QJsonObject{{QStringLiteral("name"), view.name}, {QStringLiteral("query"), view.query.toJson()}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<QueueView> QueueViews::decode(const QByteArray &json)
{
    QList<QueueView> views;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const QString name = o.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            continue;
        views.append({QStringLiteral("saved:") + name, name,
                      QueueQuery::fromJson(o.value(QStringLiteral("query")).toObject()), false});
    }
    return views;
}

} // namespace gd
