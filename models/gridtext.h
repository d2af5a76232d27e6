#pragma once
// The words of the Grid page (issue 8): special groups, incident categories, urgencies and statuses,
// task states, in the user's language. GUI thread (uses tr()).

#include <QCoreApplication>
#include <QString>

namespace gd {

class GridText {
    Q_DECLARE_TR_FUNCTIONS(GridText)
public:
    static QString specialGroup(const QString &id);
    static QString incidentCategory(const QString &category);
    static QString urgency(const QString &urgency);
    static QString incidentStatus(const QString &status);
    static QString taskState(const QString &state);
    static QString regionLevel(const QString &level);
    // "未同步" / "not synced".
    static QString notSynced();
};

} // namespace gd
