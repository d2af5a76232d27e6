#pragma once
// The audience index (issue 7): every citizen as a dense row number, and CRoaring bitmaps of rows per tag,
// gender, birth year / month / day, region (district, street, community and grid alike), real-name level
// and (tag, day acquired), so that an AudienceExpression over 2M citizens evaluates in milliseconds:
//   and / or / not    intersection (the operands under a not subtracted), union, complement in all rows
//   age range         the birth dates of the ages (birthDatesForAges) as whole years, then whole months,
//                     then single days at the two ends: exact to the day, 29 February included
//   life event        union of the tag's day bitmaps from today - to_days to today - from_days
// Rows of citizens are assigned in UUID order when the index is built (the id of a row is its 16 bytes in
// a sorted array, found by binary search); citizens added later, and ids that are not canonical UUIDs, get
// rows after those. A removed citizen's row stays unused.
//
// Built in one go by a Builder and replaced whole (replace()), kept up to date citizen by citizen
// (upsert(), remove()), plus named member sets (officers' scope: the applicants of a department).
// Thread-safe: evaluations share a read-write lock and run concurrently; changes take it exclusively. The
// lock is a QReadWriteLock, not a std::shared_mutex: glibc's rwlock under the latter prefers readers, and
// with counts arriving back to back an update waited minutes (tst_audience countsWhileWriting: 2000
// updates against three counting threads took 270 s); QReadWriteLock lets a waiting writer in first.

#include "domain/audience.h"

#include <QDate>
#include <QReadWriteLock>
#include <QStringList>

#include <memory>

namespace gd::server {

// One citizen as the index sees it.
struct AudienceCitizen {
    struct Tag {
        QString tagId;
        QDate since; // invalid: not a life event
    };
    QString id;
    QString gender; // "male" / "female"
    QDate birthDate;
    int realnameLevel = 0;
    QString districtCode;
    QString streetId;
    QString communityId;
    QString gridId;
    QList<Tag> tags;
};

// Whom a count is limited to.
struct AudienceScope {
    enum class Kind { Everything, Regions, Members, Nothing };
    Kind kind = Kind::Nothing;
    QStringList keys; // Regions: region ids (their union); Members: the member set's name

    static AudienceScope everything() { return {Kind::Everything, {}}; }
    static AudienceScope regions(QStringList ids) { return {Kind::Regions, std::move(ids)}; }
    static AudienceScope members(const QString &set) { return {Kind::Members, {set}}; }
    static AudienceScope nothing() { return {Kind::Nothing, {}}; }
};

// The citizens an expression matches in a scope: how many, and up to `sample` of their ids spread evenly
// over the matches in row order (ranks i·count/sample): the same ids for the same index and expression.
struct AudienceMatch {
    quint64 count = 0;
    QStringList sample;
};

struct AudienceIndexStats {
    qint64 citizens = 0;       // live rows
    qint64 rows = 0;           // rows ever assigned
    qint64 tagAssignments = 0; // of live rows
    qint64 bitmaps = 0;
    qint64 bitmapBytes = 0; // the bitmaps' serialised size (close to their memory)
    qint64 rowBytes = 0;    // ids, per-row attributes and tags kept for updates
};

class AudienceIndex {
public:
    class Builder;

    AudienceIndex();
    ~AudienceIndex();
    AudienceIndex(const AudienceIndex &) = delete;
    AudienceIndex &operator=(const AudienceIndex &) = delete;

    // Replaces everything with what the builder collected (the builder is left empty).
    void replace(Builder &builder);
    // Adds the citizen, or replaces what the index knows of it.
    void upsert(const AudienceCitizen &citizen);
    void remove(const QString &citizenId);
    // Adds citizens (ids the index does not know are left out) to a named member set.
    void addMembers(const QString &set, const QStringList &citizenIds);

    AudienceMatch evaluate(const AudienceExpression &expression, QDate today, const AudienceScope &scope,
                           int sample) const;
    AudienceIndexStats stats() const;

    struct Data;

private:
    mutable QReadWriteLock m_lock;
    std::unique_ptr<Data> m_data;
};

// Collects citizens and member-set entries for a whole index; memory stays compact (interned attributes,
// 16-byte ids) so that 2M citizens can be collected from a database cursor.
class AudienceIndex::Builder {
public:
    Builder();
    ~Builder();
    Builder(const Builder &) = delete;
    Builder &operator=(const Builder &) = delete;

    void add(const AudienceCitizen &citizen);
    // A tag of a citizen added with add(), before or after (a table read in its own order); tags of ids
    // never added are dropped, a tag given twice counts once.
    void addTag(const QString &citizenId, const QString &tagId, QDate since);
    // Resolved when the index is built: citizens added before or after.
    void addMember(const QString &set, const QString &citizenId);
    qint64 citizens() const;

private:
    friend class AudienceIndex;
    struct Pending;
    std::unique_ptr<Data> build();

    std::unique_ptr<Data> m_data;
    std::unique_ptr<Pending> m_pending;
};

} // namespace gd::server
