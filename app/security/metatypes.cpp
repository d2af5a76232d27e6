#include "security/metatypes.h"

namespace gd {

void registerSecurityMetaTypes()
{
    static const bool registered = [] {
        qRegisterMetaType<Result<QByteArray>>();
        qRegisterMetaType<Result<CacheKey>>();
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace gd
