// libFuzzer target: the client's change-feed decoding and applying (SyncEngine::onPullPage ->
// ChangeApplier). Input: the body of a GET /api/v1/sync/changes answer. As the sync engine does, the body
// is parsed as a JSON object with a "changes" array and a numeric "next"; ChangeApplier::dataTexts() finds
// the text of each change's "data" in the same bytes, and the page is applied to a real SQLCipher store
// (a temporary file, started afresh every few thousand inputs). Checks:
//   - dataTexts() is empty or has one entry per change, and each non-null entry is the JSON text of that
//     change's "data" object as QJsonDocument read it (the store keeps that text as the object);
//   - an applied page moves the pull checkpoint to `next`; a refused one leaves it where it was (one
//     transaction);
//   - every stored object is valid JSON.

#include "fuzzscratch.h"
#include "fuzzsupport.h"

#include "store/changeapplier.h"
#include "store/localtables.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <memory>

using namespace gd;
using namespace gd::store;

namespace {

constexpr int kInputsPerStore = 2000;

struct Fixture {
    QTemporaryDir dir{fuzz::scratchTemplate()};
    QByteArray key;
    std::unique_ptr<Store> store;
    std::unique_ptr<ChangeApplier> applier;
    int uses = 0;

    Fixture()
        : key(32, '\0')
    {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        reopen();
    }

    void reopen()
    {
        applier.reset();
        store.reset();
        const QString path = Store::pathFor(dir.path(), QStringLiteral("fuzz"));
        (void)Store::wipe(path);
        auto opened = Store::open(path, key, true);
        FUZZ_CHECK(opened.ok(),
                   QStringLiteral("cannot open the store: ") + (opened ? QString() : opened.error().message));
        store = std::move(*opened);
        applier = std::make_unique<ChangeApplier>(*store);
        uses = 0;
    }

    Store &next()
    {
        if (++uses > kInputsPerStore)
            reopen();
        return *store;
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void checkDataTexts(const QJsonArray &changes, const QList<QByteArray> &texts)
{
    if (texts.isEmpty())
        return;
    FUZZ_CHECK(texts.size() == changes.size(),
               QStringLiteral("dataTexts: %1 texts for %2 changes").arg(texts.size()).arg(changes.size()));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QJsonValue data = changes.at(i).toObject().value(QLatin1String("data"));
        if (texts.at(i).isNull()) {
            FUZZ_CHECK(!data.isObject(),
                       QStringLiteral("dataTexts: no text for the object of change %1").arg(i));
            continue;
        }
        QJsonParseError error{};
        const QJsonDocument parsed = QJsonDocument::fromJson(texts.at(i), &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError && parsed.isObject(),
                   QStringLiteral("dataTexts: change %1 text is not an object: ").arg(i) +
                       QString::fromUtf8(texts.at(i)));
        FUZZ_CHECK(data.isObject() && parsed.object() == data.toObject(),
                   QStringLiteral("dataTexts: change %1 text ").arg(i) + QString::fromUtf8(texts.at(i)) +
                       QStringLiteral(" is not its data ") + compact(data.toObject()));
    }
}

void checkStoredJson(Store &store)
{
    for (const LocalTable &table : localTables()) {
        auto bad =
            store.connection().scalar("SELECT count(*) FROM " + table.table + " WHERE NOT json_valid(data)");
        FUZZ_CHECK(bad.ok() && *bad == 0,
                   QStringLiteral("invalid JSON stored in ") + QString::fromLatin1(table.table));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    gd::fuzz::startQuietApplication(argc, argv);
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The body as QNetworkReply hands it over (owned bytes: dataTexts() shares them).
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject page = QJsonDocument::fromJson(body).object();
    const QList<QByteArray> texts = ChangeApplier::dataTexts(body);
    const QJsonValue changesValue = page.value(QLatin1String("changes"));
    const QJsonValue nextValue = page.value(QLatin1String("next"));
    if (!changesValue.isArray() || !nextValue.isDouble())
        return 0; // the engine stops here ("the change feed answer is malformed")
    const QJsonArray changes = changesValue.toArray();
    checkDataTexts(changes, texts);

    Fixture &f = fixture();
    Store &store = f.next();
    const auto before = store.state().pullCheckpoint();
    FUZZ_CHECK(before.ok(), QStringLiteral("checkpoint unreadable"));
    const qint64 next = nextValue.toInteger();
    const auto applied = f.applier->apply(changes, next, texts);
    const auto after = store.state().pullCheckpoint();
    FUZZ_CHECK(after.ok(), QStringLiteral("checkpoint unreadable"));
    if (applied) {
        FUZZ_CHECK(*after == next,
                   QStringLiteral("checkpoint %1 after applying up to %2").arg(*after).arg(next));
        FUZZ_CHECK(applied->written + applied->skipped == changes.size(),
                   QStringLiteral("%1 written + %2 skipped of %3 changes")
                       .arg(applied->written)
                       .arg(applied->skipped)
                       .arg(changes.size()));
    } else {
        FUZZ_CHECK(*after == *before, QStringLiteral("a refused page moved the checkpoint"));
    }
    checkStoredJson(store);
    return 0;
}
