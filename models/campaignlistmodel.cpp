#include "models/campaignlistmodel.h"

#include "models/campaigntext.h"

#include <QLocale>
#include <QTimeZone>

namespace gd {

CampaignListModel::CampaignListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CampaignListModel::setCampaigns(const QList<Campaign> &campaigns, const QSet<QString> &pending)
{
    beginResetModel();
    m_all = campaigns;
    m_pending = pending;
    rebuild();
    endResetModel();
}

void CampaignListModel::setFilter(const QString &filter, const QString &staffId)
{
    beginResetModel();
    m_filter = filter;
    m_staffId = staffId;
    rebuild();
    endResetModel();
}

void CampaignListModel::rebuild()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (CampaignText::matches(m_filter, m_all[i], m_staffId))
            m_rows.append(i);
    }
}

void CampaignListModel::setEffect(const QString &id, const QString &text, bool significant)
{
    m_effects.insert(id, {text, significant});
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, Effect), index(row, Effect));
}

void CampaignListModel::setTagNames(const QHash<QString, QString> &names)
{
    m_tagNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Schedule), index(rowCount() - 1, Schedule));
}

const Campaign *CampaignListModel::campaignAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_all[m_rows[row]];
}

int CampaignListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_all[m_rows[row]].id == id)
            return row;
    }
    return -1;
}

int CampaignListModel::count(const QString &filter, const QString &staffId) const
{
    int n = 0;
    for (const Campaign &c : m_all) {
        if (CampaignText::matches(filter, c, staffId))
            ++n;
    }
    return n;
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    const Campaign *c = campaignAt(index.row());
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case IdRole:
        return c->id;
    case StateRole:
        return c->state;
    case PendingRole:
        return m_pending.contains(c->id);
    case SignificantRole:
        return m_effects.value(c->id).significant;
    case Qt::ToolTipRole:
        if (index.column() == State && m_pending.contains(c->id))
            return tr("Changed on this computer; goes to the server with the next sync.");
        if (index.column() == Title)
            return c->content;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Title:
        return c->title;
    case State: {
        const QString state = CampaignText::state(c->state);
        return m_pending.contains(c->id) ? tr("%1 · not synced").arg(state) : state;
    }
    case Audience:
        return CampaignText::audienceSize(*c);
    case Schedule:
        return CampaignText::schedule(c->schedule,
                                      m_tagNames.value(c->schedule.triggerTag.value_or(QString())));
    case Creator:
        return c->createdByName.isEmpty() ? c->createdBy : c->createdByName;
    case Updated:
        return QLocale().toString(c->updatedAt.toTimeZone(QTimeZone::systemTimeZone()),
                                  QStringLiteral("yyyy-MM-dd HH:mm"));
    case Effect: {
        const auto found = m_effects.constFind(c->id);
        return found == m_effects.constEnd() ? QStringLiteral("—") : found->text;
    }
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Campaign");
    case State:
        return tr("State");
    case Audience:
        return tr("Audience");
    case Schedule:
        return tr("Schedule");
    case Creator:
        return tr("Created by");
    case Updated:
        return tr("Last change");
    case Effect:
        return tr("Effect");
    default:
        return {};
    }
}

} // namespace gd
