#pragma once
// Reads the change log for one principal: only changes whose scope keys the principal holds, in seq
// order, with the current object for each upsert fetched through the same scoped repositories as the
// list endpoints (so an object that left the caller's scope since is never sent). Resumable from any
// `since`; `next` is the last seq examined, so a page never skips or repeats a change.
// The kinds of entities.h are fetched through their EntityRepository; kinds with a store of their own
// (push campaigns: CampaignStore) are added with addSource() before the feed is read. Changes of a kind
// without a source are left out. read() is thread-safe.

#include "db/entityrepository.h"

#include "domain/sync.h"

#include <functional>
#include <map>
#include <memory>

namespace gd::server {

// gd::Change as the server sends it: the object is already JSON text (written once, from the typed row).
struct FeedChange {
    qint64 seq = 0;
    QString entity;
    QString op;
    QString id;
    qint64 version = 0;
    codec::RawJson data; // the object for upserts; empty (null) for deletes

    // The fields of gd::Change, in its order: clients read this with fromJson<ChangePage>().
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

// gd::ChangePage with FeedChanges.
struct FeedPage {
    QList<FeedChange> changes;
    qint64 next = 0;
    bool hasMore = false;
    qint64 lastSeq = 0; // the newest sequence number of the whole log, for the client's progress estimate

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("changes", s.changes);
        v("next", s.next);
        v("has_more", s.hasMore);
        v("last_seq", s.lastSeq);
    }
};

class ChangeFeed {
public:
    // The objects among ids that the caller may see, in any order, written as the entity's GET answers.
    using Source =
        std::function<Result<std::unique_ptr<EntityRows>>(const Principal &who, const QStringList &ids)>;

    explicit ChangeFeed(Database &db);

    // Fetches the objects of `entity` with `source` (replacing any). Not thread-safe: call before read().
    void addSource(const QString &entity, Source source);

    Result<FeedPage> read(const Principal &who, qint64 since, int limit);

private:
    Database &m_db;
    std::map<QString, std::unique_ptr<EntityRepository>> m_repositories;
    std::map<QString, Source> m_sources;
};

} // namespace gd::server
