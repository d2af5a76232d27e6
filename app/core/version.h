#pragma once
// The client's version, how it was built and the User-Agent it sends ("GovDesk/0.1.0"). Free functions,
// no state.

#include <QByteArray>
#include <QString>

namespace gd {

QString applicationVersion();  // the CMake project version, e.g. "0.1.0"
QByteArray userAgent();        // "GovDesk/<version>"
QString compilerDescription(); // "GCC 12.2.0", "Clang 14.0.6"
QString buildType();           // CMAKE_BUILD_TYPE, e.g. "RelWithDebInfo" (empty when none was set)
QString gitCommit();           // the commit CMake was configured at, short; empty outside a git checkout

} // namespace gd
