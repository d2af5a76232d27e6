#pragma once
// The client's version and the User-Agent it sends ("GovDesk/0.1.0"). Free functions, no state.

#include <QByteArray>
#include <QString>

namespace gd {

QString applicationVersion(); // the CMake project version, e.g. "0.1.0"
QByteArray userAgent();       // "GovDesk/<version>"

} // namespace gd
