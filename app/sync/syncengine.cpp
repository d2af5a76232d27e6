#include "sync/syncengine.h"

#include "core/logging.h"
#include "net/apicall.h"
#include "store/applicationrepository.h"
#include "store/changeapplier.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "sync/eventstream.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace gd {

namespace {

bool isTransient(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Network:
    case ErrorCode::Unavailable:
    case ErrorCode::TooManyRequests:
    case ErrorCode::Internal: // 5xx and unreadable (e.g. truncated) answers
        return true;
    default:
        return false;
    }
}

ApiRequest::Method methodFor(const QString &verb)
{
    if (verb == QLatin1String("POST"))
        return ApiRequest::Method::Post;
    if (verb == QLatin1String("PUT"))
        return ApiRequest::Method::Put;
    if (verb == QLatin1String("DELETE"))
        return ApiRequest::Method::Delete;
    return ApiRequest::Method::Patch;
}

} // namespace

SyncEngine::SyncEngine(SyncConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<ChangeSet>();
    m_backoff.setLimits(m_config.backoffInitial, m_config.backoffMaximum);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    // Notifications come in bursts (one per committed write on the server); one cycle answers them all.
    // The first notification of a burst starts the timer and later ones do not restart it: a steady
    // stream of writes (an event every 50 ms) would otherwise keep postponing the pull until it stops.
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(150);
    connect(&m_notifyTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    if (!m_stopped)
        return;
    m_stopped = false;
    // Created here, on the engine's thread, so the network objects live where they are used.
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_client = new ApiClient(m_network, this);
        m_client->setRefreshDelegated(m_config.delegateRefresh);
        m_client->setTimeout(m_config.requestTimeout);
        connect(m_client, &ApiClient::connectionStateChanged, this, [this](ApiClient::ConnectionState state) {
            m_status.online = state == ApiClient::ConnectionState::Online;
            publish();
        });
        connect(m_client, &ApiClient::sessionExpired, this, [this] {
            m_stage = Stage::None;
            ++m_pullGeneration;
            m_retryTimer.stop();
            m_pollTimer.stop();
            if (m_events)
                m_events->stop();
            m_status.lastError = makeError(ErrorCode::Unauthorized, QStringLiteral("the session has ended"));
            setPhase(SyncStatus::Phase::SignedOut);
        });
        m_events = new EventStream(m_client, this);
        connect(m_events, &EventStream::connectedChanged, this, [this](bool connected) {
            m_status.liveStream = connected;
            updatePolling();
            publish();
        });
        connect(m_events, &EventStream::changesAvailable, this, [this](qint64 seq) {
            if (!m_store)
                return;
            // Each notified sequence number starts at most one cycle: a notification about a change the
            // scoped feed does not return (the checkpoint stays behind it) must not start cycles forever.
            auto checkpoint = m_store->state().pullCheckpoint();
            const qint64 known = qMax(checkpoint ? *checkpoint : 0, m_notifiedSeq);
            if (seq <= known)
                return;
            m_notifiedSeq = seq;
            if (!m_notifyTimer.isActive())
                m_notifyTimer.start();
        });
    }
    m_client->setBaseUrl(m_config.server);
    m_client->setTokens(m_config.tokens);

    setPhase(SyncStatus::Phase::Opening);
    auto opened = store::Store::open(m_config.cachePath, m_config.key, m_config.keyIsNew);
    m_config.key.fill('\0');
    if (!opened) {
        failStorage(opened.error());
        return;
    }
    m_store = std::move(*opened);
    m_applier = std::make_unique<store::ChangeApplier>(*m_store);
    auto device = m_store->state().deviceId();
    if (!device) {
        failStorage(device.error());
        return;
    }
    m_deviceId = *device;
    auto last = m_store->state().lastSyncAt();
    if (last)
        m_status.lastSyncAt = *last;
    m_status.initialSyncDone = m_status.lastSyncAt.isValid();
    refreshCounts();
    const store::OpenReport &report = m_store->openReport();
    emit storeOpened(report.created, report.movedAsidePath);
    if (m_config.liveUpdates) {
        auto checkpoint = m_store->state().pullCheckpoint();
        m_events->start(checkpoint ? *checkpoint : 0);
    }
    updatePolling();
    syncNow();
}

void SyncEngine::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_stage = Stage::None;
    ++m_pullGeneration;
    m_retryTimer.stop();
    m_pollTimer.stop();
    m_notifyTimer.stop();
    if (m_events)
        m_events->stop();
    // Running calls are children of this object with `this` as context; dropping the stage makes their
    // answers no-ops. Closing the store locks the cache: the key is no longer in memory.
    m_applier.reset();
    m_store.reset();
    setPhase(SyncStatus::Phase::Stopped);
}

void SyncEngine::setTokens(const AuthTokens &tokens)
{
    m_config.tokens = tokens;
    if (m_client)
        m_client->setTokens(tokens);
    if (m_status.phase == SyncStatus::Phase::SignedOut && !tokens.accessToken.isEmpty() && m_store) {
        m_status.lastError.reset();
        if (m_config.liveUpdates) {
            auto checkpoint = m_store->state().pullCheckpoint();
            m_events->start(checkpoint ? *checkpoint : 0);
        }
        updatePolling();
        syncNow();
    }
}

void SyncEngine::syncNow()
{
    if (m_stopped || !m_store || m_status.phase == SyncStatus::Phase::SignedOut ||
        m_status.phase == SyncStatus::Phase::Failed)
        return;
    if (m_stage != Stage::None) {
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    beginCycle();
}

void SyncEngine::beginCycle()
{
    m_again = false;
    m_stage = Stage::PullBefore;
    pull();
}

void SyncEngine::pull()
{
    auto since = m_store->state().pullCheckpoint();
    if (!since) {
        failStorage(since.error());
        return;
    }
    if (m_status.phase != SyncStatus::Phase::Pulling) {
        m_pullClock.start();
        m_pullStartSeq = *since;
        m_pullRecords = 0;
        m_status.progress = SyncProgress{};
        setPhase(SyncStatus::Phase::Pulling);
    }
    // A pull starts with a small page, so the first objects (reference data first) show at once; the
    // following pages are full size: fewer, bigger transactions write the indexes far less often.
    requestPage(*since, qMin(m_config.pageSize, kFirstPageSize));
}

void SyncEngine::requestPage(qint64 since, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    ApiCall *call = m_client->get(QStringLiteral("/api/v1/sync/changes"), query, this);
    const quint64 generation = m_pullGeneration;
    connect(call, &ApiCall::finished, this, [this, generation, since](const Result<ApiResponse> &result) {
        onPullPage(generation, since, result);
    });
    call->start();
}

void SyncEngine::onPullPage(quint64 generation, qint64 since, const Result<ApiResponse> &result)
{
    if (m_stopped || generation != m_pullGeneration ||
        (m_stage != Stage::PullBefore && m_stage != Stage::PullAfter))
        return; // an answer for a pull that failed or was abandoned meanwhile
    if (!result) {
        fail(result.error());
        return;
    }
    // Pages apply strictly in order from the checkpoint; anything else is stale.
    auto checkpoint = m_store->state().pullCheckpoint();
    if (!checkpoint) {
        failStorage(checkpoint.error());
        return;
    }
    if (*checkpoint != since) {
        fail(makeError(ErrorCode::Internal, QStringLiteral("a change feed page out of order")));
        return;
    }
    const QJsonObject &page = result->json;
    const QJsonValue changesValue = page.value(QLatin1String("changes"));
    const QJsonValue nextValue = page.value(QLatin1String("next"));
    if (!changesValue.isArray() || !nextValue.isDouble()) {
        fail(makeError(ErrorCode::Internal, QStringLiteral("the change feed answer is malformed")));
        return;
    }
    const QJsonArray changes = changesValue.toArray();
    const qint64 next = nextValue.toInteger();
    const bool more = page.value(QLatin1String("has_more")).toBool();
    qCDebug(lcSync) << "pulled" << changes.size() << "changes, next" << next << "stage" << int(m_stage);
    // Ask for the next page before applying this one: the server prepares it and it travels while this
    // page is written (the answer is handled only after this function returns, on this thread).
    if (more)
        requestPage(next, m_config.pageSize);
    // Each object is stored as the server wrote it (the same JSON), not serialised again from `changes`.
    auto applied = m_applier->apply(changes, next, store::ChangeApplier::dataTexts(result->body));
    if (!applied) {
        failStorage(applied.error());
        return;
    }
    m_pullRecords += changes.size();
    const qint64 lastSeq = page.value(QLatin1String("last_seq")).toInteger();
    SyncProgress &progress = m_status.progress;
    progress.records = m_pullRecords;
    if (lastSeq > m_pullStartSeq) {
        // Sequence numbers are global and the feed is scoped, so the share of the sequence range
        // covered is the honest estimate of how far the pull is.
        const double share = double(next - m_pullStartSeq) / double(lastSeq - m_pullStartSeq);
        progress.estimatedTotal = share > 0 ? qint64(double(m_pullRecords) / qMin(1.0, share)) : 0;
    }
    if (!more)
        progress.estimatedTotal = m_pullRecords;
    const qint64 elapsed = qMax<qint64>(1, m_pullClock.elapsed());
    progress.ratePerSecond = double(m_pullRecords) * 1000.0 / double(elapsed);
    if (!applied->changed.isEmpty())
        emit dataChanged(ChangeSet{applied->changed});
    publish();
    if (!more)
        stageDone();
}

void SyncEngine::push()
{
    setPhase(SyncStatus::Phase::Pushing);
    auto item = m_store->outbox().first();
    if (!item) {
        failStorage(item.error());
        return;
    }
    if (!*item) {
        stageDone();
        return;
    }
    const store::OutboxItem request = **item;
    ApiRequest wire;
    wire.method = methodFor(request.method);
    wire.path = request.path;
    wire.body = request.body;
    if (store::isAttachmentPath(request.path)) {
        // A photo: its bytes are in the local attachments table, never in the outbox; they go as base64
        // just now. The base version only orders the incident's writes here, the upload has none.
        auto bytes = m_store->incidents().attachmentBytes(request.body.value(QLatin1String("id")).toString());
        if (!bytes) {
            failStorage(bytes.error());
            return;
        }
        if (bytes->isEmpty()) {
            onPushAnswer(
                request,
                makeError(ErrorCode::BadRequest,
                          QStringLiteral("the photo is no longer in the local copy and cannot be sent"),
                          QJsonObject{{QStringLiteral("field"), QStringLiteral("data")}}));
            return;
        }
        QJsonObject upload = request.body;
        upload.remove(QStringLiteral("base_version"));
        upload.insert(QStringLiteral("data"), QString::fromLatin1(bytes->toBase64()));
        wire.body = upload;
    }
    wire.headers = {{QByteArrayLiteral("Idempotency-Key"), request.key.toLatin1()},
                    {QByteArrayLiteral("X-Device-Id"), m_deviceId.toLatin1()},
                    {QByteArrayLiteral("X-Device-Seq"), QByteArray::number(request.seq)}};
    ApiCall *call = m_client->send(wire, this);
    connect(call, &ApiCall::finished, this,
            [this, request](const Result<ApiResponse> &result) { onPushAnswer(request, result); });
    call->start();
}

void SyncEngine::onPushAnswer(const store::OutboxItem &item, const Result<ApiResponse> &result)
{
    if (m_stopped || m_stage != Stage::Push)
        return;
    if (result) {
        if (auto r = applyPushSuccess(item, result->json); !r) {
            failStorage(r.error());
            return;
        }
        refreshCounts();
        emit dataChanged(ChangeSet{{{item.entity, {item.entityId}}}});
        publish();
        push();
        return;
    }
    const Error &error = result.error();
    if (error.code == ErrorCode::Unauthorized) {
        fail(error); // the refresh already failed; sessionExpired() stops the engine
        return;
    }
    if (isTransient(error)) {
        (void)m_store->outbox().noteAttempt(item.seq, errorCodeName(error.code));
        fail(error);
        return;
    }
    // A final refusal: the server will never take this write as it is. Keep it for the user.
    if (auto r = recordRefusal(item, error); !r) {
        failStorage(r.error());
        return;
    }
    refreshCounts();
    emit conflictsChanged();
    emit dataChanged(ChangeSet{{{item.entity, {item.entityId}}}});
    publish();
    if (error.code != ErrorCode::Conflict)
        refetch(item.entity, item.entityId);
    push();
}

Result<void> SyncEngine::applyPushSuccess(const store::OutboxItem &item, const QJsonObject &object)
{
    const store::LocalTable *table = store::localTable(item.entity);
    auto tx = store::WriteTransaction::begin(m_store->connection());
    if (!tx)
        return tx.error();
    if (table && !object.isEmpty()) {
        // Later writes of this device to the same object were made on top of this one: rebase them on the
        // server's new version and keep showing their fields.
        auto later = m_store->outbox().pending(1000);
        if (!later)
            return later.error();
        QJsonObject shown = object;
        bool laterActions = false;
        const qint64 newVersion = object.value(QLatin1String("version")).toInteger();
        // A create has no base version; edits queued on top of its local copy were based on version 0.
        const qint64 itemBase = item.baseVersion.value_or(0);
        for (store::OutboxItem &next : *later) {
            if (next.seq == item.seq || next.entity != item.entity || next.entityId != item.entityId)
                continue;
            // An edit's body is the fields it sets; an action's body is no part of the object (its
            // optimistic result is what the local copy shows until the server answers it).
            if (!store::bodyIsObjectFields(next.path)) {
                laterActions = true;
            } else {
                for (auto it = next.body.constBegin(); it != next.body.constEnd(); ++it) {
                    if (it.key() != QLatin1String("base_version"))
                        shown.insert(it.key(), it.value());
                }
            }
            if (next.baseVersion && *next.baseVersion == itemBase) {
                auto stmt = m_store->connection().cached("UPDATE outbox SET base_version = ?, body = "
                                                         "json_set(body, '$.base_version', ?) WHERE seq = ?");
                if (!stmt)
                    return stmt.error();
                if (auto r = (*stmt)->bind(1, newVersion).bind(2, newVersion).bind(3, next.seq).exec(); !r)
                    return r.error();
            }
        }
        // The server's copy replaces the optimistic one, unless later actions of this device are still
        // on top of it: then the local copy (which already shows them) stays until they are answered,
        // unless the server's copy is as new or newer (someone else acted meanwhile).
        if (!laterActions && !store::bodyIsObjectFields(item.path)) {
            if (auto r = m_store->entities().replace(*table, shown); !r)
                return r.error();
        } else if (auto r = m_store->entities().upsert(*table, shown); !r) {
            return r.error();
        }
    }
    if (store::isAttachmentPath(item.path)) {
        auto stmt = m_store->connection().cached("UPDATE attachments SET uploaded = 1 WHERE id = ?");
        if (!stmt)
            return stmt.error();
        if (auto r = (*stmt)->bind(1, item.body.value(QLatin1String("id")).toString()).exec(); !r)
            return r.error();
    }
    if (auto r = m_store->outbox().remove(item.seq); !r)
        return r.error();
    return tx->commit();
}

Result<void> SyncEngine::recordRefusal(const store::OutboxItem &item, const Error &error)
{
    auto tx = store::WriteTransaction::begin(m_store->connection());
    if (!tx)
        return tx.error();
    store::ConflictEntry entry;
    entry.kind = error.code == ErrorCode::Conflict ? QStringLiteral("conflict") : QStringLiteral("rejected");
    entry.entity = item.entity;
    entry.entityId = item.entityId;
    entry.method = item.method;
    entry.path = item.path;
    entry.local = item.body;
    entry.baseVersion = item.baseVersion;
    entry.errorCode = errorCodeName(error.code);
    entry.errorMessage = error.message;
    entry.summary = item.summary;
    entry.errorDetails = error.details;
    entry.errorDetails.remove(QStringLiteral("server"));
    const QJsonObject server = error.details.value(QLatin1String("server")).toObject();
    if (!server.isEmpty()) {
        entry.server = server;
        // The local copy follows the server; the user's version lives in the conflict entry. Replaced
        // whatever its version: an optimistic action counted its own version on ahead of the server's.
        if (const store::LocalTable *table = store::localTable(item.entity)) {
            if (auto r = m_store->entities().replace(*table, server); !r)
                return r.error();
        }
    }
    if (auto r = m_store->conflicts().add(entry); !r)
        return r.error();
    if (auto r = m_store->outbox().remove(item.seq); !r)
        return r.error();
    qCInfo(lcSync).noquote() << "write" << item.seq << "refused:" << entry.errorCode;
    return tx->commit();
}

void SyncEngine::refetch(const QString &entity, const QString &id)
{
    const store::LocalTable *table = store::localTable(entity);
    if (!table)
        return;
    ApiRequest request = ApiRequest::get(table->restPath + QLatin1Char('/') + id);
    request.acceptedErrorStatuses = {404};
    ApiCall *call = m_client->send(request, this);
    connect(call, &ApiCall::finished, this, [this, table, id](const Result<ApiResponse> &result) {
        if (!m_store || !result)
            return; // the next pull brings it
        auto tx = store::WriteTransaction::begin(m_store->connection());
        if (!tx)
            return;
        Result<void> done;
        auto pending = m_store->outbox().pendingObjects();
        if (!pending)
            return;
        if (result->status == 404) {
            done = m_store->entities().remove(*table, id);
        } else if (!pending->contains(table->entity + QLatin1Char('/') + id)) {
            // The write was refused: the server's copy replaces what the local copy showed of it, even
            // an optimistic version counted ahead of the server's.
            done = m_store->entities().replace(*table, result->json);
        } else {
            auto written = m_store->entities().upsert(*table, result->json);
            if (!written)
                done = written.error();
        }
        if (done && tx->commit())
            emit dataChanged(ChangeSet{{{table->entity, {id}}}});
    });
    call->start();
}

void SyncEngine::stageDone()
{
    switch (m_stage) {
    case Stage::PullBefore:
        m_stage = Stage::Push;
        push();
        return;
    case Stage::Push:
        m_stage = Stage::PullAfter;
        pull();
        return;
    case Stage::PullAfter:
    case Stage::None:
        break;
    }
    m_stage = Stage::None;
    m_backoff.reset();
    m_status.lastError.reset();
    m_status.lastSyncAt = QDateTime::currentDateTimeUtc();
    m_status.initialSyncDone = true;
    m_status.nextAttemptAt = QDateTime();
    (void)m_store->state().setLastSyncAt(m_status.lastSyncAt);
    refreshCounts();
    setPhase(SyncStatus::Phase::Idle);
    emit cycleFinished();
    if (m_again)
        syncNow();
}

void SyncEngine::fail(const Error &error)
{
    m_stage = Stage::None;
    ++m_pullGeneration;
    m_status.lastError = error;
    if (error.code == ErrorCode::Unauthorized && m_status.phase == SyncStatus::Phase::SignedOut)
        return;
    const auto delay = m_backoff.next();
    m_status.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    qCInfo(lcSync).noquote() << "sync failed:" << errorCodeName(error.code) << "- retrying in"
                             << delay.count() << "ms";
    refreshCounts();
    setPhase(SyncStatus::Phase::Waiting);
    m_retryTimer.start(delay);
}

void SyncEngine::failStorage(const Error &error)
{
    ++m_pullGeneration;
    qCWarning(lcSync).noquote() << "local store failed:" << errorCodeName(error.code)
                                << store::storageReason(error);
    if (!m_store) {
        m_stage = Stage::None;
        m_status.lastError = error;
        setPhase(SyncStatus::Phase::Failed);
        return;
    }
    // A full disk or a busy file can clear up: nothing was committed, so retrying later loses nothing.
    fail(error);
}

void SyncEngine::refreshCounts()
{
    if (!m_store)
        return;
    if (auto n = m_store->outbox().count())
        m_status.outboxCount = *n;
    if (auto n = m_store->conflicts().count())
        m_status.conflictCount = *n;
}

void SyncEngine::setPhase(SyncStatus::Phase phase)
{
    m_status.phase = phase;
    publish();
}

void SyncEngine::publish()
{
    emit statusChanged(m_status);
}

void SyncEngine::updatePolling()
{
    // The periodic pull covers the time the live stream is down.
    if (m_stopped || m_status.liveStream)
        m_pollTimer.stop();
    else if (!m_pollTimer.isActive())
        m_pollTimer.start(m_config.pollInterval);
}

Result<store::OutboxItem>
SyncEngine::write(const std::function<Result<store::OutboxItem>(store::Store &)> &action)
{
    if (!m_store)
        return makeError(ErrorCode::Storage, QStringLiteral("the local copy is not open"));
    auto item = action(*m_store);
    if (!item)
        return item.error();
    refreshCounts();
    emit dataChanged(ChangeSet{{{item->entity, {item->entityId}}}});
    publish();
    syncNow();
    return item;
}

Result<void> SyncEngine::resolveConflict(qint64 id, Resolution resolution, const QJsonObject &merged)
{
    if (!m_store)
        return makeError(ErrorCode::Storage, QStringLiteral("the local copy is not open"));
    auto found = m_store->conflicts().get(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no such conflict"));
    const store::ConflictEntry entry = **found;
    const store::LocalTable *table = store::localTable(entry.entity);
    auto tx = store::WriteTransaction::begin(m_store->connection());
    if (!tx)
        return tx.error();
    if (resolution != Resolution::TakeServer && entry.kind == QLatin1String("conflict") && entry.server &&
        table) {
        const qint64 serverVersion = entry.server->value(QLatin1String("version")).toInteger();
        // An action is taken again as it was (there is nothing to merge); its body is no part of the
        // object, so the local copy stays the server's until the server answers.
        const bool action = !store::bodyIsObjectFields(entry.path);
        QJsonObject body = resolution == Resolution::Merge && !action ? merged : entry.local;
        body.insert(QStringLiteral("base_version"), serverVersion);
        if (!action) {
            QJsonObject shown = *entry.server;
            for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
                if (it.key() != QLatin1String("base_version"))
                    shown.insert(it.key(), it.value());
            }
            if (auto r = m_store->entities().upsert(*table, shown); !r)
                return r.error();
        }
        store::OutboxItem request;
        request.method = entry.method;
        request.path = entry.path;
        request.body = body;
        request.entity = entry.entity;
        request.entityId = entry.entityId;
        request.baseVersion = serverVersion;
        request.summary = entry.summary;
        if (auto r = m_store->outbox().enqueue(request); !r)
            return r.error();
    }
    if (auto r = m_store->conflicts().remove(id); !r)
        return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    refreshCounts();
    emit conflictsChanged();
    emit dataChanged(ChangeSet{{{entry.entity, {entry.entityId}}}});
    publish();
    syncNow();
    return {};
}

} // namespace gd
