// govdesk::security: KeychainJob's timeout, single emission and error mapping against a fake backend
// (tests/fakes/fakesecretbackend.h), Account's key names and file stems, CacheKeyStore and
// RefreshTokenStore against the fake — and the same round trips against the real keychain (QtKeychain)
// when there is one. `./govdesk.sh test` runs this under dbus-run-session with an unlocked
// gnome-keyring and a throwaway HOME; elsewhere a quick write/delete probe decides, and the real-keychain
// cases skip with the probe's error.

#include "fakesecretbackend.h"
#include "security/account.h"
#include "security/cachekeyjob.h"
#include "security/cachekeystore.h"
#include "security/keychainjob.h"
#include "security/refreshtokenstore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace gd;
using namespace std::chrono_literals;
using gd::test::FakeSecretBackend;

namespace {

using Status = SecretReply::Status;

// Long enough for a real keychain's first answer (gnome-keyring may start on demand).
constexpr int kWaitMs = 20000;

// The first recorded finished() argument. (qvariant_cast needs a default constructor; Result has none.)
template <typename T> T takeResult(QSignalSpy &spy)
{
    const QVariant value = spy.takeFirst().at(0);
    if (value.metaType() != QMetaType::fromType<T>())
        qFatal("unexpected signal argument type %s", value.metaType().name());
    return *static_cast<const T *>(value.constData());
}

// Starts a job and waits for its finished(); nullopt if it never came.
template <typename R, typename Job> std::optional<R> run(Job *job, int waitMs = kWaitMs)
{
    QSignalSpy spy(job, &Job::finished);
    job->start();
    if (!spy.wait(waitMs) || spy.count() != 1)
        return std::nullopt;
    return takeResult<R>(spy);
}

// The error message of a failed result (QVERIFY2 evaluates its message even when the check passes).
template <typename T> QString why(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

// A job that finished and succeeded.
template <typename T> bool succeeded(const std::optional<Result<T>> &result)
{
    return result && result->ok();
}

// The error code of a job that finished and failed; nullopt otherwise.
template <typename T> std::optional<ErrorCode> failure(const std::optional<Result<T>> &result)
{
    if (!result || result->ok())
        return std::nullopt;
    return result->error().code;
}

QString cause(const Error &error)
{
    return error.details.value(QStringLiteral("keychain")).toString();
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

Account account(const QString &server, const QString &staffId)
{
    return Account{QUrl(server), staffId};
}

// Accounts on a server that cannot exist (.invalid), so the real-keychain cases never touch real entries.
const Account kAlice = account(QStringLiteral("https://keychain-test.invalid:8443"),
                               QStringLiteral("00000000-0000-4000-8000-00000000a11c"));
const Account kBob = account(QStringLiteral("https://keychain-test.invalid:8443"),
                             QStringLiteral("00000000-0000-4000-8000-000000000b0b"));
const QString kProbeKey = QStringLiteral("govdesk-test/probe");
const QString kRoundTripKey = QStringLiteral("govdesk-test/round-trip");

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // KeychainJob against the fake backend
    void fakeRoundTrip();
    void finishedComesLaterThanStart();
    void timeoutGivesUnavailable();
    void lateAnswerAfterTimeoutIsIgnored();
    void lateAnswerAfterJobIsGoneIsDropped();
    void answerBeforeTimeoutStopsTheTimer();
    void errorMapping_data();
    void errorMapping();
    void errorsNeverCarryTheSecret();
    void jobWithoutKeyIsInternal();

    // Account
    void accountKeys_data();
    void accountKeys();
    void fileStemIsStableAndSeparatesAccounts();

    // Stores against the fake backend
    void cacheKeyFetchOrCreateThenFetch();
    void cacheKeyFetchDoesNotCreate();
    void cacheKeyPerAccount();
    void cacheKeyCorruptIsNotReplaced();
    void cacheKeyRemove();
    void cacheKeyUnavailableKeychain();
    void cacheKeyInvalidAccount();
    void refreshTokenRoundTrip();

    // The real keychain (QtKeychain), skipped without one
    void realRoundTrip();
    void realCacheKey();
    void realRefreshToken();

private:
    void removeRealTestEntries();

    bool m_realKeychain = false;
    QString m_realKeychainMissing;
};

void TestKeychain::initTestCase()
{
    // A write and a delete with a short timeout: a keychain that errors or hangs (PLATFORM.md gotcha 10)
    // is found in at most a few seconds, and the reason is the skip message.
    auto *write = KeychainJob::write(kProbeKey, QByteArrayLiteral("probe"));
    write->setTimeout(3s);
    const auto written = run<Result<QByteArray>>(write);
    if (!written || !*written) {
        m_realKeychainMissing = written ? written->error().message : QStringLiteral("no answer");
        return;
    }
    auto *remove = KeychainJob::remove(kProbeKey);
    remove->setTimeout(3s);
    const auto removed = run<Result<QByteArray>>(remove);
    if (!removed || !*removed) {
        m_realKeychainMissing = removed ? removed->error().message : QStringLiteral("no answer");
        return;
    }
    m_realKeychain = true;
    removeRealTestEntries();
}

void TestKeychain::cleanupTestCase()
{
    if (m_realKeychain)
        removeRealTestEntries();
}

void TestKeychain::removeRealTestEntries()
{
    const CacheKeyStore keys;
    const RefreshTokenStore tokens;
    const QList<KeychainJob *> jobs{KeychainJob::remove(kRoundTripKey), keys.remove(kAlice),
                                    keys.remove(kBob), tokens.remove(kAlice)};
    for (KeychainJob *job : jobs) {
        const auto removed = run<Result<QByteArray>>(job);
        QVERIFY(removed && removed->ok());
    }
}

#define SKIP_WITHOUT_REAL_KEYCHAIN()                                                                         \
    do {                                                                                                     \
        if (!m_realKeychain)                                                                                 \
            QSKIP(qPrintable(QStringLiteral("no usable keychain here (run under ./govdesk.sh test): ") +     \
                             m_realKeychainMissing));                                                        \
    } while (false)

// --- KeychainJob against the fake backend -------------------------------------------------------------

void TestKeychain::fakeRoundTrip()
{
    FakeSecretBackend fake;
    const QByteArray secret = randomBytes(32);
    const QString key = QStringLiteral("cache-key/example:443/x");

    auto *write = KeychainJob::write(key, secret);
    write->setBackend(&fake);
    const auto written = run<Result<QByteArray>>(write);
    QVERIFY(written && written->ok());
    QVERIFY(written->value().isEmpty());
    QCOMPARE(fake.entries().value(key), secret);
    QCOMPARE(fake.requests().constFirst().service, QStringLiteral("GovDesk"));
    QCOMPARE(fake.requests().constFirst().operation, SecretOperation::Write);

    auto *read = KeychainJob::read(key);
    read->setBackend(&fake);
    const auto stored = run<Result<QByteArray>>(read);
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->value(), secret);

    auto *remove = KeychainJob::remove(key);
    remove->setBackend(&fake);
    const auto removed = run<Result<QByteArray>>(remove);
    QVERIFY(removed && removed->ok());
    QVERIFY(removed->value().isEmpty());
    QVERIFY(!fake.hasEntry(key));

    auto *again = KeychainJob::read(key);
    again->setBackend(&fake);
    const auto missing = run<Result<QByteArray>>(again);
    QVERIFY(missing && !missing->ok());
    QCOMPARE(missing->error().code, ErrorCode::NotFound);
}

void TestKeychain::finishedComesLaterThanStart()
{
    FakeSecretBackend fake;
    auto *job = KeychainJob::read(QStringLiteral("cache-key/example:443/x"));
    job->setBackend(&fake);
    QSignalSpy spy(job, &KeychainJob::finished);
    job->start();
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
}

void TestKeychain::timeoutGivesUnavailable()
{
    FakeSecretBackend fake;
    fake.setMode(FakeSecretBackend::Mode::Hold); // never answers
    auto *job = KeychainJob::read(QStringLiteral("cache-key/example:443/x"));
    QCOMPARE(job->timeout(), 10000ms);
    job->setBackend(&fake);
    job->setTimeout(200ms);
    QPointer<KeychainJob> alive(job);
    QSignalSpy spy(job, &KeychainJob::finished);
    QElapsedTimer clock;
    clock.start();
    job->start();
    QVERIFY(spy.wait(5000));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 190 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QCOMPARE(fake.heldCount(), 1);
    const auto result = takeResult<Result<QByteArray>>(spy);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Unavailable);
    QCOMPARE(cause(result.error()), QStringLiteral("timeout"));
    QVERIFY(result.error().message.contains(QStringLiteral("200 ms")));
    QTRY_VERIFY(alive.isNull()); // deleted itself
}

void TestKeychain::lateAnswerAfterTimeoutIsIgnored()
{
    FakeSecretBackend fake;
    fake.setMode(FakeSecretBackend::Mode::Hold);
    fake.setEntry(QStringLiteral("cache-key/example:443/x"), randomBytes(32));
    auto *job = KeychainJob::read(QStringLiteral("cache-key/example:443/x"));
    job->setBackend(&fake);
    job->setTimeout(50ms);
    QPointer<KeychainJob> alive(job);
    QSignalSpy spy(job, &KeychainJob::finished);
    job->start();
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);

    // The job has timed out but not yet been deleted (no event loop turn since): the backend now answers.
    QVERIFY(!alive.isNull());
    fake.releaseHeld();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(takeResult<Result<QByteArray>>(spy).error().code, ErrorCode::Unavailable);
    QTRY_VERIFY(alive.isNull());
    QCOMPARE(spy.count(), 0);
}

void TestKeychain::lateAnswerAfterJobIsGoneIsDropped()
{
    FakeSecretBackend fake;
    fake.setMode(FakeSecretBackend::Mode::Hold);
    auto *job = KeychainJob::write(QStringLiteral("cache-key/example:443/x"), randomBytes(32));
    job->setBackend(&fake);
    job->setTimeout(50ms);
    QPointer<KeychainJob> alive(job);
    QSignalSpy spy(job, &KeychainJob::finished);
    job->start();
    QVERIFY(spy.wait(5000));
    QTRY_VERIFY(alive.isNull());
    fake.releaseHeld(); // the write still lands, like a real keychain that was merely slow
    QCOMPARE(spy.count(), 1);
    QVERIFY(fake.hasEntry(QStringLiteral("cache-key/example:443/x")));
}

void TestKeychain::answerBeforeTimeoutStopsTheTimer()
{
    FakeSecretBackend fake;
    fake.setEntry(QStringLiteral("cache-key/example:443/x"), QByteArrayLiteral("value"));
    auto *job = KeychainJob::read(QStringLiteral("cache-key/example:443/x"));
    job->setBackend(&fake);
    job->setTimeout(100ms);
    QSignalSpy spy(job, &KeychainJob::finished);
    job->start();
    QVERIFY(spy.wait(5000));
    QVERIFY(!spy.wait(300)); // well past the timeout: no second finished()
    QCOMPARE(spy.count(), 1);
    QVERIFY(takeResult<Result<QByteArray>>(spy).ok());
}

void TestKeychain::errorMapping_data()
{
    QTest::addColumn<SecretOperation>("operation");
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("cause");

    const auto row = [](const char *name, SecretOperation operation, Status status, bool succeeds,
                        ErrorCode code, const char *cause) {
        QTest::newRow(name) << operation << status << succeeds << code << QString::fromLatin1(cause);
    };
    using Op = SecretOperation;
    row("read: not found", Op::Read, Status::EntryNotFound, false, ErrorCode::NotFound, "entry_not_found");
    row("delete: not found is success", Op::Delete, Status::EntryNotFound, true, ErrorCode::Internal, "");
    row("read: access denied", Op::Read, Status::AccessDenied, false, ErrorCode::Unavailable,
        "access_denied");
    row("write: access denied (locked)", Op::Write, Status::AccessDenied, false, ErrorCode::Unavailable,
        "access_denied");
    row("read: denied by user", Op::Read, Status::AccessDeniedByUser, false, ErrorCode::Unavailable,
        "access_denied_by_user");
    row("write: no backend", Op::Write, Status::NoBackendAvailable, false, ErrorCode::Unavailable,
        "no_backend_available");
    row("read: not implemented", Op::Read, Status::NotImplemented, false, ErrorCode::Unavailable,
        "not_implemented");
    row("write: other error", Op::Write, Status::OtherError, false, ErrorCode::Unavailable, "other_error");
    row("delete: could not delete", Op::Delete, Status::CouldNotDeleteEntry, false, ErrorCode::Unavailable,
        "could_not_delete_entry");
}

void TestKeychain::errorMapping()
{
    QFETCH(SecretOperation, operation);
    QFETCH(Status, status);
    QFETCH(bool, succeeds);
    QFETCH(ErrorCode, code);
    QFETCH(QString, cause);

    FakeSecretBackend fake;
    fake.failWith(status, QStringLiteral("backend says no"));
    auto *job = new KeychainJob(operation, QStringLiteral("cache-key/example:443/x"), randomBytes(32));
    job->setBackend(&fake);
    const auto result = run<Result<QByteArray>>(job);
    QVERIFY(result);
    QCOMPARE(result->ok(), succeeds);
    if (succeeds)
        return;
    QCOMPARE(result->error().code, code);
    QCOMPARE(::cause(result->error()), cause);
    if (code == ErrorCode::Unavailable)
        QVERIFY(result->error().message.contains(QStringLiteral("backend says no")));
}

void TestKeychain::errorsNeverCarryTheSecret()
{
    FakeSecretBackend fake;
    fake.failWith(Status::OtherError, QStringLiteral("Unknown error"));
    const QByteArray secret = QByteArrayLiteral("sekrit-refresh-token-0123456789");
    auto *job = KeychainJob::write(QStringLiteral("refresh-token/example:443/staff-7"), secret);
    job->setBackend(&fake);
    const auto result = run<Result<QByteArray>>(job);
    QVERIFY(result && !*result);
    const QString message = result->error().message;
    QVERIFY(message.contains(QStringLiteral("write of a refresh-token entry")));
    for (const QByteArray &form : {secret, secret.toHex(), secret.toBase64()})
        QVERIFY(!message.contains(QString::fromLatin1(form)));
    QVERIFY(!message.contains(QStringLiteral("staff-7"))); // nor who it belongs to
}

void TestKeychain::jobWithoutKeyIsInternal()
{
    FakeSecretBackend fake;
    auto *job = KeychainJob::read(QString());
    job->setBackend(&fake);
    const auto result = run<Result<QByteArray>>(job);
    QVERIFY(result && !*result);
    QCOMPARE(result->error().code, ErrorCode::Internal);
    QVERIFY(fake.requests().isEmpty());
}

// --- Account ------------------------------------------------------------------------------------------

void TestKeychain::accountKeys_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("staffId");
    QTest::addColumn<QString>("keySuffix");

    QTest::newRow("https default port") << "https://GovDesk.Example.gov.cn/govdesk"
                                        << "s1"
                                        << "govdesk.example.gov.cn:443/s1";
    QTest::newRow("http default port") << "http://127.0.0.1"
                                       << "s1"
                                       << "127.0.0.1:80/s1";
    QTest::newRow("explicit port") << "http://localhost:8470"
                                   << "s1"
                                   << "localhost:8470/s1";
    QTest::newRow("ipv6") << "http://[::1]:8470"
                          << "s1"
                          << "[::1]:8470/s1";
    QTest::newRow("idn") << "https://政务.example.cn"
                         << "s1"
                         << "xn--zfr164b.example.cn:443/s1";
    QTest::newRow("no staff id") << "https://example.cn"
                                 << ""
                                 << "";
    QTest::newRow("no host") << ""
                             << "s1"
                             << "";
    QTest::newRow("unknown scheme, no port") << "ftp://example.cn"
                                             << "s1"
                                             << "";
}

void TestKeychain::accountKeys()
{
    QFETCH(QString, server);
    QFETCH(QString, staffId);
    QFETCH(QString, keySuffix);

    const Account a = account(server, staffId);
    QCOMPARE(a.keySuffix(), keySuffix);
    QCOMPARE(a.isValid(), !keySuffix.isEmpty());
    if (keySuffix.isEmpty()) {
        QVERIFY(CacheKeyStore().keyName(a).isEmpty());
        QVERIFY(RefreshTokenStore().keyName(a).isEmpty());
        QVERIFY(a.fileStem().isEmpty());
        return;
    }
    QCOMPARE(CacheKeyStore().keyName(a), QString(QStringLiteral("cache-key/") + keySuffix));
    QCOMPARE(RefreshTokenStore().keyName(a), QString(QStringLiteral("refresh-token/") + keySuffix));
    const QString stem = a.fileStem();
    QCOMPARE(stem.size(), 32);
    for (const QChar c : stem)
        QVERIFY2((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'), qPrintable(stem));
}

void TestKeychain::fileStemIsStableAndSeparatesAccounts()
{
    const Account a = account(QStringLiteral("https://example.cn"), QStringLiteral("s1"));
    // SHA-256("example.cn:443/s1"), first 32 hex digits
    QCOMPARE(a.fileStem(), QStringLiteral("e6a12667ffdc2c8111e80599c51b3fde"));
    QCOMPARE(account(QStringLiteral("https://EXAMPLE.cn:443/other/path"), QStringLiteral("s1")).fileStem(),
             a.fileStem());
    QVERIFY(account(QStringLiteral("https://example.cn"), QStringLiteral("s2")).fileStem() != a.fileStem());
    QVERIFY(account(QStringLiteral("https://example.cn:8443"), QStringLiteral("s1")).fileStem() !=
            a.fileStem());
    QVERIFY(!a.fileStem().contains(QStringLiteral("example")));
}

// --- Stores against the fake backend ------------------------------------------------------------------

void TestKeychain::cacheKeyFetchOrCreateThenFetch()
{
    FakeSecretBackend fake;
    const CacheKeyStore store(&fake);

    const auto first = run<Result<CacheKey>>(store.fetchOrCreate(kAlice));
    QVERIFY(first && first->ok());
    QCOMPARE((*first)->key.size(), CacheKeyStore::kKeySize);
    QVERIFY((*first)->created);
    QCOMPARE(fake.entries().value(store.keyName(kAlice)), (*first)->key);
    // read (not found), write, read back
    QCOMPARE(fake.requests().size(), 3);

    const auto second = run<Result<CacheKey>>(store.fetchOrCreate(kAlice));
    QVERIFY(second && second->ok());
    QCOMPARE((*second)->key, (*first)->key);
    QVERIFY(!(*second)->created);

    const auto fetched = run<Result<CacheKey>>(store.fetch(kAlice));
    QVERIFY(fetched && fetched->ok());
    QCOMPARE((*fetched)->key, (*first)->key);
    QVERIFY(!(*fetched)->created);
}

void TestKeychain::cacheKeyFetchDoesNotCreate()
{
    FakeSecretBackend fake;
    const CacheKeyStore store(&fake);
    const auto fetched = run<Result<CacheKey>>(store.fetch(kAlice));
    QVERIFY(fetched && !*fetched);
    QCOMPARE(fetched->error().code, ErrorCode::NotFound);
    QVERIFY(fake.entries().isEmpty());
}

void TestKeychain::cacheKeyPerAccount()
{
    FakeSecretBackend fake;
    const CacheKeyStore store(&fake);
    const auto alice = run<Result<CacheKey>>(store.fetchOrCreate(kAlice));
    const auto bob = run<Result<CacheKey>>(store.fetchOrCreate(kBob));
    QVERIFY(alice && alice->ok() && bob && bob->ok());
    QVERIFY((*alice)->created && (*bob)->created);
    QVERIFY((*alice)->key != (*bob)->key);
    QCOMPARE(fake.entries().size(), 2);
}

void TestKeychain::cacheKeyCorruptIsNotReplaced()
{
    FakeSecretBackend fake;
    const CacheKeyStore store(&fake);
    const QByteArray corrupt = randomBytes(16);
    fake.setEntry(store.keyName(kAlice), corrupt);

    const auto result = run<Result<CacheKey>>(store.fetchOrCreate(kAlice));
    QVERIFY(result && !*result);
    QCOMPARE(result->error().code, ErrorCode::Internal);
    QCOMPARE(cause(result->error()), QStringLiteral("corrupt_key"));
    QCOMPARE(fake.entries().value(store.keyName(kAlice)), corrupt);
    QCOMPARE(fake.requests().size(), 1); // no write

    const auto fetched = run<Result<CacheKey>>(store.fetch(kAlice));
    QVERIFY(fetched && !*fetched);
    QCOMPARE(fetched->error().code, ErrorCode::Internal);
}

void TestKeychain::cacheKeyRemove()
{
    FakeSecretBackend fake;
    const CacheKeyStore store(&fake);
    QVERIFY(succeeded(run<Result<CacheKey>>(store.fetchOrCreate(kAlice))));
    QVERIFY(succeeded(run<Result<CacheKey>>(store.fetchOrCreate(kBob))));

    const auto removed = run<Result<QByteArray>>(store.remove(kAlice));
    QVERIFY(removed && removed->ok());
    const auto fetched = run<Result<CacheKey>>(store.fetch(kAlice));
    QVERIFY(fetched && !*fetched);
    QCOMPARE(fetched->error().code, ErrorCode::NotFound);
    QVERIFY(succeeded(run<Result<CacheKey>>(store.fetch(kBob)))); // the other account keeps its key

    // Wiping twice is fine.
    const auto again = run<Result<QByteArray>>(store.remove(kAlice));
    QVERIFY(again && again->ok());
}

void TestKeychain::cacheKeyUnavailableKeychain()
{
    FakeSecretBackend fake;
    CacheKeyStore store(&fake);
    fake.failWith(Status::AccessDenied, QStringLiteral("Cannot create an item in a locked collection"));
    const auto locked = run<Result<CacheKey>>(store.fetchOrCreate(kAlice));
    QVERIFY(locked && !*locked);
    QCOMPARE(locked->error().code, ErrorCode::Unavailable);
    QCOMPARE(cause(locked->error()), QStringLiteral("access_denied"));

    fake.failWith(std::nullopt);
    fake.setMode(FakeSecretBackend::Mode::Hold);
    store.setTimeout(100ms);
    const auto hung = run<Result<CacheKey>>(store.fetchOrCreate(kAlice), 5000);
    QVERIFY(hung && !*hung);
    QCOMPARE(hung->error().code, ErrorCode::Unavailable);
    QCOMPARE(cause(hung->error()), QStringLiteral("timeout"));
    QVERIFY(fake.entries().isEmpty());
}

void TestKeychain::cacheKeyInvalidAccount()
{
    FakeSecretBackend fake;
    const CacheKeyStore store(&fake);
    const auto result = run<Result<CacheKey>>(store.fetchOrCreate(Account{}));
    QVERIFY(result && !*result);
    QCOMPARE(result->error().code, ErrorCode::Internal);
    QVERIFY(fake.requests().isEmpty());
}

void TestKeychain::refreshTokenRoundTrip()
{
    FakeSecretBackend fake;
    const RefreshTokenStore store(&fake);
    const QString token = QStringLiteral("r-0123456789abcdef");

    QVERIFY(succeeded(run<Result<QByteArray>>(store.save(kAlice, token))));
    QCOMPARE(
        fake.entries().value(QStringLiteral("refresh-token/keychain-test.invalid:8443/") + kAlice.staffId),
        token.toUtf8());
    const auto loaded = run<Result<QByteArray>>(store.load(kAlice));
    QVERIFY(loaded && loaded->ok());
    QCOMPARE(QString::fromUtf8(loaded->value()), token);
    QCOMPARE(failure(run<Result<QByteArray>>(store.load(kBob))), std::optional(ErrorCode::NotFound));

    QVERIFY(succeeded(run<Result<QByteArray>>(store.remove(kAlice))));
    QCOMPARE(failure(run<Result<QByteArray>>(store.load(kAlice))), std::optional(ErrorCode::NotFound));
}

// --- The real keychain --------------------------------------------------------------------------------

void TestKeychain::realRoundTrip()
{
    SKIP_WITHOUT_REAL_KEYCHAIN();
    const QByteArray secret = randomBytes(32);

    const auto written = run<Result<QByteArray>>(KeychainJob::write(kRoundTripKey, secret));
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(why(*written)));

    const auto read = run<Result<QByteArray>>(KeychainJob::read(kRoundTripKey));
    QVERIFY(read);
    QVERIFY2(read->ok(), qPrintable(why(*read)));
    QCOMPARE(read->value(), secret);

    const auto removed = run<Result<QByteArray>>(KeychainJob::remove(kRoundTripKey));
    QVERIFY(removed && removed->ok());

    const auto missing = run<Result<QByteArray>>(KeychainJob::read(kRoundTripKey));
    QVERIFY(missing && !*missing);
    QCOMPARE(missing->error().code, ErrorCode::NotFound);

    const auto removedAgain = run<Result<QByteArray>>(KeychainJob::remove(kRoundTripKey));
    QVERIFY(removedAgain && removedAgain->ok());
}

void TestKeychain::realCacheKey()
{
    SKIP_WITHOUT_REAL_KEYCHAIN();
    const CacheKeyStore store;

    const auto first = run<Result<CacheKey>>(store.fetchOrCreate(kAlice));
    QVERIFY(first);
    QVERIFY2(first->ok(), qPrintable(why(*first)));
    QCOMPARE((*first)->key.size(), CacheKeyStore::kKeySize);
    QVERIFY((*first)->created);

    const auto second = run<Result<CacheKey>>(store.fetchOrCreate(kAlice));
    QVERIFY(second && second->ok());
    QCOMPARE((*second)->key, (*first)->key);
    QVERIFY(!(*second)->created);

    const auto bob = run<Result<CacheKey>>(store.fetchOrCreate(kBob));
    QVERIFY(bob && bob->ok());
    QVERIFY((*bob)->created);
    QVERIFY((*bob)->key != (*first)->key);

    const auto removed = run<Result<QByteArray>>(store.remove(kAlice));
    QVERIFY(removed && removed->ok());
    const auto fetched = run<Result<CacheKey>>(store.fetch(kAlice));
    QVERIFY(fetched && !*fetched);
    QCOMPARE(fetched->error().code, ErrorCode::NotFound);

    const auto bobAgain = run<Result<CacheKey>>(store.fetch(kBob));
    QVERIFY(bobAgain && bobAgain->ok());
    QCOMPARE((*bobAgain)->key, (*bob)->key);
    QVERIFY(succeeded(run<Result<QByteArray>>(store.remove(kBob))));
}

void TestKeychain::realRefreshToken()
{
    SKIP_WITHOUT_REAL_KEYCHAIN();
    const RefreshTokenStore store;
    const QString token = QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding));

    const auto saved = run<Result<QByteArray>>(store.save(kAlice, token));
    QVERIFY(saved);
    QVERIFY2(saved->ok(), qPrintable(why(*saved)));
    const auto loaded = run<Result<QByteArray>>(store.load(kAlice));
    QVERIFY(loaded && loaded->ok());
    QCOMPARE(QString::fromUtf8(loaded->value()), token);

    QVERIFY(succeeded(run<Result<QByteArray>>(store.remove(kAlice))));
    const auto missing = run<Result<QByteArray>>(store.load(kAlice));
    QVERIFY(missing && !*missing);
    QCOMPARE(missing->error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
