#include "security/cachekeyjob.h"

#include "core/logging.h"

#include <QRandomGenerator>

#include <array>

namespace gd {

namespace {

QByteArray randomKey()
{
    std::array<quint32, CacheKeyStore::kKeySize / sizeof(quint32)> words;
    QRandomGenerator::system()->generate(words.begin(), words.end());
    QByteArray key(reinterpret_cast<const char *>(words.data()), CacheKeyStore::kKeySize);
    words.fill(0);
    return key;
}

} // namespace

CacheKeyJob::CacheKeyJob(const CacheKeyStore &store, const Account &account, Mode mode, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_account(account)
    , m_mode(mode)
{
    registerSecurityMetaTypes();
}

CacheKeyJob::~CacheKeyJob() = default;

void CacheKeyJob::start()
{
    if (m_started)
        return;
    m_started = true;
    read(); // KeychainJob answers later than start() returns, so finished() does too
}

void CacheKeyJob::read()
{
    KeychainJob *job = m_store.readJob(m_account, this);
    connect(job, &KeychainJob::finished, this, [this](const Result<QByteArray> &stored) {
        if (!stored && stored.error().code == ErrorCode::NotFound && m_mode == Mode::FetchOrCreate) {
            create();
            return;
        }
        const Result<QByteArray> key = checkedKey(stored);
        if (key)
            finish(CacheKey{*key, false});
        else
            finish(key.error());
    });
    job->start();
}

void CacheKeyJob::create()
{
    KeychainJob *job = m_store.writeJob(m_account, randomKey(), this);
    connect(job, &KeychainJob::finished, this, [this](const Result<QByteArray> &written) {
        if (written)
            readBack();
        else
            finish(written.error());
    });
    job->start();
}

// Reading the new key back costs one round trip, once per account and PC. It proves the keychain kept
// it, and when two fetchOrCreate() of one account overlap (QtKeychain runs jobs in order: read, read,
// write, write), both report the key that was written last instead of each its own.
void CacheKeyJob::readBack()
{
    KeychainJob *job = m_store.readJob(m_account, this);
    connect(job, &KeychainJob::finished, this, [this](const Result<QByteArray> &stored) {
        if (!stored && stored.error().code == ErrorCode::NotFound) {
            finish(makeError(ErrorCode::Unavailable,
                             QStringLiteral("the keychain did not keep the new cache key"),
                             QJsonObject{{QStringLiteral("keychain"), QStringLiteral("not_kept")}}));
            return;
        }
        const Result<QByteArray> key = checkedKey(stored);
        if (!key) {
            finish(key.error());
            return;
        }
        qCInfo(lcSecurity) << "created a new cache key";
        finish(CacheKey{*key, true});
    });
    job->start();
}

Result<QByteArray> CacheKeyJob::checkedKey(const Result<QByteArray> &read) const
{
    if (!read)
        return read.error();
    if (read->size() != CacheKeyStore::kKeySize) {
        // The size is no secret and tells a truncated entry from one written by something else.
        const QString message = QStringLiteral("the stored cache key is corrupt: ") +
                                QString::number(read->size()) + QStringLiteral(" bytes instead of ") +
                                QString::number(CacheKeyStore::kKeySize);
        qCWarning(lcSecurity).noquote() << message;
        return makeError(ErrorCode::Internal, message,
                         QJsonObject{{QStringLiteral("keychain"), QStringLiteral("corrupt_key")}});
    }
    return *read;
}

void CacheKeyJob::finish(const Result<CacheKey> &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
    deleteLater();
}

} // namespace gd
