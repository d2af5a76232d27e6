#pragma once
// One campaign on the Push page: what it sends to whom and when, where it stands in the workflow
// (who made, submitted, approved, rejected or cancelled it, the sending progress) and the actions the
// signed-in user may take on it — edit and submit (its creator, while a draft), approve or reject (a
// supervisor other than the creator, while it waits for approval), cancel (before it is sent) — and,
// on a second tab, its results (CampaignResultsView).
//
// The panel shows and asks; the Push page writes. GUI thread.

#include "domain/campaign.h"
#include "domain/staff.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace gd {

class CampaignResultsView;
class DataContext;
class NoticeBar;

class CampaignDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit CampaignDetailPanel(DataContext *context, QWidget *parent = nullptr);

    void setUser(const StaffUser &user);
    // Names for services, tags and districts (the local catalogue).
    void setNames(const QHash<QString, QString> &services, const QHash<QString, QString> &tags,
                  const QHash<QString, QString> &regions);
    // pending: a write of it waits in the outbox.
    void setCampaign(const Campaign &campaign, bool pending);
    const Campaign &campaign() const { return m_campaign; }
    bool hasCampaign() const { return !m_campaign.id.isEmpty(); }

    void showResults();
    void showOverview();
    CampaignResultsView *resultsView() const { return m_results; }

    // Which actions the user may take now (the buttons shown).
    bool canEdit() const;
    bool canSubmit() const;
    bool canDecide() const;
    bool canCancel() const;

signals:
    void editRequested(const QString &id);
    // "submit", "approve", "reject", "cancel"; the page asks for a reason where one is needed.
    void actionRequested(const QString &id, const QString &action);

private:
    void buildUi();
    void updateActions();
    QString audienceText() const;

    DataContext *m_context;
    StaffUser m_user;
    Campaign m_campaign;
    bool m_pending = false;
    QHash<QString, QString> m_serviceNames;
    QHash<QString, QString> m_tagNames;
    QHash<QString, QString> m_regionNames;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    NoticeBar *m_notice = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_content = nullptr;
    QLabel *m_audience = nullptr;
    QLabel *m_history = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_cancel = nullptr;
    CampaignResultsView *m_results = nullptr;
};

} // namespace gd
