#pragma once
// The names list rows show for the ids a citizen or enterprise carries: its district (by district
// code), its grid ("community · grid": grid names such as 第一网格 repeat in every community) and its
// tags, looked up in the local copy's region tree and tag catalogue and remembered. An id the local copy
// does not know gives an empty name.
//
// Reader thread only (the page readers of the list models share one through a shared_ptr, and the model
// replaces it with a fresh one when regions or tags change). Not thread-safe.

#include <QHash>
#include <QString>

namespace gd {

namespace store {
class Store;
}

class ListNames {
public:
    QString district(store::Store &store, const QString &districtCode);
    QString grid(store::Store &store, const QString &gridId);
    QString tag(store::Store &store, const QString &tagId);

private:
    QString regionName(store::Store &store, const QString &id);

    QHash<QString, QString> m_districts; // district code -> name
    QHash<QString, QString> m_grids;     // grid id -> "community · grid"
    QHash<QString, QString> m_regions;   // region id -> name
    QHash<QString, QString> m_tags;      // tag id -> name
};

} // namespace gd
