#include "auth/totp.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace gd::server {

QByteArray Totp::decodeBase32(const QString &secret)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar ch : secret) {
        if (ch == QLatin1Char('=') || ch == QLatin1Char(' '))
            continue;
        const char c = char(ch.toUpper().toLatin1());
        int value;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        else
            return {};
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString Totp::code(const QByteArray &key, qint64 unixSeconds, int digits)
{
    const quint64 counter = quint64(unixSeconds / 30);
    QByteArray message(8, '\0');
    qToBigEndian(counter, message.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(uchar(mac[offset]) & 0x7f) << 24) |
                           (quint32(uchar(mac[offset + 1])) << 16) | (quint32(uchar(mac[offset + 2])) << 8) |
                           quint32(uchar(mac[offset + 3]));
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i)
        modulo *= 10;
    return QStringLiteral("%1").arg(binary % modulo, digits, 10, QLatin1Char('0'));
}

bool Totp::verify(const QString &base32Secret, const QString &candidate, const QDateTime &now)
{
    const QByteArray key = decodeBase32(base32Secret);
    if (key.isEmpty() || candidate.size() != 6)
        return false;
    const qint64 t = now.toSecsSinceEpoch();
    bool match = false;
    for (int step = -1; step <= 1; ++step) {
        // Compare all candidates without an early exit, so timing does not tell which step matched.
        match |= code(key, t + step * 30) == candidate;
    }
    return match;
}

} // namespace gd::server
