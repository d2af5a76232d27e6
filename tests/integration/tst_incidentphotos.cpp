// Integration: the photos of an incident reported by a grid manager, seen by the supervisor who handles it
// (issue 8), through IncidentPhotoLoader against the real govdesk-server and a real SQLCipher file:
//   - the supervisor's synced copy has the incident and its photo's description, not its bytes;
//   - loading downloads the photo, which equals the grid manager's bytes (SHA-256), and keeps it in the
//     local copy;
//   - a description that does not match the bytes the server sends (another hash) is refused and not kept;
//   - with the server stopped, the kept photo is still shown from the local copy.

#include "apitestclient.h"
#include "serverprocess.h"
#include "synctestsupport.h"
#include "workstationsession.h"

#include "domain/codec.h"
#include "domain/grid.h"
#include "models/datacontext.h"
#include "models/incidentphotoloader.h"
#include "store/incidentrepository.h"
#include "store/localreader.h"
#include "store/store.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace gd;
using namespace gd::test;

namespace {

HeaderList keyed()
{
    return {{QByteArray("Idempotency-Key"), QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8()}};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestIncidentPhotos : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void downloadedPhotoEqualsTheReportedOneAndIsKept();
    void photoNotMatchingItsDescriptionIsRefused();
    void keptPhotoIsShownOffline();

private:
    struct Outcome {
        QHash<QString, QByteArray> ready;
        QHash<QString, Error> failed;
    };
    Outcome load(const Incident &incident, int expected);
    QByteArray localBytes(const QString &attachmentId);

    ServerProcess m_server;
    QTemporaryDir m_dir;
    WorkstationSession m_session;
    Incident m_incident;
    QByteArray m_photo;
};

void TestIncidentPhotos::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ServerProcess::Options options;
    options.citizens = 800;
    QVERIFY2(m_server.start(options), qPrintable(m_server.error()));

    // The grid manager reports an incident with a photo (as his sync engine would send it).
    ApiTestClient gm(m_server.port());
    gm.setToken(gm.login(QStringLiteral("grid_huli")));
    QJsonObject me = gm.get(QStringLiteral("/api/v1/auth/me")).json;
    if (me.contains(QLatin1String("user")))
        me = me.value(QLatin1String("user")).toObject();
    const QString grid = me.value(QLatin1String("grid_ids")).toArray().first().toString();
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    QBuffer buffer(&m_photo);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "JPG", 90));
    IncidentCreateRequest create{newId(),
                                 grid,
                                 std::nullopt,
                                 std::nullopt,
                                 QStringLiteral("facility_damage"),
                                 QStringLiteral("3号楼电梯"),
                                 QStringLiteral("电梯按钮损坏"),
                                 QStringLiteral("high"),
                                 QDateTime::currentDateTimeUtc()};
    const ApiReply made = gm.post(QStringLiteral("/api/v1/incidents"), toJson(create), keyed());
    QVERIFY2(made.status == 201, made.body.constData());
    const AttachmentUpload upload{
        newId(),        QStringLiteral("lift.jpg"), QStringLiteral("image/jpeg"),
        m_photo.size(), sha256Hex(m_photo),         QString::fromLatin1(m_photo.toBase64())};
    const ApiReply photo =
        gm.post(QStringLiteral("/api/v1/incidents/%1/attachments").arg(create.id), toJson(upload), keyed());
    QVERIFY2(photo.status == 201, photo.body.constData());
    auto incident = fromJson<Incident>(photo.json);
    QVERIFY(incident);
    QCOMPARE(incident->attachments.size(), 1);
    m_incident = *incident;

    // The district supervisor's workstation syncs it.
    QString error;
    QVERIFY2(m_session.start(m_server.port(), QStringLiteral("supervisor_huli"),
                             m_dir.filePath(QStringLiteral("supervisor.gdcache")), &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            bool known = false;
            bool done = false;
            const QString id = m_incident.id;
            m_session.reader()->run<bool>(
                this,
                [id](store::Store &s) -> Result<bool> {
                    auto found = s.incidents().get(id);
                    return found && found->has_value();
                },
                [&](Result<bool> r) {
                    known = r && *r;
                    done = true;
                });
            (void)QTest::qWaitFor([&] { return done; }, 5000);
            return known;
        }(),
        30000);
    QVERIFY(localBytes(m_incident.attachments.first().id).isEmpty());
}

TestIncidentPhotos::Outcome TestIncidentPhotos::load(const Incident &incident, int expected)
{
    Outcome out;
    IncidentPhotoLoader loader(m_session.context());
    connect(&loader, &IncidentPhotoLoader::photoReady, this,
            [&out](const QString &id, const QByteArray &bytes) { out.ready.insert(id, bytes); });
    connect(&loader, &IncidentPhotoLoader::photoFailed, this,
            [&out](const QString &id, const Error &e) { out.failed.insert(id, e); });
    loader.load(incident);
    (void)QTest::qWaitFor([&] { return out.ready.size() + out.failed.size() >= expected; }, 20000);
    return out;
}

QByteArray TestIncidentPhotos::localBytes(const QString &attachmentId)
{
    QByteArray bytes;
    bool done = false;
    m_session.reader()->run<QByteArray>(
        this, [attachmentId](store::Store &s) { return s.incidents().attachmentBytes(attachmentId); },
        [&](Result<QByteArray> r) {
            bytes = r ? *r : QByteArray();
            done = true;
        });
    (void)QTest::qWaitFor([&] { return done; }, 5000);
    return bytes;
}

void TestIncidentPhotos::downloadedPhotoEqualsTheReportedOneAndIsKept()
{
    const QString id = m_incident.attachments.first().id;
    const Outcome out = load(m_incident, 1);
    QVERIFY2(out.failed.isEmpty(),
             out.failed.isEmpty() ? "" : qPrintable(out.failed.begin().value().message));
    QCOMPARE(sha256Hex(out.ready.value(id)), sha256Hex(m_photo));
    QTRY_COMPARE(sha256Hex(localBytes(id)), sha256Hex(m_photo));
}

void TestIncidentPhotos::photoNotMatchingItsDescriptionIsRefused()
{
    Incident tampered = m_incident;
    AttachmentInfo &info = tampered.attachments.first();
    info.id = newId(); // not downloaded yet, and the server does not know it
    const Outcome unknown = load(tampered, 1);
    QVERIFY(unknown.ready.isEmpty());
    QCOMPARE(unknown.failed.value(info.id).code, ErrorCode::NotFound);

    // The real photo, but described with another hash: refused and not kept.
    Incident wrongHash = m_incident;
    wrongHash.attachments.first().sha256 = QString(64, QLatin1Char('0'));
    const QString id = wrongHash.attachments.first().id;
    // Drop the kept copy first so that the loader has to download it.
    bool dropped = false;
    m_session.sync()->run<bool>(
        this,
        [id](SyncEngine &engine) {
            auto st = engine.store()->connection().prepare("UPDATE attachments SET data = NULL WHERE id = ?");
            return st && (st->bind(1, id), st->exec().ok());
        },
        [&](bool ok) { dropped = ok; });
    QTRY_VERIFY(dropped);
    const Outcome out = load(wrongHash, 1);
    QVERIFY(out.ready.isEmpty());
    QCOMPARE(out.failed.value(id).code, ErrorCode::BadRequest);
    QCOMPARE(out.failed.value(id).details.value(QLatin1String("field")).toString(), QStringLiteral("sha256"));
    QVERIFY(localBytes(id).isEmpty());
}

void TestIncidentPhotos::keptPhotoIsShownOffline()
{
    const QString id = m_incident.attachments.first().id;
    QCOMPARE(sha256Hex(load(m_incident, 1).ready.value(id)), sha256Hex(m_photo)); // downloaded and kept
    QTRY_VERIFY(!localBytes(id).isEmpty());
    QVERIFY(m_server.stop());
    const Outcome out = load(m_incident, 1);
    QVERIFY(out.failed.isEmpty());
    QCOMPARE(sha256Hex(out.ready.value(id)), sha256Hex(m_photo));
}

QTEST_MAIN(TestIncidentPhotos)
#include "tst_incidentphotos.moc"
