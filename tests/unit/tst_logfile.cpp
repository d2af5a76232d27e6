// The client's log file (app/core/logfile.h) and its PII scrubber (app/core/piiscrubber.h): rotation by
// size (sizes, count, order, the oldest deleted), each scrubbing rule and the ordinary numbers it must leave
// alone, lines from several threads (all there, none interleaved), the folder's and files' permissions, and
// the installed message handler (categories and QT_LOGGING_RULES respected, messages scrubbed, stderr too).

#include "core/logfile.h"
#include "core/logging.h"
#include "core/piiscrubber.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <vector>

using namespace gd;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<QByteArray> linesOf(const QString &path)
{
    QList<QByteArray> lines = readAll(path).split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

// Stands in for Qt's own handler (stderr): what MessageLog hands on.
QStringList g_handedOn;
QMutex g_handedOnMutex;
void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_handedOnMutex);
    g_handedOn.append(message);
}

Q_LOGGING_CATEGORY(lcTestOn, "govdesk.test.on", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTestQuiet, "govdesk.test.quiet", QtWarningMsg)

} // namespace

class TestLogFile : public QObject {
    Q_OBJECT

private slots:
    void scrubsEachPattern_data();
    void scrubsEachPattern();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void formatsLines();
    void rotatesBySize();
    void keepsAtMostTheConfiguredCount();
    void permissions();
    void concurrentWritersNeverInterleave();
    void messageHandlerWritesScrubbedLines();
    void defaultDirectoryFromEnvironment();
};

void TestLogFile::scrubsEachPattern_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id number") << QStringLiteral("citizen 110101199003078515 saved")
                               << QStringLiteral("citizen [id-number] saved");
    QTest::newRow("id number with X")
        << QStringLiteral("id=35020319851224301X") << QStringLiteral("id=[id-number]");
    QTest::newRow("id number lower x, next to Han")
        << QStringLiteral("身份证35020319851224301x号") << QStringLiteral("身份证[id-number]号");
    QTest::newRow("mobile") << QStringLiteral("call 13812345678 now") << QStringLiteral("call [phone] now");
    QTest::newRow("mobile +86") << QStringLiteral("phone: +86 139-1234-5678")
                                << QStringLiteral("phone: [phone]");
    QTest::newRow("mobile spaced") << QStringLiteral("(186 0592 1234)") << QStringLiteral("([phone])");
    QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abc.DEF-123_x~y+z/=")
                            << QStringLiteral("Authorization: [redacted] [token]");
    QTest::newRow("jwt") << QStringLiteral("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sIgNaTuRe_-x rest")
                         << QStringLiteral("token [jwt] rest");
    QTest::newRow("password key=value") << QStringLiteral("login user=admin password=GovDesk!2026 ok")
                                        << QStringLiteral("login user=admin password=[redacted] ok");
    QTest::newRow("password json") << QStringLiteral("{\"username\":\"a\",\"password\":\"s3cret pass\"}")
                                   << QStringLiteral("{\"username\":\"a\",\"password\":[redacted]}");
    QTest::newRow("refresh_token") << QStringLiteral("refresh_token: 'q1w2e3' then")
                                   << QStringLiteral("refresh_token: [redacted] then");
    QTest::newRow("secret, case") << QStringLiteral("Secret=abc&x=1")
                                  << QStringLiteral("Secret=[redacted]&x=1");
    QTest::newRow("email") << QStringLiteral("mail wang.fang+test@xm.gov.cn sent")
                           << QStringLiteral("mail [email] sent");
    QTest::newRow("several") << QStringLiteral("13912345678,a@b.cn;110101199003078515")
                             << QStringLiteral("[phone],[email];[id-number]");
}

void TestLogFile::scrubsEachPattern()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(scrubPersonalData(input), expected);
}

void TestLogFile::leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("counts") << QStringLiteral("synced 12345 citizens, 678 applications in 1534 ms");
    QTest::newRow("epoch seconds") << QStringLiteral("since 1764067200");
    QTest::newRow("epoch ms") << QStringLiteral("at 1764067200123 ms");
    QTest::newRow("epoch ns (19 digits)") << QStringLiteral("t=1764067200123456789");
    QTest::newRow("ISO time") << QStringLiteral("2026-11-25T08:46:00.123+08:00 checkpoint 2026112508460012");
    QTest::newRow("10-digit id") << QStringLiteral("row 1381234567 of 13");
    QTest::newRow("12-digit id") << QStringLiteral("seq 138123456789");
    QTest::newRow("18 digits, no birth date") << QStringLiteral("cursor 123456789012345678");
    QTest::newRow("uuid") << QStringLiteral("id 550e8400-e29b-41d4-a716-446655440000");
    QTest::newRow("sha256") << QStringLiteral(
        "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 13812345678abc");
    QTest::newRow("hex with mobile-looking run") << QStringLiteral("etag a13812345678");
    QTest::newRow("version") << QStringLiteral("SQLCipher 4.6.1 community, SQLite 3.46.1, Qt 6.4.2");
    QTest::newRow("keyword without value") << QStringLiteral("password was wrong; tokens: 3 left");
    QTest::newRow("url without credentials") << QStringLiteral("GET https://127.0.0.1:8470/api/v1/health");
}

void TestLogFile::leavesOrdinaryTextAlone()
{
    QFETCH(QString, input);
    QCOMPARE(scrubPersonalData(input), input);
}

void TestLogFile::formatsLines()
{
    const QDateTime time(QDate(2026, 11, 25), QTime(8, 46, 0, 123), Qt::OffsetFromUTC, 8 * 3600);
    QCOMPARE(LogFile::formatLine(QtWarningMsg, "govdesk.net", QStringLiteral("no answer"), time),
             QByteArray("2026-11-25T08:46:00.123+08:00 warning govdesk.net: no answer"));
    QCOMPARE(LogFile::formatLine(QtDebugMsg, "default", QStringLiteral("a\nb\n"), time),
             QByteArray("2026-11-25T08:46:00.123+08:00 debug default: a\n    b"));
    QCOMPARE(LogFile::formatLine(QtInfoMsg, nullptr, QStringLiteral("同步"), time),
             QByteArray("2026-11-25T08:46:00.123+08:00 info default: ") + QStringLiteral("同步").toUtf8());
}

void TestLogFile::rotatesBySize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogFile log({dir.filePath(QStringLiteral("logs")), 1000, 3});
    QVERIFY2(log.open(), qPrintable(log.errorString()));
    // 99-byte lines (98 + newline): ten fill 990 bytes, the eleventh goes to a new file.
    for (int i = 0; i < 25; ++i)
        log.write(QByteArray::number(i).rightJustified(4, '0') + ' ' + QByteArray(93, 'x'));
    QCOMPARE(QFileInfo(log.path()).size(), qint64(5 * 99));
    QCOMPARE(QFileInfo(log.rotatedPath(1)).size(), qint64(10 * 99));
    QCOMPARE(QFileInfo(log.rotatedPath(2)).size(), qint64(10 * 99));
    QVERIFY(!QFile::exists(log.rotatedPath(3)));
    // Order: .2 the oldest (lines 0-9), .1 the next (10-19), the current file the newest (20-24).
    QVERIFY(readAll(log.rotatedPath(2)).startsWith("0000 "));
    QVERIFY(readAll(log.rotatedPath(1)).startsWith("0010 "));
    QVERIFY(readAll(log.path()).startsWith("0020 "));
    QVERIFY(linesOf(log.path()).constLast().startsWith("0024 "));
    for (const QString &path : {log.path(), log.rotatedPath(1), log.rotatedPath(2)})
        QVERIFY(QFileInfo(path).size() <= 1000);
}

void TestLogFile::keepsAtMostTheConfiguredCount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogFile log({dir.path(), 200, 5});
    QVERIFY(log.open());
    // 100-byte lines, two per file: 40 lines make 20 files' worth; 5 old ones and the current stay.
    for (int i = 0; i < 40; ++i)
        log.write(QByteArray::number(i).rightJustified(4, '0') + ' ' + QByteArray(94, 'y'));
    QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, QStringList({QStringLiteral("govdesk.log"), QStringLiteral("govdesk.log.1"),
                                 QStringLiteral("govdesk.log.2"), QStringLiteral("govdesk.log.3"),
                                 QStringLiteral("govdesk.log.4"), QStringLiteral("govdesk.log.5")}));
    // The newest 12 lines survive, oldest in .5; lines 0-27 were deleted with their files.
    QCOMPARE(linesOf(log.rotatedPath(5)).constFirst().left(4), QByteArray("0028"));
    QCOMPARE(linesOf(log.rotatedPath(1)).constFirst().left(4), QByteArray("0036"));
    QCOMPARE(linesOf(log.path()).constLast().left(4), QByteArray("0039"));

    // Re-opened (the next start), it appends and rotates on from the existing size.
    LogFile again({dir.path(), 200, 5});
    QVERIFY(again.open());
    again.write(QByteArray(99, 'z'));
    QCOMPARE(linesOf(again.path()).size(), 1);
    QCOMPARE(linesOf(again.rotatedPath(1)).constLast().left(4), QByteArray("0039"));
}

void TestLogFile::permissions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logDir = dir.filePath(QStringLiteral("a/logs"));
    QVERIFY(QDir().mkpath(logDir));
    QVERIFY(QFile::setPermissions(logDir, QFile::Permissions(0x7755))); // 0755: too open
    QFile loose(logDir + QStringLiteral("/govdesk.log"));
    QVERIFY(loose.open(QIODevice::WriteOnly));
    loose.write("old line\n");
    loose.close();
    QVERIFY(QFile::setPermissions(loose.fileName(), QFile::Permissions(0x6644)));

    LogFile log({logDir, 30, 2});
    QVERIFY(log.open());
    const auto ownerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    const auto ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
    const auto groupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                              QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(logDir).permissions() & (ownerOnlyDir | groupOrOther), ownerOnlyDir);
    QCOMPARE(QFileInfo(log.path()).permissions() & (ownerOnlyFile | groupOrOther), ownerOnlyFile);
    log.write("first line after open, long enough to rotate");
    log.write("second");
    QVERIFY(QFile::exists(log.rotatedPath(1)));
    QCOMPARE(QFileInfo(log.rotatedPath(1)).permissions() & (ownerOnlyFile | groupOrOther), ownerOnlyFile);
    QCOMPARE(QFileInfo(log.path()).permissions() & (ownerOnlyFile | groupOrOther), ownerOnlyFile);
    // A fresh folder too.
    LogFile fresh({dir.filePath(QStringLiteral("b/c/logs"))});
    QVERIFY(fresh.open());
    QCOMPARE(QFileInfo(fresh.directory()).permissions() & (ownerOnlyDir | groupOrOther), ownerOnlyDir);
    QCOMPARE(QFileInfo(fresh.path()).permissions() & (ownerOnlyFile | groupOrOther), ownerOnlyFile);
}

void TestLogFile::concurrentWritersNeverInterleave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Big enough to keep every line (no rotation): 8 threads × 2000 lines of ~120 bytes.
    LogFile log({dir.path(), 64 * 1024 * 1024, 1});
    QVERIFY(log.open());
    constexpr int kThreads = 8;
    constexpr int kLines = 2000;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&log, t] {
            for (int i = 0; i < kLines; ++i) {
                const QByteArray body = QByteArray(100, char('a' + t));
                log.write("T" + QByteArray::number(t) + " L" + QByteArray::number(i) + ' ' + body + " END");
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));

    const QList<QByteArray> lines = linesOf(log.path());
    QCOMPARE(lines.size(), kThreads * kLines);
    static const QRegularExpression shape(QStringLiteral("^T(\\d) L(\\d+) ([a-h])\\3{99} END$"));
    std::vector<int> next(kThreads, 0);
    for (const QByteArray &line : lines) {
        const QRegularExpressionMatch match = shape.match(QString::fromLatin1(line));
        QVERIFY2(match.hasMatch(), line.constData());
        const int t = match.captured(1).toInt();
        QCOMPARE(match.captured(3).at(0).toLatin1(), char('a' + t));
        // Each thread's lines in its own order, none lost.
        QCOMPARE(match.captured(2).toInt(), next[size_t(t)]);
        ++next[size_t(t)];
    }
}

void TestLogFile::messageHandlerWritesScrubbedLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogFile log({dir.path()});
    QVERIFY(log.open());
    QVERIFY(MessageLog::activePath().isEmpty());
    const QtMessageHandler qtHandler = qInstallMessageHandler(captureHandler);
    {
        MessageLog installed(log);
        QCOMPARE(MessageLog::activePath(), log.path());
        qCInfo(lcTestOn) << "phone"
                         << "13812345678"
                         << "count" << 42;
        qCInfo(lcTestQuiet) << "below the category's level: not written";
        qCWarning(lcTestQuiet) << "quiet category warning";
        QLoggingCategory::setFilterRules(QStringLiteral("govdesk.test.on.info=false"));
        qCInfo(lcTestOn) << "switched off by the rules: not written";
        QLoggingCategory::setFilterRules(QString());
        qCWarning(lcNet).noquote() << "request failed, Authorization: Bearer abc123";
        // From another thread as well.
        std::unique_ptr<QThread> thread(QThread::create([] { qCritical("mail a@b.cn from a thread"); }));
        thread->start();
        QVERIFY(thread->wait(10000));
    }
    QVERIFY(MessageLog::activePath().isEmpty());
    qCWarning(lcTestOn) << "after uninstalling: not written";
    qInstallMessageHandler(qtHandler);
    // The previous handler (Qt's: stderr) got the same messages, scrubbed.
    QCOMPARE(g_handedOn.size(), 5);
    QCOMPARE(g_handedOn[0], QStringLiteral("phone [phone] count 42"));
    QCOMPARE(g_handedOn[3], QStringLiteral("mail [email] from a thread"));
    QCOMPARE(g_handedOn[4], QStringLiteral("after uninstalling: not written"));

    const QList<QByteArray> lines = linesOf(log.path());
    QCOMPARE(lines.size(), 4);
    static const QRegularExpression time(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) "));
    for (const QByteArray &line : lines)
        QVERIFY2(time.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    QVERIFY2(lines[0].endsWith(" info govdesk.test.on: phone [phone] count 42"), lines[0].constData());
    QVERIFY2(lines[1].endsWith(" warning govdesk.test.quiet: quiet category warning"), lines[1].constData());
    QVERIFY2(lines[2].endsWith(" warning govdesk.net: request failed, Authorization: [redacted] [token]"),
             lines[2].constData());
    QVERIFY2(lines[3].endsWith(" critical default: mail [email] from a thread"), lines[3].constData());
    QVERIFY(!readAll(log.path()).contains("13812345678"));
}

void TestLogFile::defaultDirectoryFromEnvironment()
{
    qputenv("GOVDESK_LOG_DIR", "/tmp/somewhere/logs");
    QCOMPARE(LogFile::defaultDirectory(), QStringLiteral("/tmp/somewhere/logs"));
    qunsetenv("GOVDESK_LOG_DIR");
    QVERIFY(LogFile::defaultDirectory().endsWith(QStringLiteral("/logs")));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
