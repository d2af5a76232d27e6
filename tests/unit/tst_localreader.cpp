// LocalReader: the GUI's read-only connection to the encrypted local copy on its own thread. Work runs on
// the reader thread (never the caller's) and answers on the caller's; before open() and after close() it
// is answered with Unavailable; a wrong key or a file the engine has not created fails to open; the
// reader sees what the writer commits (WAL) and cannot write itself (query_only).

#include "store/localreader.h"
#include "store/localtables.h"
#include "store/store.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace gd;
using namespace gd::store;

namespace {

QByteArray randomKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key;
}

QJsonObject region(const QString &id, const QString &name)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("parent_id"), QJsonValue::Null},
                       {QStringLiteral("level"), QStringLiteral("district")},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("district_code"), id},
                       {QStringLiteral("version"), 1}};
}

} // namespace

class TestLocalReader : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsOnItsOwnThreadAndSeesCommittedWrites();
    void unavailableBeforeOpenAndAfterClose();
    void wrongKeyOrMissingFileFailsToOpen();
    void cannotWrite();

private:
    // Runs `work` through the reader and waits for the answer.
    template <typename R> Result<R> runAndWait(LocalReader &reader, std::function<Result<R>(Store &)> work)
    {
        std::optional<Result<R>> answer;
        reader.run<R>(this, std::move(work), [&answer](Result<R> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
            return makeError(ErrorCode::Internal, QStringLiteral("no answer"));
        return *answer;
    }
    bool openAndWait(LocalReader &reader, const QByteArray &key);
    qint64 regionCount(LocalReader &reader);

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_key;
    std::unique_ptr<Store> m_writer;
};

void TestLocalReader::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("copy-%1.gdcache").arg(++n));
    m_key = randomKey();
    auto store = Store::open(m_path, m_key);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    m_writer = std::move(*store);
    QVERIFY(m_writer->entities().upsert(*localTable(QStringLiteral("region")),
                                        region(QStringLiteral("350206"), QStringLiteral("湖里区"))));
}

void TestLocalReader::cleanup()
{
    m_writer.reset();
}

bool TestLocalReader::openAndWait(LocalReader &reader, const QByteArray &key)
{
    QSignalSpy opened(&reader, &LocalReader::opened);
    QSignalSpy failed(&reader, &LocalReader::openFailed);
    reader.open(m_path, key);
    return QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 5000) && opened.count() == 1;
}

qint64 TestLocalReader::regionCount(LocalReader &reader)
{
    auto n = runAndWait<qint64>(reader, [](Store &s) { return s.regions().count(); });
    return n ? *n : -1;
}

void TestLocalReader::readsOnItsOwnThreadAndSeesCommittedWrites()
{
    LocalReader reader;
    QVERIFY(openAndWait(reader, m_key));
    QVERIFY(reader.isOpen());
    QThread *workThread = nullptr;
    auto name = runAndWait<QString>(reader, [&workThread](Store &s) -> Result<QString> {
        workThread = QThread::currentThread();
        auto r = s.regions().get(QStringLiteral("350206"));
        if (!r)
            return r.error();
        return *r ? (*r)->name : QString();
    });
    QVERIFY(name);
    QCOMPARE(*name, QStringLiteral("湖里区"));
    QVERIFY(workThread != nullptr);
    QVERIFY(workThread != QThread::currentThread());

    // A write the engine commits afterwards is visible to the next read.
    QVERIFY(m_writer->entities().upsert(*localTable(QStringLiteral("region")),
                                        region(QStringLiteral("350203"), QStringLiteral("思明区"))));
    QCOMPARE(regionCount(reader), qint64(2));
}

void TestLocalReader::unavailableBeforeOpenAndAfterClose()
{
    LocalReader reader;
    auto before = runAndWait<qint64>(reader, [](Store &s) { return s.regions().count(); });
    QVERIFY(!before);
    QCOMPARE(before.error().code, ErrorCode::Unavailable);

    QVERIFY(openAndWait(reader, m_key));
    QCOMPARE(regionCount(reader), qint64(1));

    // Work queued before close() is answered with Unavailable, never with the closed file's data.
    std::optional<Result<qint64>> queued;
    reader.run<qint64>(
        this, [](Store &s) { return s.regions().count(); }, [&queued](Result<qint64> r) { queued = r; });
    QSignalSpy closed(&reader, &LocalReader::closed);
    reader.close();
    QCOMPARE(closed.count(), 1);
    QVERIFY(!reader.isOpen());
    QTRY_VERIFY(queued.has_value());
    QVERIFY(!*queued);
    QCOMPARE(queued->error().code, ErrorCode::Unavailable);

    auto after = runAndWait<qint64>(reader, [](Store &s) { return s.regions().count(); });
    QVERIFY(!after);
    QCOMPARE(after.error().code, ErrorCode::Unavailable);

    // Re-opening works.
    QVERIFY(openAndWait(reader, m_key));
    QCOMPARE(regionCount(reader), qint64(1));
}

void TestLocalReader::wrongKeyOrMissingFileFailsToOpen()
{
    LocalReader reader;
    QSignalSpy failed(&reader, &LocalReader::openFailed);
    reader.open(m_path, randomKey());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::Storage);
    QVERIFY(!reader.isOpen());

    reader.open(m_dir.filePath(QStringLiteral("never-created.gdcache")), m_key);
    QVERIFY(failed.wait(5000));
    QVERIFY(!reader.isOpen());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never-created.gdcache"))));
}

void TestLocalReader::cannotWrite()
{
    LocalReader reader;
    QVERIFY(openAndWait(reader, m_key));
    auto written = runAndWait<bool>(reader, [](Store &s) {
        return s.entities().upsert(*localTable(QStringLiteral("region")),
                                   region(QStringLiteral("350211"), QStringLiteral("集美区")));
    });
    QVERIFY(!written);
    QCOMPARE(regionCount(reader), qint64(1));
}

QTEST_GUILESS_MAIN(TestLocalReader)
#include "tst_localreader.moc"
