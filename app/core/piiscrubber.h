#pragma once
// The last line of defence against personal data in log lines (DESIGN.md: no PII in logs): masks what
// looks like a mainland resident ID number (18 characters: 6-digit region, a plausible birth date
// 18xx–20xx, 3 digits and a digit or X), a mainland mobile number (11 digits 13x–19x, optionally +86 and
// spaces or dashes), a bearer token or JWT, the value of a password / token / secret key=value (also as
// JSON "key": "value") and an e-mail address. Ordinary numbers (counts, ids, epoch seconds and
// milliseconds, hashes) are left alone: a number only matches when it stands on its own (no digit or
// Latin letter on either side) and has exactly the shape of an ID number or a mobile number.
// Free function, no state, thread-safe.

#include <QString>

namespace gd {

QString scrubPersonalData(const QString &text);

} // namespace gd
