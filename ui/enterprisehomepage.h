#pragma once
// 企业主页: one enterprise on one page. The header has the name, lifecycle stage, unified social credit
// code, legal representative (a link to their citizen homepage when they are registered here), industry,
// registered capital, date of establishment, area and address, and the masked phone with Reveal, plus
// the actions: add a note, start an application on the enterprise's behalf. Below: licences and
// certificates with their expiry (within 30 days amber, expired red, by the DataContext's clock),
// social-insurance payments of the last 12 months, tags, pending items, bills, subsidy and tax-refund
// applications, recommended policies with the reason, and notes. One column, or two when the page is at
// least HomePageShell::kTwoColumnWidth wide.
//
// showEnterprise() loads through ProfileLoader (loading state, then the page; "not found or outside
// your scope" for NotFound; an error with Retry otherwise); setProfile() only renders. Local writes and
// synced changes reload the shown enterprise quietly. GUI thread. Does not own the DataContext.

#include "domain/error.h"
#include "store/profiles.h"
#include "sync/syncstatus.h"

#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>

class QLabel;
class QPushButton;

namespace gd {

class Badge;
class DataContext;
class HomePageShell;
class KeyValueGrid;
class LinkButton;
class NoticeBar;
class ProfileLoader;
class RevealableField;
class SectionCard;

class EnterpriseHomePage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kExpiringDays = 30;

    explicit EnterpriseHomePage(DataContext *context, QWidget *parent = nullptr);
    ~EnterpriseHomePage() override;

    void showEnterprise(const QString &id);
    void setProfile(const store::EnterpriseProfile &profile);

    QString enterpriseId() const;
    bool hasProfile() const { return m_hasProfile; }
    const store::EnterpriseProfile &profile() const { return m_profile; }

    HomePageShell *shell() const { return m_shell; }
    RevealableField *phoneField() const { return m_phone; }
    void setRemaskDelay(std::chrono::milliseconds delay);

public slots:
    void reload();
    void addNote();
    void startApplication(const QString &serviceId = {});
    void revealPhone();

signals:
    void loaded();
    void loadFailed(const gd::Error &error);
    // The legal representative's citizen homepage was asked for.
    void citizenActivated(const QString &id);

private:
    void buildUi();
    QWidget *buildHeader();
    void fillHeader();
    void fillLicences();
    void fillInsurance();
    void load(bool quietly);
    void onLoaded(quint64 generation, bool quietly, const Result<store::EnterpriseProfile> &result);
    void onDataChanged(const ChangeSet &changes);
    void updateActions();

    DataContext *m_context;
    ProfileLoader *m_loader;
    store::EnterpriseProfile m_profile;
    bool m_hasProfile = false;
    QString m_requestedId;
    quint64 m_generation = 0;
    QTimer m_reloadTimer;

    HomePageShell *m_shell = nullptr;
    QLabel *m_name = nullptr;
    Badge *m_stage = nullptr;
    NoticeBar *m_fromServer = nullptr;
    KeyValueGrid *m_facts = nullptr;
    QLabel *m_uscc = nullptr;
    QLabel *m_legalPersonText = nullptr;
    LinkButton *m_legalPersonLink = nullptr;
    QLabel *m_industry = nullptr;
    QLabel *m_capital = nullptr;
    QLabel *m_established = nullptr;
    QLabel *m_region = nullptr;
    QLabel *m_address = nullptr;
    RevealableField *m_phone = nullptr;
    QPushButton *m_noteButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    SectionCard *m_licencesCard = nullptr;
    SectionCard *m_insuranceCard = nullptr;
    SectionCard *m_tagsCard = nullptr;
    SectionCard *m_pendingCard = nullptr;
    SectionCard *m_billsCard = nullptr;
    SectionCard *m_benefitsCard = nullptr;
    SectionCard *m_recommendedCard = nullptr;
    SectionCard *m_notesCard = nullptr;
};

} // namespace gd
