#pragma once
// Meta-type declarations for the values the security jobs' finished() signals carry, so they can cross
// queued connections and be recorded by QSignalSpy. The jobs call registerSecurityMetaTypes() themselves.

#include "domain/result.h"
#include "security/cachekey.h"

#include <QByteArray>
#include <QMetaType>

Q_DECLARE_METATYPE(gd::Result<QByteArray>)
Q_DECLARE_METATYPE(gd::Result<gd::CacheKey>)

namespace gd {

void registerSecurityMetaTypes();

} // namespace gd
