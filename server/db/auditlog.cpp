#include "db/auditlog.h"

#include <QSqlQuery>

namespace gd::server {

// Qt binds a null QString as SQL NULL; the audit columns are NOT NULL, so absent text is stored as "".
static QString nonNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

Result<AuditEntry> AuditLog::append(const Principal &who, const QString &action, const QString &targetType,
                                    const QString &targetId, const QString &reason)
{
    return append(who.staffId, roleName(who.role), action, targetType, targetId, reason, who.clientAddress);
}

Result<AuditEntry> AuditLog::append(const QString &actorId, const QString &actorRole, const QString &action,
                                    const QString &targetType, const QString &targetId, const QString &reason,
                                    const QString &clientAddress)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto tx = Transaction::begin(*conn, m_db.dialect(), Transaction::Kind::Write, kAuditLock);
    if (!tx)
        return tx.error();
    auto e = write(*conn, actorId, actorRole, action, targetType, targetId, reason, clientAddress);
    if (!e)
        return e;
    if (auto c = tx->commit(); !c)
        return c.error();
    return e;
}

Result<AuditEntry> AuditLog::appendInTransaction(const Principal &who, const QString &action,
                                                 const QString &targetType, const QString &targetId,
                                                 const QString &reason)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    if (m_db.dialect() == Dialect::Postgres) {
        if (auto r = execSql(*conn, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kAuditLock}); !r)
            return r.error();
    }
    return write(*conn, who.staffId, roleName(who.role), action, targetType, targetId, reason,
                 who.clientAddress);
}

Result<AuditEntry> AuditLog::write(QSqlDatabase &conn, const QString &actorId, const QString &actorRole,
                                   const QString &action, const QString &targetType, const QString &targetId,
                                   const QString &reason, const QString &clientAddress)
{
    AuditEntry e;
    e.prevHash = genesisHash();
    {
        auto last =
            execSql(conn, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!last)
            return last.error();
        if (last->next()) {
            e.seq = last->value(0).toLongLong();
            e.prevHash = last->value(1).toString();
        }
    }
    e.seq += 1;
    e.at = QDateTime::currentDateTimeUtc();
    e.actorId = actorId;
    e.actorRole = actorRole;
    e.action = action;
    e.targetType = targetType;
    e.targetId = targetId;
    e.reason = reason;
    e.hash = e.computeHash();
    auto ins =
        execSql(conn,
                QStringLiteral("INSERT INTO audit_log (seq, at, actor_id, actor_role, action, target_type, "
                               "target_id, reason, client_address, prev_hash, hash) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {e.seq, toIsoUtc(e.at), nonNull(e.actorId), nonNull(e.actorRole), nonNull(e.action),
                 nonNull(e.targetType), nonNull(e.targetId), nonNull(e.reason), nonNull(clientAddress),
                 e.prevHash, e.hash});
    if (!ins)
        return ins.error();
    return e;
}

static AuditEntry entryFromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = fromIsoUtc(q.value(1).toString());
    e.actorId = q.value(2).toString();
    e.actorRole = q.value(3).toString();
    e.action = q.value(4).toString();
    e.targetType = q.value(5).toString();
    e.targetId = q.value(6).toString();
    e.reason = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

static const QString kAuditColumns =
    QStringLiteral("seq, at, actor_id, actor_role, action, target_type, target_id, reason, prev_hash, hash");

Result<QList<AuditEntry>> AuditLog::list(qint64 afterSeq, int limit, const QString &targetId,
                                         const QString &district)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QString sql = QStringLiteral("SELECT ") + kAuditColumns + QStringLiteral(" FROM audit_log WHERE seq > ?");
    QVariantList binds{afterSeq};
    if (!targetId.isEmpty()) {
        sql += QStringLiteral(" AND target_id = ?");
        binds.append(targetId);
    }
    if (!district.isEmpty()) {
        sql += QStringLiteral(" AND target_type = 'citizen' AND target_id IN (SELECT id FROM citizens WHERE "
                              "district_code = ?)");
        binds.append(district);
    }
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    binds.append(limit);
    auto q = execSql(*conn, sql, binds);
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out.append(entryFromRow(*q));
    return out;
}

Result<AuditVerification> AuditLog::verify()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = execSql(*conn, QStringLiteral("SELECT ") + kAuditColumns +
                                QStringLiteral(" FROM audit_log ORDER BY seq"));
    if (!q)
        return q.error();
    AuditVerification v;
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    while (q->next()) {
        const AuditEntry e = entryFromRow(*q);
        ++v.entries;
        QString problem;
        if (e.seq != expectedSeq)
            problem = QStringLiteral("entry %1 is missing").arg(expectedSeq);
        else if (e.prevHash != prev)
            problem = QStringLiteral("entry %1 does not link to the previous entry").arg(e.seq);
        else if (e.computeHash() != e.hash)
            problem = QStringLiteral("entry %1 was altered (hash mismatch)").arg(e.seq);
        if (!problem.isEmpty()) {
            v.ok = false;
            v.firstBadSeq = e.seq;
            v.problem = problem;
            return v;
        }
        prev = e.hash;
        expectedSeq = e.seq + 1;
    }
    return v;
}

} // namespace gd::server
