#pragma once
// What the audience builder (issue 7) offers to choose from, read from the local copy on the reader
// thread: the citizen tags of the tag catalogue (by tag class as the homepages group them, then by name
// in pinyin order) and the whole region tree (district → street → community → grid; a city has a few
// thousand regions), and the names describe() shows for them (AudienceNames; a grid is "community ·
// grid", grid names repeat in every community).
//
// Follows its DataContext: reads when the local copy opens, empties when it closes, and reads again (at
// most once a second) when a sync changes regions or tags. Without a context or a local copy it is empty
// (setContents() fills it by hand, e.g. in tests). changed() after every (re)load. GUI thread; does not
// own the context.

#include "domain/catalog.h"
#include "models/audiencebuilder.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace gd {

struct ChangeSet;
class DataContext;

class AudienceCatalogue : public QObject {
    Q_OBJECT
public:
    explicit AudienceCatalogue(DataContext *context, QObject *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    const QList<Tag> &tags() const { return m_tags; }
    // The tag id of a tag name (exact, then ignoring case); empty when there is none.
    QString tagIdForName(const QString &name) const;

    // The regions under `parentId` by id; the districts for an empty id.
    QList<Region> children(const QString &parentId) const;
    std::optional<Region> region(const QString &id) const;
    // The ids from the district down to `regionId` (["350206", "350206001", …]); empty when unknown.
    QStringList pathOf(const QString &regionId) const;

    const AudienceNames &names() const { return m_names; }

    // Replaces the contents (what a read of the local copy does) and emits changed().
    void setContents(const QList<Tag> &tags, const QList<Region> &regions);
    // Reads the local copy again (the context does this itself when the copy opens or changes).
    void reload();

signals:
    void changed();

private:
    void onDataChanged(const ChangeSet &changes);

    DataContext *m_context;
    quint64 m_generation = 0;
    QTimer m_reloadTimer;
    bool m_loaded = false;
    QList<Tag> m_tags;
    QHash<QString, Region> m_regions;
    QHash<QString, QList<QString>> m_children; // parent id ("" for districts) -> child ids by id
    AudienceNames m_names;
};

} // namespace gd
