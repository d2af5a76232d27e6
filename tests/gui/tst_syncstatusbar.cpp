// SyncStatusBar (offscreen, Chinese translation, fixed clock), driven by SyncStatus snapshots only: each
// mode and phase renders its text — online/offline/live, the pull's progress with and without a
// percentage, the last sync time, the outbox (highlighted when changes wait), the conflicts button
// (hidden at 0, focusable, opens the queue), plain-language errors (disk full, newer local copy, …), the
// retry countdown — and Sync now (F5) is offered only while a local copy syncs.

#include "core/clock.h"
#include "domain/result.h"
#include "ui/syncstatusbar.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

Q_DECLARE_METATYPE(gd::Error)

using namespace gd;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return m_now; }
    void setUtc(const QDateTime &utc) { m_now = utc; }

private:
    QDateTime m_now;
};

Error storageError(const QString &reason)
{
    return makeError(ErrorCode::Storage, QStringLiteral("test"),
                     QJsonObject{{QStringLiteral("reason"), reason}});
}

} // namespace

class TestSyncStatusBar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hiddenShowsNothing();
    void unlockingAndOnlineOnly();
    void idleOnlineAndLive();
    void pullProgressWithPercentage();
    void pullProgressWithoutPercentage();
    void outboxIsHighlightedWhileChangesWait();
    void conflictsButtonOpensTheQueue();
    void offlineWaitingCountsDown();
    void errorsInPlainLanguage_data();
    void errorsInPlainLanguage();
    void lastSyncOnAnEarlierDay();
    void f5SyncsNow();

private:
    SyncStatus idle() const;
    QLabel *label(const char *name) const;
    QToolButton *button(const char *name) const;

    QTranslator m_chinese;
    FixedClock m_clock;
    QMainWindow *m_window = nullptr;
    SyncStatusBar *m_bar = nullptr;
};

void TestSyncStatusBar::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

void TestSyncStatusBar::init()
{
    m_clock.setUtc(QDateTime(QDate(2026, 11, 24), QTime(10, 40)).toUTC());
    m_window = new QMainWindow;
    m_bar = new SyncStatusBar(m_clock, m_window);
    m_window->statusBar()->addPermanentWidget(m_bar);
    m_window->resize(1280, 200);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestSyncStatusBar::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_bar = nullptr;
}

SyncStatus TestSyncStatusBar::idle() const
{
    SyncStatus status;
    status.phase = SyncStatus::Phase::Idle;
    status.online = true;
    status.initialSyncDone = true;
    status.lastSyncAt = QDateTime(QDate(2026, 11, 24), QTime(10, 32)).toUTC();
    return status;
}

QLabel *TestSyncStatusBar::label(const char *name) const
{
    auto *found = m_bar->findChild<QLabel *>(QLatin1String(name));
    if (!found)
        qFatal("no label %s", name);
    return found;
}

QToolButton *TestSyncStatusBar::button(const char *name) const
{
    auto *found = m_bar->findChild<QToolButton *>(QLatin1String(name));
    if (!found)
        qFatal("no button %s", name);
    return found;
}

void TestSyncStatusBar::hiddenShowsNothing()
{
    QCOMPARE(m_bar->mode(), SyncStatusBar::Mode::Hidden);
    const QList<QWidget *> children = m_bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    QVERIFY(!children.isEmpty());
    for (QWidget *child : children)
        QVERIFY2(!child->isVisible(), qPrintable(child->objectName()));
    QVERIFY(!m_bar->syncNowAction()->isEnabled());
}

void TestSyncStatusBar::unlockingAndOnlineOnly()
{
    m_bar->setMode(SyncStatusBar::Mode::Unlocking);
    QCOMPARE(label("localDataModeLabel")->text(), QStringLiteral("正在解锁本地副本…"));
    QVERIFY(label("localDataModeLabel")->isVisible());
    QVERIFY(!button("syncNowButton")->isVisible());

    m_bar->setMode(SyncStatusBar::Mode::OnlineOnly);
    QCOMPARE(label("localDataModeLabel")->text(), QStringLiteral("仅在线（无本地副本）"));
    QVERIFY(label("localDataModeLabel")->toolTip().contains(QStringLiteral("钥匙串")));
    QVERIFY(!button("syncNowButton")->isVisible());
    QVERIFY(!m_bar->syncNowAction()->isEnabled());
    QVERIFY(!button("conflictsButton")->isVisible());
    QVERIFY(!label("outboxLabel")->isVisible());
    QVERIFY(!label("syncConnectionLabel")->isVisible());
}

void TestSyncStatusBar::idleOnlineAndLive()
{
    m_bar->setMode(SyncStatusBar::Mode::Sync);
    SyncStatus status = idle();
    m_bar->setStatus(status);
    QVERIFY(!label("localDataModeLabel")->isVisible());
    QVERIFY(label("syncConnectionLabel")->isVisible());
    QVERIFY(label("syncConnectionLabel")->text().endsWith(QStringLiteral("在线")));
    QVERIFY(!label("syncConnectionLabel")->toolTip().isEmpty());
    QVERIFY(!label("syncPhaseLabel")->isVisible()); // up to date: nothing to say
    QCOMPARE(label("lastSyncLabel")->text(), QStringLiteral("上次同步 10:32"));
    QVERIFY(label("lastSyncLabel")->toolTip().contains(QStringLiteral("2026年11月24日")));
    QCOMPARE(label("outboxLabel")->text(), QStringLiteral("待上传 0"));
    QVERIFY(!label("outboxLabel")->font().bold());
    QVERIFY(!button("conflictsButton")->isVisible());
    QVERIFY(button("syncNowButton")->isVisible());
    QCOMPARE(button("syncNowButton")->text(), QStringLiteral("立即同步"));
    QVERIFY(m_bar->syncNowAction()->isEnabled());

    status.liveStream = true;
    m_bar->setStatus(status);
    QVERIFY(label("syncConnectionLabel")->text().endsWith(QStringLiteral("在线 · 实时")));
    QVERIFY(label("syncConnectionLabel")->toolTip().contains(QStringLiteral("实时更新已连接")));
}

void TestSyncStatusBar::pullProgressWithPercentage()
{
    m_bar->setMode(SyncStatusBar::Mode::Sync);
    SyncStatus status = idle();
    status.phase = SyncStatus::Phase::Pulling;
    status.progress.records = 12345;
    status.progress.estimatedTotal = 29000; // 42 %
    status.progress.ratePerSecond = 8200.4;
    m_bar->setStatus(status);
    QVERIFY(label("syncPhaseLabel")->isVisible());
    QCOMPARE(label("syncPhaseLabel")->text(), QStringLiteral("同步中 42% · 12,345 条 · 8,200 条/秒"));
    QVERIFY(label("syncPhaseLabel")->toolTip().contains(QStringLiteral("29,000")));
}

void TestSyncStatusBar::pullProgressWithoutPercentage()
{
    m_bar->setMode(SyncStatusBar::Mode::Sync);
    SyncStatus status;
    status.phase = SyncStatus::Phase::Pulling;
    status.online = true;
    m_bar->setStatus(status);
    QCOMPARE(label("syncPhaseLabel")->text(), QStringLiteral("同步中…"));
    QVERIFY(!label("lastSyncLabel")->isVisible()); // the first sync: nothing to report yet

    status.progress.records = 12345;
    status.progress.ratePerSecond = 8200;
    m_bar->setStatus(status);
    QCOMPARE(label("syncPhaseLabel")->text(), QStringLiteral("同步中 · 12,345 条 · 8,200 条/秒"));
}

void TestSyncStatusBar::outboxIsHighlightedWhileChangesWait()
{
    m_bar->setMode(SyncStatusBar::Mode::Sync);
    SyncStatus status = idle();
    status.outboxCount = 3;
    m_bar->setStatus(status);
    QLabel *outbox = label("outboxLabel");
    QCOMPARE(outbox->text(), QStringLiteral("待上传 3"));
    QVERIFY(outbox->font().bold());
    QVERIFY(outbox->palette().color(QPalette::WindowText) != m_bar->palette().color(QPalette::WindowText));
    QVERIFY(outbox->toolTip().contains(QStringLiteral("3 项本地更改")));

    status.outboxCount = 0;
    m_bar->setStatus(status);
    QVERIFY(!outbox->font().bold());
}

void TestSyncStatusBar::conflictsButtonOpensTheQueue()
{
    m_bar->setMode(SyncStatusBar::Mode::Sync);
    SyncStatus status = idle();
    status.conflictCount = 2;
    m_bar->setStatus(status);
    QToolButton *conflicts = button("conflictsButton");
    QVERIFY(conflicts->isVisible());
    QCOMPARE(conflicts->text(), QStringLiteral("冲突 2"));
    QVERIFY(conflicts->toolTip().contains(QStringLiteral("冲突队列")));
    QCOMPARE(conflicts->focusPolicy(), Qt::StrongFocus);

    QSignalSpy requested(m_bar, &SyncStatusBar::conflictsRequested);
    QTest::mouseClick(conflicts, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    // Keyboard: focus it and press Space.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    conflicts->setFocus(Qt::TabFocusReason);
    QVERIFY(conflicts->hasFocus());
    QTest::keyClick(conflicts, Qt::Key_Space);
    QCOMPARE(requested.count(), 2);

    status.conflictCount = 0;
    m_bar->setStatus(status);
    QVERIFY(!conflicts->isVisible());
}

void TestSyncStatusBar::offlineWaitingCountsDown()
{
    m_bar->setMode(SyncStatusBar::Mode::Sync);
    SyncStatus status = idle();
    status.phase = SyncStatus::Phase::Waiting;
    status.online = false;
    status.lastError = makeError(ErrorCode::Network, QStringLiteral("refused"));
    status.nextAttemptAt = m_clock.nowUtc().addSecs(10);
    m_bar->setStatus(status);
    QVERIFY(label("syncConnectionLabel")->text().endsWith(QStringLiteral("离线")));
    QCOMPARE(label("syncPhaseLabel")->text(), QStringLiteral("无法连接服务器 · 将于 10 秒后重试"));
    QVERIFY(label("syncPhaseLabel")->toolTip().contains(QStringLiteral("本地副本")));
    // The countdown moves on its own, once a second.
    m_clock.setUtc(m_clock.nowUtc().addSecs(3));
    QTRY_COMPARE(label("syncPhaseLabel")->text(), QStringLiteral("无法连接服务器 · 将于 7 秒后重试"));
    m_clock.setUtc(m_clock.nowUtc().addSecs(8));
    QTRY_COMPARE(label("syncPhaseLabel")->text(), QStringLiteral("无法连接服务器 · 正在重试…"));
}

void TestSyncStatusBar::errorsInPlainLanguage_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("expected");
    const int failed = int(SyncStatus::Phase::Failed);
    QTest::newRow("disk full") << failed << storageError(QStringLiteral("disk_full"))
                               << QStringLiteral("磁盘已满，本地更改已保留");
    QTest::newRow("not a database") << failed << storageError(QStringLiteral("not_a_database"))
                                    << QStringLiteral("本地副本无法读取");
    QTest::newRow("newer schema") << failed << storageError(QStringLiteral("newer_schema"))
                                  << QStringLiteral("本地副本来自更新版本的政务工作台");
    QTest::newRow("busy") << failed << storageError(QStringLiteral("busy"))
                          << QStringLiteral("本地副本正被另一个政务工作台使用");
    QTest::newRow("io") << failed << storageError(QStringLiteral("io")) << QStringLiteral("无法读写本地副本");
    QTest::newRow("server down") << int(SyncStatus::Phase::Waiting)
                                 << makeError(ErrorCode::Unavailable, QStringLiteral("503"))
                                 << QStringLiteral("服务器暂时不可用 · 即将重试");
    QTest::newRow("session ended") << int(SyncStatus::Phase::SignedOut)
                                   << makeError(ErrorCode::Unauthorized, QStringLiteral("ended"))
                                   << QStringLiteral("登录已失效，同步已暂停");
}

void TestSyncStatusBar::errorsInPlainLanguage()
{
    QFETCH(int, phase);
    QFETCH(Error, error);
    QFETCH(QString, expected);
    m_bar->setMode(SyncStatusBar::Mode::Sync);
    SyncStatus status = idle();
    status.phase = SyncStatus::Phase(phase);
    status.lastError = error;
    status.outboxCount = 2;
    m_bar->setStatus(status);
    QCOMPARE(label("syncPhaseLabel")->text(), expected);
    QVERIFY(label("syncPhaseLabel")->isVisible());
    QVERIFY(!label("syncPhaseLabel")->toolTip().isEmpty());
    // The unsent changes stay visible whatever went wrong.
    QCOMPARE(label("outboxLabel")->text(), QStringLiteral("待上传 2"));
    if (status.phase == SyncStatus::Phase::Failed) {
        QVERIFY(!label("syncConnectionLabel")->isVisible());
        if (error.details.value(QStringLiteral("reason")).toString() == QLatin1String("disk_full"))
            QVERIFY(label("syncPhaseLabel")->toolTip().contains(QStringLiteral("磁盘空间")));
    }
}

void TestSyncStatusBar::lastSyncOnAnEarlierDay()
{
    m_bar->setMode(SyncStatusBar::Mode::Sync);
    SyncStatus status = idle();
    status.lastSyncAt = QDateTime(QDate(2026, 11, 23), QTime(18, 5)).toUTC();
    m_bar->setStatus(status);
    QCOMPARE(label("lastSyncLabel")->text(), QStringLiteral("上次同步 11月23日 18:05"));
}

void TestSyncStatusBar::f5SyncsNow()
{
    QSignalSpy requested(m_bar, &SyncStatusBar::syncNowRequested);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_bar->setMode(SyncStatusBar::Mode::OnlineOnly);
    QTest::keyClick(m_window, Qt::Key_F5);
    QCOMPARE(requested.count(), 0);

    m_bar->setMode(SyncStatusBar::Mode::Sync);
    m_bar->setStatus(idle());
    QTest::keyClick(m_window, Qt::Key_F5);
    QCOMPARE(requested.count(), 1);
    QTest::mouseClick(button("syncNowButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
}

QTEST_MAIN(TestSyncStatusBar)
#include "tst_syncstatusbar.moc"
