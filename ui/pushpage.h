#pragma once
// 推送 — proactive push campaigns (issue 7). On the left the campaigns of the user's scope from the
// encrypted local copy (filters: all, made by me, waiting for approval — with its count for supervisors
// —, drafts, approved or sending, sent, cancelled) with their state and headline effect; on the right
// the chosen campaign (CampaignDetailPanel: overview, actions, results) or the editor (CampaignEditor).
//
// Every write — a new draft, changes, submit, approve, reject, cancel — goes through the outbox
// (store::CampaignRepository), so drafts and approvals work offline and reach the server exactly once;
// the list shows "not synced" until the server has answered. Live audience counts and results need the
// server (offline, cached results stay with their age).
//
// GUI thread. Does not own the DataContext.

#include "domain/campaign.h"
#include "domain/catalog.h"
#include "domain/staff.h"
#include "store/outbox.h"

#include <functional>

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace gd::store {
class Store;
}

namespace gd {

enum class Tone;
class CampaignDetailPanel;
class CampaignEditor;
class CampaignListModel;
class CampaignResultsLoader;
class DataContext;
class NoticeBar;
struct ChangeSet;

class PushPage : public QWidget {
    Q_OBJECT
public:
    explicit PushPage(DataContext *context, QWidget *parent = nullptr);
    ~PushPage() override;

    void setUser(const StaffUser &user);

    // Reads the campaigns (and the catalogue names) from the local copy again.
    void reload();
    // Selects a campaign (by id) once it is listed; "" clears.
    void selectCampaign(const QString &id);
    QString selectedCampaign() const;
    void setFilter(const QString &filter);
    // Opens the editor for a new draft (optionally about one service).
    void newCampaign(const QString &serviceId = {});
    // Opens the editor for a grid manager's notice (网格通知) to everyone in the grid or to one of its
    // special groups (domain/grid.h specialGroupIds(), "" for the whole grid): about a policy, titled as a
    // grid notice, with the audience gridAudience(); the message is for the user to write. Saved and
    // submitted like any draft (a grid manager's campaign always waits for a supervisor's approval).
    void startNotice(const QString &gridId, const QString &specialGroupId = {});
    void editCampaign(const QString &id);
    // Saves what the editor shows (as a new draft or changes), then submits it when asked.
    void saveEditor(bool submit);
    // An action on a campaign; reject and cancel need a reason (asked for when empty).
    void act(const QString &id, const QString &action, const QString &reason = {});

    bool isLoaded() const { return m_loaded; }
    bool isEditing() const;
    CampaignListModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    CampaignDetailPanel *detail() const { return m_detail; }
    CampaignEditor *editor() const { return m_editor; }
    NoticeBar *notice() const { return m_notice; }

signals:
    // The campaigns were read from the local copy (tests and screenshots wait on it).
    void loaded();
    // A write was queued (ok) or refused locally (the notice says why).
    void writeFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void updateEmptyText();
    void onDataChanged(const ChangeSet &changes);
    void loadCatalog();
    void showSelected();
    void showEditor();
    void closeEditor();
    void updateFilterCounts();
    void fetchEffects();
    void write(std::function<Result<store::OutboxItem>(store::Store &)> action, const QString &doneText,
               const QString &selectId, bool closeAfter);
    void showNotice(const QString &text, Tone tone);

    DataContext *m_context;
    StaffUser m_user;
    bool m_loaded = false;
    bool m_catalogLoaded = false;
    bool m_readFailed = false;
    bool m_sized = false;
    quint64 m_generation = 0;
    QString m_wanted; // the campaign to select once listed
    QList<ServiceItem> m_services;
    QList<Tag> m_tags;
    QHash<QString, QPointer<CampaignResultsLoader>> m_effectLoaders;

    QLabel *m_heading = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_status = nullptr;
    NoticeBar *m_notice = nullptr;
    QSplitter *m_split = nullptr;
    QTableView *m_list = nullptr;
    CampaignListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    CampaignDetailPanel *m_detail = nullptr;
    CampaignEditor *m_editor = nullptr;
};

} // namespace gd
