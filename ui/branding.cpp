#include "ui/branding.h"

namespace gd {

QString Branding::productName()
{
    return tr("GovDesk");
}

QIcon Branding::appIcon()
{
    QIcon icon;
    for (int size : {16, 32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/govdesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace gd
