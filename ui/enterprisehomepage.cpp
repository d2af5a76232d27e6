#include "ui/enterprisehomepage.h"

#include "core/clock.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "models/profileloader.h"
#include "net/apiclient.h"
#include "store/store.h"
#include "ui/errortext.h"
#include "ui/homepagewidgets.h"
#include "ui/notedialog.h"
#include "ui/revealdialog.h"
#include "ui/startapplicationdialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace gd {

EnterpriseHomePage::EnterpriseHomePage(DataContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_loader(new ProfileLoader(context, this))
{
    setObjectName(QStringLiteral("enterpriseHomePage"));
    buildUi();
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(400);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] { load(true); });
    connect(m_context, &DataContext::dataChanged, this, &EnterpriseHomePage::onDataChanged);
    connect(m_context, &DataContext::localDataChanged, this, [this] {
        updateActions();
        if (m_hasProfile)
            m_reloadTimer.start(); // the local copy opened or closed: read from where the data now is
    });
    connect(m_context->client(), &ApiClient::connectionStateChanged, this, [this] { updateActions(); });
    m_shell->showMessage(tr("No enterprise selected"),
                         tr("Open an enterprise from the enterprise list, a search or an application."),
                         false);
}

EnterpriseHomePage::~EnterpriseHomePage() = default;

void EnterpriseHomePage::buildUi()
{
    m_shell = new HomePageShell(this);
    connect(m_shell, &HomePageShell::retryRequested, this, &EnterpriseHomePage::reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_shell);
    m_shell->setHeader(buildHeader());

    m_licencesCard = new SectionCard(tr("Licences and certificates"), tr("No licences or certificates."));
    m_licencesCard->setObjectName(QStringLiteral("licencesSection"));
    m_insuranceCard =
        new SectionCard(tr("Social insurance, last 12 months"), tr("No social-insurance payments."));
    m_insuranceCard->setObjectName(QStringLiteral("insuranceSection"));
    m_tagsCard = new SectionCard(tr("Tags"), tr("No tags yet."));
    m_tagsCard->setObjectName(QStringLiteral("tagsSection"));
    m_pendingCard = new SectionCard(tr("Pending items"), tr("No applications in progress."));
    m_pendingCard->setObjectName(QStringLiteral("pendingSection"));
    m_billsCard = new SectionCard(tr("Bills"), tr("No bills."));
    m_billsCard->setObjectName(QStringLiteral("billsSection"));
    m_benefitsCard = new SectionCard(tr("Subsidy and tax-refund applications"),
                                     tr("No subsidy or tax-refund applications."));
    m_benefitsCard->setObjectName(QStringLiteral("benefitsSection"));
    m_recommendedCard =
        new SectionCard(tr("Recommended policies"), tr("No recommendations for this enterprise."));
    m_recommendedCard->setObjectName(QStringLiteral("recommendedSection"));
    m_notesCard = new SectionCard(tr("Notes"), tr("No notes yet."));
    m_notesCard->setObjectName(QStringLiteral("notesSection"));

    m_shell->setSections({m_licencesCard, m_pendingCard, m_billsCard, m_benefitsCard, m_tagsCard,
                          m_recommendedCard, m_insuranceCard, m_notesCard},
                         {m_licencesCard, m_pendingCard, m_billsCard, m_insuranceCard},
                         {m_tagsCard, m_recommendedCard, m_benefitsCard, m_notesCard});
    connect(m_shell, &HomePageShell::columnsChanged, this,
            [this](bool twoColumns) { m_facts->setPairs(twoColumns ? 3 : 2); });
}

QWidget *EnterpriseHomePage::buildHeader()
{
    auto *card = new PageCard;
    card->setObjectName(QStringLiteral("enterpriseHeader"));

    m_name = new WrapLabel(QString(), card);
    m_name->setObjectName(QStringLiteral("nameLabel"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PageCard::makeTitle(m_name, 1.8);
    m_stage = new Badge(QString(), Tone::Accent, card);
    m_stage->setObjectName(QStringLiteral("stageBadge"));

    m_noteButton =
        HomeActions::actionButton(tr("Add a &note…"), QStringLiteral("addNoteButton"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), tr("Add a note"), this);
    m_applyButton =
        HomeActions::actionButton(tr("Start an &application…"), QStringLiteral("startApplicationButton"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                                  tr("Start an application on the enterprise's behalf"), this);
    for (QPushButton *b : {m_noteButton, m_applyButton})
        b->setParent(card);
    connect(m_noteButton, &QPushButton::clicked, this, &EnterpriseHomePage::addNote);
    connect(m_applyButton, &QPushButton::clicked, this, [this] { startApplication(); });

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_name);
    titleRow->addWidget(m_stage, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    titleRow->addWidget(m_noteButton, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_applyButton, 0, Qt::AlignVCenter);

    m_fromServer = new NoticeBar(card);
    m_fromServer->setObjectName(QStringLiteral("fromServerNotice"));

    m_facts = new KeyValueGrid(2, card);
    m_facts->setObjectName(QStringLiteral("enterpriseFacts"));
    m_uscc = m_facts->addRow(tr("Unified social credit code"), QString(), QStringLiteral("usccLabel"));

    auto *legal = new QWidget;
    legal->setObjectName(QStringLiteral("legalPerson"));
    auto *legalLayout = new QHBoxLayout(legal);
    legalLayout->setContentsMargins(0, 0, 0, 0);
    legalLayout->setSpacing(6);
    m_legalPersonText = new QLabel(legal);
    m_legalPersonText->setObjectName(QStringLiteral("legalPersonLabel"));
    m_legalPersonLink = new LinkButton(QString(), legal);
    m_legalPersonLink->setObjectName(QStringLiteral("legalPersonLink"));
    connect(m_legalPersonLink, &QPushButton::clicked, this, [this] {
        if (m_hasProfile && m_profile.enterprise.legalPersonId)
            emit citizenActivated(*m_profile.enterprise.legalPersonId);
    });
    legalLayout->addWidget(m_legalPersonText);
    legalLayout->addWidget(m_legalPersonLink);
    legalLayout->addStretch(1);
    m_facts->addRow(tr("Legal representative"), legal);

    m_industry = m_facts->addRow(tr("Industry"), QString(), QStringLiteral("industryLabel"));
    m_capital = m_facts->addRow(tr("Registered capital"), QString(), QStringLiteral("capitalLabel"));
    m_established = m_facts->addRow(tr("Established"), QString(), QStringLiteral("establishedLabel"));
    m_phone = new RevealableField(m_context->clock());
    m_phone->setObjectName(QStringLiteral("phoneField"));
    const QKeySequence revealKey(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    m_phone->revealButton()->setAccessibleName(tr("Reveal the full phone number"));
    m_phone->revealButton()->setToolTip(
        tr("Reveal the full phone number (%1)").arg(revealKey.toString(QKeySequence::NativeText)));
    connect(m_phone, &RevealableField::revealRequested, this, &EnterpriseHomePage::revealPhone);
    auto *revealShortcut = new QShortcut(revealKey, this);
    revealShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(revealShortcut, &QShortcut::activated, this, &EnterpriseHomePage::revealPhone);
    m_facts->addRow(tr("Phone"), m_phone);
    m_region = m_facts->addRow(tr("Area"), QString(), QStringLiteral("regionLabel"));
    m_address = m_facts->addRow(tr("Address"), QString(), QStringLiteral("addressLabel"));

    card->body()->addLayout(titleRow);
    card->body()->addWidget(m_fromServer);
    card->body()->addSpacing(4);
    card->body()->addWidget(m_facts);
    return card;
}

QString EnterpriseHomePage::enterpriseId() const
{
    return m_hasProfile ? m_profile.enterprise.id : m_requestedId;
}

void EnterpriseHomePage::setRemaskDelay(std::chrono::milliseconds delay)
{
    m_phone->setRemaskDelay(delay);
}

void EnterpriseHomePage::showEnterprise(const QString &id)
{
    if (id != enterpriseId())
        m_shell->showNotice(QString(), Tone::Neutral);
    m_requestedId = id;
    load(false);
}

void EnterpriseHomePage::reload()
{
    if (!m_requestedId.isEmpty())
        load(false);
}

void EnterpriseHomePage::load(bool quietly)
{
    if (m_requestedId.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    if (!quietly || !m_hasProfile || m_profile.enterprise.id != m_requestedId)
        m_shell->showLoading(tr("Loading the enterprise's homepage…"));
    m_loader->loadEnterprise(m_requestedId, this,
                             [this, generation, quietly](Result<store::EnterpriseProfile> result) {
                                 onLoaded(generation, quietly, result);
                             });
}

void EnterpriseHomePage::onLoaded(quint64 generation, bool quietly,
                                  const Result<store::EnterpriseProfile> &result)
{
    if (generation != m_generation)
        return;
    if (result) {
        const bool same = m_hasProfile && m_profile.enterprise.id == result->enterprise.id;
        const int scroll = m_shell->scrollArea()->verticalScrollBar()->value();
        setProfile(*result);
        if (same)
            QTimer::singleShot(
                0, this, [this, scroll] { m_shell->scrollArea()->verticalScrollBar()->setValue(scroll); });
        return;
    }
    if (quietly && m_hasProfile && m_profile.enterprise.id == m_requestedId)
        return;
    const Error &error = result.error();
    if (error.code == ErrorCode::NotFound) {
        m_shell->showMessage(tr("Enterprise not found"),
                             tr("This enterprise does not exist or is outside your area of work."), false);
    } else {
        m_shell->showMessage(tr("The enterprise's homepage cannot be shown"),
                             ErrorText::describe(error, ErrorText::Context::Session,
                                                 ErrorText::displayAddress(m_context->client()->baseUrl())),
                             true);
    }
    m_hasProfile = false;
    emit loadFailed(error);
}

void EnterpriseHomePage::onDataChanged(const ChangeSet &changes)
{
    if (!m_hasProfile)
        return;
    static const QStringList related{QStringLiteral("enterprise"), QStringLiteral("application"),
                                     QStringLiteral("note"),       QStringLiteral("bill"),
                                     QStringLiteral("benefit"),    QStringLiteral("citizen"),
                                     QStringLiteral("tag"),        QStringLiteral("service")};
    for (auto it = changes.changed.cbegin(); it != changes.changed.cend(); ++it) {
        if (related.contains(it.key())) {
            m_reloadTimer.start();
            return;
        }
    }
}

void EnterpriseHomePage::setProfile(const store::EnterpriseProfile &profile)
{
    const bool other = !m_hasProfile || m_profile.enterprise.id != profile.enterprise.id;
    m_profile = profile;
    m_hasProfile = true;
    m_requestedId = profile.enterprise.id;
    if (other)
        m_phone->remask();

    const QDateTime now = m_context->clock().nowUtc();
    const QDate today = m_context->clock().nowLocal().date();
    fillHeader();
    fillLicences();
    fillInsurance();
    HomeSections::fillTags(m_tagsCard, m_profile.tags);
    const HomeSections::Catalogue catalogue{m_profile.services, m_profile.departmentNames};
    HomeSections::fillPending(m_pendingCard, m_profile.applications, catalogue, now);
    HomeSections::fillBills(m_billsCard, m_profile.bills, today);
    HomeSections::fillBenefits(m_benefitsCard, m_profile.benefits);
    HomeSections::fillRecommended(m_recommendedCard, m_profile.recommended, catalogue,
                                  HomeSections::tagNames(m_profile.tags), tr("Apply…"),
                                  [this](const QString &id) { startApplication(id); });
    HomeSections::fillNotes(m_notesCard, m_profile.notes);
    updateActions();
    m_shell->updateTabOrder();
    m_shell->showContent();
    emit loaded();
}

void EnterpriseHomePage::fillHeader()
{
    const Enterprise &e = m_profile.enterprise;
    m_name->setText(e.name);
    m_stage->setText(HomeText::enterpriseStage(e.stage));
    m_stage->setTone(e.stage == QLatin1String("closing") ? Tone::Warning
                     : e.stage == QLatin1String("new")   ? Tone::Teal
                                                         : Tone::Accent);
    m_stage->setAccessibleName(tr("Lifecycle stage: %1").arg(HomeText::enterpriseStage(e.stage)));
    m_stage->setToolTip(tr("Lifecycle stage: %1").arg(HomeText::enterpriseStage(e.stage)));
    m_uscc->setText(e.uscc.isEmpty() ? QStringLiteral("—") : e.uscc);

    const bool linked = e.legalPersonId.has_value() && !e.legalPersonId->isEmpty();
    const QString legalName = m_profile.legalPerson ? m_profile.legalPerson->name : e.legalPerson;
    m_legalPersonLink->setVisible(linked);
    m_legalPersonText->setVisible(!linked);
    m_legalPersonLink->setText(legalName);
    m_legalPersonLink->setAccessibleName(tr("Open the homepage of %1").arg(legalName));
    m_legalPersonLink->setToolTip(tr("Open the homepage of %1").arg(legalName));
    m_legalPersonText->setText(legalName.isEmpty() ? QStringLiteral("—") : legalName);
    m_legalPersonLink->updateGeometry();

    m_industry->setText(e.industry.isEmpty() ? QStringLiteral("—") : e.industry);
    m_capital->setText(HomeText::money(e.registeredCapitalCents));
    m_established->setText(HomeText::date(e.establishedOn));
    m_phone->setMasked(e.phone);
    QStringList region;
    for (const QString &part : {m_profile.region.district, m_profile.region.street,
                                m_profile.region.community, m_profile.region.grid}) {
        if (!part.isEmpty())
            region.append(part);
    }
    m_region->setText(region.isEmpty() ? QStringLiteral("—") : region.join(QStringLiteral(" › ")));
    m_address->setText(e.address.isEmpty() ? QStringLiteral("—") : e.address);
    m_fromServer->showMessage(
        m_profile.fromServer ? tr("This enterprise is not in the local copy on this computer; the page shows "
                                  "the server's data and is available online only.")
                             : QString(),
        Tone::Accent);
}

void EnterpriseHomePage::fillLicences()
{
    m_licencesCard->clearContent();
    const QDate today = m_context->clock().nowLocal().date();
    QList<Licence> licences = m_profile.enterprise.licences.value_or(QList<Licence>{});
    // Expired and expiring first, then by expiry.
    std::stable_sort(licences.begin(), licences.end(), [](const Licence &a, const Licence &b) {
        if (a.validUntil.isValid() != b.validUntil.isValid())
            return a.validUntil.isValid();
        return a.validUntil < b.validUntil;
    });
    int attention = 0;
    for (const Licence &l : std::as_const(licences)) {
        auto *row = new ItemRow;
        row->setObjectName(QStringLiteral("licenceRow"));
        row->setTitle(l.name);
        QString expiry;
        Tone tone = Tone::Neutral;
        if (!l.validUntil.isValid()) {
            row->addBadge(tr("No expiry"), Tone::Success);
            expiry = tr("Valid without a time limit");
        } else {
            const qint64 days = today.daysTo(l.validUntil);
            if (days < 0) {
                row->addBadge(tr("Expired"), Tone::Error)->setObjectName(QStringLiteral("expiredBadge"));
                expiry = tr("Expired on %1, %2 days ago").arg(HomeText::date(l.validUntil)).arg(-days);
                tone = Tone::Error;
                ++attention;
            } else if (days <= kExpiringDays) {
                row->addBadge(tr("Expires in %1 days").arg(days), Tone::Warning)
                    ->setObjectName(QStringLiteral("expiringBadge"));
                expiry = tr("Valid until %1").arg(HomeText::date(l.validUntil));
                tone = Tone::Warning;
                ++attention;
            } else {
                row->addBadge(tr("Valid"), Tone::Success);
                expiry = tr("Valid until %1").arg(HomeText::date(l.validUntil));
            }
        }
        row->addDetail(expiry, tone)->setObjectName(QStringLiteral("expiryLabel"));
        QStringList facts;
        if (!l.number.isEmpty())
            facts.append(tr("No. %1").arg(l.number));
        if (!l.issuer.isEmpty())
            facts.append(l.issuer);
        if (l.issuedOn.isValid())
            facts.append(tr("issued %1").arg(HomeText::date(l.issuedOn)));
        if (!facts.isEmpty())
            row->addDetail(facts.join(QStringLiteral(" · ")));
        m_licencesCard->addRow(row);
    }
    m_licencesCard->setCount(int(licences.size()));
    m_licencesCard->setSummary(attention > 0 ? tr("%1 need attention").arg(attention) : QString(),
                               Tone::Warning);
}

void EnterpriseHomePage::fillInsurance()
{
    m_insuranceCard->clearContent();
    const QList<InsurancePayment> months =
        m_profile.enterprise.socialInsurance.value_or(QList<InsurancePayment>{});
    if (!months.isEmpty()) {
        auto *table = new QWidget;
        table->setObjectName(QStringLiteral("insuranceTable"));
        auto *grid = new QGridLayout(table);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(24);
        grid->setVerticalSpacing(5);
        const QStringList headers{tr("Month"), tr("Employees"), tr("Amount"), tr("Status")};
        // Two blocks of six months side by side: the newest half on the left.
        constexpr int kColumns = 4;
        constexpr int kRowsPerBlock = 6;
        const int blocks = int((months.size() + kRowsPerBlock - 1) / kRowsPerBlock);
        for (int block = 0; block < blocks; ++block) {
            for (int c = 0; c < headers.size(); ++c) {
                auto *h = new QLabel(headers.at(c), table);
                h->setForegroundRole(QPalette::PlaceholderText);
                grid->addWidget(h, 0, block * (kColumns + 1) + c,
                                c == 0 || c == 3 ? Qt::AlignLeft : Qt::AlignRight);
            }
        }
        int late = 0;
        for (int i = 0; i < months.size(); ++i) {
            const InsurancePayment &m = months.at(i);
            const int row = 1 + i % kRowsPerBlock;
            const int first = (i / kRowsPerBlock) * (kColumns + 1);
            grid->addWidget(new QLabel(m.month, table), row, first);
            grid->addWidget(new QLabel(QString::number(m.employees), table), row, first + 1, Qt::AlignRight);
            grid->addWidget(new QLabel(HomeText::money(m.amountCents), table), row, first + 2,
                            Qt::AlignRight);
            const Tone tone = m.status == QLatin1String("overdue") ? Tone::Error
                              : m.status == QLatin1String("due")   ? Tone::Warning
                                                                   : Tone::Success;
            if (tone == Tone::Error)
                ++late;
            auto *status = new Badge(HomeText::billStatus(m.status), tone, table);
            status->setObjectName(QStringLiteral("insuranceStatus"));
            grid->addWidget(status, row, first + 3, Qt::AlignLeft);
        }
        for (int block = 0; block + 1 < blocks; ++block)
            grid->setColumnMinimumWidth(block * (kColumns + 1) + kColumns, 40); // the gap between blocks
        grid->setColumnStretch(blocks * (kColumns + 1) - 1, 1);
        m_insuranceCard->addWidget(table);
        const InsurancePayment &latest = months.first();
        QString summary = tr("%1 employees in %2").arg(latest.employees).arg(latest.month);
        if (late > 0)
            summary = tr("%1 · %2 months overdue").arg(summary).arg(late);
        m_insuranceCard->setSummary(summary, late > 0 ? Tone::Error : Tone::Neutral);
    } else {
        m_insuranceCard->setSummary(QString());
    }
    m_insuranceCard->setCount(int(months.size()));
}

void EnterpriseHomePage::updateActions()
{
    const SyncHost *sync = m_context->sync();
    const bool canWrite = m_hasProfile && sync != nullptr && sync->isRunning();
    const QString why = tr("Needs the local copy of your data, which is not open on this computer.");
    for (QPushButton *b : {m_noteButton, m_applyButton}) {
        b->setEnabled(canWrite);
        b->setStatusTip(canWrite ? QString() : why);
    }
    const bool online = m_context->client()->connectionState() != ApiClient::ConnectionState::Offline;
    if (!m_phone->isRevealed())
        m_phone->revealButton()->setEnabled(m_hasProfile && online && !m_phone->maskedValue().isEmpty());
}

void EnterpriseHomePage::revealPhone()
{
    if (!m_hasProfile || m_phone->isRevealed() || m_phone->maskedValue().isEmpty())
        return;
    const bool online = m_context->client()->connectionState() != ApiClient::ConnectionState::Offline;
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_phone->remaskDelay()).count());
    const QString id = m_profile.enterprise.id;
    auto *dialog = new RevealDialog(tr("phone number"), m_phone->maskedValue(), online, seconds,
                                    HomeActions::enterpriseRevealer(m_context->client(), id), this);
    dialog->setSuggestedReasons(
        {tr("Contact the enterprise about an application"), tr("Verify the contact for a licence")});
    dialog->setServerAddress(ErrorText::displayAddress(m_context->client()->baseUrl()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (m_hasProfile && m_profile.enterprise.id == id)
            m_phone->showRevealed(dialog->revealedValue());
    });
    dialog->open();
}

void EnterpriseHomePage::addNote()
{
    if (!m_hasProfile)
        return;
    auto *dialog = new NoteDialog(NoteDialog::VisitOption::Hidden, m_context->clock().nowLocal(), this);
    dialog->setWindowTitle(tr("Add a note for %1").arg(m_profile.enterprise.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_profile.enterprise.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const StaffUser &user = m_context->client()->user();
        const NoteCreateRequest request = dialog->noteRequest(QStringLiteral("enterprise"), id);
        const QString staffId = user.id;
        const QString staffName = user.displayName.isEmpty() ? user.username : user.displayName;
        const QDateTime now = m_context->clock().nowUtc();
        HomeActions::writeThroughOutbox(
            m_context, m_shell, this,
            [request, staffId, staffName, now](store::Store &s) {
                return s.notes().add(request, staffId, staffName, now);
            },
            tr("The note is saved and goes to the server as soon as it can be reached."));
    });
    dialog->open();
}

void EnterpriseHomePage::startApplication(const QString &serviceId)
{
    if (!m_hasProfile)
        return;
    const QString id = m_profile.enterprise.id;
    HomeActions::loadServices(
        m_context, this, QStringLiteral("enterprise"), m_profile.services.values(),
        [this, serviceId, id](const QList<ServiceItem> &services) {
            if (!m_hasProfile || m_profile.enterprise.id != id)
                return;
            auto *dialog =
                new StartApplicationDialog(QStringLiteral("enterprise"), id, m_profile.enterprise.name,
                                           services, m_profile.departmentNames, this);
            if (!serviceId.isEmpty())
                dialog->selectService(serviceId);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog, services] {
                const ApplicationCreateRequest request = dialog->request();
                const QDateTime now = m_context->clock().nowUtc();
                QString name = request.serviceId;
                for (const ServiceItem &s : services) {
                    if (s.id == request.serviceId)
                        name = s.name;
                }
                HomeActions::writeThroughOutbox(
                    m_context, m_shell, this,
                    [request, now](store::Store &s) { return s.applications().start(request, now); },
                    tr("The application for “%1” is saved and goes to the server as soon as it can be "
                       "reached; "
                       "the server numbers it and starts its first step.")
                        .arg(name));
            });
            dialog->open();
        });
}

} // namespace gd
