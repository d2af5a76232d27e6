#pragma once
// Formats of Chinese identifiers and how they leave the server: 18-digit citizen ID numbers (GB 11643,
// ISO 7064 MOD 11-2 check digit), 18-character unified social credit codes (GB 32100, MOD 31 check
// character), mobile phone numbers, and their masked forms (3502**********1234, 138****8000).

#include <QDate>
#include <QString>

namespace gd::identity {

QChar idNumberCheckDigit(QStringView first17); // '0'..'9' or 'X'; null QChar on bad input
bool isValidIdNumber(QStringView idNumber);    // 18 chars, digits, real birth date, right check digit
QDate birthDateFromIdNumber(QStringView idNumber);
QChar usccCheckCharacter(QStringView first17); // null QChar on bad input
bool isValidUscc(QStringView uscc);
bool isValidMobile(QStringView phone); // 11 digits starting with 1[3-9]

QString maskIdNumber(QStringView idNumber); // first 4 and last 4 kept
QString maskPhone(QStringView phone);       // first 3 and last 4 kept
QString maskName(QStringView name);         // the surname kept: 张** (lists outside a homepage)
QString maskUscc(QStringView uscc);         // USCCs are public; kept as-is (one place decides)
bool looksMasked(QStringView value);

} // namespace gd::identity
