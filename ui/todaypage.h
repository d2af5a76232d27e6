#pragma once
// The 工作台 Today page: a greeting with the staff member's name, role and area of work in words, the
// server's status from /health with the time of the last check, the area at a glance from the local copy
// (citizens, enterprises, open applications, overdue bills — counted on the reader thread, refreshed when
// the sync brings changes), the homepages opened in this session (in memory only: names are personal
// data and never go into the settings file), and an honest list of what the workstation can do today
// and what comes later. The main window runs the health checks and opens what is asked for. GUI thread.

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
class DataContext;
class PageCard;

class TodayPage : public QWidget {
    Q_OBJECT
public:
    explicit TodayPage(const Clock &clock, QWidget *parent = nullptr);

    void setUser(const StaffUser &user);
    void setServerAddress(const QUrl &url);
    void setChecking();
    void setServerHealth(const Result<ServerHealth> &health, const QDateTime &checkedAtUtc);

    // The local copy to count from (may be null; follows its localDataChanged / dataChanged).
    void setDataContext(DataContext *context);
    // A homepage was opened: it goes to the top of "Recently opened" (at most 8, this session only).
    void noteOpened(const QString &kind, const QString &id, const QString &name);
    void clearRecent();

    QString greetingText() const;
    // The area figures are shown (read from the local copy), or there is no local copy to read them from.
    bool hasAreaFigures() const { return m_counts.has_value(); }

signals:
    void areaFiguresShown(); // the figures of the local copy arrived (or could not be read)
    void checkServerRequested();
    void pageRequested(const QString &key);
    void citizenRequested(const QString &id);
    void enterpriseRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void updateGreeting();
    void updateServerStatus();
    void addBullet(PageCard *card, const QString &text, const QString &objectName = {});
    void refreshCounts();
    void showCounts();
    void updateRecent();

    struct Counts {
        qint64 citizens = 0;
        qint64 enterprises = 0;
        qint64 openApplications = 0;
        qint64 overdueBills = 0;
    };
    struct Recent {
        QString kind; // "citizen" / "enterprise"
        QString id;
        QString name;
    };

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

    DataContext *m_context = nullptr;
    std::optional<Result<Counts>> m_counts;
    quint64 m_countGeneration = 0;
    QLabel *m_areaState = nullptr;
    QList<QPushButton *> m_countButtons; // citizens, enterprises, open applications, overdue bills
    QList<Recent> m_recent;
    QLabel *m_recentEmpty = nullptr;
    QWidget *m_recentList = nullptr;
};

} // namespace gd
