#pragma once
// Fetches (and, in FetchOrCreate mode, creates) one account's cache key; made by CacheKeyStore.
//
// Steps: read the entry. Found and kKeySize bytes -> {key, created=false}. Found with another size ->
// Internal "corrupt_key" (the entry is left as it is). Not found: Fetch -> NotFound; FetchOrCreate ->
// generate kKeySize random bytes, write them, read the entry back and report what the keychain holds
// with created=true (if a concurrent fetchOrCreate of the same account wrote first, both report that
// one key). Any keychain failure -> Unavailable. Each keychain round trip has the store's timeout.
//
// A job in the STYLE.md sense: connect finished() with a context object, then start(). finished() fires
// exactly once, later than start() returns, and the job deletes itself afterwards (deleteLater).
// Destroying it earlier abandons it (a key being written may still land in the keychain). GUI thread.

#include "domain/result.h"
#include "security/cachekey.h"
#include "security/cachekeystore.h"
#include "security/metatypes.h"

#include <QObject>

namespace gd {

class CacheKeyJob : public QObject {
    Q_OBJECT
public:
    enum class Mode { Fetch, FetchOrCreate };

    ~CacheKeyJob() override;

    Mode mode() const { return m_mode; }
    void start();

signals:
    void finished(const gd::Result<gd::CacheKey> &result);

private:
    friend class CacheKeyStore;
    CacheKeyJob(const CacheKeyStore &store, const Account &account, Mode mode, QObject *parent);

    void read();
    void create();
    void readBack();
    // A read's answer as a key: the bytes if they are kKeySize long, else the read's error or
    // "corrupt_key".
    Result<QByteArray> checkedKey(const Result<QByteArray> &read) const;
    void finish(const Result<CacheKey> &result);

    CacheKeyStore m_store;
    Account m_account;
    Mode m_mode;
    bool m_started = false;
    bool m_done = false;
};

} // namespace gd
