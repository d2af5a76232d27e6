#pragma once
// The results of the toolbar's global search (Ctrl+K) as one list with group headers: citizens (name,
// masked ID number, district), enterprises (name, USCC) and services (name, lead department), at most
// kGroupLimit of each, then "Show all N citizens matching …" when there are citizen matches.
//
// Citizens and enterprises come from the local copy's search index (names, pinyin, initials, fragments of
// masked ID/phone numbers, USCC) through the DataContext's LocalReader — never on the GUI thread. The
// service catalogue (a few hundred rows, no search index) is read once with the districts and departments
// and filtered in memory; it is read again when the sync changes it. Every setQuery() supersedes the
// one before: an answer to an older query is dropped. Rows stay until the new answer replaces them, so
// the list does not flicker while typing.
//
// States: Idle (empty query), Searching, NoLocalData (no local copy: unlocking, online only), NoResults,
// Results, Failed (the read failed; lastError()). GUI thread. Does not own the DataContext.

#include "domain/catalog.h"
#include "domain/error.h"
#include "domain/result.h"
#include "sync/syncstatus.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace gd {

class DataContext;
namespace store {
class Store;
}

class GlobalSearchModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int kGroupLimit = 6;

    enum class RowKind { Header, Citizen, Enterprise, Service, ShowAllCitizens };
    Q_ENUM(RowKind)
    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind as int
        IdRole,                      // QString: the object's id (empty for headers and "show all")
        SubtitleRole,                // QString: masked ID · district / USCC / department
        SelectableRole,              // bool: false for the group headers
    };
    Q_ENUM(Role)
    enum class State { Idle, Searching, NoLocalData, NoResults, Results, Failed };
    Q_ENUM(State)

    explicit GlobalSearchModel(DataContext *context, QObject *parent = nullptr);
    ~GlobalSearchModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QString query() const { return m_query; }
    State state() const { return m_state; }
    Error lastError() const { return m_error; }
    qint64 citizenTotal() const { return m_citizenTotal; }
    qint64 enterpriseTotal() const { return m_enterpriseTotal; }

    RowKind kindAt(int row) const;
    QString idAt(int row) const;
    bool isSelectable(int row) const;
    // The next selectable row after `row` in `step` direction (+1 / -1), wrapping; -1 when none.
    int nextSelectableRow(int row, int step) const;
    // A service of the last answer (for its details), or nullopt.
    std::optional<ServiceItem> service(const QString &id) const;
    QString departmentName(const QString &departmentId) const;

public slots:
    // Searches for `text` (trimmed; empty → Idle with no rows).
    void setQuery(const QString &text);
    void clear();

signals:
    void stateChanged(gd::GlobalSearchModel::State state);
    // An answer for the current query replaced the rows (also for NoResults / Failed / NoLocalData).
    void answered();

private:
    struct Row {
        RowKind kind = RowKind::Header;
        QString id;
        QString title;
        QString subtitle;
    };
    struct Reference; // districts, departments, service catalogue
    struct Answer;

    static Result<std::shared_ptr<const Reference>> readReference(store::Store &store);
    void run();
    void onAnswer(quint64 generation, const Result<Answer> &answer);
    void setRows(QList<Row> rows);
    void setState(State state);
    void onDataChanged(const ChangeSet &changes);
    void onLocalDataChanged();

    DataContext *m_context;
    QString m_query;
    State m_state = State::Idle;
    Error m_error;
    QList<Row> m_rows;
    qint64 m_citizenTotal = 0;
    qint64 m_enterpriseTotal = 0;
    quint64 m_generation = 0;
    std::shared_ptr<const Reference> m_reference; // null until read (again)
};

} // namespace gd
