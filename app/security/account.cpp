#include "security/account.h"

#include <QCryptographicHash>

namespace gd {

bool Account::isValid() const
{
    return !staffId.isEmpty() && !serverKey().isEmpty();
}

QString Account::serverKey() const
{
    const QString host = server.host(QUrl::FullyEncoded);
    if (host.isEmpty())
        return {};
    const QString scheme = server.scheme();
    const int defaultPort = scheme == QLatin1String("https")  ? 443
                            : scheme == QLatin1String("http") ? 80
                                                              : -1;
    const int port = server.port(defaultPort);
    if (port <= 0)
        return {};
    // host() drops the brackets of an IPv6 address; put them back so the port stays unambiguous.
    const QString bracketed = host.contains(QLatin1Char(':')) ? u'[' + host + u']' : host;
    return bracketed + u':' + QString::number(port);
}

QString Account::keySuffix() const
{
    if (!isValid())
        return {};
    return serverKey() + u'/' + staffId;
}

QString Account::fileStem() const
{
    const QString suffix = keySuffix();
    if (suffix.isEmpty())
        return {};
    const QByteArray digest = QCryptographicHash::hash(suffix.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(32));
}

} // namespace gd
