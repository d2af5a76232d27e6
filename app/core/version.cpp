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

} // namespace gd
