#pragma once
// Reveals a citizen's ID number or phone, or an enterprise's phone, in full: POST
// /api/v1/citizens/{id}/reveal or /api/v1/enterprises/{id}/reveal with the fields and the staff
// member's reason (RevealRequest). The server writes every reveal to its audit log and answers with the
// object, unmasked only in the fields asked for; the job passes on just those values. The values are
// PII: the caller shows them for a limited time and must neither log nor store them.
//
// Refused before anything is sent (BadRequest, details.field as the server's): no field, a field the
// subject does not have ("id_number" of an enterprise), a reason of fewer than 2 or more than 200
// characters after trimming. From the server: BadRequest the same way, NotFound (no such object or
// outside the caller's scope), Unauthorized, Network, …
//
// Job: connect finished() with a context object, then start(); emits finished() exactly once, later
// than start() returns, and deletes itself afterwards. GUI thread.

#include "domain/citizen.h"
#include "domain/result.h"
#include "net/metatypes.h"

#include <QObject>

#include <optional>

namespace gd {

class ApiClient;

// The revealed values: set for the fields that were asked for.
struct RevealedIdentifiers {
    std::optional<QString> idNumber;
    std::optional<QString> phone;
    qint64 auditSeq = 0; // the audit log entry that records this reveal
};

class RevealJob : public QObject {
    Q_OBJECT
public:
    enum class Subject { Citizen, Enterprise };
    Q_ENUM(Subject)

    static constexpr int kMinimumReason = 2; // the server's limits, after trimming
    static constexpr int kMaximumReason = 200;

    RevealJob(ApiClient *client, Subject subject, QString id, RevealRequest request,
              QObject *parent = nullptr);

    void start();

    // The request's problem (BadRequest) or nothing; start() reports it through finished().
    static Result<void> validate(Subject subject, const RevealRequest &request);

signals:
    void finished(const gd::Result<gd::RevealedIdentifiers> &result);

private:
    void finish(const Result<RevealedIdentifiers> &result);

    ApiClient *m_client;
    Subject m_subject;
    QString m_id;
    RevealRequest m_request;
    bool m_started = false;
};

} // namespace gd

Q_DECLARE_METATYPE(gd::RevealedIdentifiers)
Q_DECLARE_METATYPE(gd::Result<gd::RevealedIdentifiers>)
