#pragma once
// The choices the citizen and enterprise lists offer as filters, read from the local copy on the reader
// thread: districts (region tree), the grids of one district on demand ("community · grid", grid names
// repeat in every community), the tag catalogue's tags for citizens or for enterprises (grouped by tag
// class, then by name), the industries the cached enterprises have; plus the fixed real-name levels and
// enterprise lifecycle stages. A choice's value is what the repository's filter takes (district code,
// grid id, tag id, realname_level "1".."3", industry text, stage "new" …).
//
// Follows its DataContext: reloads when the local copy opens or closes, and (at most once a second)
// when a sync changes regions, tags or — for enterprises — enterprises. GUI thread.

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace gd {

struct ChangeSet;
class DataContext;

struct FilterChoice {
    QString value;
    QString label;
    bool operator==(const FilterChoice &other) const = default;
};

class ListFilterOptions : public QObject {
    Q_OBJECT
public:
    enum class Kind { Citizens, Enterprises };

    ListFilterOptions(DataContext *context, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    const QList<FilterChoice> &districts() const { return m_districts; }
    const QList<FilterChoice> &tags() const { return m_tags; }
    const QList<FilterChoice> &industries() const { return m_industries; } // enterprises only
    // The grids of a district; empty until gridsLoaded(districtCode) after loadGrids().
    QList<FilterChoice> grids(const QString &districtCode) const { return m_grids.value(districtCode); }
    bool hasGrids(const QString &districtCode) const { return m_grids.contains(districtCode); }
    void loadGrids(const QString &districtCode);

    static QList<FilterChoice> realnameLevels(); // "1" Basic, "2" Intermediate, "3" Advanced
    static QList<FilterChoice> stages();         // "new", "growing", "mature", "closing"

    // Reads the options again (the context does this itself when the copy opens or changes).
    void reload();

signals:
    void optionsChanged(); // districts, tags, industries
    void gridsLoaded(const QString &districtCode);

private:
    void onDataChanged(const ChangeSet &changes);

    DataContext *m_context;
    Kind m_kind;
    quint64 m_generation = 0;
    QTimer m_reloadTimer;
    QList<FilterChoice> m_districts;
    QList<FilterChoice> m_tags;
    QList<FilterChoice> m_industries;
    QHash<QString, QList<FilterChoice>> m_grids;
};

} // namespace gd
