#include "http/idempotentwrites.h"

#include "db/changenotifier.h"

#include <QUuid>

#include <algorithm>

namespace gd::server {
namespace {

constexpr qsizetype kMaxDeviceId = 64;

struct WriteHeaders {
    QString key;
    QString deviceId;
    std::optional<qint64> deviceSeq;
};

Error badHeader(const char *name, const QString &problem)
{
    return makeError(ErrorCode::BadRequest, QLatin1String(name) + QLatin1Char(' ') + problem,
                     QJsonObject{{QStringLiteral("field"), QLatin1String(name)}});
}

Result<WriteHeaders> readHeaders(const RequestContext &ctx)
{
    WriteHeaders h;
    const auto key = ctx.header("idempotency-key");
    if (!key || key->trimmed().isEmpty())
        return badHeader("Idempotency-Key", QStringLiteral("is required on this endpoint: a UUID that the "
                                                           "client keeps and sends again when it retries"));
    // The 36-character form only (no braces or URNs), compared in lower case.
    const QByteArray text = key->trimmed().toLower();
    if (text.size() != 36 || QUuid::fromString(QLatin1String(text)).isNull())
        return badHeader("Idempotency-Key",
                         QStringLiteral("must be a UUID such as 3f0c8a4e-5b7d-4c1a-9e2f-6a8b0c1d2e3f"));
    h.key = QString::fromLatin1(text);
    if (const auto device = ctx.header("x-device-id")) {
        const QByteArray id = device->trimmed();
        const bool visible = std::all_of(id.begin(), id.end(), [](char c) { return c >= 0x21 && c <= 0x7e; });
        if (id.isEmpty() || id.size() > kMaxDeviceId || !visible)
            return badHeader("X-Device-Id",
                             QStringLiteral("must be 1 to 64 visible ASCII characters (no spaces)"));
        h.deviceId = QString::fromLatin1(id);
    }
    if (const auto seq = ctx.header("x-device-seq")) {
        bool ok = false;
        const qint64 value = seq->trimmed().toLongLong(&ok);
        if (!ok || value < 0)
            return badHeader("X-Device-Seq", QStringLiteral("must be an integer >= 0"));
        h.deviceSeq = value;
    }
    return h;
}

} // namespace

IdempotentWrites::IdempotentWrites(Database &db, ChangeNotifier &notifier)
    : m_db(db)
    , m_notifier(notifier)
    , m_store(db)
{
}

HttpResponse IdempotentWrites::answerFromStore(const StoredResult &stored, const RequestContext &ctx) const
{
    const QJsonObject details{{QStringLiteral("field"), QStringLiteral("Idempotency-Key")}};
    if (stored.staffId != ctx.who().staffId)
        return HttpResponse::error(
            makeError(ErrorCode::Conflict,
                      QStringLiteral("this Idempotency-Key was already used by another user; send a new key"),
                      details));
    if (!stored.method.isEmpty() && (stored.method != ctx.method || stored.path != ctx.path))
        return HttpResponse::error(makeError(ErrorCode::Conflict,
                                             QStringLiteral("this Idempotency-Key was already used for "
                                                            "another request; send a new key"),
                                             details));
    HttpResponse replay = HttpResponse::jsonBytes(stored.body, stored.status);
    replay.headers.append({QByteArray("Idempotent-Replayed"), QByteArray("true")});
    return replay;
}

HttpResponse IdempotentWrites::run(RequestContext &ctx, const Handler &handler)
{
    auto headers = readHeaders(ctx);
    if (!headers)
        return HttpResponse::error(headers.error());

    // A retry whose first attempt committed is answered without taking the write lock.
    auto known = m_store.find(headers->key);
    if (!known)
        return HttpResponse::error(known.error());
    if (*known)
        return answerFromStore(**known, ctx);

    auto conn = m_db.connection();
    if (!conn)
        return HttpResponse::error(conn.error());
    auto tx = Transaction::begin(*conn, m_db.dialect(), Transaction::Kind::Write, kChangeLogLock);
    if (!tx)
        return HttpResponse::error(tx.error());
    // Looked up again under the lock: a concurrent request with the same key may have committed meanwhile.
    known = m_store.find(headers->key);
    if (!known)
        return HttpResponse::error(known.error());
    if (*known)
        return answerFromStore(**known, ctx); // the transaction rolls back

    WriteScope scope;
    ctx.write = &scope;
    HttpResponse response = handler(ctx);
    ctx.write = nullptr;
    if (response.status >= 500 || response.stream)
        return response; // rolled back and not stored: a retry runs again

    IdempotencyRecord record;
    record.key = headers->key;
    record.staffId = ctx.who().staffId;
    record.status = response.status;
    record.body = response.body;
    record.deviceId = headers->deviceId;
    record.deviceSeq = headers->deviceSeq;
    record.method = ctx.method;
    record.path = ctx.path;
    if (auto saved = m_store.save(record); !saved)
        return HttpResponse::error(saved.error());
    if (auto committed = tx->commit(); !committed)
        return HttpResponse::error(committed.error());
    scope.runAfterCommit();
    if (scope.lastSeq() > 0)
        m_notifier.notify(scope.lastSeq());
    m_store.purgeIfDue();
    return response;
}

} // namespace gd::server
