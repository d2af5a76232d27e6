#include "domain/identity.h"

#include <array>

namespace gd::identity {
namespace {
constexpr std::array<int, 17> kIdWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kIdCheck[] = "10X98765432";
// GB 32100-2015 alphabet: digits and upper-case letters without I, O, Z, S, V.
constexpr char kUsccAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kUsccWeights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int usccValue(QChar c)
{
    for (int i = 0; i < 31; ++i) {
        if (c == QLatin1Char(kUsccAlphabet[i]))
            return i;
    }
    return -1;
}

QString maskKeeping(QStringView value, qsizetype head, qsizetype tail)
{
    if (value.size() <= head + tail)
        return QString(value.size(), QLatin1Char('*'));
    return value.left(head).toString() + QString(value.size() - head - tail, QLatin1Char('*')) +
           value.right(tail).toString();
}
} // namespace

QChar idNumberCheckDigit(QStringView first17)
{
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17[i];
        if (!c.isDigit())
            return {};
        sum += c.digitValue() * kIdWeights[size_t(i)];
    }
    return QLatin1Char(kIdCheck[sum % 11]);
}

QDate birthDateFromIdNumber(QStringView idNumber)
{
    if (idNumber.size() != 18)
        return {};
    return QDate::fromString(idNumber.mid(6, 8).toString(), QStringLiteral("yyyyMMdd"));
}

bool isValidIdNumber(QStringView idNumber)
{
    if (idNumber.size() != 18)
        return false;
    const QChar check = idNumberCheckDigit(idNumber.left(17));
    if (check.isNull() || idNumber[17].toUpper() != check)
        return false;
    return birthDateFromIdNumber(idNumber).isValid();
}

QChar usccCheckCharacter(QStringView first17)
{
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = usccValue(first17[i]);
        if (v < 0)
            return {};
        sum += v * kUsccWeights[size_t(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return QLatin1Char(kUsccAlphabet[check]);
}

bool isValidUscc(QStringView uscc)
{
    if (uscc.size() != 18)
        return false;
    const QChar check = usccCheckCharacter(uscc.left(17));
    return !check.isNull() && uscc[17] == check;
}

bool isValidMobile(QStringView phone)
{
    if (phone.size() != 11 || phone[0] != QLatin1Char('1') || phone[1] < QLatin1Char('3'))
        return false;
    for (QChar c : phone) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString maskIdNumber(QStringView idNumber)
{
    return maskKeeping(idNumber, 4, 4);
}
QString maskPhone(QStringView phone)
{
    return maskKeeping(phone, 3, 4);
}
QString maskName(QStringView name)
{
    if (name.isEmpty())
        return {};
    // The surname (first character) stays; a one-character name is kept as is.
    return name.size() == 1 ? name.toString()
                            : name.left(1).toString() + QString(name.size() - 1, QChar(u'*'));
}
QString maskUscc(QStringView uscc)
{
    return uscc.toString();
}

bool looksMasked(QStringView value)
{
    return value.contains(QLatin1Char('*'));
}

} // namespace gd::identity
