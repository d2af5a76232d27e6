#include "ui/syncstatusbar.h"

#include "core/clock.h"
#include "ui/synctext.h"
#include "ui/theme.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include <limits>

namespace gd {

SyncStatusBar::SyncStatusBar(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("syncStatusBar"));
    const auto label = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setTextFormat(Qt::PlainText);
        return l;
    };
    m_modeLabel = label("localDataModeLabel");
    m_connection = label("syncConnectionLabel");
    m_connection->setTextFormat(Qt::RichText);
    m_phase = label("syncPhaseLabel");
    m_lastSync = label("lastSyncLabel");
    m_outbox = label("outboxLabel");

    m_conflicts = new QToolButton(this);
    m_conflicts->setObjectName(QStringLiteral("conflictsButton"));
    m_conflicts->setFocusPolicy(Qt::StrongFocus);
    m_conflicts->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_conflicts->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_conflicts->setIconSize(QSize(14, 14));
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusBar::conflictsRequested);

    m_syncNowAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Sync now"), this);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNowAction->setShortcutContext(Qt::WindowShortcut);
    m_syncNowAction->setToolTip(tr("Ask the server for changes and send local changes now (F5)"));
    connect(m_syncNowAction, &QAction::triggered, this, &SyncStatusBar::syncNowRequested);
    m_syncNow = new QToolButton(this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setDefaultAction(m_syncNowAction);
    m_syncNow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncNow->setAutoRaise(true);
    m_syncNow->setFocusPolicy(Qt::StrongFocus);
    m_syncNow->setIconSize(QSize(14, 14));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(14);
    for (QWidget *w : std::initializer_list<QWidget *>{m_modeLabel, m_connection, m_phase, m_lastSync,
                                                       m_outbox, m_conflicts, m_syncNow})
        layout->addWidget(w);

    connect(&m_tick, &QTimer::timeout, this, &SyncStatusBar::refresh);
    refresh();
}

void SyncStatusBar::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    if (mode != Mode::Sync)
        m_status = SyncStatus{};
    refresh();
}

void SyncStatusBar::setStatus(const SyncStatus &status)
{
    m_status = status;
    refresh();
}

void SyncStatusBar::setTone(QLabel *label, const QColor &color, bool bold)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color.isValid() ? color : palette().color(QPalette::WindowText));
    label->setPalette(p);
    QFont f = label->font();
    f.setBold(bold);
    label->setFont(f);
}

void SyncStatusBar::refresh()
{
    // In Hidden mode every item is hidden, so the widget takes no room.
    const bool sync = m_mode == Mode::Sync;
    // The engine ignores Sync now while the copy cannot be used or the session has ended.
    m_syncNowAction->setEnabled(sync && m_status.phase != SyncStatus::Phase::Failed &&
                                m_status.phase != SyncStatus::Phase::SignedOut &&
                                m_status.phase != SyncStatus::Phase::Stopped);

    switch (m_mode) {
    case Mode::Hidden:
    case Mode::Sync:
        m_modeLabel->clear();
        m_modeLabel->setToolTip(QString());
        break;
    case Mode::Unlocking:
        m_modeLabel->setText(tr("Unlocking the local copy…"));
        m_modeLabel->setToolTip(tr("GovDesk is asking the system keychain for the key of this computer's "
                                   "encrypted copy of your data."));
        break;
    case Mode::OnlineOnly:
        m_modeLabel->setText(tr("Online only (no local copy)"));
        m_modeLabel->setToolTip(
            tr("The system keychain is not available, so the encrypted local copy of your data cannot be "
               "opened. GovDesk works directly with the server: nothing is kept on this computer, and "
               "nothing works without a connection."));
        break;
    }
    setTone(m_modeLabel, m_mode == Mode::OnlineOnly ? Theme::warningColor(palette()) : QColor(), false);
    m_modeLabel->setVisible(m_mode == Mode::Unlocking || m_mode == Mode::OnlineOnly);
    m_modeLabel->setAccessibleName(m_modeLabel->text());

    const QDateTime now = m_clock.nowUtc();
    const SyncStatus &s = m_status;

    // Connection: a coloured dot and a word.
    const QString connection = SyncText::connection(s);
    QColor dot = palette().color(QPalette::PlaceholderText);
    if (s.online)
        dot = Theme::successColor(palette());
    else if (s.phase == SyncStatus::Phase::Waiting)
        dot = Theme::errorColor(palette());
    m_connection->setText(QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2")
                              .arg(dot.name(), connection.toHtmlEscaped()));
    m_connection->setToolTip(SyncText::connectionDetails(s));
    m_connection->setAccessibleName(tr("Connection: %1").arg(connection));
    const bool running = s.phase != SyncStatus::Phase::Stopped && s.phase != SyncStatus::Phase::Opening;
    m_connection->setVisible(sync && running && s.phase != SyncStatus::Phase::Failed);

    // Phase, progress and errors.
    const QString phase = SyncText::phase(s, now);
    m_phase->setText(phase);
    m_phase->setAccessibleName(phase);
    QString phaseTip;
    if (s.phase == SyncStatus::Phase::Pulling)
        phaseTip = SyncText::progressDetails(s.progress);
    else if (s.lastError)
        phaseTip = SyncText::errorDetails(*s.lastError);
    m_phase->setToolTip(phaseTip);
    const bool problem = s.phase == SyncStatus::Phase::Waiting || s.phase == SyncStatus::Phase::Failed ||
                         s.phase == SyncStatus::Phase::SignedOut;
    setTone(m_phase, problem ? Theme::errorColor(palette()) : QColor(), false);
    m_phase->setVisible(sync && !phase.isEmpty());

    // Last sync.
    m_lastSync->setText(SyncText::lastSync(s.lastSyncAt, now));
    m_lastSync->setToolTip(
        tr("Last complete sync with the server: %1").arg(SyncText::dateTime(s.lastSyncAt)));
    m_lastSync->setAccessibleName(m_lastSync->text());
    m_lastSync->setVisible(sync && (s.lastSyncAt.isValid() || s.phase == SyncStatus::Phase::Idle));

    // Outbox.
    m_outbox->setText(tr("To send %1").arg(SyncText::count(s.outboxCount)));
    m_outbox->setToolTip(
        s.outboxCount > 0
            ? tr("%n local change(s) not on the server yet. They are saved on this computer and sent "
                 "automatically.",
                 nullptr, int(qMin<qint64>(s.outboxCount, std::numeric_limits<int>::max())))
            : tr("Every local change has reached the server."));
    m_outbox->setAccessibleName(m_outbox->text());
    setTone(m_outbox,
            s.outboxCount > 0 ? Theme::warningColor(palette()) : palette().color(QPalette::PlaceholderText),
            s.outboxCount > 0);
    m_outbox->setVisible(sync);

    // Conflicts.
    m_conflicts->setText(tr("Conflicts %1").arg(SyncText::count(s.conflictCount)));
    m_conflicts->setToolTip(tr("%n change(s) the server did not accept need your decision. Open the conflict "
                               "queue.",
                               nullptr, int(qMin<qint64>(s.conflictCount, std::numeric_limits<int>::max()))));
    m_conflicts->setAccessibleName(m_conflicts->text());
    QPalette conflictPalette = m_conflicts->palette();
    conflictPalette.setColor(QPalette::ButtonText, Theme::errorColor(palette()));
    m_conflicts->setPalette(conflictPalette);
    m_conflicts->setVisible(sync && s.conflictCount > 0);

    m_syncNow->setVisible(sync);

    // The countdown moves every second; otherwise "last sync" only needs to notice a new day.
    if (!sync) {
        m_tick.stop();
    } else {
        const int interval = s.phase == SyncStatus::Phase::Waiting ? 1000 : 60 * 1000;
        if (!m_tick.isActive() || m_tick.interval() != interval)
            m_tick.start(interval);
    }
}

void SyncStatusBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_conflicts)
        refresh(); // the tones depend on light/dark
}

} // namespace gd
