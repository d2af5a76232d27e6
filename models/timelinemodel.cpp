#include "models/timelinemodel.h"

#include "models/hometext.h"

#include <algorithm>

namespace gd {

namespace {

constexpr qsizetype kDetailLength = 160;

QString serviceName(const store::CitizenProfile &profile, const QString &serviceId)
{
    const auto it = profile.services.constFind(serviceId);
    if (it != profile.services.cend() && !it->name.isEmpty())
        return it->name;
    return TimelineModel::tr("Service %1").arg(serviceId);
}

QString shortened(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= kDetailLength)
        return simplified;
    return simplified.left(kDetailLength - 1) + QStringLiteral("…");
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(QStringLiteral(" · "));
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString TimelineModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Application:
        return tr("Application");
    case Kind::Push:
        return tr("Push");
    case Kind::Message:
        return tr("Message");
    case Kind::Visit:
        return tr("Visit");
    case Kind::Note:
        return tr("Note");
    }
    return {};
}

QList<TimelineModel::Entry> TimelineModel::entriesFor(const store::CitizenProfile &profile)
{
    QList<Entry> entries;
    entries.reserve(profile.applications.size() + profile.pushes.size() + profile.messages.size() +
                    profile.visits.size() + profile.notes.size());

    for (const Application &a : profile.applications) {
        Entry e;
        e.kind = Kind::Application;
        e.id = a.id;
        const QString name = serviceName(profile, a.serviceId);
        if (a.status == QLatin1String("completed")) {
            e.time = a.completedAt.value_or(a.submittedAt);
            e.title = tr("Completed: %1").arg(name);
        } else if (a.status == QLatin1String("rejected")) {
            e.time = a.completedAt.value_or(a.submittedAt);
            e.title = tr("Not approved: %1").arg(name);
        } else {
            e.time = a.submittedAt;
            e.title = tr("Applied: %1").arg(name);
        }
        QStringList detail{tr("No. %1").arg(a.number), tr("via %1").arg(HomeText::channel(a.channel))};
        if (a.rating)
            detail.append(tr("rated %1 of 5").arg(*a.rating));
        e.detail = joined(detail);
        e.status = HomeText::applicationStatus(a.status);
        entries.append(e);
    }
    for (const Push &p : profile.pushes) {
        Entry e;
        e.kind = Kind::Push;
        e.id = p.id;
        e.time = p.sentAt.isValid() ? p.sentAt : p.updatedAt;
        e.title = serviceName(profile, p.serviceId); // the kind ("Push") is shown next to it
        QStringList detail{tr("via %1").arg(HomeText::pushChannel(p.channel))};
        if (p.respondedAt)
            detail.append(tr("responded %1").arg(HomeText::dateTime(*p.respondedAt)));
        e.detail = joined(detail);
        e.status = HomeText::pushStatus(p.status);
        entries.append(e);
    }
    for (const Message &m : profile.messages) {
        Entry e;
        e.kind = Kind::Message;
        e.id = m.id;
        e.time = m.createdAt;
        e.title = tr("%1: %2").arg(HomeText::messageKind(m.kind), m.title);
        e.detail = joined({tr("via %1").arg(HomeText::channel(m.channel)), shortened(m.content)});
        e.status = HomeText::messageStatus(m.status);
        entries.append(e);
    }
    for (const Visit &v : profile.visits) {
        Entry e;
        e.kind = Kind::Visit;
        e.id = v.id;
        e.time = v.visitedAt;
        e.title = HomeText::visitKind(v.kind);
        e.detail = shortened(v.summary);
        if (v.version == 0)
            e.status = tr("Waiting to be sent");
        entries.append(e);
    }
    for (const Note &n : profile.notes) {
        Entry e;
        e.kind = Kind::Note;
        e.id = n.id;
        e.time = n.createdAt.isValid() ? n.createdAt : n.updatedAt;
        e.title = n.authorName.isEmpty() ? n.authorId : n.authorName;
        e.detail = shortened(n.text);
        if (n.version == 0)
            e.status = tr("Waiting to be sent");
        entries.append(e);
    }

    // Newest first; the order above breaks ties (stable sort). Entries without a time go last.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.time.isValid() != b.time.isValid())
            return a.time.isValid();
        return a.time > b.time;
    });
    return entries;
}

void TimelineModel::setProfile(const store::CitizenProfile &profile)
{
    beginResetModel();
    m_entries = entriesFor(profile);
    endResetModel();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case Qt::ToolTipRole:
        return joined({kindText(e.kind), e.title, e.status, e.detail});
    case Qt::AccessibleTextRole:
        return joined({kindText(e.kind), HomeText::dateTime(e.time), e.title, e.status, e.detail});
    case KindRole:
        return int(e.kind);
    case TimeRole:
        return e.time;
    case DetailRole:
        return e.detail;
    case StatusRole:
        return e.status;
    case TimeTextRole:
        return HomeText::dateTime(e.time);
    case IdRole:
        return e.id;
    case KindTextRole:
        return kindText(e.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(TimeRole, "time");
    names.insert(TitleRole, "title");
    names.insert(DetailRole, "detail");
    names.insert(StatusRole, "status");
    names.insert(TimeTextRole, "timeText");
    names.insert(IdRole, "id");
    names.insert(KindTextRole, "kindText");
    return names;
}

} // namespace gd
