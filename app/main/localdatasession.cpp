#include "localdatasession.h"

#include "core/logging.h"
#include "net/apiclient.h"
#include "security/cachekeyjob.h"
#include "security/keychainjob.h"
#include "store/localreader.h"
#include "store/store.h"
#include "sync/synchost.h"
#include "ui/mainwindow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace gd {

namespace {

QString keychainCause(const Error &error)
{
    return error.details.value(QStringLiteral("keychain")).toString();
}

QByteArray fingerprint(const QString &secret)
{
    // Only to notice a rotated token; the token itself is not kept twice.
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

LocalDataSession::LocalDataSession(ApiClient *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_host(new SyncHost(session, this))
    , m_reader(new store::LocalReader(this))
    , m_cacheDirectory(defaultCacheDirectory())
{
    // The reader's connection opens once the engine has opened (created, migrated) the file.
    connect(m_host, &SyncHost::storeOpened, this, [this] {
        if (m_state == State::Open && !m_key.isEmpty())
            m_reader->open(m_cachePath, m_key);
    });
    // A rotated refresh token replaces the saved one. Only while the keychain has proved usable (the
    // local copy is open): an unavailable keychain would only queue failing jobs.
    connect(m_session, &ApiClient::tokensChanged, this, [this] {
        if (m_state == State::Open)
            saveRefreshToken();
    });
}

LocalDataSession::~LocalDataSession()
{
    stopSync();
}

void LocalDataSession::stopSync()
{
    m_reader->close();
    m_host->stop();
    m_key.fill('\0');
    m_key.clear();
}

QString LocalDataSession::defaultCacheDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("cache"));
}

void LocalDataSession::setCacheDirectory(const QString &directory)
{
    m_cacheDirectory = directory.isEmpty() ? defaultCacheDirectory() : directory;
}

void LocalDataSession::setSecretBackend(SecretBackend *backend)
{
    m_cacheKeys.setBackend(backend);
    m_refreshTokens.setBackend(backend);
}

void LocalDataSession::setKeychainTimeout(std::chrono::milliseconds timeout)
{
    m_cacheKeys.setTimeout(timeout);
    m_refreshTokens.setTimeout(timeout);
}

void LocalDataSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LocalDataSession::open()
{
    close();
    m_account = Account{m_session->baseUrl(), m_session->user().id};
    if (!m_account.isValid()) {
        // Cannot happen after a successful sign-in; without an account there is nothing to key a cache by.
        qCWarning(lcApp) << "signed in without a usable account; working online only";
        setState(State::OnlineOnly);
        return;
    }
    m_cachePath = store::Store::pathFor(m_cacheDirectory, m_account.fileStem());
    setState(State::Unlocking);
    // The key first: QtKeychain runs one job at a time, so a keychain that never answers would otherwise
    // make the user wait for two timeouts before being asked what to do.
    unlock();
}

void LocalDataSession::unlock()
{
    const quint64 generation = ++m_generation;
    CacheKeyJob *job = m_cacheKeys.fetchOrCreate(m_account, this);
    connect(job, &CacheKeyJob::finished, this, [this, generation](const Result<CacheKey> &result) {
        if (generation != m_generation || m_state != State::Unlocking)
            return; // signed out (or opened again) meanwhile
        if (result) {
            startSync(*result);
            return;
        }
        const Error &error = result.error();
        qCWarning(lcApp).noquote() << "the cache key is not available:" << errorCodeName(error.code)
                                   << keychainCause(error);
        emit keychainFailed(error);
    });
    job->start();
}

void LocalDataSession::startSync(const CacheKey &key)
{
    SyncConfig config = m_template;
    config.server = m_session->baseUrl();
    config.cachePath = m_cachePath;
    config.key = key.key;
    m_key = key.key;
    config.keyIsNew = key.created;
    config.tokens = m_session->tokens();
    qCInfo(lcApp).noquote() << "opening the local copy" << (key.created ? "with a new key" : "");
    m_host->start(std::move(config));
    setState(State::Open);
    saveRefreshToken();
}

void LocalDataSession::continueOnlineOnly()
{
    if (m_state != State::Unlocking)
        return;
    ++m_generation;
    qCInfo(lcApp) << "working online only: no local copy this session";
    setState(State::OnlineOnly);
    // This session's token is not kept; one from an earlier session of the account is spent or stale.
    forgetRefreshToken(m_account);
}

KeychainJob *LocalDataSession::loadRefreshToken(const Account &account, QObject *parent) const
{
    return m_refreshTokens.load(account, parent);
}

void LocalDataSession::forgetRefreshToken(const Account &account)
{
    if (!account.isValid())
        return;
    KeychainJob *job = m_refreshTokens.remove(account, this);
    connect(job, &KeychainJob::finished, this, [](const Result<QByteArray> &result) {
        if (!result)
            qCWarning(lcApp).noquote() << "the refresh token could not be removed from the keychain:"
                                       << errorCodeName(result.error().code) << keychainCause(result.error());
    });
    job->start();
}

void LocalDataSession::close()
{
    ++m_generation;
    stopSync();
    setState(State::Closed);
}

void LocalDataSession::signOut()
{
    const Account account = m_account;
    close();
    m_account = Account{};
    m_cachePath.clear();
    m_savedRefreshToken.clear();
    forgetRefreshToken(account);
}

void LocalDataSession::saveRefreshToken()
{
    const QString token = m_session->tokens().refreshToken;
    if (token.isEmpty() || !m_account.isValid())
        return;
    const QByteArray print = fingerprint(token);
    if (print == m_savedRefreshToken)
        return;
    m_savedRefreshToken = print;
    KeychainJob *job = m_refreshTokens.save(m_account, token, this);
    connect(job, &KeychainJob::finished, this, [](const Result<QByteArray> &result) {
        if (!result)
            qCWarning(lcApp).noquote() << "the refresh token could not be saved in the keychain:"
                                       << errorCodeName(result.error().code) << keychainCause(result.error());
    });
    job->start();
}

void LocalDataSession::wipe()
{
    if (m_state != State::Open)
        return;
    const QString path = m_cachePath;
    const Account account = m_account;
    ++m_generation;
    stopSync(); // closes the store: Store::wipe needs it closed
    setState(State::Unlocking);
    if (Result<void> wiped = store::Store::wipe(path); !wiped) {
        qCWarning(lcApp).noquote() << "wiping the local copy failed:" << errorCodeName(wiped.error().code);
        unlock(); // carry on with the copy as it is
        emit wipeFinished(wiped);
        return;
    }
    qCInfo(lcApp) << "local copy wiped";
    KeychainJob *job = m_cacheKeys.remove(account, this);
    connect(job, &KeychainJob::finished, this, [this](const Result<QByteArray> &result) {
        if (!result) {
            qCWarning(lcApp).noquote() << "the cache key could not be removed from the keychain:"
                                       << errorCodeName(result.error().code) << keychainCause(result.error());
            emit wipeFinished(result.error());
            return;
        }
        emit wipeFinished(Result<void>());
    });
    job->start();
}

void LocalDataSession::bindWindow(MainWindow *window)
{
    const auto show = [this, window](State state) {
        switch (state) {
        case State::Closed:
            window->clearLocalData();
            break;
        case State::Unlocking:
            window->setLocalDataUnlocking();
            break;
        case State::Open:
            window->setSyncHost(m_host, m_reader, m_cachePath);
            break;
        case State::OnlineOnly:
            window->setOnlineOnly();
            break;
        }
    };
    connect(this, &LocalDataSession::stateChanged, window, show);
    connect(window, &MainWindow::wipeLocalDataRequested, this, &LocalDataSession::wipe);
    show(m_state);
}

} // namespace gd
