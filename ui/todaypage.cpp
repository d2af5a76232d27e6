#include "ui/todaypage.h"

#include "core/clock.h"
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

TodayPage::TodayPage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    buildUi();
    updateGreeting();
    updateServerStatus();
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

    auto *today = new PageCard(this, tr("What you can do today"));
    today->setObjectName(QStringLiteral("capabilitiesCard"));
    addBullet(today,
              tr("See whether the server is reachable: this page checks it every minute, and the status "
                 "bar shows the connection."));
    addBullet(today, tr("Choose the light or dark palette and the interface language in Settings (Ctrl+8)."));
    addBullet(today, tr("Open the pages in the navigation on the left (Ctrl+1 to Ctrl+8): each one describes "
                        "what it will hold."));
    addBullet(today,
              tr("Sign out from the File menu when you leave your desk; this also ends your session on "
                 "the server."));
    today->body()->addStretch(1);

    auto *later = new PageCard(this, tr("Coming in later releases"));
    later->setObjectName(QStringLiteral("comingCard"));
    m_forRole = new QLabel(later);
    m_forRole->setObjectName(QStringLiteral("forRoleLabel"));
    m_forRole->setWordWrap(true);
    later->body()->addWidget(m_forRole);
    addBullet(later, tr("Citizen and enterprise homepages, the pending queue of applications across "
                        "departments, grid management, proactive push and dashboards."));
    addBullet(later,
              tr("Search by name, pinyin, ID or phone fragment (Ctrl+K), and work without a network from "
                 "an encrypted local copy of your area's data."));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    grid->addWidget(server, 0, 0);
    grid->addWidget(today, 0, 1);
    grid->addWidget(later, 1, 0, 1, 2);
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
