#pragma once
// What the pending queue shows: the filter choices, the search and the sort, as the filter bar edits
// them and a saved view stores them (JSON, in Preferences). filters() turns them into
// QueueListModel's filters for one staff member ("claimed by me" → claimed_by = their id; an officer's
// department is always applied). Value type; any thread.

#include "models/pagedlistmodel.h"

#include <QJsonObject>
#include <QString>

namespace gd {

struct QueueQuery {
    QString status;         // "", "in_progress", "supplement"
    QString serviceId;      // "" = any
    QString step;           // step name, "" = any
    QString sla;            // "", "overdue", "due_soon", "paused"
    QString department;     // department id (supervisors), "" = all
    bool mine = false;      // claimed by me
    bool unclaimed = false; // nobody holds the step
    QString search;
    QString sort; // QueueListModel sort key; "" = due_at
    bool descending = false;

    // `ownDepartment`: an officer's department (always applied), "" for supervisors and admins.
    PagedListModel::Filters filters(const QString &staffId, const QString &ownDepartment) const;
    QJsonObject toJson() const;
    static QueueQuery fromJson(const QJsonObject &object);
    bool operator==(const QueueQuery &other) const = default;
};

} // namespace gd
