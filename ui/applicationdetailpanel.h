#pragma once
// The detail of one pending application beside (or below) the queue: a header (number, service, status,
// the overall SLA clock, "pending sync" while a change waits for the server), the action buttons, the
// workflow diagram (WorkflowDiagram), the applicant (name as a link to the citizen's or enterprise's
// homepage, masked ID, channel, submitted), the materials (received ✓ / missing ✗, the last return's
// list), the history in words and a comment box.
//
// The actions are QActions with shortcuts (shortcutContext WidgetWithChildrenShortcut; the queue page
// adds them to itself too, so they work from the table): Claim Ctrl+Shift+C, Release Ctrl+Shift+X,
// Approve Ctrl+Shift+A, Return for supplement Ctrl+Shift+R, Supplement received Ctrl+Shift+S,
// Reject Ctrl+Shift+J, Transfer Ctrl+Shift+T, Comment Ctrl+Shift+M (moves to the comment box).
// Enabled by ApplicationActionRules; a disabled action's tooltip says why (who holds the step).
// Taking an action asks for what it needs (ApplicationActionDialog) and emits actionRequested() with
// the step and the base version filled in; the page runs it and reports back through showNotice().
//
// Pure view of the values it is given; never reads the store. GUI thread.

#include "domain/casework.h"
#include "domain/catalog.h"
#include "domain/workflow.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QMap>
#include <QWidget>

#include <functional>

class QAction;
class QBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace gd {

class WorkflowDiagram;
enum class Tone;

class ApplicationDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationDetailPanel(QWidget *parent = nullptr);

    void setActor(const WorkflowActor &actor);
    const WorkflowActor &actor() const { return m_actor; }
    // Department and service names (and the service's materials for returns).
    void setCatalog(const QList<Department> &departments, const QHash<QString, ServiceItem> &services);

    // Nothing selected / reading / could not be read.
    void showNothing();
    void showLoading();
    void showError(const QString &text);
    void setApplication(const Application &application, const QDateTime &now, bool pendingSync);
    bool hasApplication() const { return m_loaded; }
    const Application &application() const { return m_application; }
    void setPendingSync(bool pending);
    // A message above the sections (an action taken, refused, queued); empty hides it.
    void showNotice(const QString &text, Tone tone);
    QString noticeText() const;
    // What the server refused of this application's earlier actions (from the conflict queue), in
    // words; empty hides it. Stays while the refusal is in the queue.
    void setRefusal(const QString &text);
    QString refusalText() const;
    // Actions are disabled while one is being taken.
    void setBusy(bool busy);

    QAction *action(const QString &name) const { return m_actions.value(name); }
    QList<QAction *> actionList() const { return m_actions.values(); }
    WorkflowDiagram *diagram() const { return m_diagram; }
    QPlainTextEdit *commentEdit() const { return m_commentEdit; }
    QString departmentName(const QString &id) const;
    QString serviceName(const QString &id) const;

    // Runs the dialogs of actions (tests answer them through this seam instead of exec()): when set,
    // it is called with the open dialog instead of exec() and returns the dialog's result.
    using DialogRunner = std::function<int(QDialog *)>;
    void setDialogRunner(DialogRunner runner) { m_dialogRunner = std::move(runner); }

signals:
    void actionRequested(const gd::ApplicationAction &action);
    void citizenRequested(const QString &id);
    void enterpriseRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void makeActions();
    void retranslate();
    void fill();
    void fillHeader();
    void fillApplicant();
    void fillMaterials();
    void fillHistory();
    void updateActions();
    void trigger(const QString &name);
    void submitComment();
    void emitAction(ApplicationAction action);
    int runDialog(QDialog *dialog);
    void updateLayoutDirection();

    WorkflowActor m_actor;
    QHash<QString, QString> m_departmentNames;
    QList<Department> m_departments;
    QHash<QString, ServiceItem> m_services;
    Application m_application;
    QDateTime m_now;
    bool m_loaded = false;
    bool m_pendingSync = false;
    bool m_busy = false;
    DialogRunner m_dialogRunner;

    QMap<QString, QAction *> m_actions;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_stateLabel = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_sla = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_refusal = nullptr;
    QBoxLayout *m_columns = nullptr;
    WorkflowDiagram *m_diagram = nullptr;
    QScrollArea *m_diagramScroll = nullptr;
    QLabel *m_applicantName = nullptr;
    QLabel *m_applicantFacts = nullptr;
    QLabel *m_materials = nullptr;
    QLabel *m_history = nullptr;
    QPlainTextEdit *m_commentEdit = nullptr;
    QPushButton *m_commentButton = nullptr;
    QList<QToolButton *> m_buttons;
};

} // namespace gd
