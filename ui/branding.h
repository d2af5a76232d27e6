#pragma once
// GovDesk's name and icon as shown to people: the translated product name ("政务工作台" / "GovDesk") and
// the application icon (resources/icons/govdesk.svg rendered to PNGs, embedded by govdesk_resources;
// an empty icon when the resources are not linked in). Stateless.

#include <QCoreApplication>
#include <QIcon>

namespace gd {

class Branding {
    Q_DECLARE_TR_FUNCTIONS(Branding)
public:
    static QString productName();
    static QIcon appIcon();
};

} // namespace gd
