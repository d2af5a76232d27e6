#pragma once
// What GET /api/v1/health reports: {"status":"ok"|"degraded","version","database","time"}.

#include "domain/codec.h"

namespace gd {

struct ServerHealth {
    QString status;   // "ok", or "degraded" (HTTP 503: the database does not answer)
    QString version;  // the server's version, e.g. "0.1.0"
    QString database; // "sqlite" or "postgresql"
    QDateTime time;   // the server's clock (UTC)

    bool isOk() const { return status == QLatin1String("ok"); }

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("status", s.status);
        v("version", s.version);
        v("database", s.database);
        v("time", s.time);
    }
};

} // namespace gd
