#include "security/cachekeystore.h"

#include "security/cachekeyjob.h"

namespace gd {

CacheKeyStore::CacheKeyStore(SecretBackend *backend)
    : AccountSecretStore(QStringLiteral("cache-key"), backend)
{
}

CacheKeyJob *CacheKeyStore::fetchOrCreate(const Account &account, QObject *parent) const
{
    return new CacheKeyJob(*this, account, CacheKeyJob::Mode::FetchOrCreate, parent);
}

CacheKeyJob *CacheKeyStore::fetch(const Account &account, QObject *parent) const
{
    return new CacheKeyJob(*this, account, CacheKeyJob::Mode::Fetch, parent);
}

KeychainJob *CacheKeyStore::remove(const Account &account, QObject *parent) const
{
    return removeJob(account, parent);
}

} // namespace gd
