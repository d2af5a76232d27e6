#include "domain/codec.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <charconv>
#include <cstring>

namespace gd {
namespace {

constexpr qint64 kMsPerDay = 86'400'000;

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's civil calendar algorithms):
// plain integer arithmetic instead of QDateTime's string parser and formatter, which dominated reading and
// writing the many time fields of a list page.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

void civilFromDays(qint64 days, int &y, int &m, int &d)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const int doe = int(days - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(yoe + era * 400) + (m <= 2);
}

// The value of `count` ASCII digits at text[from], or -1.
int digits(QStringView text, qsizetype from, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[from + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isAt(QStringView text, qsizetype at, char16_t c)
{
    return text[at].unicode() == c;
}

// "yyyy-MM-dd" exactly; other spellings go to QDate's own parser.
std::optional<QDate> parseCanonicalDate(QStringView text)
{
    if (text.size() < 10 || !isAt(text, 4, u'-') || !isAt(text, 7, u'-'))
        return std::nullopt;
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return std::nullopt;
    return QDate(y, m, d); // invalid for e.g. 2026-02-30, as QDate::fromString
}

char *putDigits(char *p, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + count;
}

constexpr char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

char *putUnicodeEscape(char *p, char16_t u)
{
    *p++ = '\\';
    *p++ = 'u';
    *p++ = hexDigit((u >> 12) & 0xf);
    *p++ = hexDigit((u >> 8) & 0xf);
    *p++ = hexDigit((u >> 4) & 0xf);
    *p++ = hexDigit(u & 0xf);
    return p;
}

// Escapes one ASCII character the way QJsonDocument does; returns nullptr if it needs none.
const char *shortEscape(unsigned c)
{
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        return nullptr;
    }
}

} // namespace

QString toIsoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &text)
{
    // Fast path for the form every stored time has: "yyyy-MM-ddTHH:mm:ss.zzzZ" (or without .zzz).
    if ((text.size() == 24 || text.size() == 20) && isAt(text, 10, u'T') && isAt(text, 13, u':') &&
        isAt(text, 16, u':') && isAt(text, text.size() - 1, u'Z') &&
        (text.size() == 20 || isAt(text, 19, u'.'))) {
        const std::optional<QDate> date = parseCanonicalDate(text);
        const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
        const int ms = text.size() == 24 ? digits(text, 20, 3) : 0;
        if (date && date->isValid() && h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 && s < 60 &&
            ms >= 0) {
            const qint64 days = daysFromCivil(date->year(), date->month(), date->day());
            return QDateTime::fromMSecsSinceEpoch(days * kMsPerDay + ((h * 60 + mi) * 60 + s) * 1000 + ms,
                                                  Qt::UTC);
        }
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QDate fromIsoDate(const QString &text)
{
    if (text.size() == 10) {
        if (const std::optional<QDate> date = parseCanonicalDate(text))
            return *date;
    }
    return QDate::fromString(text, Qt::ISODate);
}

namespace codec {

QJsonValue parseRawJson(const QByteArray &bytes)
{
    // QJsonDocument only parses objects and arrays at the top level; wrap the value in an array.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + bytes + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().first();
}

QByteArray serialiseJsonValue(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void appendJsonString(QByteArray &out, QStringView text)
{
    // Worst case is six bytes per UTF-16 unit (\uXXXX); resize() grows geometrically, so appending many
    // strings stays linear, and the slack is cut off at the end.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char *p = out.data() + start;
    *p++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *p++ = char(u);
            } else if (const char *escape = shortEscape(u)) {
                *p++ = escape[0];
                *p++ = escape[1];
            } else {
                p = putUnicodeEscape(p, u);
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else {
            // An unpaired surrogate cannot be UTF-8; like QJsonDocument, keep it as an escape.
            p = putUnicodeEscape(p, u);
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

bool isPlainJsonKey(QByteArrayView key)
{
    for (const char ch : key) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == '"' || c == '\\')
            return false;
    }
    return true;
}

void appendPlainJsonKey(QByteArray &out, QByteArrayView key, bool comma)
{
    const qsizetype start = out.size();
    out.resize(start + key.size() + (comma ? 4 : 3));
    char *p = out.data() + start;
    if (comma)
        *p++ = ',';
    *p++ = '"';
    std::memcpy(p, key.data(), size_t(key.size()));
    p += key.size();
    *p++ = '"';
    *p = ':';
}

void appendJsonKey(QByteArray &out, QByteArrayView key, bool comma)
{
    if (isPlainJsonKey(key)) {
        appendPlainJsonKey(out, key, comma);
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + 6 * key.size() + 4);
    char *p = out.data() + start;
    if (comma)
        *p++ = ',';
    *p++ = '"';
    for (const char ch : key) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c != '"' && c != '\\') {
            *p++ = char(c);
        } else if (const char *escape = shortEscape(c)) {
            *p++ = escape[0];
            *p++ = escape[1];
        } else {
            p = putUnicodeEscape(p, c);
        }
    }
    *p++ = '"';
    *p++ = ':';
    out.resize(p - out.constData());
}

void appendJsonInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendJsonDouble(QByteArray &out, double value)
{
    if (!qIsFinite(value))
        out.append("null"); // JSON has no infinities or NaN; QJsonDocument writes null too
    else
        out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void appendIsoDate(QByteArray &out, QDate date)
{
    if (!date.isValid()) {
        out.append("null");
        return;
    }
    int y, m, d;
    date.getDate(&y, &m, &d);
    if (y < 1 || y > 9999) {
        // Qt spells years outside 4 digits its own way (or not at all); stay identical to toJson().
        appendJsonString(out, date.toString(Qt::ISODate));
        return;
    }
    char buffer[12];
    char *p = buffer;
    *p++ = '"';
    p = putDigits(p, y, 4);
    *p++ = '-';
    p = putDigits(p, m, 2);
    *p++ = '-';
    p = putDigits(p, d, 2);
    *p++ = '"';
    out.append(buffer, p - buffer);
}

void appendIsoUtc(QByteArray &out, const QDateTime &dt)
{
    if (!dt.isValid()) {
        out.append("null");
        return;
    }
    const qint64 msecs = dt.toMSecsSinceEpoch();
    qint64 days = msecs / kMsPerDay;
    qint64 msOfDay = msecs % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    int y, m, d;
    civilFromDays(days, y, m, d);
    if (y < 1 || y > 9999) {
        appendJsonString(out, toIsoUtc(dt));
        return;
    }
    const int ms = int(msOfDay);
    char buffer[28];
    char *p = buffer;
    *p++ = '"';
    p = putDigits(p, y, 4);
    *p++ = '-';
    p = putDigits(p, m, 2);
    *p++ = '-';
    p = putDigits(p, d, 2);
    *p++ = 'T';
    p = putDigits(p, ms / 3'600'000, 2);
    *p++ = ':';
    p = putDigits(p, ms / 60'000 % 60, 2);
    *p++ = ':';
    p = putDigits(p, ms / 1000 % 60, 2);
    *p++ = '.';
    p = putDigits(p, ms % 1000, 3);
    *p++ = 'Z';
    *p++ = '"';
    out.append(buffer, p - buffer);
}

} // namespace codec
} // namespace gd
