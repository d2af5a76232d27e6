#pragma once
// The pending queue (待办) over the local copy: one item per active step of an open application (table
// queue_items, rewritten by EntityWriter whenever an application is written — see localschema.cpp), filtered,
// searched, sorted and paged in SQL over indexed columns, and the counts of the navigation badge.
//
// Filters (ListQuery::filters; anything else is BadRequest):
//   department  the step's department id        status     in_progress | supplement (| submitted)
//   service     service id                        step       step name
//   claimed_by  staff id holding the step         unclaimed  "1": nobody holds it
//   sla         overdue | due_soon | paused (at `now`, working days as gd::slaState counts them)
// Sorts: number, service, applicant, step, department, submitted_at, due_at (default), claimed_by; ties
// by rowid (every index ends in it, so an indexed sort needs no sorting step). Search: a prefix of the
// application number or of the applicant's name.
//
// Store or reader thread (whichever owns the connection); not thread-safe.

#include "store/sqlite.h"
#include "store/tablereader.h"

#include <QDateTime>
#include <QString>

namespace gd {

// The navigation badge's figures for one department (or the whole local copy) and one officer.
struct QueueCounts {
    qint64 open = 0;      // active steps
    qint64 unclaimed = 0; // of those, nobody holds
    qint64 mine = 0;      // held by the officer
    qint64 overdue = 0;   // past due (not paused)
    qint64 dueSoon = 0;   // due by the end of the next working day (not paused)

    friend bool operator==(const QueueCounts &, const QueueCounts &) = default;
};

namespace store {

struct QueueItem {
    QString applicationId;
    int stepSeq = 0;
    int stage = 0;
    QString departmentId;
    QString departmentName; // from the local catalogue; empty when unknown
    QString stepName;
    QDateTime dueAt; // the step's; invalid when none
    QString claimedBy;
    QString claimedByName;
    QString serviceId;
    QString serviceName; // from the local catalogue; empty when unknown
    QString number;
    QString applicantId;
    QString applicantName;
    QString applicantMasked; // masked ID number or USCC, as stored
    QDateTime submittedAt;
    QString status; // the application's
    bool paused = false;
    qint64 version = 0;
    bool pendingSync = false; // an outbox item for the application waits for the server
};

class QueueRepository {
public:
    explicit QueueRepository(Connection &connection);

    static QString defaultSort() { return QStringLiteral("due_at"); }

    Result<QList<QueueItem>> list(const ListQuery &query, const QDateTime &now) const;
    Result<qint64> count(const ListQuery &query, const QDateTime &now) const;
    // `departmentId` empty: every item of the local copy.
    Result<QueueCounts> counts(const QString &departmentId, const QString &staffId,
                               const QDateTime &now) const;

    // The epoch-ms bounds of the SLA filters at `now`: due at or before `now` is overdue; after it and at
    // or before dueSoonLimit() is due soon (slaState's rule in SQL).
    static qint64 dueSoonLimit(const QDateTime &now);

private:
    struct Bind {
        bool isText = true;
        QString text;
        qint64 number = 0;
    };
    struct Where {
        QByteArray sql;
        QList<Bind> binds;
    };
    Result<Where> whereFor(const ListQuery &query, const QDateTime &now) const;
    static void bindAll(Statement &s, const QList<Bind> &binds, int &index);

    Connection &m_connection;
};

} // namespace store
} // namespace gd
