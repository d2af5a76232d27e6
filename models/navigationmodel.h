#pragma once
// The main window's pages as a list model: one row per page in navigation order (today, citizens,
// enterprises, pending, grid, push, dashboards, settings). Each row has a stable key, a translated title
// (Qt::DisplayRole), an icon (Qt::DecorationRole), a tool tip with its shortcut (Ctrl+1 ... Ctrl+8), a badge
// count (e.g. pending applications; 0 = no badge) and whether it is enabled. Keys never change; titles
// follow the installed translator (call retranslate() after changing it).
//
// GUI thread. Owned by its parent (the main window).

#include <QAbstractListModel>
#include <QIcon>
#include <QList>
#include <QString>

namespace gd {

class NavigationModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString: "today", "citizens", ...
        BadgeRole,                  // int >= 0
        EnabledRole,                // bool
    };
    Q_ENUM(Role)

    explicit NavigationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList keys() const;
    // The keys of the pages, in navigation order, without building a model (no icons, no GUI needed).
    static QStringList pageKeys();
    QString keyAt(int row) const;        // empty when out of range
    int rowOf(const QString &key) const; // -1 when unknown
    QModelIndex indexOf(const QString &key) const;
    QString titleOf(const QString &key) const;

    int badge(const QString &key) const;
    void setBadge(const QString &key, int count);
    bool isPageEnabled(const QString &key) const;
    void setPageEnabled(const QString &key, bool enabled);

    void retranslate();

private:
    struct Page {
        QString key;
        QIcon icon;
        int badge = 0;
        bool enabled = true;
    };

    QString title(const QString &key) const;
    bool isRow(const QModelIndex &index) const;

    QList<Page> m_pages;
};

} // namespace gd
