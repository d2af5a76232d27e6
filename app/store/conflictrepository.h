#pragma once
// The conflict queue: writes the server did not take, kept until the user decides. Two kinds:
//   "conflict"  the base version was stale (409); server_data holds the server's current object, so the
//               user sees both versions side by side and keeps theirs, takes the server's or merges;
//   "rejected"  the server refused the write for good (validation, scope, permission); the entry shows why.
// Nothing is ever resolved silently (no last-write-wins on personal data).
//
// Store thread.

#include "store/sqlite.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace gd::store {

struct ConflictEntry {
    qint64 id = 0;
    QString kind; // "conflict" or "rejected"
    QString entity;
    QString entityId;
    QString method;
    QString path;
    QJsonObject local; // the body the user wrote
    std::optional<qint64> baseVersion;
    std::optional<QJsonObject> server; // the server's copy (conflicts)
    QString errorCode;
    QString errorMessage;
    // The refusal's details without the server's copy (e.g. {"reason": "claimed", "claimed_by_name": …}
    // for a refused application action); empty when none.
    QJsonObject errorDetails;
    QString summary;
    QDateTime createdAt;
};

class ConflictRepository {
public:
    explicit ConflictRepository(Connection &connection);

    Result<ConflictEntry> add(ConflictEntry entry);
    Result<QList<ConflictEntry>> list(int limit = 200) const;
    Result<std::optional<ConflictEntry>> get(qint64 id) const;
    Result<void> remove(qint64 id);
    Result<qint64> count() const;

private:
    Result<QList<ConflictEntry>> select(const QByteArray &where, qint64 bind) const;
    Connection &m_connection;
};

} // namespace gd::store
