#pragma once
// The 工作台 Today page: a greeting with the staff member's name, role and area of work in words, the
// server's status from /health with the time of the last check, and an honest list of what the
// workstation can do today and what comes later. Shows what it is given; the main window runs the
// health checks. GUI thread.

#include "domain/result.h"
#include "domain/staff.h"
#include "net/serverhealth.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace gd {

class Clock;
class PageCard;

class TodayPage : public QWidget {
    Q_OBJECT
public:
    explicit TodayPage(const Clock &clock, QWidget *parent = nullptr);

    void setUser(const StaffUser &user);
    void setServerAddress(const QUrl &url);
    void setChecking();
    void setServerHealth(const Result<ServerHealth> &health, const QDateTime &checkedAtUtc);

    QString greetingText() const;

signals:
    void checkServerRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void updateGreeting();
    void updateServerStatus();
    void addBullet(PageCard *card, const QString &text, const QString &objectName = {});

    const Clock &m_clock;
    StaffUser m_user;
    QUrl m_server;
    bool m_checking = false;
    std::optional<Result<ServerHealth>> m_health;
    QDateTime m_checkedAtUtc;

    QLabel *m_greeting = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_lastCheck = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_forRole = nullptr;
};

} // namespace gd
