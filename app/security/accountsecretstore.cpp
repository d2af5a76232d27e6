#include "security/accountsecretstore.h"

namespace gd {

AccountSecretStore::AccountSecretStore(QString prefix, SecretBackend *backend)
    : m_prefix(std::move(prefix))
    , m_backend(backend)
{
}

QString AccountSecretStore::keyName(const Account &account) const
{
    const QString suffix = account.keySuffix();
    if (suffix.isEmpty())
        return {};
    return m_prefix + u'/' + suffix;
}

KeychainJob *AccountSecretStore::readJob(const Account &account, QObject *parent) const
{
    return configured(KeychainJob::read(keyName(account), parent));
}

KeychainJob *AccountSecretStore::writeJob(const Account &account, const QByteArray &secret,
                                          QObject *parent) const
{
    return configured(KeychainJob::write(keyName(account), secret, parent));
}

KeychainJob *AccountSecretStore::removeJob(const Account &account, QObject *parent) const
{
    return configured(KeychainJob::remove(keyName(account), parent));
}

KeychainJob *AccountSecretStore::configured(KeychainJob *job) const
{
    job->setBackend(m_backend);
    job->setTimeout(m_timeout);
    return job;
}

} // namespace gd
