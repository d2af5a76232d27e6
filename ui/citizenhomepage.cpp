#include "ui/citizenhomepage.h"

#include "core/clock.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "models/profileloader.h"
#include "models/recommendationloader.h"
#include "models/timelinemodel.h"
#include "net/apiclient.h"
#include "store/store.h"
#include "ui/errortext.h"
#include "ui/homepagewidgets.h"
#include "ui/notedialog.h"
#include "ui/pushservicedialog.h"
#include "ui/revealdialog.h"
#include "ui/startapplicationdialog.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace gd {

namespace {

constexpr int kTimelineVisibleRows = 10;

Tone toneOf(TimelineModel::Kind kind)
{
    switch (kind) {
    case TimelineModel::Kind::Application:
        return Tone::Accent;
    case TimelineModel::Kind::Push:
        return Tone::Violet;
    case TimelineModel::Kind::Message:
        return Tone::Warning;
    case TimelineModel::Kind::Visit:
        return Tone::Success;
    case TimelineModel::Kind::Note:
        return Tone::Teal;
    }
    return Tone::Neutral;
}

// A timeline row: the time on the left, a coloured dot on a vertical line, the kind and title in the
// first line with the status on the right, the details in the second.
class TimelineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QPalette &palette = opt.palette;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (opt.state.testFlag(QStyle::State_Selected)) {
            QColor tint = palette.color(QPalette::Highlight);
            tint.setAlpha(Theme::isDark(palette) ? 70 : 34);
            painter->fillRect(opt.rect, tint);
        }
        const QFontMetrics metrics(opt.font);
        const int line = metrics.height();
        const QRect r = opt.rect.adjusted(4, 6, -8, -6);
        const int timeWidth = metrics.horizontalAdvance(QStringLiteral("2026-11-24 16:41")) + 12;
        const auto kind = TimelineModel::Kind(index.data(TimelineModel::KindRole).toInt());
        const QColor color = toneColor(toneOf(kind), palette);

        // Time column.
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(r.left(), r.top(), timeWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(TimelineModel::TimeTextRole).toString());

        // The line through all rows and the dot of this one.
        const int x = r.left() + timeWidth + 8;
        QColor rail = palette.color(QPalette::Mid);
        rail.setAlpha(120);
        painter->setPen(QPen(rail, 2));
        painter->drawLine(x, opt.rect.top(), x, opt.rect.bottom());
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawEllipse(QPointF(x, r.top() + line / 2.0), 7, 7);
        painter->setBrush(color);
        painter->drawEllipse(QPointF(x, r.top() + line / 2.0), 5, 5);

        // Kind, title and status.
        const int textLeft = x + 16;
        QRect first(textLeft, r.top(), r.right() - textLeft, line);
        const QString status = index.data(TimelineModel::StatusRole).toString();
        if (!status.isEmpty()) {
            const int w = metrics.horizontalAdvance(status) + 4;
            painter->setPen(color);
            painter->drawText(QRect(first.right() - w, first.top(), w, line),
                              Qt::AlignRight | Qt::AlignVCenter, status);
            first.setRight(first.right() - w - 12);
        }
        QFont kindFont = opt.font;
        kindFont.setBold(true);
        painter->setFont(kindFont);
        painter->setPen(color);
        const QString kindText = index.data(TimelineModel::KindTextRole).toString();
        const int kindWidth = QFontMetrics(kindFont).horizontalAdvance(kindText) + 10;
        painter->drawText(QRect(first.left(), first.top(), kindWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                          kindText);
        painter->setPen(palette.color(QPalette::Text));
        const QRect titleRect = first.adjusted(kindWidth, 0, 0, 0);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(kindFont).elidedText(index.data(TimelineModel::TitleRole).toString(),
                                                            Qt::ElideRight, titleRect.width()));
        painter->setFont(opt.font);

        const QString detail = index.data(TimelineModel::DetailRole).toString();
        if (!detail.isEmpty()) {
            const QRect second(textLeft, r.top() + line + 3, r.right() - textLeft, line);
            painter->setPen(palette.color(QPalette::PlaceholderText));
            painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(detail, Qt::ElideRight, second.width()));
        }
        if (opt.state.testFlag(QStyle::State_HasFocus)) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(palette.color(QPalette::Highlight), 1));
            painter->drawRect(QRectF(opt.rect).adjusted(0.5, 0.5, -0.5, -0.5));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return {400, metrics.height() * 2 + 3 + 14};
    }
};

} // namespace

CitizenHomePage::CitizenHomePage(DataContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_loader(new ProfileLoader(context, this))
    , m_recommendations(new RecommendationLoader(context, this))
    , m_timeline(new TimelineModel(this))
{
    setObjectName(QStringLiteral("citizenHomePage"));
    connect(m_recommendations, &RecommendationLoader::loaded, this, &CitizenHomePage::onRecommendations);
    connect(m_recommendations, &RecommendationLoader::failed, this, [this](const QString &citizenId) {
        // Offline or refused: the local tag-rule matches already shown stay; the section says why.
        if (m_hasProfile && citizenId == m_profile.citizen.id && m_engineFor != citizenId)
            m_recommendedCard->setSummary(tr("By the catalogue's tag rules (the engine is not reachable)"));
    });
    buildUi();
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(400);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] { load(true); });
    connect(m_context, &DataContext::dataChanged, this, &CitizenHomePage::onDataChanged);
    connect(m_context, &DataContext::localDataChanged, this, [this] {
        updateActions();
        if (m_hasProfile)
            m_reloadTimer.start(); // the local copy opened or closed: read from where the data now is
    });
    connect(m_context->client(), &ApiClient::connectionStateChanged, this, [this] { updateActions(); });
    m_shell->showMessage(tr("No citizen selected"),
                         tr("Open a citizen from the citizen list, a search or an application."), false);
}

CitizenHomePage::~CitizenHomePage() = default;

void CitizenHomePage::buildUi()
{
    m_shell = new HomePageShell(this);
    connect(m_shell, &HomePageShell::retryRequested, this, &CitizenHomePage::reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_shell);

    m_shell->setHeader(buildHeader());

    m_tagsCard = new SectionCard(tr("Tags"), tr("No tags yet."));
    m_tagsCard->setObjectName(QStringLiteral("tagsSection"));
    m_pendingCard = new SectionCard(tr("Pending items"), tr("No applications in progress."));
    m_pendingCard->setObjectName(QStringLiteral("pendingSection"));
    m_billsCard = new SectionCard(tr("Bills"), tr("No bills."));
    m_billsCard->setObjectName(QStringLiteral("billsSection"));
    m_benefitsCard = new SectionCard(tr("Subsidy and tax-refund applications"),
                                     tr("No subsidy or tax-refund applications."));
    m_benefitsCard->setObjectName(QStringLiteral("benefitsSection"));
    m_householdCard = new SectionCard(tr("Household"), tr("No other household members are registered."));
    m_householdCard->setObjectName(QStringLiteral("householdSection"));
    m_recommendedCard =
        new SectionCard(tr("Recommended services"), tr("No recommendations for this citizen."));
    m_recommendedCard->setObjectName(QStringLiteral("recommendedSection"));
    m_timelineCard = new SectionCard(tr("History"), tr("Nothing has happened yet."));
    m_timelineCard->setObjectName(QStringLiteral("timelineSection"));

    m_timelineView = new QListView;
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setAccessibleName(tr("History, newest first"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setFrameShape(QFrame::NoFrame);
    m_timelineView->setUniformItemSizes(true);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->viewport()->setBackgroundRole(QPalette::Base);
    m_timelineCard->addWidget(m_timelineView);

    // Two columns: what needs doing on the left, who the citizen is and what to offer on the right.
    m_shell->setSections({m_tagsCard, m_pendingCard, m_billsCard, m_benefitsCard, m_recommendedCard,
                          m_householdCard, m_timelineCard},
                         {m_pendingCard, m_billsCard, m_timelineCard},
                         {m_tagsCard, m_recommendedCard, m_benefitsCard, m_householdCard});
    connect(m_shell, &HomePageShell::columnsChanged, this,
            [this](bool twoColumns) { m_facts->setPairs(twoColumns ? 3 : 2); });
}

QWidget *CitizenHomePage::buildHeader()
{
    auto *card = new PageCard;
    card->setObjectName(QStringLiteral("citizenHeader"));

    m_name = new WrapLabel(QString(), card);
    m_name->setObjectName(QStringLiteral("nameLabel"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PageCard::makeTitle(m_name, 1.8);
    m_level = new Badge(QString(), Tone::Accent, card);
    m_level->setObjectName(QStringLiteral("realnameBadge"));
    m_subtitle = new QLabel(card);
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_pushButton =
        HomeActions::actionButton(tr("&Push a service…"), QStringLiteral("pushServiceButton"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Push a service"), this);
    m_noteButton = HomeActions::actionButton(tr("Add a &note…"), QStringLiteral("addNoteButton"),
                                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                             tr("Add a note or visit record"), this);
    m_applyButton =
        HomeActions::actionButton(tr("Start an &application…"), QStringLiteral("startApplicationButton"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                                  tr("Start an application on the citizen's behalf"), this);
    for (QPushButton *b : {m_pushButton, m_noteButton, m_applyButton})
        b->setParent(card);
    connect(m_pushButton, &QPushButton::clicked, this, [this] { pushService(); });
    connect(m_noteButton, &QPushButton::clicked, this, &CitizenHomePage::addNote);
    connect(m_applyButton, &QPushButton::clicked, this, [this] { startApplication(); });

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_name);
    titleRow->addWidget(m_level, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_subtitle, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    titleRow->addWidget(m_pushButton);
    titleRow->addWidget(m_noteButton);
    titleRow->addWidget(m_applyButton);

    m_fromServer = new NoticeBar(card);
    m_fromServer->setObjectName(QStringLiteral("fromServerNotice"));

    m_facts = new KeyValueGrid(2, card);
    m_facts->setObjectName(QStringLiteral("citizenFacts"));
    m_idNumber = new RevealableField(m_context->clock(), m_facts);
    m_idNumber->setObjectName(QStringLiteral("idNumberField"));
    m_idNumber->revealButton()->setAccessibleName(tr("Reveal the full ID number"));
    m_idNumber->revealButton()->setToolTip(
        tr("Reveal the full ID number (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I).toString(QKeySequence::NativeText)));
    connect(m_idNumber, &RevealableField::revealRequested, this, &CitizenHomePage::revealIdNumber);
    m_phone = new RevealableField(m_context->clock(), m_facts);
    m_phone->setObjectName(QStringLiteral("phoneField"));
    m_phone->revealButton()->setAccessibleName(tr("Reveal the full phone number"));
    m_phone->revealButton()->setToolTip(
        tr("Reveal the full phone number (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M).toString(QKeySequence::NativeText)));
    connect(m_phone, &RevealableField::revealRequested, this, &CitizenHomePage::revealPhone);
    for (auto [key, slot] : {std::pair{Qt::Key_I, &CitizenHomePage::revealIdNumber},
                             std::pair{Qt::Key_M, &CitizenHomePage::revealPhone}}) {
        auto *sc = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key), this);
        sc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, this, slot);
    }

    m_facts->addRow(tr("ID number"), m_idNumber);
    m_facts->addRow(tr("Phone"), m_phone);
    m_levelText = m_facts->addRow(tr("Real-name level"), QString(), QStringLiteral("realnameLabel"));
    m_officer = m_facts->addRow(tr("Assigned officer"), QString(), QStringLiteral("officerLabel"));
    m_region = m_facts->addRow(tr("Area"), QString(), QStringLiteral("regionLabel"));
    m_household = m_facts->addRow(tr("In the household"), QString(), QStringLiteral("relationLabel"));
    m_address = m_facts->addRow(tr("Address"), QString(), QStringLiteral("addressLabel"));
    m_systems = new QWidget;
    m_systems->setObjectName(QStringLiteral("linkedSystems"));
    m_systems->setAccessibleName(tr("Linked departmental systems"));
    m_facts->addRow(tr("Linked systems"), m_systems);

    card->body()->addLayout(titleRow);
    card->body()->addWidget(m_fromServer);
    card->body()->addSpacing(4);
    card->body()->addWidget(m_facts);
    return card;
}

QString CitizenHomePage::citizenId() const
{
    return m_hasProfile ? m_profile.citizen.id : m_requestedId;
}

void CitizenHomePage::setRemaskDelay(std::chrono::milliseconds delay)
{
    m_idNumber->setRemaskDelay(delay);
    m_phone->setRemaskDelay(delay);
}

void CitizenHomePage::showCitizen(const QString &id)
{
    if (id != citizenId())
        m_shell->showNotice(QString(), Tone::Neutral);
    m_requestedId = id;
    load(false);
}

void CitizenHomePage::reload()
{
    if (!m_requestedId.isEmpty())
        load(false);
}

void CitizenHomePage::load(bool quietly)
{
    if (m_requestedId.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    if (!quietly || !m_hasProfile || m_profile.citizen.id != m_requestedId)
        m_shell->showLoading(tr("Loading the citizen's homepage…"));
    m_loader->loadCitizen(m_requestedId, this,
                          [this, generation, quietly](Result<store::CitizenProfile> result) {
                              onLoaded(generation, quietly, result);
                          });
}

void CitizenHomePage::onLoaded(quint64 generation, bool quietly, const Result<store::CitizenProfile> &result)
{
    if (generation != m_generation)
        return; // a newer request is on its way
    if (result) {
        const bool same = m_hasProfile && m_profile.citizen.id == result->citizen.id;
        const int scroll = m_shell->scrollArea()->verticalScrollBar()->value();
        setProfile(*result);
        if (same)
            QTimer::singleShot(
                0, this, [this, scroll] { m_shell->scrollArea()->verticalScrollBar()->setValue(scroll); });
        return;
    }
    if (quietly && m_hasProfile && m_profile.citizen.id == m_requestedId)
        return; // keep what is shown; the next change tries again
    const Error &error = result.error();
    if (error.code == ErrorCode::NotFound) {
        m_shell->showMessage(tr("Citizen not found"),
                             tr("This citizen does not exist or is outside your area of work."), false);
    } else {
        m_shell->showMessage(tr("The citizen's homepage cannot be shown"),
                             ErrorText::describe(error, ErrorText::Context::Session,
                                                 ErrorText::displayAddress(m_context->client()->baseUrl())),
                             true);
    }
    m_hasProfile = false;
    emit loadFailed(error);
}

void CitizenHomePage::onDataChanged(const ChangeSet &changes)
{
    if (!m_hasProfile || !m_profile.citizen.id.size())
        return;
    static const QStringList related{QStringLiteral("citizen"), QStringLiteral("application"),
                                     QStringLiteral("push"),    QStringLiteral("note"),
                                     QStringLiteral("visit"),   QStringLiteral("bill"),
                                     QStringLiteral("benefit"), QStringLiteral("message"),
                                     QStringLiteral("tag"),     QStringLiteral("service")};
    for (auto it = changes.changed.cbegin(); it != changes.changed.cend(); ++it) {
        if (related.contains(it.key())) {
            m_reloadTimer.start();
            return;
        }
    }
}

void CitizenHomePage::setProfile(const store::CitizenProfile &profile)
{
    const bool other = !m_hasProfile || m_profile.citizen.id != profile.citizen.id;
    m_profile = profile;
    m_hasProfile = true;
    m_requestedId = profile.citizen.id;
    if (other) {
        m_idNumber->remask();
        m_phone->remask();
    }

    const QDateTime now = m_context->clock().nowUtc();
    const QDate today = m_context->clock().nowLocal().date();
    fillHeader();
    fillTags();
    const HomeSections::Catalogue catalogue{m_profile.services, m_profile.departmentNames};
    HomeSections::fillPending(m_pendingCard, m_profile.applications, catalogue, now);
    HomeSections::fillBills(m_billsCard, m_profile.bills, today);
    HomeSections::fillBenefits(m_benefitsCard, m_profile.benefits);
    if (other || m_engineFor != profile.citizen.id) {
        m_engineFor.clear();
        m_engineMatches.clear();
        m_engineReasons.clear();
        m_recommendations->load(profile.citizen.id);
    }
    fillRecommended();
    fillHousehold();
    fillTimeline();
    updateActions();
    m_shell->updateTabOrder();
    m_shell->showContent();
    emit loaded();
}

void CitizenHomePage::fillHeader()
{
    const Citizen &c = m_profile.citizen;
    m_name->setText(c.name);
    m_level->setText(HomeText::realnameLevel(c.realnameLevel));
    m_level->setTone(c.realnameLevel >= 3   ? Tone::Success
                     : c.realnameLevel == 2 ? Tone::Accent
                                            : Tone::Neutral);
    const QString levelLine = tr("%1 — %2").arg(HomeText::realnameLevel(c.realnameLevel),
                                                HomeText::realnameDescription(c.realnameLevel));
    m_level->setToolTip(tr("Real-name level: %1").arg(levelLine));
    m_level->setAccessibleName(tr("Real-name level: %1").arg(levelLine));
    m_levelText->setText(levelLine);

    QStringList subtitle;
    if (!c.gender.isEmpty())
        subtitle.append(HomeText::gender(c.gender));
    const QString age = HomeText::ageText(c.birthDate, m_context->clock().nowLocal().date());
    if (!age.isEmpty())
        subtitle.append(age);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    m_idNumber->setMasked(c.idNumber);
    m_phone->setMasked(c.phone);

    QStringList region;
    for (const QString &part : {m_profile.region.district, m_profile.region.street,
                                m_profile.region.community, m_profile.region.grid}) {
        if (!part.isEmpty())
            region.append(part);
    }
    m_region->setText(region.isEmpty() ? QStringLiteral("—") : region.join(QStringLiteral(" › ")));
    m_address->setText(c.address.isEmpty() ? QStringLiteral("—") : c.address);
    m_officer->setText(c.officerId ? *c.officerId : tr("None assigned"));
    m_household->setText(c.relationToHead ? *c.relationToHead : QStringLiteral("—"));
    HomeSections::fillChips(m_systems, c.linkedSystems, Tone::Neutral);

    m_fromServer->showMessage(
        m_profile.fromServer ? tr("This citizen is not in the local copy on this computer; the page shows "
                                  "the server's data and is available online only.")
                             : QString(),
        Tone::Accent);
}

void CitizenHomePage::fillTags()
{
    HomeSections::fillTags(m_tagsCard, m_profile.tags);
}

void CitizenHomePage::fillHousehold()
{
    m_householdCard->clearContent();
    const QDate today = m_context->clock().nowLocal().date();
    for (const Citizen &member : std::as_const(m_profile.household)) {
        auto *row = new ItemRow;
        row->setObjectName(QStringLiteral("householdRow"));
        auto *link = new LinkButton(member.name);
        link->setObjectName(QStringLiteral("householdLink"));
        link->setAccessibleName(tr("Open the homepage of %1").arg(member.name));
        link->setToolTip(tr("Open the homepage of %1").arg(member.name));
        const QString id = member.id;
        connect(link, &QPushButton::clicked, this, [this, id] { emit citizenActivated(id); });
        row->setTitleWidget(link);
        if (member.relationToHead)
            row->addBadge(*member.relationToHead, Tone::Neutral);
        QStringList facts;
        if (!member.gender.isEmpty())
            facts.append(HomeText::gender(member.gender));
        const QString age = HomeText::ageText(member.birthDate, today);
        if (!age.isEmpty())
            facts.append(age);
        facts.append(tr("Real-name level %1").arg(HomeText::realnameLevel(member.realnameLevel)));
        row->addDetail(facts.join(QStringLiteral(" · ")));
        m_householdCard->addRow(row);
    }
    m_householdCard->setCount(int(m_profile.household.size()));
}

void CitizenHomePage::fillTimeline()
{
    m_timeline->setProfile(m_profile);
    const int rows = m_timeline->rowCount();
    const int rowHeight = m_timelineView->sizeHintForRow(0) > 0 ? m_timelineView->sizeHintForRow(0)
                                                                : fontMetrics().height() * 2 + 17;
    m_timelineView->setFixedHeight(qMin(rows, kTimelineVisibleRows) * rowHeight + 2);
    m_timelineView->setVisible(rows > 0);
    m_timelineCard->setCount(rows);
}

void CitizenHomePage::updateActions()
{
    const SyncHost *sync = m_context->sync();
    const bool canWrite = m_hasProfile && sync != nullptr && sync->isRunning();
    const QString why = tr("Needs the local copy of your data, which is not open on this computer.");
    for (QPushButton *b : {m_pushButton, m_noteButton, m_applyButton}) {
        b->setEnabled(canWrite);
        b->setStatusTip(canWrite ? QString() : why);
    }
    const bool online = m_context->client()->connectionState() != ApiClient::ConnectionState::Offline;
    for (RevealableField *f : {m_idNumber, m_phone}) {
        if (!f->isRevealed())
            f->revealButton()->setEnabled(m_hasProfile && online && !f->maskedValue().isEmpty());
    }
}

void CitizenHomePage::revealIdNumber()
{
    reveal(QStringLiteral("id_number"));
}

void CitizenHomePage::revealPhone()
{
    reveal(QStringLiteral("phone"));
}

void CitizenHomePage::reveal(const QString &field)
{
    if (!m_hasProfile)
        return;
    RevealableField *target = field == QLatin1String("phone") ? m_phone : m_idNumber;
    if (target->isRevealed() || target->maskedValue().isEmpty())
        return;
    const QString label = field == QLatin1String("phone") ? tr("phone number") : tr("ID number");
    const bool online = m_context->client()->connectionState() != ApiClient::ConnectionState::Offline;
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(target->remaskDelay()).count());
    const QString citizenIdNow = m_profile.citizen.id;
    auto *dialog =
        new RevealDialog(label, target->maskedValue(), online, seconds,
                         HomeActions::citizenRevealer(m_context->client(), citizenIdNow, field), this);
    dialog->setSuggestedReasons({tr("Verify identity for an application"), tr("Call the citizen back"),
                                 tr("Verify during a grid visit")});
    dialog->setServerAddress(ErrorText::displayAddress(m_context->client()->baseUrl()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, target, citizenIdNow] {
        if (m_hasProfile && m_profile.citizen.id == citizenIdNow)
            target->showRevealed(dialog->revealedValue());
    });
    dialog->open();
}

const QList<ServiceMatch> &CitizenHomePage::shownRecommendations() const
{
    return m_engineFor == m_profile.citizen.id ? m_engineMatches : m_profile.recommended;
}

QHash<QString, ServiceItem> CitizenHomePage::recommendationServices() const
{
    QHash<QString, ServiceItem> services = m_profile.services;
    for (auto it = m_engineServices.cbegin(); it != m_engineServices.cend(); ++it)
        services.insert(it.key(), it.value());
    return services;
}

void CitizenHomePage::fillRecommended()
{
    const bool engine = m_engineFor == m_profile.citizen.id;
    const QHash<QString, ServiceItem> services = recommendationServices();
    const HomeSections::Catalogue catalogue{services, m_profile.departmentNames};
    HomeSections::fillRecommended(
        m_recommendedCard, shownRecommendations(), catalogue, HomeSections::tagNames(m_profile.tags),
        tr("Push…"), [this](const QString &id) { pushService(id); },
        engine ? m_engineReasons : QHash<QString, QString>());
    m_recommendedCard->setSummary(engine ? tr("By the recommendation engine")
                                         : tr("By the catalogue's tag rules"));
    m_shell->updateTabOrder(); // the rows' push buttons are new
}

void CitizenHomePage::onRecommendations(const QString &citizenId, const QList<Recommendation> &items)
{
    if (!m_hasProfile || citizenId != m_profile.citizen.id)
        return;
    // The engine may name services the profile's catalogue does not carry: look them up first.
    withCitizenServices([this, citizenId, items](const QList<ServiceItem> &services) {
        if (!m_hasProfile || citizenId != m_profile.citizen.id)
            return;
        QHash<QString, ServiceItem> byId;
        for (const ServiceItem &service : services)
            byId.insert(service.id, service);
        m_engineMatches.clear();
        m_engineReasons.clear();
        m_engineServices.clear();
        for (const Recommendation &r : items) {
            ServiceMatch match;
            match.serviceId = r.serviceId;
            match.score = r.score;
            m_engineMatches.append(match);
            m_engineReasons.insert(r.serviceId, r.reason);
            if (const auto it = byId.constFind(r.serviceId); it != byId.cend())
                m_engineServices.insert(r.serviceId, *it);
        }
        m_engineFor = citizenId;
        fillRecommended();
    });
}

void CitizenHomePage::withCitizenServices(std::function<void(const QList<ServiceItem> &)> then)
{
    HomeActions::loadServices(m_context, this, QStringLiteral("citizen"), m_profile.services.values(),
                              std::move(then));
}

void CitizenHomePage::pushService(const QString &serviceId)
{
    if (!m_hasProfile)
        return;
    const QString citizen = m_profile.citizen.id;
    withCitizenServices([this, serviceId, citizen](const QList<ServiceItem> &services) {
        if (!m_hasProfile || m_profile.citizen.id != citizen)
            return;
        const QHash<QString, QString> tagNames = HomeSections::tagNames(m_profile.tags);
        QList<PushServiceDialog::Candidate> candidates;
        QSet<QString> seen;
        const QHash<QString, ServiceItem> catalogue = recommendationServices();
        for (const ServiceMatch &m : shownRecommendations()) {
            const auto it = catalogue.constFind(m.serviceId);
            if (it == catalogue.cend())
                continue;
            const QString reason = m_engineFor == citizen ? m_engineReasons.value(m.serviceId)
                                                          : HomeSections::reasonText(m, tagNames);
            candidates.append({*it, m.score, reason});
            seen.insert(m.serviceId);
        }
        for (const ServiceItem &s : services) {
            if (!seen.contains(s.id) && s.applicantType == QLatin1String("citizen"))
                candidates.append({s, -1, QString()});
        }
        auto *dialog = new PushServiceDialog(citizen, candidates, this);
        dialog->setWindowTitle(tr("Push a service to %1").arg(m_profile.citizen.name));
        if (!serviceId.isEmpty())
            dialog->selectService(serviceId);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, candidates] {
            const PushCreateRequest request = dialog->request();
            const QString staffId = m_context->client()->user().id;
            const QDateTime now = m_context->clock().nowUtc();
            QString name = request.serviceId;
            for (const PushServiceDialog::Candidate &c : candidates) {
                if (c.service.id == request.serviceId)
                    name = c.service.name;
            }
            HomeActions::writeThroughOutbox(
                m_context, m_shell, this,
                [request, staffId, now](store::Store &s) { return s.pushes().send(request, staffId, now); },
                tr("The push of “%1” by %2 is queued and goes out as soon as the server can be reached.")
                    .arg(name, HomeText::pushChannel(request.channel)));
        });
        dialog->open();
    });
}

void CitizenHomePage::addNote()
{
    if (!m_hasProfile)
        return;
    const bool gridManager = m_context->client()->user().role == QLatin1String("grid_manager");
    auto *dialog =
        new NoteDialog(gridManager ? NoteDialog::VisitOption::Enabled : NoteDialog::VisitOption::Disabled,
                       m_context->clock().nowLocal(), this);
    dialog->setWindowTitle(tr("Add a note or visit record for %1").arg(m_profile.citizen.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Citizen citizen = m_profile.citizen;
    connect(dialog, &QDialog::accepted, this, [this, dialog, citizen] {
        const StaffUser &user = m_context->client()->user();
        const QDateTime now = m_context->clock().nowUtc();
        if (dialog->kind() == NoteDialog::Kind::Visit) {
            Visit visit;
            visit.gridId = citizen.gridId;
            visit.districtCode = citizen.districtCode;
            visit.citizenId = citizen.id;
            visit.householdId = citizen.householdId;
            visit.staffId = user.id;
            visit.kind = dialog->visitKind();
            visit.visitedAt = dialog->visitedAtUtc();
            visit.summary = dialog->text();
            HomeActions::writeThroughOutbox(
                m_context, m_shell, this, [visit](store::Store &s) { return s.visits().record(visit); },
                tr("The visit record is saved and goes to the server as soon as it can be reached."));
            return;
        }
        const NoteCreateRequest request = dialog->noteRequest(QStringLiteral("citizen"), citizen.id);
        const QString staffId = user.id;
        const QString staffName = user.displayName.isEmpty() ? user.username : user.displayName;
        HomeActions::writeThroughOutbox(
            m_context, m_shell, this,
            [request, staffId, staffName, now](store::Store &s) {
                return s.notes().add(request, staffId, staffName, now);
            },
            tr("The note is saved and goes to the server as soon as it can be reached."));
    });
    dialog->open();
}

void CitizenHomePage::startApplication(const QString &serviceId)
{
    if (!m_hasProfile)
        return;
    const QString citizen = m_profile.citizen.id;
    withCitizenServices([this, serviceId, citizen](const QList<ServiceItem> &services) {
        if (!m_hasProfile || m_profile.citizen.id != citizen)
            return;
        auto *dialog = new StartApplicationDialog(QStringLiteral("citizen"), citizen, m_profile.citizen.name,
                                                  services, m_profile.departmentNames, this);
        if (!serviceId.isEmpty())
            dialog->selectService(serviceId);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, services] {
            const ApplicationCreateRequest request = dialog->request();
            const QDateTime now = m_context->clock().nowUtc();
            QString name;
            for (const ServiceItem &s : services) {
                if (s.id == request.serviceId)
                    name = s.name;
            }
            HomeActions::writeThroughOutbox(
                m_context, m_shell, this,
                [request, now](store::Store &s) { return s.applications().start(request, now); },
                tr("The application for “%1” is saved and goes to the server as soon as it can be reached; "
                   "the "
                   "server numbers it and starts its first step.")
                    .arg(name));
        });
        dialog->open();
    });
}

} // namespace gd
