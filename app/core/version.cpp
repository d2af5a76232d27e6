#include "core/version.h"

namespace gd {

QString applicationVersion()
{
    return QStringLiteral(GOVDESK_VERSION);
}

QByteArray userAgent()
{
    return QByteArrayLiteral("GovDesk/") + QByteArrayLiteral(GOVDESK_VERSION);
}

QString compilerDescription()
{
#if defined(__clang__)
    return QStringLiteral("Clang %1.%2.%3")
        .arg(__clang_major__)
        .arg(__clang_minor__)
        .arg(__clang_patchlevel__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC %1.%2.%3").arg(__GNUC__).arg(__GNUC_MINOR__).arg(__GNUC_PATCHLEVEL__);
#else
    return QStringLiteral("unknown compiler");
#endif
}

QString buildType()
{
#ifdef GOVDESK_BUILD_TYPE
    return QStringLiteral(GOVDESK_BUILD_TYPE);
#else
    return {};
#endif
}

QString gitCommit()
{
#ifdef GOVDESK_GIT_COMMIT
    return QStringLiteral(GOVDESK_GIT_COMMIT);
#else
    return {};
#endif
}

} // namespace gd
