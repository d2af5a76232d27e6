#include "net/metatypes.h"

namespace gd {

void registerNetMetaTypes()
{
    qRegisterMetaType<Result<ApiResponse>>();
    qRegisterMetaType<Result<AuthTokens>>();
    qRegisterMetaType<Result<StaffUser>>();
    qRegisterMetaType<Result<ServerHealth>>();
    qRegisterMetaType<Result<void>>();
    qRegisterMetaType<AuthTokens>();
}

} // namespace gd
