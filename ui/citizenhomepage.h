#pragma once
// 市民主页: one citizen on one page. The header has the name, the masked ID number and phone (each with
// Reveal), gender, age, where the citizen lives (district › street › community › grid), the real-name
// level and what it means, the assigned officer and the linked departmental systems, plus the actions:
// push a service, add a note or (grid managers) a visit record, start an application on the citizen's
// behalf. Below: tags by class, pending items, bills, subsidy and tax-refund applications, household
// members, recommended services with the reason, and the timeline of everything that happened
// (TimelineModel). One column, or two when the page is at least HomePageShell::kTwoColumnWidth wide.
//
// showCitizen() loads through ProfileLoader (the local copy first, else the server) and shows a loading
// state, then the page; "not found or outside your scope" for NotFound, an error with Retry otherwise.
// setProfile() only renders (tests and screenshots use it). While a citizen is shown, local writes and
// synced changes reload it quietly. Writes go through the outbox (SyncHost); a confirmation shows at the
// top of the page. Revealed numbers are shown for RevealableField::remaskDelay() and never stored or
// logged.
//
// GUI thread. Does not own the DataContext.

#include "domain/error.h"
#include "store/profiles.h"
#include "sync/syncstatus.h"

#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>

class QLabel;
class QListView;
class QPushButton;

namespace gd {

class Badge;
class DataContext;
class HomePageShell;
class KeyValueGrid;
class NoticeBar;
class ProfileLoader;
class RecommendationLoader;
class RevealableField;
class SectionCard;
class TimelineModel;

class CitizenHomePage : public QWidget {
    Q_OBJECT
public:
    explicit CitizenHomePage(DataContext *context, QWidget *parent = nullptr);
    ~CitizenHomePage() override;

    // Loads and shows a citizen (the loading state first).
    void showCitizen(const QString &id);
    // Renders a profile as it is.
    void setProfile(const store::CitizenProfile &profile);

    QString citizenId() const;
    bool hasProfile() const { return m_hasProfile; }
    const store::CitizenProfile &profile() const { return m_profile; }

    HomePageShell *shell() const { return m_shell; }
    TimelineModel *timelineModel() const { return m_timeline; }
    RevealableField *idNumberField() const { return m_idNumber; }
    RevealableField *phoneField() const { return m_phone; }
    // How long a revealed number stays visible (tests shorten it).
    void setRemaskDelay(std::chrono::milliseconds delay);

public slots:
    void reload();
    // Opens the push dialog (with `serviceId` chosen when given).
    void pushService(const QString &serviceId = {});
    void addNote();
    void startApplication(const QString &serviceId = {});
    void revealIdNumber();
    void revealPhone();

signals:
    void loaded();
    void loadFailed(const gd::Error &error);
    // A household member's homepage was asked for.
    void citizenActivated(const QString &id);

private:
    void buildUi();
    QWidget *buildHeader();
    void fillHeader();
    void fillTags();
    void fillHousehold();
    void fillTimeline();
    void load(bool quietly);
    void onLoaded(quint64 generation, bool quietly, const Result<store::CitizenProfile> &result);
    void onDataChanged(const ChangeSet &changes);
    void reveal(const QString &field);
    void updateActions();
    void withCitizenServices(std::function<void(const QList<ServiceItem> &)> then);
    void fillRecommended();
    // What the Recommended section shows: the engine's list when it answered for this citizen, else the
    // local tag-rule matches; with the catalogue entries of their services.
    const QList<ServiceMatch> &shownRecommendations() const;
    QHash<QString, ServiceItem> recommendationServices() const;
    void onRecommendations(const QString &citizenId, const QList<Recommendation> &items);

    DataContext *m_context;
    ProfileLoader *m_loader;
    RecommendationLoader *m_recommendations;
    // The engine's words per recommended service, and whose they are (empty: the local tag rules show).
    QHash<QString, QString> m_engineReasons;
    QList<ServiceMatch> m_engineMatches;
    QHash<QString, ServiceItem> m_engineServices; // catalogue entries of the engine's services
    QString m_engineFor;
    TimelineModel *m_timeline;
    store::CitizenProfile m_profile;
    bool m_hasProfile = false;
    QString m_requestedId;
    quint64 m_generation = 0;
    QTimer m_reloadTimer;

    HomePageShell *m_shell = nullptr;
    QLabel *m_name = nullptr;
    Badge *m_level = nullptr;
    QLabel *m_subtitle = nullptr;
    NoticeBar *m_fromServer = nullptr;
    KeyValueGrid *m_facts = nullptr;
    RevealableField *m_idNumber = nullptr;
    RevealableField *m_phone = nullptr;
    QLabel *m_levelText = nullptr;
    QLabel *m_region = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_officer = nullptr;
    QLabel *m_household = nullptr;
    QWidget *m_systems = nullptr;
    QPushButton *m_pushButton = nullptr;
    QPushButton *m_noteButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    SectionCard *m_tagsCard = nullptr;
    SectionCard *m_pendingCard = nullptr;
    SectionCard *m_billsCard = nullptr;
    SectionCard *m_benefitsCard = nullptr;
    SectionCard *m_householdCard = nullptr;
    SectionCard *m_recommendedCard = nullptr;
    SectionCard *m_timelineCard = nullptr;
    QListView *m_timelineView = nullptr;
};

} // namespace gd
