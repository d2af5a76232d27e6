#pragma once
// The change feed (GET /api/v1/sync/changes), list pages and audit entries.

#include "domain/codec.h"

namespace gd {

struct Change {
    qint64 seq = 0;
    QString entity; // "citizen", "enterprise", "application", "bill", "benefit", "message",
                    // "visit", "service", "tag", "region", "department"
    QString op;     // "upsert" or "delete"
    QString id;
    qint64 version = 0;
    std::optional<QJsonObject> data; // the object for upserts

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("seq", s.seq);
        v("entity", s.entity);
        v("op", s.op);
        v("id", s.id);
        v("version", s.version);
        v("data", s.data);
    }
};

struct ChangePage {
    QList<Change> changes;
    qint64 next = 0; // pass as `since` for the next page
    bool hasMore = false;
    qint64 lastSeq = 0; // newest sequence number of the whole log (progress estimate)

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("changes", s.changes);
        v("next", s.next);
        v("has_more", s.hasMore);
        v("last_seq", s.lastSeq);
    }
};

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString actorId;
    QString actorRole;
    QString action; // "citizen.view", "citizen.reveal", "auth.login", ...
    QString targetType;
    QString targetId;
    QString reason;
    QString prevHash;
    QString hash;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("seq", s.seq);
        v("at", s.at);
        v("actor_id", s.actorId);
        v("actor_role", s.actorRole);
        v("action", s.action);
        v("target_type", s.targetType);
        v("target_id", s.targetId);
        v("reason", s.reason);
        v("prev_hash", s.prevHash);
        v("hash", s.hash);
    }

    // SHA-256 over the previous hash and the entry's fields in a fixed, unambiguous encoding.
    QString computeHash() const;
};

} // namespace gd
