// Crash-safe settings (app/core/settingsfile.h, Preferences::sync): a writer process that changes the
// preferences and syncs them in a tight loop is SIGKILLed at random moments, 50 times; after every kill the
// settings file must be whole and hold one complete generation of values (never a mix, never older than
// before). And a damaged file (empty, truncated, binary garbage, unparsable) is moved aside and replaced by
// the last good copy, or by the defaults when there is none.
//
// The writer is this test binary re-invoked with "--settings-writer <file>".

#include "core/preferences.h"
#include "core/settingsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal> // kill(), SIGKILL (POSIX, through glibc's <signal.h>)
#include <cstdio>
#include <thread>

#include <unistd.h>

using namespace gd;

namespace {

// One generation n of the values the writer stores: three keys that must always agree.
QString serverOf(qint64 n)
{
    return QStringLiteral("https://server-%1.example.gov.cn").arg(n);
}

QString usernameOf(qint64 n)
{
    return QStringLiteral("user%1").arg(n);
}

QByteArray viewsOf(qint64 n)
{
    // ~8 KB, so that a write takes a while and the kills often land in one.
    QByteArray json = "[";
    for (int i = 0; i < 400; ++i)
        json += "{\"n\":" + QByteArray::number(n) + ",\"i\":" + QByteArray::number(i) + "},";
    json.chop(1);
    return json + "]";
}

int runWriter(const QString &path)
{
    SettingsFile::recoverIfDamaged(path); // as the composition root does at start
    QSettings settings(path, QSettings::IniFormat);
    Preferences preferences(settings);
    qint64 n = preferences.lastUsername().mid(4).toLongLong();
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    // The negative control (GOVDESK_UNSAFE_SETTINGS_WRITER=1 in the test's environment): the same values
    // written in place, without the temporary file and rename — survivesSigkillDuringWrites() must then fail.
    if (qEnvironmentVariableIsSet("GOVDESK_UNSAFE_SETTINGS_WRITER")) {
        const QString staging = path + QStringLiteral(".staging");
        for (;;) {
            ++n;
            {
                QSettings scratch(staging, QSettings::IniFormat);
                Preferences values(scratch);
                values.setLastServer(serverOf(n));
                values.setLastUsername(usernameOf(n));
                values.setSavedQueueViews(viewsOf(n));
            }
            QFile staged(staging);
            if (!staged.open(QIODevice::ReadOnly))
                return 3;
            const QByteArray bytes = staged.readAll();
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return 3;
            file.write(bytes.left(bytes.size() / 2));
            file.flush();
            ::fsync(file.handle());
            file.write(bytes.mid(bytes.size() / 2));
            file.close();
        }
    }
    for (;;) {
        ++n;
        preferences.setLastServer(serverOf(n));
        preferences.setLastUsername(usernameOf(n));
        preferences.setSavedQueueViews(viewsOf(n));
        preferences.sync();
        if (settings.status() != QSettings::NoError)
            return 3;
    }
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The generation a settings file holds, -1 when its keys disagree or are missing. Parsed from a fresh copy
// (a new path), so that QSettings' per-process cache of the original file plays no part.
qint64 generationOf(const QString &path, const QString &scratch)
{
    QFile::remove(scratch);
    if (!QFile::copy(path, scratch))
        return -1;
    QSettings settings(scratch, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return -1;
    Preferences preferences(settings);
    const QString username = preferences.lastUsername();
    if (!username.startsWith(QLatin1String("user")))
        return -1;
    bool ok = false;
    const qint64 n = username.mid(4).toLongLong(&ok);
    if (!ok || preferences.lastServer() != serverOf(n) || preferences.savedQueueViews() != viewsOf(n))
        return -1;
    return n;
}

} // namespace

class TestSettingsFile : public QObject {
    Q_OBJECT

private slots:
    void syncWritesTheLastGoodCopy();
    void goodFileIsLeftAlone();
    void damagedFileIsRestoredFromTheCopy_data();
    void damagedFileIsRestoredFromTheCopy();
    void damagedFileWithoutCopyFallsBackToDefaults();
    void damagedCopyIsNotUsed();
    void survivesSigkillDuringWrites();
};

void TestSettingsFile::syncWritesTheLastGoodCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("govdesk.conf"));
    QSettings settings(path, QSettings::IniFormat);
    Preferences preferences(settings);
    preferences.setLanguage(QStringLiteral("en"));
    preferences.setLastUsername(QStringLiteral("officer_wjw"));
    QVERIFY(!QFile::exists(SettingsFile::backupPath(path)));
    preferences.sync();
    QVERIFY(QFile::exists(SettingsFile::backupPath(path)));
    QCOMPARE(readAll(SettingsFile::backupPath(path)), readAll(path));
    QVERIFY(readAll(path).contains("language=en"));
    QCOMPARE(QFileInfo(SettingsFile::backupPath(path)).permissions(), QFileInfo(path).permissions());
}

void TestSettingsFile::goodFileIsLeftAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("govdesk.conf"));
    QCOMPARE(SettingsFile::recoverIfDamaged(path), SettingsFile::Recovery::NotNeeded); // no file yet
    writeFile(path, "[ui]\nlanguage=en\n");
    QCOMPARE(SettingsFile::damage(path), QString());
    QCOMPARE(SettingsFile::recoverIfDamaged(path), SettingsFile::Recovery::NotNeeded);
    QCOMPARE(readAll(path), QByteArray("[ui]\nlanguage=en\n"));
    QVERIFY(!QFile::exists(SettingsFile::damagedPath(path)));
}

void TestSettingsFile::damagedFileIsRestoredFromTheCopy_data()
{
    QTest::addColumn<QByteArray>("damaged");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty (the zero-length file of a power loss)") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("truncated mid-line")
        << QByteArray("[signin]\nserver=https://a.gov.cn\nusern") << QStringLiteral("truncated");
    QTest::newRow("garbage") << QByteArray("\x7f\x45\x4c\x46\x02\x01\x01\x00\x00\x00\n", 11)
                             << QStringLiteral("binary");
    QTest::newRow("unparsable") << QByteArray("[ui\nlanguage=en\n") << QStringLiteral("unparsable");
}

void TestSettingsFile::damagedFileIsRestoredFromTheCopy()
{
    QFETCH(QByteArray, damaged);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("govdesk.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        Preferences preferences(settings);
        preferences.setTheme(QStringLiteral("dark"));
        preferences.setLastServer(QStringLiteral("https://govdesk.xm.gov.cn"));
        preferences.sync();
    }
    const QByteArray good = readAll(path);
    writeFile(path, damaged);
    QCOMPARE(SettingsFile::damage(path), reason);

    QTest::ignoreMessage(QtWarningMsg,
                         qPrintable(QStringLiteral("settings file govdesk.conf was damaged (%1); restored "
                                                   "the last good copy")
                                        .arg(reason)));
    QCOMPARE(SettingsFile::recoverIfDamaged(path), SettingsFile::Recovery::Restored);
    QCOMPARE(readAll(path), good);
    QCOMPARE(readAll(SettingsFile::damagedPath(path)), damaged); // kept for a look, not deleted
    QSettings restored(path, QSettings::IniFormat);
    QCOMPARE(restored.status(), QSettings::NoError);
    Preferences preferences(restored);
    QCOMPARE(preferences.theme(), QStringLiteral("dark"));
    QCOMPARE(preferences.lastServer(), QStringLiteral("https://govdesk.xm.gov.cn"));
}

void TestSettingsFile::damagedFileWithoutCopyFallsBackToDefaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("govdesk.conf"));
    writeFile(path, "[ui]\nlanguage=e");
    QTest::ignoreMessage(
        QtWarningMsg,
        "settings file govdesk.conf was damaged (truncated); no good copy, starting with the defaults");
    QCOMPARE(SettingsFile::recoverIfDamaged(path), SettingsFile::Recovery::Defaults);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QFile::exists(SettingsFile::damagedPath(path)));
    QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(Preferences(settings).language(), Preferences::defaultLanguage());
}

void TestSettingsFile::damagedCopyIsNotUsed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("govdesk.conf"));
    writeFile(path, "");
    writeFile(SettingsFile::backupPath(path), "[ui]\nlang");
    QTest::ignoreMessage(
        QtWarningMsg,
        "settings file govdesk.conf was damaged (empty); no good copy, starting with the defaults");
    QCOMPARE(SettingsFile::recoverIfDamaged(path), SettingsFile::Recovery::Defaults);
    QVERIFY(!QFile::exists(path));

    // And a sync never copies a damaged file over the good copy: QSettings only reports NoError for a file
    // it wrote whole, and backUp() checks the bytes again.
    writeFile(SettingsFile::backupPath(path), "[ui]\nlanguage=en\n");
    writeFile(path, "[ui]\nlanguage=zh_CN\nbroken");
    QSettings settings(path, QSettings::IniFormat);
    QVERIFY(!SettingsFile::backUp(settings));
    QCOMPARE(readAll(SettingsFile::backupPath(path)), QByteArray("[ui]\nlanguage=en\n"));
}

void TestSettingsFile::survivesSigkillDuringWrites()
{
    constexpr int kKills = 50;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("govdesk.conf"));
    const QString scratch = dir.filePath(QStringLiteral("check.conf"));
    qint64 previous = 0;
    int advanced = 0;
    QElapsedTimer clock;
    clock.start();
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--settings-writer"), path});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QVERIFY(writer.waitForReadyRead(10000));
        QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
        // A random moment in the writing loop: 0–150 ms, from before the first sync to a few syncs in (one
        // sync — file, fsync, rename, then the last-good copy the same way — takes some 10–50 ms on disk).
        std::this_thread::sleep_for(std::chrono::microseconds(QRandomGenerator::global()->bounded(150000)));
        QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        if (!QFile::exists(path)) {
            QCOMPARE(previous, qint64(0)); // killed before its very first sync
            continue;
        }
        const QString damage = SettingsFile::damage(path);
        QVERIFY2(damage.isEmpty(), qPrintable(QStringLiteral("kill %1: %2").arg(kill).arg(damage)));
        const qint64 n = generationOf(path, scratch);
        QVERIFY2(n >= 0, qPrintable(QStringLiteral("kill %1: keys of different generations").arg(kill)));
        QVERIFY2(
            n >= previous,
            qPrintable(QStringLiteral("kill %1: went back from %2 to %3").arg(kill).arg(previous).arg(n)));
        if (n > previous)
            ++advanced;
        previous = n;
        // The last good copy is whole too, and never ahead of the file.
        if (QFile::exists(SettingsFile::backupPath(path))) {
            QVERIFY(SettingsFile::damage(SettingsFile::backupPath(path)).isEmpty());
            const qint64 backed = generationOf(SettingsFile::backupPath(path), scratch);
            QVERIFY(backed >= 0);
            QVERIFY(backed <= n);
        }
    }
    const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files);
    qInfo("%d kills in %lld ms; %d of them after new writes; %lld generations written; files left: %s",
          kKills, qint64(clock.elapsed()), advanced, previous,
          qPrintable(leftovers.join(QStringLiteral(", "))));
    // The writer really was writing when killed: on an idle machine some 40 of 50 kills come after new
    // generations. On a loaded one a writer started right after a kill sometimes makes no progress for many
    // seconds (a CI run had 8 of 50; waiting for its first sync timed out after 30 s once — probably
    // QSettings' lock file of the killed writer waiting to go stale), so the bar is that writes happened at
    // all.
    QVERIFY2(advanced >= 1, qPrintable(QStringLiteral("only %1 kills after new writes").arg(advanced)));
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--settings-writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    TestSettingsFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsfile.moc"
