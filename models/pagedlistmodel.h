#pragma once
// A table over one list of the local copy that is read a page at a time (kPageSize rows) on the reader
// thread: filters, search and sort are SQL (store::ListQuery, the repository's whitelists), never a proxy
// model. rowCount() is the rows loaded so far; views ask for more through canFetchMore()/fetchMore() as
// they scroll, and totalCount() says how many rows the query has in all.
//
//   setQuery()     replaces filters, search and sort. The rows shown stay until the first page of the new
//                  query arrives; then the model resets. Answers to an older query (type-ahead) are
//                  dropped: each query has a generation, and a page of another generation is ignored.
//   fetchMore()    reads the next page (one at a time; canFetchMore() is false while one is read).
//   loadingChanged(true/false)  around the reading of a first or further page.
//   totalCountChanged(n)        once the first page (and, when it is full, the count) has arrived;
//                               -1 while unknown.
//   errorOccurred(error)        a page could not be read; the rows are cleared for a new query.
//
// Follows its DataContext: the local copy opening or closing re-runs the query (closed: no rows);
// change sets naming one of the entities the subclass cares about (affectedBy()) refresh the loaded rows
// in place — at most a few times a second while a sync streams changes — keeping row positions, so the
// view keeps its scroll position.
//
// Subclasses: PagedRowsModel<Row> (the row storage) and then the concrete model (columns, texts, how a
// page is read). GUI thread; the page readers run on the reader thread and must capture no `this`.

#include "domain/error.h"
#include "domain/result.h"
#include "store/tablereader.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace gd {

struct ChangeSet;
class DataContext;
namespace store {
class Store;
}

class PagedListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    // Change sets arriving closer together than this are refreshed together.
    static constexpr int kRefreshDelayMs = 300;

    enum Role {
        IdRole = Qt::UserRole, // QString: the object's id
    };
    Q_ENUM(Role)

    using Filters = QList<QPair<QString, QString>>; // whitelisted filter name -> value

    ~PagedListModel() override;

    // Replaces the query and reads its first page. An empty sort is the repository's default (name).
    void setQuery(const Filters &filters, const QString &search, const QString &sort = {},
                  bool descending = false);
    void setFilters(const Filters &filters);
    void setSearch(const QString &search);
    Filters filters() const { return m_query.filters; }
    QString search() const { return m_query.search; }
    QString sortKey() const { return m_query.sort; }
    bool isDescending() const { return m_query.descending; }

    // Reads the query again from its first page (after an error, say).
    void reload();

    bool isAvailable() const; // the local copy is open
    bool isLoading() const { return m_loading; }
    qint64 totalCount() const { return m_total; } // -1 while unknown
    const std::optional<Error> &lastError() const { return m_error; }
    // A change set asked for a refresh of the loaded rows that has not been applied yet.
    bool isRefreshPending() const { return m_refreshTimer.isActive() || m_refreshing; }

    QString idAt(int row) const;          // empty when out of range
    int rowOfId(const QString &id) const; // -1 when not loaded

    // The column and order the current sort shows as (for the header's indicator); -1 when the sort
    // has no column.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    bool isSortable(int column) const { return sortKeyFor(column).has_value(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Columns without an SQL sort key are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    void errorOccurred(const gd::Error &error);
    void queryChanged();

protected:
    // One page of rows as the subclass stores them.
    struct Chunk {
        virtual ~Chunk() = default;
        virtual int size() const = 0;
    };
    using ChunkPtr = std::shared_ptr<Chunk>;
    // Reader-thread functions; they must not refer to the model.
    using PageReader = std::function<Result<ChunkPtr>(store::Store &, const store::ListQuery &)>;
    using Counter = std::function<Result<qint64>(store::Store &, const store::ListQuery &)>;

    struct SortKey {
        QString key;           // the repository's sort name
        bool inverted = false; // ascending column = descending key (age vs birth date)
    };

    PagedListModel(DataContext *context, QObject *parent);
    // Call at the end of the subclass's constructor: reads the first page when the copy is open.
    void start();

    virtual PageReader pageReader() const = 0;
    virtual Counter counter() const = 0;
    virtual std::optional<SortKey> sortKeyFor(int column) const = 0;
    virtual QString defaultSortKey() const { return QStringLiteral("name"); }
    // Whether a change set may change the rows of the current query.
    virtual bool affectedBy(const ChangeSet &changes) const = 0;
    // Names of regions or tags may have changed: forget cached ones (called before a refresh).
    virtual void forgetNames() {}

    // Row storage.
    virtual int storedRows() const = 0;
    virtual void storeClear() = 0;
    virtual void storeAppend(const Chunk &chunk) = 0;
    // Rows from..from+count-1 become those rows of the chunks' concatenation (replaced, or appended
    // where the storage is shorter).
    virtual void storeAssign(const QList<ChunkPtr> &chunks, int from, int count) = 0;
    virtual void storeTruncate(int rows) = 0;
    virtual QString storedId(int row) const = 0;

    bool isCell(const QModelIndex &index) const;
    DataContext *context() const { return m_context; }

private:
    struct PageAnswer {
        ChunkPtr rows;
        qint64 total = -1; // -1: not counted
    };

    void load();
    void requestPage(int offset, bool first);
    void onPage(quint64 generation, int offset, bool first, const Result<PageAnswer> &answer);
    void scheduleRefresh();
    void refresh();
    void onRefreshPage(quint64 generation, int index, const Result<PageAnswer> &answer);
    void applyRefresh();
    void updateLoading(); // loading = a first or further page is being read
    void setTotal(qint64 total);
    void onDataChanged(const ChangeSet &changes);

    DataContext *m_context;
    store::ListQuery m_query;
    quint64 m_generation = 0;
    qint64 m_total = -1;
    bool m_loading = false;
    bool m_firstPending = false; // a new query waits for its first page (old rows still shown)
    bool m_fetching = false;     // a further page is being read
    bool m_exhausted = true;     // every row of the query is loaded
    std::optional<Error> m_error;

    QTimer m_refreshTimer;
    bool m_refreshing = false;
    int m_refreshPages = 0;
    QList<PageAnswer> m_refreshAnswers;
};

// The row storage of a PagedListModel: Row needs a QString `id`.
template <typename Row> class PagedRowsModel : public PagedListModel {
public:
    struct Rows : Chunk {
        QList<Row> rows;
        int size() const override { return int(rows.size()); }
    };

    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const QList<Row> &rows() const { return m_rows; }

protected:
    using PagedListModel::PagedListModel;

    int storedRows() const override { return int(m_rows.size()); }
    void storeClear() override { m_rows.clear(); }
    void storeAppend(const Chunk &chunk) override { m_rows.append(static_cast<const Rows &>(chunk).rows); }
    void storeAssign(const QList<ChunkPtr> &chunks, int from, int count) override
    {
        int index = 0; // of the concatenation
        for (const ChunkPtr &chunk : chunks) {
            const QList<Row> &rows = static_cast<const Rows &>(*chunk).rows;
            for (const Row &row : rows) {
                if (index >= from && index < from + count) {
                    if (index < m_rows.size())
                        m_rows[index] = row;
                    else
                        m_rows.append(row);
                }
                ++index;
            }
        }
    }
    void storeTruncate(int rows) override { m_rows.resize(qMin<qsizetype>(rows, m_rows.size())); }
    QString storedId(int row) const override { return m_rows.at(row).id; }

private:
    QList<Row> m_rows;
};

} // namespace gd
