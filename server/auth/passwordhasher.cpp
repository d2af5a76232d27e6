#include "auth/passwordhasher.h"

#include <QRandomGenerator>

#include <argon2.h>

namespace gd::server {
namespace {
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19456;
constexpr uint32_t kParallelism = 1;
constexpr size_t kSaltLength = 16;
constexpr size_t kHashLength = 32;
} // namespace

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray pwd = password.toUtf8();
    QByteArray salt(kSaltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltLength / sizeof(quint32));
    const size_t encodedLength =
        argon2_encodedlen(kTimeCost, kMemoryKiB, kParallelism, kSaltLength, kHashLength, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int rc =
        argon2id_hash_encoded(kTimeCost, kMemoryKiB, kParallelism, pwd.constData(), size_t(pwd.size()),
                              salt.constData(), kSaltLength, kHashLength, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHasher::verify(const QString &encoded, const QString &password)
{
    const QByteArray enc = encoded.toLatin1();
    const QByteArray pwd = password.toUtf8();
    if (!enc.startsWith("$argon2id$"))
        return false;
    return argon2id_verify(enc.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

const QString &PasswordHasher::dummyHash()
{
    static const QString dummy = hash(QString::number(QRandomGenerator::system()->generate64()));
    return dummy;
}

} // namespace gd::server
