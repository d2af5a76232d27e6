#include "ui/todaypage.h"

#include "core/clock.h"
#include "models/datacontext.h"
#include "store/localreader.h"
#include "store/store.h"
#include "ui/errortext.h"
#include "ui/pagecard.h"
#include "ui/roletext.h"
#include "ui/theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {
namespace {

// The application states that still need someone's work (the pending queue of a later issue).
const QStringList kOpenStates{QStringLiteral("submitted"), QStringLiteral("in_progress"),
                              QStringLiteral("supplement")};
constexpr int kMaxRecent = 8;

} // namespace

TodayPage::TodayPage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    buildUi();
    updateGreeting();
    updateServerStatus();
    showCounts();
    updateRecent();
}

void TodayPage::buildUi()
{
    m_greeting = new QLabel(this);
    m_greeting->setObjectName(QStringLiteral("greetingLabel"));
    PageCard::makeTitle(m_greeting, 1.7);
    m_role = new QLabel(this);
    m_role->setObjectName(QStringLiteral("roleLabel"));
    m_role->setWordWrap(true);
    QFont roleFont = m_role->font();
    roleFont.setPointSizeF(roleFont.pointSizeF() * 1.1);
    m_role->setFont(roleFont);
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("dateLabel"));
    m_date->setForegroundRole(QPalette::PlaceholderText);

    auto *server = new PageCard(this, tr("Server"));
    server->setObjectName(QStringLiteral("serverCard"));
    m_status = new QLabel(server);
    m_status->setObjectName(QStringLiteral("serverStatusLabel"));
    m_status->setTextFormat(Qt::RichText);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.1);
    m_status->setFont(statusFont);
    m_details = new QLabel(server);
    m_details->setObjectName(QStringLiteral("serverDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastCheck = new QLabel(server);
    m_lastCheck->setObjectName(QStringLiteral("lastCheckLabel"));
    m_lastCheck->setForegroundRole(QPalette::PlaceholderText);
    m_check = new QPushButton(tr("Check now"), server);
    m_check->setObjectName(QStringLiteral("checkServerButton"));
    m_check->setAccessibleName(tr("Check the server now"));
    connect(m_check, &QPushButton::clicked, this, &TodayPage::checkServerRequested);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_lastCheck, 1);
    checkRow->addWidget(m_check);
    server->body()->addWidget(m_status);
    server->body()->addWidget(m_details);
    server->body()->addStretch(1);
    server->body()->addLayout(checkRow);

    auto *area = new PageCard(this, tr("Your area at a glance"));
    area->setObjectName(QStringLiteral("areaCard"));
    m_areaState = new QLabel(area);
    m_areaState->setObjectName(QStringLiteral("areaStateLabel"));
    m_areaState->setWordWrap(true);
    m_areaState->setForegroundRole(QPalette::PlaceholderText);
    area->body()->addWidget(m_areaState);
    auto *counts = new QGridLayout;
    counts->setHorizontalSpacing(12);
    counts->setVerticalSpacing(8);
    const QList<std::pair<QString, QString>> countTargets{
        {QStringLiteral("citizensCountButton"), QStringLiteral("citizens")},
        {QStringLiteral("enterprisesCountButton"), QStringLiteral("enterprises")},
        {QStringLiteral("openApplicationsButton"), QStringLiteral("pending")},
        {QStringLiteral("overdueBillsButton"), QStringLiteral("citizens")}};
    for (int i = 0; i < countTargets.size(); ++i) {
        auto *button = new QPushButton(area);
        button->setObjectName(countTargets[i].first);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 8px;"));
        const QString key = countTargets[i].second;
        connect(button, &QPushButton::clicked, this, [this, key] { emit pageRequested(key); });
        counts->addWidget(button, i / 2, i % 2);
        m_countButtons.append(button);
    }
    area->body()->addLayout(counts);
    area->body()->addStretch(1);

    auto *recent = new PageCard(this, tr("Recently opened"));
    recent->setObjectName(QStringLiteral("recentCard"));
    m_recentEmpty = new QLabel(
        tr("The citizen and enterprise homepages you open appear here, for this session only. Press Ctrl+K "
           "to find someone by name, pinyin, initials or a fragment of an ID or phone number."),
        recent);
    m_recentEmpty->setObjectName(QStringLiteral("recentEmptyLabel"));
    m_recentEmpty->setWordWrap(true);
    m_recentEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_recentList = new QWidget(recent);
    m_recentList->setObjectName(QStringLiteral("recentList"));
    auto *recentLayout = new QVBoxLayout(m_recentList);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->setSpacing(2);
    recent->body()->addWidget(m_recentEmpty);
    recent->body()->addWidget(m_recentList);
    recent->body()->addStretch(1);

    auto *today = new PageCard(this, tr("What you can do today"));
    today->setObjectName(QStringLiteral("capabilitiesCard"));
    addBullet(today, tr("Find a citizen, an enterprise or a service from anywhere with Ctrl+K; the Citizens "
                        "(Ctrl+2) and Enterprises (Ctrl+3) pages filter by district, grid, tag and more."));
    addBullet(today, tr("Open a homepage to see everything about a citizen or an enterprise on one page; "
                        "push a service, add a note or start an application on their behalf."));
    addBullet(today, tr("Full ID and phone numbers stay masked; revealing one asks for a reason and is "
                        "recorded in the audit trail."));
    addBullet(today, tr("Without a network you keep working from the encrypted local copy; what you do is "
                        "sent when the connection is back."));
    today->body()->addStretch(1);

    auto *later = new PageCard(this, tr("Coming in later releases"));
    later->setObjectName(QStringLiteral("comingCard"));
    m_forRole = new QLabel(later);
    m_forRole->setObjectName(QStringLiteral("forRoleLabel"));
    m_forRole->setWordWrap(true);
    later->body()->addWidget(m_forRole);
    addBullet(later, tr("Handling the pending queue of applications across departments, grid management, "
                        "push campaigns with a hold-out group, and dashboards."));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    grid->addWidget(server, 0, 0);
    grid->addWidget(area, 0, 1);
    grid->addWidget(recent, 1, 0);
    grid->addWidget(later, 1, 1);
    // Full width: its lines are long, and wrapped labels in a half-width cell of a grid get clipped.
    grid->addWidget(today, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(6);
    layout->addWidget(m_greeting);
    layout->addWidget(m_role);
    layout->addWidget(m_date);
    layout->addSpacing(18);
    layout->addLayout(grid);
    layout->addStretch(1);
}

void TodayPage::addBullet(PageCard *card, const QString &text, const QString &objectName)
{
    auto *label = new QLabel(QStringLiteral("•  ") + text, card);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    card->body()->addWidget(label);
}

void TodayPage::setDataContext(DataContext *context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (context) {
        connect(context, &DataContext::localDataChanged, this, &TodayPage::refreshCounts);
        connect(context, &DataContext::dataChanged, this, [this](const ChangeSet &changes) {
            static const QStringList counted{QStringLiteral("citizen"), QStringLiteral("enterprise"),
                                             QStringLiteral("application"), QStringLiteral("bill")};
            for (const QString &entity : counted) {
                if (changes.changed.contains(entity)) {
                    refreshCounts();
                    return;
                }
            }
        });
    }
    refreshCounts();
}

void TodayPage::refreshCounts()
{
    const quint64 generation = ++m_countGeneration;
    if (!m_context || !m_context->hasLocalData()) {
        m_counts.reset();
        showCounts();
        return;
    }
    m_context->reader()->run<Counts>(
        this,
        [](store::Store &store) -> Result<Counts> {
            Counts c;
            auto citizens = store.citizens().count();
            if (!citizens)
                return citizens.error();
            c.citizens = *citizens;
            auto enterprises = store.enterprises().count();
            if (!enterprises)
                return enterprises.error();
            c.enterprises = *enterprises;
            for (const QString &state : kOpenStates) {
                auto n =
                    store.applications().count(store::ListQuery().where(QStringLiteral("status"), state));
                if (!n)
                    return n.error();
                c.openApplications += *n;
            }
            auto overdue = store.bills().count(
                store::ListQuery().where(QStringLiteral("status"), QStringLiteral("overdue")));
            if (!overdue)
                return overdue.error();
            c.overdueBills = *overdue;
            return c;
        },
        [this, generation](Result<Counts> counts) {
            if (generation != m_countGeneration)
                return;
            m_counts = std::move(counts);
            showCounts();
            emit areaFiguresShown();
        });
}

void TodayPage::showCounts()
{
    const bool have = m_counts && m_counts->ok();
    for (QPushButton *button : std::as_const(m_countButtons))
        button->setVisible(have);
    if (!m_counts) {
        m_areaState->setText(m_context && m_context->reader()
                                 ? tr("Opening the local copy…")
                                 : tr("No local copy on this computer: GovDesk works online only, so the "
                                      "figures of your area are not shown."));
        m_areaState->setVisible(true);
        return;
    }
    if (!*m_counts) {
        m_areaState->setText(
            tr("The local copy could not be read: %1")
                .arg(ErrorText::describe(m_counts->error(), ErrorText::Context::Session, QString())));
        m_areaState->setVisible(true);
        return;
    }
    const Counts &c = **m_counts;
    const QLocale locale;
    m_areaState->setText(tr("In your local copy (kept current by the sync):"));
    m_countButtons[0]->setText(tr("%1 citizens").arg(locale.toString(c.citizens)));
    m_countButtons[0]->setAccessibleName(tr("Citizens: %1, open the list").arg(c.citizens));
    m_countButtons[1]->setText(tr("%1 enterprises").arg(locale.toString(c.enterprises)));
    m_countButtons[1]->setAccessibleName(tr("Enterprises: %1, open the list").arg(c.enterprises));
    m_countButtons[2]->setText(tr("%1 open applications").arg(locale.toString(c.openApplications)));
    m_countButtons[2]->setAccessibleName(
        tr("Open applications: %1, open the pending page").arg(c.openApplications));
    m_countButtons[3]->setText(tr("%1 overdue bills").arg(locale.toString(c.overdueBills)));
    m_countButtons[3]->setAccessibleName(tr("Overdue bills: %1, open the citizens list").arg(c.overdueBills));
}

void TodayPage::noteOpened(const QString &kind, const QString &id, const QString &name)
{
    for (qsizetype i = 0; i < m_recent.size(); ++i) {
        if (m_recent[i].id == id) {
            m_recent.removeAt(i);
            break;
        }
    }
    m_recent.prepend(Recent{kind, id, name});
    while (m_recent.size() > kMaxRecent)
        m_recent.removeLast();
    updateRecent();
}

void TodayPage::clearRecent()
{
    m_recent.clear();
    updateRecent();
}

void TodayPage::updateRecent()
{
    auto *layout = static_cast<QVBoxLayout *>(m_recentList->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Recent &r : std::as_const(m_recent)) {
        const bool citizen = r.kind == QLatin1String("citizen");
        auto *button = new QPushButton(
            citizen ? tr("%1 · citizen").arg(r.name) : tr("%1 · enterprise").arg(r.name), m_recentList);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
        button->setAccessibleName(citizen ? tr("Open the homepage of citizen %1").arg(r.name)
                                          : tr("Open the homepage of enterprise %1").arg(r.name));
        const QString id = r.id;
        connect(button, &QPushButton::clicked, this, [this, citizen, id] {
            if (citizen)
                emit citizenRequested(id);
            else
                emit enterpriseRequested(id);
        });
        layout->addWidget(button);
    }
    m_recentEmpty->setVisible(m_recent.isEmpty());
    m_recentList->setVisible(!m_recent.isEmpty());
}

void TodayPage::setUser(const StaffUser &user)
{
    m_user = user;
    updateGreeting();
}

void TodayPage::setServerAddress(const QUrl &url)
{
    m_server = url;
    updateServerStatus();
}

void TodayPage::setChecking()
{
    m_checking = true;
    updateServerStatus();
}

void TodayPage::setServerHealth(const Result<ServerHealth> &health, const QDateTime &checkedAtUtc)
{
    m_checking = false;
    m_health = health;
    m_checkedAtUtc = checkedAtUtc;
    updateGreeting(); // the day may have changed since the last check
    updateServerStatus();
}

QString TodayPage::greetingText() const
{
    return m_greeting->text();
}

void TodayPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateServerStatus(); // the status dot's colour depends on light/dark
}

void TodayPage::updateGreeting()
{
    const QDateTime now = m_clock.nowLocal();
    const int hour = now.time().hour();
    const QString name = m_user.displayName.isEmpty() ? m_user.username : m_user.displayName;
    QString greeting;
    if (hour >= 5 && hour < 12)
        greeting = tr("Good morning, %1").arg(name);
    else if (hour >= 12 && hour < 18)
        greeting = tr("Good afternoon, %1").arg(name);
    else
        greeting = tr("Good evening, %1").arg(name);
    m_greeting->setText(greeting);

    const QString scope = RoleText::scope(m_user);
    const QString role = RoleText::roleTitle(m_user.role);
    m_role->setText(scope.isEmpty() ? role : tr("%1 · %2").arg(role, scope));
    m_date->setText(QLocale().toString(now.date(), QLocale::LongFormat));

    QString forRole;
    switch (roleFromName(m_user.role).value_or(Role::Officer)) {
    case Role::Officer:
        forRole =
            tr("For you as a service officer: the applications waiting for %1, and the homepages of the "
               "citizens and enterprises in them.")
                .arg(scope);
        break;
    case Role::GridManager:
        forRole =
            tr("For you as a grid manager: the residents, households, special groups and visit records of "
               "your grids, also offline in the field.");
        break;
    case Role::Supervisor:
        forRole = tr("For you as a supervisor: dashboards of platform usage and public opinion for %1, and "
                     "approval of large push campaigns.")
                      .arg(scope);
        break;
    case Role::Admin:
        forRole = tr("For you as an administrator: staff accounts, roles, departments, grids and the service "
                     "catalogue.");
        break;
    case Role::Portal: // the citizen portal's service account does not use the workstation
        break;
    }
    m_forRole->setText(forRole);
}

void TodayPage::updateServerStatus()
{
    const QString address = m_server.isEmpty() ? tr("not set") : m_server.toString();
    const auto dot = [this](const QColor &color, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2")
            .arg(color.name(), text.toHtmlEscaped());
    };
    const QColor muted = palette().color(QPalette::PlaceholderText);

    if (m_checking && !m_health) {
        m_status->setText(dot(muted, tr("Checking the server…")));
        m_details->setText(tr("Address: %1").arg(address));
        m_lastCheck->clear();
        return;
    }
    if (!m_health) {
        m_status->setText(dot(muted, tr("Not checked yet")));
        m_details->setText(tr("Address: %1").arg(address));
        m_lastCheck->clear();
        return;
    }
    const Result<ServerHealth> &health = *m_health;
    if (health && health->isOk()) {
        m_status->setText(dot(Theme::successColor(palette()), tr("The server is working normally")));
    } else if (health) {
        m_status->setText(
            dot(Theme::warningColor(palette()), tr("The server answers, but its database does not")));
    } else {
        m_status->setText(dot(Theme::errorColor(palette()), tr("The server cannot be reached")));
    }
    QStringList details{tr("Address: %1").arg(address)};
    if (health) {
        const QString database = health->database == QLatin1String("postgresql")
                                     ? QStringLiteral("PostgreSQL")
                                 : health->database == QLatin1String("sqlite") ? tr("SQLite (embedded)")
                                                                               : health->database;
        details.append(tr("Server version %1 · database %2").arg(health->version, database));
    } else {
        details.append(ErrorText::describe(health.error(), ErrorText::Context::Session,
                                           ErrorText::displayAddress(m_server)));
    }
    m_details->setText(details.join(QLatin1Char('\n')));
    const QString time = QLocale().toString(m_checkedAtUtc.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    m_lastCheck->setText(m_checking ? tr("Checking again…") : tr("Last checked at %1").arg(time));
}

} // namespace gd
