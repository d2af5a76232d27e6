#pragma once
// A SecretBackend for tests: an in-memory keychain whose answers the test controls. In Answer mode each
// operation is applied at once and answered on the next event-loop turn (like QtKeychain, never inside
// start()). In Hold mode operations are kept unanswered — a keychain waiting for a prompt nobody sees —
// until releaseHeld() applies and answers them, late. failWith() makes every operation fail with a
// status instead. Answers to a destroyed context are dropped, as the SecretBackend contract says.
// Records every request (secrets included: test data only). GUI thread.

#include "security/secretbackend.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace gd::test {

class FakeSecretBackend final : public SecretBackend {
public:
    enum class Mode { Answer, Hold };

    void setMode(Mode mode) { m_mode = mode; }
    // Every later operation fails with `status` (and `detail`); std::nullopt restores normal answers.
    void failWith(std::optional<SecretReply::Status> status, const QString &detail = {});

    // The entries, by key (the service is recorded but not part of the identity).
    QHash<QString, QByteArray> entries() const { return m_entries; }
    void setEntry(const QString &key, const QByteArray &secret) { m_entries.insert(key, secret); }
    bool hasEntry(const QString &key) const { return m_entries.contains(key); }

    QList<SecretRequest> requests() const { return m_requests; }
    int heldCount() const { return int(m_held.size()); }
    // Applies and answers every held operation now, synchronously, in order.
    void releaseHeld();

    void start(const SecretRequest &request, QObject *context, ReplyHandler onReply) override;

private:
    struct Held {
        SecretRequest request;
        QPointer<QObject> context;
        ReplyHandler onReply;
    };

    SecretReply apply(const SecretRequest &request);

    Mode m_mode = Mode::Answer;
    std::optional<SecretReply::Status> m_failure;
    QString m_failureDetail;
    QHash<QString, QByteArray> m_entries;
    QList<SecretRequest> m_requests;
    QList<Held> m_held;
};

} // namespace gd::test
