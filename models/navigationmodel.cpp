#include "models/navigationmodel.h"

#include <QKeySequence>

namespace gd {
namespace {

QIcon pageIcon(const QString &key)
{
    // Rendered from resources/icons/nav/*.svg (scripts/render-icons.py); embedded by govdesk_resources.
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/nav/%1.png").arg(key), QSize(24, 24));
    icon.addFile(QStringLiteral(":/icons/nav/%1@2x.png").arg(key), QSize(48, 48));
    return icon;
}

} // namespace

QStringList NavigationModel::pageKeys()
{
    return {QStringLiteral("today"),      QStringLiteral("citizens"), QStringLiteral("enterprises"),
            QStringLiteral("pending"),    QStringLiteral("grid"),     QStringLiteral("push"),
            QStringLiteral("dashboards"), QStringLiteral("settings")};
}

NavigationModel::NavigationModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (const QString &key : pageKeys())
        m_pages.append(Page{key, pageIcon(key), 0, true});
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

bool NavigationModel::isRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.column() == 0 &&
           index.row() >= 0 && index.row() < m_pages.size();
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const Page &page = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return title(page.key);
    case Qt::ToolTipRole: {
        const QKeySequence shortcut(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index.row())));
        return tr("%1 (%2)").arg(title(page.key), shortcut.toString(QKeySequence::NativeText));
    }
    case Qt::DecorationRole:
        return page.icon;
    case KeyRole:
        return page.key;
    case BadgeRole:
        return page.badge;
    case EnabledRole:
        return page.enabled;
    default:
        return {};
    }
}

Qt::ItemFlags NavigationModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_pages.at(index.row()).enabled)
        result |= Qt::ItemIsEnabled;
    return result;
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, QByteArrayLiteral("key"));
    names.insert(BadgeRole, QByteArrayLiteral("badge"));
    names.insert(EnabledRole, QByteArrayLiteral("enabled"));
    return names;
}

QStringList NavigationModel::keys() const
{
    QStringList result;
    for (const Page &page : m_pages)
        result.append(page.key);
    return result;
}

QString NavigationModel::keyAt(int row) const
{
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).key : QString();
}

int NavigationModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_pages.size(); ++row) {
        if (m_pages.at(row).key == key)
            return row;
    }
    return -1;
}

QModelIndex NavigationModel::indexOf(const QString &key) const
{
    const int row = rowOf(key);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QString NavigationModel::titleOf(const QString &key) const
{
    return rowOf(key) < 0 ? QString() : title(key);
}

int NavigationModel::badge(const QString &key) const
{
    const int row = rowOf(key);
    return row < 0 ? 0 : m_pages.at(row).badge;
}

void NavigationModel::setBadge(const QString &key, int count)
{
    const int row = rowOf(key);
    count = qMax(0, count);
    if (row < 0 || m_pages.at(row).badge == count)
        return;
    m_pages[row].badge = count;
    const QModelIndex changed = index(row, 0);
    emit dataChanged(changed, changed, {BadgeRole});
}

bool NavigationModel::isPageEnabled(const QString &key) const
{
    const int row = rowOf(key);
    return row >= 0 && m_pages.at(row).enabled;
}

void NavigationModel::setPageEnabled(const QString &key, bool enabled)
{
    const int row = rowOf(key);
    if (row < 0 || m_pages.at(row).enabled == enabled)
        return;
    m_pages[row].enabled = enabled;
    const QModelIndex changed = index(row, 0);
    emit dataChanged(changed, changed, {EnabledRole});
}

void NavigationModel::retranslate()
{
    if (m_pages.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_pages.size()) - 1, 0),
                     {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

QString NavigationModel::title(const QString &key) const
{
    if (key == QLatin1String("today"))
        return tr("Today");
    if (key == QLatin1String("citizens"))
        return tr("Citizens");
    if (key == QLatin1String("enterprises"))
        return tr("Enterprises");
    if (key == QLatin1String("pending"))
        return tr("Pending");
    if (key == QLatin1String("grid"))
        return tr("Grid");
    if (key == QLatin1String("push"))
        return tr("Push");
    if (key == QLatin1String("dashboards"))
        return tr("Dashboards");
    if (key == QLatin1String("settings"))
        return tr("Settings");
    return key;
}

} // namespace gd
