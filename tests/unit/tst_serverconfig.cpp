// govdesk-server --config FILE (server/main/configfile.h): key = value lines become long options, checked by
// the same QCommandLineParser as the command line, which wins over the file.
#include "main/configfile.h"

#include <QTemporaryDir>
#include <QTest>

using gd::server::ConfigFile;

namespace {

// A parser like govdesk-server's: options with values, switches, --config, and two alternatives.
struct Options {
    QCommandLineParser parser;
    QCommandLineOption listen{QStringLiteral("listen"), QStringLiteral("l"), QStringLiteral("HOST:PORT"),
                              QStringLiteral("127.0.0.1:8470")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"), QStringLiteral("d"), QStringLiteral("DIR")};
    QCommandLineOption database{QStringLiteral("database"), QStringLiteral("u"), QStringLiteral("URL")};
    QCommandLineOption threads{QStringLiteral("threads"), QStringLiteral("t"), QStringLiteral("N"),
                               QStringLiteral("64")};
    QCommandLineOption demo{QStringLiteral("demo"), QStringLiteral("demo data")};
    QCommandLineOption testClock{QStringLiteral("test-clock"), QStringLiteral("tests only")};
    QCommandLineOption config{QStringLiteral("config"), QStringLiteral("file"), QStringLiteral("FILE")};

    Options()
    {
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({listen, dataDir, database, threads, demo, testClock, config});
    }
    std::optional<QStringList> expand(const QStringList &arguments, QString *error = nullptr)
    {
        return ConfigFile::expand(arguments, parser,
                                  {{QStringLiteral("data-dir"), QStringLiteral("database")}}, error);
    }
};

} // namespace

class TestServerConfig : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("server-%1.conf").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void withoutConfigTheArgumentsStay()
    {
        Options o;
        const QStringList arguments{QStringLiteral("govdesk-server"), QStringLiteral("--listen"),
                                    QStringLiteral("0.0.0.0:1"), QStringLiteral("--demo")};
        QCOMPARE(o.expand(arguments), std::optional<QStringList>(arguments));
    }

    void fileOptionsReachTheParser()
    {
        const QString path = write("# GovDesk server\n"
                                   "\n"
                                   "listen = 127.0.0.1:9000\n"
                                   "  data-dir=\"/var/lib/govdesk\"  \n"
                                   "; a comment\n"
                                   "threads = 16\n"
                                   "demo = yes\n"
                                   "test-clock = off\n");
        Options o;
        QString error;
        const auto expanded =
            o.expand({QStringLiteral("govdesk-server"), QStringLiteral("--config"), path}, &error);
        QVERIFY2(expanded, qPrintable(error));
        QVERIFY(o.parser.parse(*expanded));
        QCOMPARE(o.parser.value(o.listen), QStringLiteral("127.0.0.1:9000"));
        QCOMPARE(o.parser.value(o.dataDir), QStringLiteral("/var/lib/govdesk"));
        QCOMPARE(o.parser.value(o.threads), QStringLiteral("16"));
        QVERIFY(o.parser.isSet(o.demo));
        QVERIFY(!o.parser.isSet(o.testClock));
        QVERIFY(!o.parser.isSet(o.database));
    }

    void equalsFormAndValuesWithEqualsAndHashes()
    {
        const QString path = write("database = postgresql://govdesk:p#ss=w@db:5432/govdesk\n");
        Options o;
        const auto expanded =
            o.expand({QStringLiteral("govdesk-server"), QStringLiteral("--config=") + path});
        QVERIFY(expanded);
        QVERIFY(o.parser.parse(*expanded));
        QCOMPARE(o.parser.value(o.database), QStringLiteral("postgresql://govdesk:p#ss=w@db:5432/govdesk"));
    }

    void theCommandLineWins()
    {
        const QString path = write("listen = 127.0.0.1:9000\nthreads = 16\ndemo = true\n");
        Options o;
        const auto expanded =
            o.expand({QStringLiteral("govdesk-server"), QStringLiteral("--threads"), QStringLiteral("8"),
                      QStringLiteral("--config"), path, QStringLiteral("--demo")});
        QVERIFY(expanded);
        QVERIFY(o.parser.parse(*expanded));
        QCOMPARE(o.parser.value(o.threads), QStringLiteral("8"));
        QCOMPARE(o.parser.values(o.threads), QStringList{QStringLiteral("8")}); // the file's line is dropped
        QCOMPARE(o.parser.value(o.listen), QStringLiteral("127.0.0.1:9000"));
    }

    void anAlternativeOnTheCommandLineDropsTheOtherFromTheFile()
    {
        const QString path = write("data-dir = /var/lib/govdesk\n");
        Options o;
        const auto expanded = o.expand({QStringLiteral("govdesk-server"), QStringLiteral("--config"), path,
                                        QStringLiteral("--database=postgresql://u:p@h/d")});
        QVERIFY(expanded);
        QVERIFY(o.parser.parse(*expanded));
        QVERIFY(!o.parser.isSet(o.dataDir));
        QCOMPARE(o.parser.value(o.database), QStringLiteral("postgresql://u:p@h/d"));
    }

    void errorsNameTheFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QByteArray("listen = 1:2\nlisten-on = 1:2\n")
                                 << QStringLiteral("line 2: unknown option \"listen-on\"");
        QTest::newRow("no equals") << QByteArray("# x\n\ndemo\n")
                                   << QStringLiteral("line 3: expected key = value");
        QTest::newRow("dashes") << QByteArray("--demo = true\n")
                                << QStringLiteral("line 1: expected key = value");
        QTest::newRow("switch value")
            << QByteArray("demo = maybe\n") << QStringLiteral("line 1: \"demo\" is a switch: true or false");
        QTest::newRow("empty value") << QByteArray("listen =\n")
                                     << QStringLiteral("line 1: \"listen\" needs a value");
        QTest::newRow("twice") << QByteArray("threads = 2\nthreads = 4\n")
                               << QStringLiteral("line 2: \"threads\" is given twice");
        QTest::newRow("help") << QByteArray("help = true\n")
                              << QStringLiteral("line 1: \"help\" cannot be set in a configuration file");
        QTest::newRow("nested") << QByteArray("config = /etc/other.conf\n")
                                << QStringLiteral("line 1: \"config\" cannot be set in a configuration file");
    }
    void errorsNameTheFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const QString path = write(text);
        Options o;
        QString error;
        QVERIFY(!o.expand({QStringLiteral("govdesk-server"), QStringLiteral("--config"), path}, &error));
        QCOMPARE(error, path + QLatin1Char(' ') + message);
    }

    void missingFileAndMissingName()
    {
        Options o;
        QString error;
        QVERIFY(!o.expand({QStringLiteral("govdesk-server"), QStringLiteral("--config"),
                           m_dir.filePath(QStringLiteral("absent.conf"))},
                          &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot read the configuration file ")), qPrintable(error));
        QVERIFY(!o.expand({QStringLiteral("govdesk-server"), QStringLiteral("--config")}, &error));
        QCOMPARE(error, QStringLiteral("--config needs a file"));
        const QString path = write("demo = true\n");
        QVERIFY(!o.expand({QStringLiteral("govdesk-server"), QStringLiteral("--config"), path,
                           QStringLiteral("--config"), path},
                          &error));
        QCOMPARE(error, QStringLiteral("give --config once"));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
