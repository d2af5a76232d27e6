#pragma once
// Turns a gd::Error into a translated sentence for staff. Lower layers return error codes; this is the
// only place they become text (STYLE.md point 4). Stateless.

#include "domain/error.h"

#include <QCoreApplication>

namespace gd {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    enum class Context {
        SignIn,  // wrong password, locked account, two-step verification are about signing in
        Session, // Unauthorized means the session ended
    };

    // server: the address shown to the user (e.g. "govdesk.example.gov.cn" or "127.0.0.1:8470").
    static QString describe(const Error &error, Context context, const QString &server);

    // The server part of a URL as shown in messages: host, and the port when there is one.
    static QString displayAddress(const QUrl &url);

    // Whole minutes for a wait in seconds, rounded up, at least 1.
    static int minutesRoundedUp(qint64 seconds);
};

} // namespace gd
