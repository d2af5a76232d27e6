#pragma once
// One REST call in flight: sends an ApiRequest through its ApiClient and emits finished() exactly once.
// When an authenticated call gets 401 "unauthorized", it asks the client to refresh the session once
// and retries once with the new access token; a second 401, or a failed refresh, is reported as is —
// never a loop. Calls made with an old token while another call already refreshed just retry.
//
// A job in the STYLE.md sense: create with ApiClient::send(), connect finished() with a context object,
// call start(). It deletes itself (deleteLater) after emitting finished(). Destroying it earlier aborts
// the request silently. GUI thread (the thread of its ApiClient); the client must outlive it.

#include "domain/result.h"
#include "net/apirequest.h"
#include "net/apiresponse.h"
#include "net/metatypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;

namespace gd {

class ApiClient;

class ApiCall : public QObject {
    Q_OBJECT
public:
    ApiCall(ApiClient *client, ApiRequest request, QObject *parent = nullptr);
    ~ApiCall() override;

    void start();
    const ApiRequest &request() const { return m_request; }

signals:
    void finished(const gd::Result<gd::ApiResponse> &result);

private:
    void send();
    void onReplyFinished();
    void finish(const Result<ApiResponse> &result);

    ApiClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QString m_tokenUsed;
    QStringList m_tlsErrors;
    bool m_started = false;
    bool m_retried = false;
    bool m_done = false;
};

} // namespace gd
