#pragma once
// A successful answer of govdesk-server: the HTTP status and the JSON object body (empty for 204).

#include <QJsonObject>

namespace gd {

struct ApiResponse {
    int status = 0;
    QJsonObject json;
};

} // namespace gd
