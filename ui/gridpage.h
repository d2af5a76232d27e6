#pragma once
// 网格 — grid management (issue 8). On the left the user's grids (district → street → community → grid,
// from the local copy; keyboard navigable); on the right the chosen grid: the 90-day visit coverage of its
// households, tiles (households, residents, special groups, open tasks) and tabs — households with their
// members, residents with their tags (Enter opens the citizen's homepage), the six special groups with
// their members, tasks (grid managers: acknowledge / complete; supervisors: completion per grid of each
// batch, and assigning a task to grids of their district) and the recent visits and incidents, newest
// first, with "not synced" on what waits for the server.
//
// Quick records work offline through the outbox: Ctrl+Shift+V records a visit (VisitDialog),
// Ctrl+Shift+I reports an incident with photos (IncidentDialog). Grid managers can ask for a notice to a
// grid or one of its special groups (pushNoticeRequested; the window opens the Push page).
//
// GUI thread. Does not own the DataContext.

#include "domain/staff.h"
#include "store/gridqueries.h"
#include "store/outbox.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;
class QTreeWidget;
class QStackedWidget;

namespace gd::store {
class Store;
}

namespace gd {

enum class Tone;
class DataContext;
class GridActivityModel;
class GridResidentModel;
class GridTaskModel;
class GridTreeModel;
class HouseholdTreeModel;
class IncidentDialog;
class IncidentViewDialog;
class NoticeBar;
class SpecialGroupTreeModel;
class VisitDialog;
struct ChangeSet;

// Everything the right side shows for one grid, read in one go on the reader thread.
struct GridSnapshot {
    store::GridOverview overview;
    store::GridHouseholds households;
    QList<store::GridResident> residents;
    QList<QPair<QString, QList<store::GridResident>>> groups;
    QList<store::GridTaskRow> tasks;
    QList<store::GridTaskBatch> batches;
    QList<store::GridActivity> activity;
};

class GridPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { Households, Residents, Groups, Tasks, Activity };

    explicit GridPage(DataContext *context, QWidget *parent = nullptr);
    ~GridPage() override;

    void setUser(const StaffUser &user);

    // Reads the grid tree again, then the chosen grid.
    void reload();
    void selectGrid(const QString &gridId);
    QString currentGrid() const { return m_gridId; }
    void showTab(Tab tab);

    // Opens the quick-record dialogs (window-modal, not blocking); nullptr without a chosen grid.
    VisitDialog *recordVisit();
    IncidentDialog *reportIncident();
    // Shows an incident of the activity list with its photos (Enter on its row).
    IncidentViewDialog *viewIncident(const QString &incidentId);
    // A task action; "complete" asks for the result when `text` is empty.
    void actOnTask(const QString &taskId, const QString &action, const QString &text = {});
    // Supervisors: "accept" or "resolve" (an empty note asks for one) an incident of the grid.
    void actOnIncident(const QString &incidentId, const QString &action, const QString &note = {});
    // Supervisors: the dialog to assign a task to grids of their district.
    void assignTask();

    bool isLoaded() const { return m_loaded; }
    const GridSnapshot &snapshot() const { return m_snapshot; }
    QString coverageText() const;
    GridTreeModel *treeModel() const { return m_treeModel; }
    QTreeView *tree() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *residentView() const { return m_residentView; }
    QTableView *taskView() const { return m_taskView; }
    QTableView *activityView() const { return m_activityView; }
    GridTaskModel *taskModel() const { return m_taskModel; }
    GridActivityModel *activityModel() const { return m_activityModel; }
    NoticeBar *notice() const { return m_notice; }
    // The tile values in order: households, residents, special groups, open tasks (tests).
    QStringList tileValues() const;

signals:
    // The tree and the chosen grid were read from the local copy (tests and screenshots wait on it).
    void loaded();
    void writeFinished(bool ok);
    void citizenRequested(const QString &citizenId);
    // A grid manager wants to send a notice to a grid, or to one of its special groups ("" for all).
    void pushNoticeRequested(const QString &gridId, const QString &specialGroupId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QWidget *buildTasksTab();
    void retranslate();
    void loadGrid();
    void showSnapshot(const GridSnapshot &snapshot);
    void fillBatches();
    void updateOffline();
    void updateButtons();
    void onDataChanged(const ChangeSet &changes);
    void write(const QString &entity, std::function<Result<store::OutboxItem>(store::Store &)> action,
               const QString &doneText);
    void showNotice(const QString &text, Tone tone);
    QString selectedTask() const;
    QString selectedGroup() const;
    QString selectedIncident() const;
    const Incident *selectedIncidentRecord() const;
    bool isGridManager() const;
    bool isSupervisor() const;

    DataContext *m_context;
    StaffUser m_user;
    QString m_gridId;
    GridSnapshot m_snapshot;
    bool m_loaded = false;
    bool m_sized = false;
    quint64 m_generation = 0;

    QLabel *m_heading = nullptr;
    QLabel *m_gridName = nullptr;
    QPushButton *m_visitButton = nullptr;
    QPushButton *m_incidentButton = nullptr;
    QPushButton *m_pushButton = nullptr;
    QPushButton *m_assignButton = nullptr;
    QLabel *m_offline = nullptr;
    NoticeBar *m_notice = nullptr;
    QSplitter *m_split = nullptr;
    GridTreeModel *m_treeModel = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_right = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_coverage = nullptr;
    QList<QLabel *> m_tileValues;
    QList<QLabel *> m_tileCaptions;
    QTabWidget *m_tabs = nullptr;
    HouseholdTreeModel *m_householdModel = nullptr;
    QTreeView *m_householdView = nullptr;
    GridResidentModel *m_residentModel = nullptr;
    QTableView *m_residentView = nullptr;
    SpecialGroupTreeModel *m_groupModel = nullptr;
    QTreeView *m_groupView = nullptr;
    QPushButton *m_groupPush = nullptr;
    GridTaskModel *m_taskModel = nullptr;
    QTableView *m_taskView = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_acceptIncident = nullptr;
    QPushButton *m_resolveIncident = nullptr;
    QTreeWidget *m_batchView = nullptr;
    QStackedWidget *m_taskStack = nullptr;
    GridActivityModel *m_activityModel = nullptr;
    QTableView *m_activityView = nullptr;
    QHash<int, QLabel *> m_tabEmpty;          // empty-state labels per tab
    QHash<int, QStackedWidget *> m_tabStacks; // list or empty state per tab
    QPointer<VisitDialog> m_visitDialog;
    QPointer<IncidentDialog> m_incidentDialog;
};

} // namespace gd
