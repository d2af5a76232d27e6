#pragma once
// Meta-type declarations for the values the net jobs' finished() signals carry, so they can cross
// queued connections and be recorded by QSignalSpy. registerNetMetaTypes() is called by ApiClient.

#include "domain/result.h"
#include "domain/staff.h"
#include "net/apiresponse.h"
#include "net/serverhealth.h"

#include <QMetaType>

Q_DECLARE_METATYPE(gd::Result<gd::ApiResponse>)
Q_DECLARE_METATYPE(gd::Result<gd::AuthTokens>)
Q_DECLARE_METATYPE(gd::Result<gd::StaffUser>)
Q_DECLARE_METATYPE(gd::Result<gd::ServerHealth>)
Q_DECLARE_METATYPE(gd::Result<void>)
Q_DECLARE_METATYPE(gd::AuthTokens)

namespace gd {

void registerNetMetaTypes();

} // namespace gd
