#pragma once
// The 待办 Pending page: the active steps of the open applications in the local copy as a table
// (QueueListModel; an officer sees their department's, supervisors and admins everything with a
// department filter), a filter bar (QueueFilterBar; the search waits kSearchDelayMs after the last key),
// views (built in: mine to handle, unclaimed, due soon, overdue — with their counts from
// QueueCountsWatcher — and views the user saved under a name in Preferences), and the selected
// application's detail (ApplicationDetailPanel, loaded by ApplicationLoader) in a splitter: beside the
// table when the page is at least kSideBySideWidth wide, below it otherwise.
//
// Instead of the table the page says in words when the local copy is not open, the list is loading,
// nothing is pending, nothing matches, or the list could not be read (Retry); a banner says when the
// server is unreachable (actions are kept and sent later).
//
// Keyboard: Down in the search field moves to the table; Enter in the table opens the selected
// application (focus to its actions); the detail panel's action shortcuts (Ctrl+Shift+C claim, …, see
// ApplicationDetailPanel) work anywhere on the page; Ctrl+Shift+B approves the selected rows (same
// service and step) after a confirmation. Actions run through ApplicationActionRunner (the outbox):
// their outcome shows as a notice on the detail panel (refusals in words), the row shows "pending sync".
//
// GUI thread. Does not own the DataContext or the Preferences.

#include "domain/staff.h"
#include "domain/workflow.h"
#include "ui/queuequery.h"

#include <QDialog>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace gd {

class ApplicationActionRunner;
class ApplicationDetailPanel;
class ApplicationLoader;
class DataContext;
class Preferences;
class QueueCountsWatcher;
class QueueFilterBar;
class QueueListModel;
class QueueViews;
struct Application;
struct Error;
struct QueueCounts;

class QueuePage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 200;
    static constexpr int kSideBySideWidth = 1380; // the page's width in a 1600 px window

    enum class State { Table, Unavailable, Opening, Loading, Empty, NoMatch, Error };
    Q_ENUM(State)

    QueuePage(DataContext *context, Preferences *preferences, QWidget *parent = nullptr);
    ~QueuePage() override;

    // The signed-in staff member: who acts, "claimed by me", an officer's department.
    void setUser(const StaffUser &user);

    QueueListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QueueFilterBar *filterBar() const { return m_bar; }
    ApplicationDetailPanel *detail() const { return m_detail; }
    QueueCountsWatcher *countsWatcher() const { return m_counts; }
    QComboBox *viewCombo() const { return m_views; }
    QSplitter *splitter() const { return m_splitter; }
    QueueViews *views() const { return m_savedViews.get(); }
    State state() const { return m_state; }
    QString countText() const;
    QString noticeText() const;
    QueueQuery query() const;

    // Shows a view ("all", "mine", "unclaimed", "due_soon", "overdue", "saved:<name>"); false if unknown.
    bool showView(const QString &key);
    // Saves the current filters and sort under `name` (replacing a saved view of that name).
    void saveView(const QString &name);
    bool deleteView(const QString &key);
    // Selects the application's row when it is loaded, else shows it in the detail panel anyway.
    void openApplication(const QString &id);
    QString selectedApplicationId() const;
    // Approves the selected rows (after the confirmation dialog); false with a notice when not possible.
    bool approveSelected();

    // Dialogs of the page and its detail panel go through this when set (tests), else exec().
    using DialogRunner = std::function<int(QDialog *)>;
    void setDialogRunner(DialogRunner runner);
    // Asks for a view's name (tests replace it); returns "" when cancelled.
    using NameAsker = std::function<QString()>;
    void setNameAsker(NameAsker asker) { m_askName = std::move(asker); }

signals:
    void citizenRequested(const QString &id);
    void enterpriseRequested(const QString &id);
    void countsChanged(const gd::QueueCounts &counts);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void resizeColumns();
    void applyQuery();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void showSortIndicator();
    void moveToResults();
    void updateState();
    void showState(State state, const QString &title, const QString &detail);
    void updateOrientation();
    void updateSubmittedColumn();
    void updateOffline();
    void fillViews();
    void syncViewCombo();
    void onViewChosen(int index);
    void askSaveView();
    void onCurrentChanged();
    void loadCatalog();
    void loadRefusals();
    void onLoaded(const Application &application, bool pendingSync);
    void onLoadFailed(const Error &error);
    void runAction(const ApplicationAction &action);
    void showNotice(const QString &text, bool error);
    int runDialog(QDialog *dialog);

    DataContext *m_context;
    Preferences *m_preferences;
    StaffUser m_user;
    WorkflowActor m_actor;
    QueueListModel *m_model;
    QueueCountsWatcher *m_counts;
    ApplicationLoader *m_loader;
    ApplicationActionRunner *m_runner;
    std::unique_ptr<QueueViews> m_savedViews;
    QueueQuery m_query;
    State m_state = State::Loading;
    QTimer m_searchTimer;
    DialogRunner m_dialogRunner;
    NameAsker m_askName;
    bool m_fillingViews = false;
    QString m_wantedId; // openApplication() before its row arrived

    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_viewsLabel = nullptr;
    QComboBox *m_views = nullptr;
    QPushButton *m_saveView = nullptr;
    QPushButton *m_deleteView = nullptr;
    QPushButton *m_batch = nullptr;
    QAction *m_batchAction = nullptr;
    QLabel *m_offline = nullptr;
    QLabel *m_notice = nullptr;
    QueueFilterBar *m_bar = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_statePanel = nullptr;
    QLabel *m_stateTitle = nullptr;
    QLabel *m_stateDetail = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    ApplicationDetailPanel *m_detail = nullptr;
};

} // namespace gd
