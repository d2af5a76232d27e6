#pragma once
// A successful answer of govdesk-server: the HTTP status and the JSON object body (empty for 204), parsed
// and as text.

#include <QByteArray>
#include <QJsonObject>

namespace gd {

struct ApiResponse {
    int status = 0;
    QJsonObject json;
    QByteArray body; // the JSON text `json` was parsed from (the sync engine stores parts of it as they are)
};

} // namespace gd
