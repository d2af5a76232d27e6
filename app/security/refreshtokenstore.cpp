#include "security/refreshtokenstore.h"

namespace gd {

RefreshTokenStore::RefreshTokenStore(SecretBackend *backend)
    : AccountSecretStore(QStringLiteral("refresh-token"), backend)
{
}

KeychainJob *RefreshTokenStore::save(const Account &account, const QString &refreshToken,
                                     QObject *parent) const
{
    return writeJob(account, refreshToken.toUtf8(), parent);
}

KeychainJob *RefreshTokenStore::load(const Account &account, QObject *parent) const
{
    return readJob(account, parent);
}

KeychainJob *RefreshTokenStore::remove(const Account &account, QObject *parent) const
{
    return removeJob(account, parent);
}

} // namespace gd
