// SettingsPage's 本地数据 Local data section (offscreen, Chinese translation): it shows the local copy's
// file name (never the folder), size on disk, unsent changes, conflicts and last sync; 立即同步 asks for a
// sync; 清除本地数据 asks first — with unsent changes or conflicts the user must type 清除 before Wipe is
// enabled, without them one confirmation is enough — and only a confirmed dialog emits wipeRequested().
// Without a local copy (online only) the actions are disabled.

#include "core/preferences.h"
#include "domain/result.h"
#include "ui/settingspage.h"
#include "ui/wipelocaldatadialog.h"

#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gd;

namespace {

// Types text the way an input method commits it (QTest::keyClicks only takes Latin-1).
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

class TestSettingsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheLocalCopy();
    void syncNowAsksForASync();
    void wipeAsksToTypeWhenChangesWouldBeLost();
    void wipeWithoutLossesNeedsOneConfirmation();
    void cancelDoesNotWipe();
    void onlineOnlyOffersNothingToWipe();

private:
    WipeLocalDataDialog *openWipeDialog();
    template <typename T> T *child(QObject *parent, const char *name)
    {
        T *object = parent->findChild<T *>(QLatin1String(name));
        if (!object)
            qFatal("no child %s", name);
        return object;
    }

    QTranslator m_chinese;
    QTemporaryDir m_dir;
    QString m_cachePath;
    QSettings *m_settings = nullptr;
    Preferences *m_preferences = nullptr;
    SettingsPage *m_page = nullptr;
};

void TestSettingsPage::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_cachePath = m_dir.filePath(QStringLiteral("0123456789abcdef0123456789abcdef.gdcache"));
    QFile file(m_cachePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(3 * 1024 * 1024, 'x'));
    QFile wal(m_cachePath + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write(QByteArray(1024 * 1024, 'y'));
}

void TestSettingsPage::init()
{
    m_settings = new QSettings(m_dir.filePath(QStringLiteral("govdesk.ini")), QSettings::IniFormat);
    m_preferences = new Preferences(*m_settings);
    m_page = new SettingsPage(m_preferences);
    m_page->resize(1000, 800);
    m_page->setLocalData(SyncStatusBar::Mode::Sync, m_cachePath);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestSettingsPage::cleanup()
{
    delete m_page;
    delete m_preferences;
    delete m_settings;
}

WipeLocalDataDialog *TestSettingsPage::openWipeDialog()
{
    QTest::mouseClick(child<QPushButton>(m_page, "wipeLocalDataButton"), Qt::LeftButton);
    auto *dialog = m_page->findChild<WipeLocalDataDialog *>(QStringLiteral("wipeLocalDataDialog"));
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestSettingsPage::showsTheLocalCopy()
{
    SyncStatus status;
    status.phase = SyncStatus::Phase::Idle;
    status.online = true;
    status.outboxCount = 3;
    status.conflictCount = 1;
    status.lastSyncAt = QDateTime(QDate(2026, 11, 24), QTime(10, 32, 5)).toUTC();
    m_page->setSyncStatus(status);
    QCOMPARE(child<QLabel>(m_page, "cacheFileLabel")->text(),
             QStringLiteral("0123456789abcdef0123456789abcdef.gdcache"));
    QVERIFY(!child<QLabel>(m_page, "cacheFileLabel")->text().contains(m_dir.path()));
    QCOMPARE(SettingsPage::sizeOnDisk(m_cachePath), qint64(4 * 1024 * 1024));
    QCOMPARE(child<QLabel>(m_page, "cacheSizeLabel")->text(), QLocale().formattedDataSize(4 * 1024 * 1024));
    QCOMPARE(child<QLabel>(m_page, "settingsOutboxLabel")->text(), QStringLiteral("3 项更改尚未上传"));
    QCOMPARE(child<QLabel>(m_page, "settingsConflictsLabel")->text(), QStringLiteral("1 项更改等待您处理"));
    QCOMPARE(child<QLabel>(m_page, "settingsLastSyncLabel")->text(),
             QStringLiteral("2026年11月24日 10:32:05"));
    QCOMPARE(child<QLabel>(m_page, "localStateLabel")->text(), QStringLiteral("已加密，已打开"));

    status.phase = SyncStatus::Phase::Failed;
    status.lastError = makeError(ErrorCode::Storage, QStringLiteral("full"),
                                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("disk_full")}});
    m_page->setSyncStatus(status);
    QVERIFY(child<QLabel>(m_page, "localStateLabel")->text().contains(QStringLiteral("磁盘空间已满")));
}

void TestSettingsPage::syncNowAsksForASync()
{
    QSignalSpy requested(m_page, &SettingsPage::syncNowRequested);
    QTest::mouseClick(child<QPushButton>(m_page, "settingsSyncNowButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestSettingsPage::wipeAsksToTypeWhenChangesWouldBeLost()
{
    SyncStatus status;
    status.phase = SyncStatus::Phase::Idle;
    status.outboxCount = 3;
    status.conflictCount = 2;
    m_page->setSyncStatus(status);
    QSignalSpy wipe(m_page, &SettingsPage::wipeRequested);
    WipeLocalDataDialog *dialog = openWipeDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->needsTypedConfirmation());
    const QString loss = child<QLabel>(dialog, "wipeLossLabel")->text();
    QVERIFY2(loss.contains(QStringLiteral("3 项更改尚未上传")), qPrintable(loss));
    QVERIFY2(loss.contains(QStringLiteral("2 项更改等待您处理")), qPrintable(loss));
    QVERIFY(loss.contains(QStringLiteral("永久丢失")));
    auto *wipeButton = child<QPushButton>(dialog, "wipeButton");
    auto *confirm = child<QLineEdit>(dialog, "wipeConfirmEdit");
    QVERIFY(!wipeButton->isEnabled());
    QVERIFY(confirm->hasFocus() || dialog->focusWidget() == confirm);

    // Enter without the word does nothing; a wrong word keeps the button disabled.
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    commitText(confirm, QStringLiteral("删除"));
    QVERIFY(!wipeButton->isEnabled());
    QTest::mouseClick(wipeButton, Qt::LeftButton);
    QCOMPARE(wipe.count(), 0);

    confirm->clear();
    commitText(confirm, WipeLocalDataDialog::confirmationWord());
    QCOMPARE(WipeLocalDataDialog::confirmationWord(), QStringLiteral("清除"));
    QVERIFY(wipeButton->isEnabled());
    QTest::mouseClick(wipeButton, Qt::LeftButton);
    QCOMPARE(wipe.count(), 1);
}

void TestSettingsPage::wipeWithoutLossesNeedsOneConfirmation()
{
    SyncStatus status;
    status.phase = SyncStatus::Phase::Idle;
    m_page->setSyncStatus(status);
    QSignalSpy wipe(m_page, &SettingsPage::wipeRequested);
    WipeLocalDataDialog *dialog = openWipeDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->needsTypedConfirmation());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("wipeConfirmEdit")));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("wipeLossLabel")));
    auto *wipeButton = child<QPushButton>(dialog, "wipeButton");
    QCOMPARE(wipeButton->text(), QStringLiteral("清除本地数据"));
    QVERIFY(wipeButton->isEnabled());
    QVERIFY(!wipeButton->isDefault()); // Enter must not wipe
    QTest::mouseClick(wipeButton, Qt::LeftButton);
    QCOMPARE(wipe.count(), 1);
}

void TestSettingsPage::cancelDoesNotWipe()
{
    QSignalSpy wipe(m_page, &SettingsPage::wipeRequested);
    WipeLocalDataDialog *dialog = openWipeDialog();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_page->findChild<WipeLocalDataDialog *>(QStringLiteral("wipeLocalDataDialog")));
    QCOMPARE(wipe.count(), 0);
}

void TestSettingsPage::onlineOnlyOffersNothingToWipe()
{
    m_page->setLocalData(SyncStatusBar::Mode::OnlineOnly);
    QVERIFY(!child<QPushButton>(m_page, "wipeLocalDataButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_page, "settingsSyncNowButton")->isEnabled());
    QCOMPARE(child<QLabel>(m_page, "cacheFileLabel")->text(), QStringLiteral("—"));
    QVERIFY(child<QLabel>(m_page, "localStateLabel")->text().contains(QStringLiteral("仅在线")));
    m_page->askToWipe();
    QVERIFY(!m_page->findChild<WipeLocalDataDialog *>());
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
