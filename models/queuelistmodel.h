#pragma once
// The pending queue (待办) of the local copy as a table: one row per active step of an open application
// (store::QueueRepository), read a page at a time on the reader thread; filtered, searched and sorted in
// SQL (see PagedListModel). Texts: service and department names from the local catalogue, the applicant
// as cached (masked where the server masks), the step's due date (CST) and how much SLA time is left in
// working days at the DataContext's clock ("剩 3 个工作日", "今日到期", "逾期 2 个工作日",
// "暂停（待补正）"). No colours: the view's delegate colours rows by SlaStateRole.
//
// Filters (PagedListModel::Filters): "department" (department id; absent: the whole local copy),
// "status" (in_progress | supplement), "service" (service id), "step" (step name),
// "sla" (overdue | due_soon | paused), "claimed_by" (staff id), "unclaimed" ("1").
// Sort keys: "number", "service", "applicant", "step", "department", "submitted_at", "due_at" (default,
// ascending), "claimed_by". Search: a prefix of the number or of the applicant's name.
//
// Refreshes on change sets with applications, services or departments (local writes included, through
// DataContext::notifyLocalWrite / the sync host). IdRole is the application's id in every column; an
// application with several active steps in view has one row per step. GUI thread.

#include "models/pagedlistmodel.h"
#include "store/queuerepository.h"

namespace gd {

struct QueueRow {
    QString id; // the application's
    store::QueueItem item;
    // Formatted on the reader thread: painting a page then formats no dates on the GUI thread.
    QString submittedText; // "yyyy-MM-dd HH:mm" (CST)
    QString dueText;       // dueDateText()
};

class QueueListModel : public PagedRowsModel<QueueRow> {
    Q_OBJECT
public:
    enum Column {
        Number,
        Service,
        Applicant,
        Step,
        Department,
        Submitted,
        Due,
        SlaRemaining,
        ClaimedBy,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StepSeqRole = PagedListModel::IdRole + 1, // int: the step's seq
        SlaStateRole,                             // QString: slaStateName() at the clock's now
        WorkingDaysLeftRole,                      // int: worktime::workingDaysLeft (invalid without a due)
        PendingSyncRole,  // bool: a local write of the application waits for the server
        StatusRole,       // QString: the application's status
        ClaimedByMeRole,  // bool: the step is held by the current user
        ServiceIdRole,    // QString
        DepartmentIdRole, // QString: the step's department
        ApplicantIdRole,  // QString
    };
    Q_ENUM(Role)

    explicit QueueListModel(DataContext *context, QObject *parent = nullptr);
    ~QueueListModel() override;

    // The signed-in officer (ClaimedByMeRole). Does not filter; pass "claimed_by" for that.
    void setCurrentUser(const QString &staffId);
    QString currentUser() const { return m_currentUser; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "剩 3 个工作日" / "今日到期" / "逾期 2 个工作日" / "暂停（待补正）" / "—" (no due date).
    static QString slaRemainingText(const QDateTime &due, const QDateTime &now, bool paused);
    // The due date as shown: the CST date whose end is the due moment, "yyyy-MM-dd".
    static QString dueDateText(const QDateTime &due);

protected:
    PageReader pageReader() const override;
    Counter counter() const override;
    std::optional<SortKey> sortKeyFor(int column) const override;
    QString defaultSortKey() const override;
    bool affectedBy(const ChangeSet &changes) const override;

private:
    QString m_currentUser;
};

} // namespace gd
