#include "models/queuelistmodel.h"

#include "core/clock.h"
#include "domain/worktime.h"
#include "models/datacontext.h"
#include "store/store.h"

#include <QLocale>

namespace gd {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString localDateTimeText(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    // China Standard Time, as the working-day calendar counts (the officers' own time).
    return moment.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QueueListModel::QueueListModel(DataContext *context, QObject *parent)
    : PagedRowsModel<QueueRow>(context, parent)
{
    start();
}

QueueListModel::~QueueListModel() = default;

void QueueListModel::setCurrentUser(const QString &staffId)
{
    if (staffId == m_currentUser)
        return;
    m_currentUser = staffId;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {ClaimedByMeRole});
}

int QueueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueListModel::dueDateText(const QDateTime &due)
{
    if (!due.isValid())
        return QStringLiteral("—");
    // A due moment is the end (24:00) of a day: that day is the one shown.
    return worktime::localDate(due.addMSecs(-1)).toString(QStringLiteral("yyyy-MM-dd"));
}

QString QueueListModel::slaRemainingText(const QDateTime &due, const QDateTime &now, bool paused)
{
    if (paused)
        return tr("Paused (awaiting supplement)");
    if (!due.isValid())
        return QStringLiteral("—");
    const int left = worktime::workingDaysLeft(due, now);
    if (left < 0)
        return tr("Overdue by %n working day(s)", nullptr, -left);
    if (left == 0)
        return tr("Due today");
    return tr("%n working day(s) left", nullptr, left);
}

QVariant QueueListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const QueueRow &queueRow = rows().at(index.row());
    const store::QueueItem &item = queueRow.item;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Number:
            return orDash(item.number);
        case Service:
            return item.serviceName.isEmpty() ? item.serviceId : item.serviceName;
        case Applicant:
            return item.applicantName;
        case Step:
            return item.stepName;
        case Department:
            return item.departmentName.isEmpty() ? item.departmentId : item.departmentName;
        case Submitted:
            return queueRow.submittedText;
        case Due:
            return queueRow.dueText;
        case SlaRemaining:
            return slaRemainingText(item.dueAt, context()->clock().nowUtc(), item.paused);
        case ClaimedBy:
            return orDash(item.claimedByName.isEmpty() ? item.claimedBy : item.claimedByName);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Applicant:
            return item.applicantMasked.isEmpty()
                       ? item.applicantName
                       : tr("%1 (%2)").arg(item.applicantName, item.applicantMasked);
        case Due:
        case SlaRemaining:
            return item.dueAt.isValid() ? tr("Due %1").arg(localDateTimeText(item.dueAt)) : QVariant();
        case Number:
            return item.pendingSync ? tr("Changes not yet confirmed by the server") : QVariant();
        default:
            return {};
        }
    case IdRole:
        return item.applicationId;
    case StepSeqRole:
        return item.stepSeq;
    case SlaStateRole:
        return slaStateName(slaState(item.dueAt, context()->clock().nowUtc(), item.paused, false));
    case WorkingDaysLeftRole:
        if (!item.dueAt.isValid())
            return {};
        return worktime::workingDaysLeft(item.dueAt, context()->clock().nowUtc());
    case PendingSyncRole:
        return item.pendingSync;
    case StatusRole:
        return item.status;
    case ClaimedByMeRole:
        return !m_currentUser.isEmpty() && item.claimedBy == m_currentUser;
    case ServiceIdRole:
        return item.serviceId;
    case DepartmentIdRole:
        return item.departmentId;
    case ApplicantIdRole:
        return item.applicantId;
    default:
        return {};
    }
}

QVariant QueueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Service:
        return tr("Service");
    case Applicant:
        return tr("Applicant");
    case Step:
        return tr("Step");
    case Department:
        return tr("Department");
    case Submitted:
        return tr("Submitted");
    case Due:
        return tr("Due");
    case SlaRemaining:
        return tr("Time left");
    case ClaimedBy:
        return tr("Claimed by");
    default:
        return {};
    }
}

QHash<int, QByteArray> QueueListModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedRowsModel<QueueRow>::roleNames();
    names.insert(IdRole, "applicationId");
    names.insert(StepSeqRole, "stepSeq");
    names.insert(SlaStateRole, "slaState");
    names.insert(WorkingDaysLeftRole, "workingDaysLeft");
    names.insert(PendingSyncRole, "pendingSync");
    names.insert(StatusRole, "status");
    names.insert(ClaimedByMeRole, "claimedByMe");
    names.insert(ServiceIdRole, "serviceId");
    names.insert(DepartmentIdRole, "departmentId");
    names.insert(ApplicantIdRole, "applicantId");
    return names;
}

PagedListModel::PageReader QueueListModel::pageReader() const
{
    return [now = context()->clock().nowUtc()](store::Store &store,
                                               const store::ListQuery &query) -> Result<ChunkPtr> {
        auto items = store.queue().list(query, now);
        if (!items)
            return items.error();
        auto chunk = std::make_shared<Rows>();
        chunk->rows.reserve(items->size());
        for (store::QueueItem &item : *items) {
            QueueRow row;
            row.id = item.applicationId;
            row.submittedText = localDateTimeText(item.submittedAt);
            row.dueText = dueDateText(item.dueAt);
            row.item = std::move(item);
            chunk->rows.append(std::move(row));
        }
        return ChunkPtr(chunk);
    };
}

PagedListModel::Counter QueueListModel::counter() const
{
    return [now = context()->clock().nowUtc()](store::Store &store, const store::ListQuery &query) {
        return store.queue().count(query, now);
    };
}

std::optional<PagedListModel::SortKey> QueueListModel::sortKeyFor(int column) const
{
    switch (column) {
    case Number:
        return SortKey{QStringLiteral("number")};
    case Service:
        return SortKey{QStringLiteral("service")};
    case Applicant:
        return SortKey{QStringLiteral("applicant")};
    case Step:
        return SortKey{QStringLiteral("step")};
    case Department:
        return SortKey{QStringLiteral("department")};
    case Submitted:
        return SortKey{QStringLiteral("submitted_at")};
    case Due:
    case SlaRemaining:
        return SortKey{QStringLiteral("due_at")};
    case ClaimedBy:
        return SortKey{QStringLiteral("claimed_by")};
    default:
        return std::nullopt;
    }
}

QString QueueListModel::defaultSortKey() const
{
    return store::QueueRepository::defaultSort();
}

bool QueueListModel::affectedBy(const ChangeSet &changes) const
{
    const auto &changed = changes.changed;
    return changed.contains(QStringLiteral("application")) || changed.contains(QStringLiteral("service")) ||
           changed.contains(QStringLiteral("department"));
}

} // namespace gd
