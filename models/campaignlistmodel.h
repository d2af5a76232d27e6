#pragma once
// The Push page's list of campaigns: title, state (with "not yet on the server" while a write waits in
// the outbox), audience, schedule, creator, last change and the headline effect (set from the results
// when they are known). Filtered by CampaignText::filters(). GUI thread.

#include "domain/campaign.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace gd {

class CampaignListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, State, Audience, Schedule, Creator, Updated, Effect, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, PendingRole, SignificantRole };

    explicit CampaignListModel(QObject *parent = nullptr);

    // Replaces the list (keeps effects already known).
    void setCampaigns(const QList<Campaign> &campaigns, const QSet<QString> &pending);
    void setFilter(const QString &filter, const QString &staffId);
    QString filter() const { return m_filter; }
    // The headline effect of a campaign ("+5.3 pp ✓"); significant: the interval excludes 0.
    void setEffect(const QString &id, const QString &text, bool significant);
    // Tag names for trigger schedules.
    void setTagNames(const QHash<QString, QString> &names);

    const Campaign *campaignAt(int row) const;
    int rowOf(const QString &id) const;
    // Campaigns (all, not only the filtered ones) in a state, e.g. the approval badge's count.
    int count(const QString &filter, const QString &staffId) const;
    bool isPending(const QString &id) const { return m_pending.contains(id); }
    const QList<Campaign> &all() const { return m_all; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    struct EffectText {
        QString text;
        bool significant = false;
    };
    QList<Campaign> m_all;
    QList<int> m_rows; // indexes into m_all that pass the filter
    QSet<QString> m_pending;
    QHash<QString, EffectText> m_effects;
    QHash<QString, QString> m_tagNames;
    QString m_filter = QStringLiteral("all");
    QString m_staffId;
};

} // namespace gd
