#include "models/gridmodels.h"

#include "models/gridtext.h"
#include "models/hometext.h"

#include <QBrush>
#include <QFont>
#include <QRegularExpression>

namespace gd {

namespace {

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(" · "));
}

QStringList groupNames(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names << GridText::specialGroup(id);
    return names;
}

QString genderAge(const QString &gender, const QDate &birthDate, const QDate &today)
{
    QStringList parts;
    if (!gender.isEmpty())
        parts << HomeText::gender(gender);
    if (birthDate.isValid())
        parts << HomeText::ageText(birthDate, today);
    return parts.join(QStringLiteral(", "));
}

} // namespace

// ---------------------------------------------------------------------------------------------------------

void GridTreeModel::setRegions(const QList<Region> &regions)
{
    clear();
    m_items.clear();
    m_regions = regions;
    for (const Region &r : regions) {
        auto *item = new QStandardItem(r.name);
        item->setEditable(false);
        item->setData(r.id, GridRoles::Id);
        item->setData(r.level, GridRoles::Level);
        item->setToolTip(GridText::regionLevel(r.level));
        if (r.level != QLatin1String("grid")) {
            QFont font = item->font();
            font.setBold(r.level == QLatin1String("district"));
            item->setFont(font);
        }
        QStandardItem *parent = m_items.value(r.parentId.value_or(QString()));
        if (parent)
            parent->appendRow(item);
        else
            appendRow(item);
        m_items.insert(r.id, item);
    }
}

const Region *GridTreeModel::region(const QString &id) const
{
    for (const Region &r : m_regions) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QModelIndex GridTreeModel::indexOf(const QString &id) const
{
    QStandardItem *item = m_items.value(id);
    return item ? item->index() : QModelIndex();
}

QString GridTreeModel::firstGrid() const
{
    for (const Region &r : m_regions) {
        if (r.level == QLatin1String("grid"))
            return r.id;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------

void HouseholdTreeModel::setHouseholds(const store::GridHouseholds &households, const QDate &today)
{
    clear();
    setHorizontalHeaderLabels({tr("Address"), tr("Members"), tr("Last visit")});
    m_households = households.items;
    for (const Household &h : households.items) {
        QString head;
        for (const HouseholdMember &m : h.members) {
            if (h.headCitizenId && m.citizenId == *h.headCitizenId)
                head = m.name;
        }
        auto *address = new QStandardItem(h.address);
        address->setData(h.id, GridRoles::Id);
        auto *members = new QStandardItem(
            head.isEmpty() ? tr("%n member(s)", nullptr, int(h.members.size()))
                           : tr("%n member(s), head %1", nullptr, int(h.members.size())).arg(head));
        const QDateTime last = households.lastVisit.value(h.id);
        auto *visit =
            new QStandardItem(last.isValid() ? HomeText::date(last.toLocalTime().date()) : tr("never"));
        if (!last.isValid() || last.daysTo(QDateTime(today, QTime(12, 0))) > 90)
            visit->setForeground(QBrush(QColor(0xb4, 0x53, 0x09)));
        for (const HouseholdMember &m : h.members) {
            auto *name = new QStandardItem(m.name);
            name->setData(m.citizenId, GridRoles::Id);
            name->setData(m.citizenId, GridRoles::CitizenId);
            auto *relation = new QStandardItem(joined(
                QStringList{m.relationToHead.value_or(QString()), genderAge(m.gender, m.birthDate, today)}
                    .filter(QRegularExpression(QStringLiteral(".+")))));
            address->appendRow({name, relation, new QStandardItem});
        }
        appendRow({address, members, visit});
    }
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c)
            item(r, c)->setEditable(false);
    }
}

// ---------------------------------------------------------------------------------------------------------

void GridResidentModel::setResidents(const QList<store::GridResident> &residents, const QDate &today)
{
    beginResetModel();
    m_rows = residents;
    m_today = today;
    endResetModel();
}

int GridResidentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GridResidentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GridResidentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const store::GridResident &r = m_rows.at(index.row());
    if (role == GridRoles::Id || role == GridRoles::CitizenId)
        return r.id;
    if (role == Qt::UserRole + 100) // the tag names as a list, for the chip delegate
        return r.tagNames;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case GenderAge:
        return genderAge(r.gender, r.birthDate, m_today);
    case Tags:
        return r.tagNames.join(QStringLiteral("、"));
    case Groups:
        return groupNames(r.groups).join(QStringLiteral("、"));
    }
    return {};
}

QVariant GridResidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case GenderAge:
        return tr("Gender, age");
    case Tags:
        return tr("Tags");
    case Groups:
        return tr("Special groups");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------

void SpecialGroupTreeModel::setGroups(const QList<QPair<QString, QList<store::GridResident>>> &groups,
                                      const QDate &today)
{
    clear();
    m_counts.clear();
    setHorizontalHeaderLabels({tr("Group"), tr("Details")});
    for (const auto &[group, members] : groups) {
        m_counts.insert(group, int(members.size()));
        auto *name = new QStandardItem(tr("%1 (%2)").arg(GridText::specialGroup(group)).arg(members.size()));
        name->setData(group, GridRoles::Id);
        name->setEditable(false);
        QFont font = name->font();
        font.setBold(true);
        name->setFont(font);
        auto *detail = new QStandardItem(members.isEmpty() ? tr("nobody in this grid") : QString());
        detail->setEditable(false);
        for (const store::GridResident &r : members) {
            auto *member = new QStandardItem(r.name);
            member->setData(r.id, GridRoles::Id);
            member->setData(r.id, GridRoles::CitizenId);
            member->setEditable(false);
            auto *info = new QStandardItem(genderAge(r.gender, r.birthDate, today));
            info->setEditable(false);
            name->appendRow({member, info});
        }
        appendRow({name, detail});
    }
}

// ---------------------------------------------------------------------------------------------------------

void GridTaskModel::setTasks(const QList<store::GridTaskRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const store::GridTaskRow *GridTaskModel::taskAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int GridTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GridTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GridTaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const store::GridTaskRow &r = m_rows.at(index.row());
    if (role == GridRoles::Id)
        return r.task.id;
    if (role == GridRoles::Pending)
        return r.pending;
    if (role == Qt::ToolTipRole)
        return r.task.description;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return r.task.title;
    case Grid:
        return r.gridName;
    case Due:
        return HomeText::date(r.task.dueOn);
    case State:
        return r.pending ? tr("%1 · %2").arg(GridText::taskState(r.task.state), GridText::notSynced())
                         : GridText::taskState(r.task.state);
    }
    return {};
}

QVariant GridTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Task");
    case Grid:
        return tr("Grid");
    case Due:
        return tr("Due");
    case State:
        return tr("State");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------

void GridActivityModel::setActivity(const QList<store::GridActivity> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int GridActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GridActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GridActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const store::GridActivity &a = m_rows.at(index.row());
    const bool visit = a.kind == store::GridActivity::Kind::Visit;
    if (role == GridRoles::Id)
        return a.id;
    if (role == GridRoles::Pending)
        return a.pending;
    if (role == GridRoles::Kind)
        return visit ? QStringLiteral("visit") : QStringLiteral("incident");
    if (role == GridRoles::CitizenId) {
        if (visit && a.visit && a.visit->citizenId)
            return *a.visit->citizenId;
        if (!visit && a.incident && a.incident->citizenId)
            return *a.incident->citizenId;
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Sync && a.pending)
        return QBrush(QColor(0xb4, 0x53, 0x09));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return HomeText::dateTime(a.at);
    case Kind:
        if (visit)
            return tr("Visit · %1").arg(HomeText::visitKind(a.visit->kind));
        return tr("Incident · %1").arg(GridText::incidentCategory(a.incident->category));
    case Subject:
        if (!visit && a.subjectName.isEmpty())
            return a.incident->location;
        return a.subjectName;
    case Summary:
        if (visit) {
            QString text = a.visit->summary;
            if (a.visit->followUp)
                text += tr(" — next: %1").arg(*a.visit->followUp);
            return text;
        }
        return tr("%1 (%2, %3)")
            .arg(a.incident->description, GridText::urgency(a.incident->urgency),
                 GridText::incidentStatus(a.incident->status));
    case Sync:
        return a.pending ? GridText::notSynced() : QString();
    }
    return {};
}

QVariant GridActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Record");
    case Subject:
        return tr("Who / where");
    case Summary:
        return tr("Summary");
    case Sync:
        return tr("Sync");
    }
    return {};
}

} // namespace gd
