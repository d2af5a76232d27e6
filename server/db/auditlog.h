#pragma once
// The append-only, hash-chained audit log (DESIGN.md "Security and privacy"): every reveal of an ID
// number or phone, every single-citizen read and every sign-in is one entry; each entry carries the hash
// of the previous one, so removing or editing an entry breaks the chain, which verify() detects.

#include "db/database.h"
#include "db/principal.h"

#include "domain/sync.h"

namespace gd::server {

struct AuditVerification {
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when ok
    QString problem;
};

class AuditLog {
public:
    explicit AuditLog(Database &db);

    Result<AuditEntry> append(const QString &actorId, const QString &actorRole, const QString &action,
                              const QString &targetType, const QString &targetId, const QString &reason,
                              const QString &clientAddress);
    Result<AuditEntry> append(const Principal &who, const QString &action, const QString &targetType,
                              const QString &targetId, const QString &reason = {});
    // The same inside the write transaction the calling thread has open (an idempotent route's), so that
    // the entry commits or rolls back with the change it records.
    Result<AuditEntry> appendInTransaction(const Principal &who, const QString &action,
                                           const QString &targetType, const QString &targetId,
                                           const QString &reason = {});

    // Entries after afterSeq; targetId limits to one object; district (a district code) limits to entries
    // about citizens of that district.
    Result<QList<AuditEntry>> list(qint64 afterSeq, int limit, const QString &targetId = {},
                                   const QString &district = {});
    Result<AuditVerification> verify();

    static QString genesisHash();

private:
    Result<AuditEntry> write(QSqlDatabase &conn, const QString &actorId, const QString &actorRole,
                             const QString &action, const QString &targetType, const QString &targetId,
                             const QString &reason, const QString &clientAddress);

    Database &m_db;
};

inline constexpr qint64 kAuditLock = 0x67646175; // "gdau"

} // namespace gd::server
