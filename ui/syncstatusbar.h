#pragma once
// The sync part of the main window's status bar, drawn from SyncStatus snapshots only (no access to the
// engine, so it is testable without threads): the connection (online, offline, live), the running pull's
// progress, the last sync time, the outbox ("待上传 3", highlighted while changes wait), a "冲突 2" button
// that opens the conflict queue (hidden when there are none; keyboard-focusable), errors in plain
// language with the retry countdown, and the "立即同步" Sync now action (F5). Every item has a tool tip
// with the details.
//
// Modes: Hidden (no session), Unlocking (waiting for the keychain), OnlineOnly (no local copy: the
// keychain is unavailable) and Sync (a SyncHost reports). Sync now is enabled only in Sync mode.
//
// GUI thread. The clock (for "today" and the countdown) is owned by the composition root.

#include "sync/syncstatus.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace gd {

class Clock;

class SyncStatusBar : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Hidden, Unlocking, OnlineOnly, Sync };
    Q_ENUM(Mode)

    explicit SyncStatusBar(const Clock &clock, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    const SyncStatus &status() const { return m_status; }
    void setStatus(const SyncStatus &status);

    // "立即同步" (F5); add it to menus. Triggering it emits syncNowRequested().
    QAction *syncNowAction() const { return m_syncNowAction; }

signals:
    void syncNowRequested();
    void conflictsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void setTone(QLabel *label, const QColor &color, bool bold);

    const Clock &m_clock;
    Mode m_mode = Mode::Hidden;
    SyncStatus m_status;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_outbox = nullptr;
    QToolButton *m_conflicts = nullptr;
    QToolButton *m_syncNow = nullptr;
    QAction *m_syncNowAction = nullptr;
    QTimer m_tick; // the retry countdown and "last sync" move on while nothing is reported
};

} // namespace gd
