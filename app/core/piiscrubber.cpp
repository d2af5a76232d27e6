#include "core/piiscrubber.h"

#include <QRegularExpression>

#include <array>

namespace gd {
namespace {

struct Rule {
    QRegularExpression pattern;
    QString replacement;
};

const std::array<Rule, 6> &rules()
{
    static const auto opts = QRegularExpression::UseUnicodePropertiesOption;
    static const std::array<Rule, 6> all{{
        // JWT: three base64url parts, the first one a JSON header ("eyJ" = '{"').
        {QRegularExpression(QStringLiteral("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"),
                            opts),
         QStringLiteral("[jwt]")},
        // "Bearer <token>" (an Authorization header's value).
        {QRegularExpression(QStringLiteral("\\b(Bearer)\\s+[A-Za-z0-9._~+/=-]+"),
                            opts | QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1 [token]")},
        // password=…, token: …, "refresh_token":"…", secret=…, api_key=…, authorization: …
        {QRegularExpression(
             QStringLiteral(
                 "\\b(password|passwd|pwd|secret|(?:access_|refresh_)?token|api_?key|authorization)"
                 "([\"']?\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;&\"'}]+)"),
             opts | QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1\\2[redacted]")},
        {QRegularExpression(
             QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"), opts),
         QStringLiteral("[email]")},
        // Resident ID number: region (first digit 1-9), birth date YYYYMMDD, sequence, check character.
        {QRegularExpression(QStringLiteral("(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])"
                                           "(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])"),
                            opts),
         QStringLiteral("[id-number]")},
        // Mainland mobile number: 1[3-9]x xxxx xxxx, optionally +86 / 86 and separators.
        {QRegularExpression(
             QStringLiteral("(?<![0-9A-Za-z+])(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?![0-9A-Za-z])"),
             opts),
         QStringLiteral("[phone]")},
    }};
    // Compiled (and JIT-compiled) once, before any thread matches: afterwards matching only reads.
    static const bool compiled = [] {
        for (const Rule &rule : all)
            rule.pattern.optimize();
        return true;
    }();
    Q_UNUSED(compiled);
    return all;
}

} // namespace

QString scrubPersonalData(const QString &text)
{
    QString result = text;
    for (const Rule &rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

} // namespace gd
