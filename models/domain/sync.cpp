#include "domain/sync.h"

#include <QCryptographicHash>

namespace gd {

QString AuditEntry::computeHash() const
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    // Length-prefixed fields so that no two different entries encode to the same bytes.
    const auto add = [&sha](const QString &field) {
        const QByteArray utf8 = field.toUtf8();
        sha.addData(QByteArray::number(utf8.size()));
        sha.addData(QByteArrayView(":"));
        sha.addData(utf8);
    };
    add(prevHash);
    add(QString::number(seq));
    add(toIsoUtc(at));
    add(actorId);
    add(actorRole);
    add(action);
    add(targetType);
    add(targetId);
    add(reason);
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace gd
