#pragma once
// A citizen's history with the government as one newest-first list, for the homepage: applications
// (办件) submitted or completed, services pushed to the citizen with the citizen's response, messages
// the citizen sent (社情民意), grid visits and staff notes. Built from a store::CitizenProfile (pure: no
// store access); the texts follow the installed translator at the time setProfile() runs.
//
// Rows carry the kind (for the icon and colour, and shown before the title), the time, a title (the
// service, the visit kind, the note's author …), a detail line and a status word.
// GUI thread (like every item model).

#include "store/profiles.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace gd {

class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Kind { Application, Push, Message, Visit, Note };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        TimeRole,                    // QDateTime (UTC)
        TitleRole,                   // QString; also Qt::DisplayRole
        DetailRole,                  // QString (may be empty)
        StatusRole,                  // QString: the state in words (may be empty)
        TimeTextRole,                // QString: "2026-11-24 16:41"
        IdRole,                      // QString: the object's id
        KindTextRole,                // QString: "Application", "Push", …
    };

    struct Entry {
        Kind kind = Kind::Note;
        QDateTime time;
        QString id;
        QString title;
        QString detail;
        QString status;
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setProfile(const store::CitizenProfile &profile);
    void clear();
    // The entries a profile makes, newest first (ties: applications, pushes, messages, visits, notes).
    static QList<Entry> entriesFor(const store::CitizenProfile &profile);
    static QString kindText(Kind kind);

    const QList<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Entry> m_entries;
};

} // namespace gd
