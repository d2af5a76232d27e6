#pragma once
// The signed-in staff member's data on this computer: the encrypted local copy, its key and the session's
// refresh token in the system keychain, and the sync engine that keeps the copy current. The composition
// root (Workstation, ScreenshotRunner) makes one and drives it through a session:
//
//   open()        after a successful sign-in: remembers the Account (server + staff id), asks the keychain
//                 for the cache key (CacheKeyStore::fetchOrCreate), starts the SyncHost on
//                 <cache dir>/<Account::fileStem()>.gdcache → state Open, and saves the refresh token
//                 (RefreshTokenStore; saved again whenever the ApiClient rotates it — nowhere else). When
//                 the keychain is unavailable (or the stored key is damaged) it emits keychainFailed() and
//                 waits: there is no plaintext fallback. The caller then picks continueOnlineOnly() (no
//                 local copy, no refresh token kept) or signs out.
//   close()       stops syncing; the file stays on disk, locked (the key is no longer in memory).
//   signOut()     close() and delete the refresh token from the keychain.
//   continueOnlineOnly()  no local copy this session; a refresh token stored earlier for the account is
//                 deleted (best effort): the session is not kept, and that token is spent or stale.
//   wipe()        stops syncing, deletes the local copy (Store::wipe) and its key (CacheKeyStore::remove);
//                 wipeFinished() reports. If the file cannot be deleted, syncing starts again.
//
// bindWindow() shows the state in a MainWindow and passes its "wipe local data" here.
//
// Resuming a session at start (Workstation): loadRefreshToken() reads an account's refresh token from the
// same keychain (NotFound when none), forgetRefreshToken() deletes one the server rejected.
//
// GUI thread (keychain jobs answer there). Owns the SyncHost; uses the ApiClient owned by main().

#include "security/account.h"
#include "security/cachekeystore.h"
#include "security/refreshtokenstore.h"
#include "sync/syncengine.h"

#include <QObject>

namespace gd {

class ApiClient;
class MainWindow;
class SecretBackend;
class SyncHost;
struct CacheKey;
namespace store {
class LocalReader;
}

class LocalDataSession : public QObject {
    Q_OBJECT
public:
    enum class State {
        Closed,     // not signed in
        Unlocking,  // waiting for the keychain (or for the caller's answer to keychainFailed())
        Open,       // the SyncHost runs on the local copy
        OnlineOnly, // no local copy this session: the keychain is unavailable
    };
    Q_ENUM(State)

    explicit LocalDataSession(ApiClient *session, QObject *parent = nullptr);
    ~LocalDataSession() override;

    // <QStandardPaths::AppLocalDataLocation>/cache.
    static QString defaultCacheDirectory();
    QString cacheDirectory() const { return m_cacheDirectory; }
    void setCacheDirectory(const QString &directory); // empty: the default

    // The keychain to use: nullptr (the default) is the system's; tests pass a fake. Must outlive the
    // session.
    void setSecretBackend(SecretBackend *backend);
    void setKeychainTimeout(std::chrono::milliseconds timeout);
    // Sync settings for the engines this session starts (tests shorten intervals); the server, cache
    // path, key and tokens are filled in by open().
    void setSyncTemplate(const SyncConfig &config) { m_template = config; }

    State state() const { return m_state; }
    const Account &account() const { return m_account; }
    QString cachePath() const { return m_cachePath; } // empty until open() has an account
    SyncHost *syncHost() const { return m_host; }
    // The read-only connection for the GUI's reads; open while the state is Open and the engine has
    // opened the file.
    store::LocalReader *reader() const { return m_reader; }

    void open();
    void continueOnlineOnly();

    // A job (not started) that reads `account`'s refresh token: finished() gives its UTF-8 bytes.
    KeychainJob *loadRefreshToken(const Account &account, QObject *parent = nullptr) const;
    // Deletes `account`'s refresh token (best effort; a failure is logged).
    void forgetRefreshToken(const Account &account);
    void close();
    void signOut();
    void wipe();

    // Keeps `window` showing this session's state (unlocking / online only / the SyncHost) and passes its
    // wipeLocalDataRequested() to wipe(). For the window's lifetime.
    void bindWindow(MainWindow *window);

signals:
    void stateChanged(gd::LocalDataSession::State state);
    // The keychain cannot give the cache key (Unavailable, or Internal for a damaged key). The session stays
    // Unlocking until continueOnlineOnly() or signOut().
    void keychainFailed(const gd::Error &error);
    // wipe() is done: success, or the error (Storage: the file could not be deleted and syncing started
    // again; Unavailable: the file is gone but the key could not be deleted from the keychain).
    void wipeFinished(const gd::Result<void> &result);

private:
    void setState(State state);
    void unlock();
    void startSync(const CacheKey &key);
    void saveRefreshToken();
    void stopSync(); // closes the reader, stops the engine, forgets the key

    ApiClient *m_session;
    SyncHost *m_host;
    store::LocalReader *m_reader;
    QByteArray m_key; // the cache key while the copy is open (for the reader's connection)
    CacheKeyStore m_cacheKeys;
    RefreshTokenStore m_refreshTokens;
    SyncConfig m_template;
    QString m_cacheDirectory;
    State m_state = State::Closed;
    Account m_account;
    QString m_cachePath;
    QByteArray m_savedRefreshToken; // SHA-256 of the token last saved, to notice rotations
    quint64 m_generation = 0;       // answers for an earlier open() are ignored
};

} // namespace gd
