#include "models/pagedlistmodel.h"

#include "core/logging.h"
#include "models/datacontext.h"
#include "store/localreader.h"

namespace gd {

PagedListModel::PagedListModel(DataContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PagedListModel::refresh);
    if (m_context) {
        connect(m_context, &DataContext::localDataChanged, this, &PagedListModel::load);
        connect(m_context, &DataContext::dataChanged, this, &PagedListModel::onDataChanged);
    }
}

PagedListModel::~PagedListModel() = default;

void PagedListModel::start()
{
    load();
}

bool PagedListModel::isAvailable() const
{
    return m_context && m_context->hasLocalData();
}

void PagedListModel::setQuery(const Filters &filters, const QString &search, const QString &sort,
                              bool descending)
{
    const QString key = sort == defaultSortKey() ? QString() : sort;
    const QString text = search.trimmed();
    if (filters == m_query.filters && text == m_query.search && key == m_query.sort &&
        descending == m_query.descending && !m_error)
        return;
    m_query.filters = filters;
    m_query.search = text;
    m_query.sort = key;
    m_query.descending = descending;
    emit queryChanged();
    load();
}

void PagedListModel::setFilters(const Filters &filters)
{
    setQuery(filters, m_query.search, m_query.sort, m_query.descending);
}

void PagedListModel::setSearch(const QString &search)
{
    setQuery(m_query.filters, search, m_query.sort, m_query.descending);
}

void PagedListModel::reload()
{
    load();
}

void PagedListModel::load()
{
    ++m_generation; // answers to anything asked before are dropped
    m_fetching = false;
    m_refreshing = false;
    m_refreshAnswers.clear();
    m_refreshTimer.stop();
    m_error.reset();
    if (!isAvailable()) {
        m_firstPending = false;
        m_exhausted = true;
        if (storedRows() > 0) {
            beginResetModel();
            storeClear();
            endResetModel();
        }
        setTotal(-1);
        updateLoading();
        return;
    }
    m_firstPending = true;
    updateLoading();
    requestPage(0, true);
}

void PagedListModel::requestPage(int offset, bool first)
{
    store::LocalReader *reader = m_context->reader();
    store::ListQuery query = m_query;
    query.offset = offset;
    query.limit = kPageSize;
    const quint64 generation = m_generation;
    reader->run<PageAnswer>(
        this,
        [read = pageReader(), count = counter(), query](store::Store &store) -> Result<PageAnswer> {
            auto rows = read(store, query);
            if (!rows)
                return rows.error();
            PageAnswer answer;
            answer.rows = *rows;
            // A short page ends the list: no count needed. A full first page is counted now, so that
            // rows and total arrive together (no flicker of the count while typing).
            if (answer.rows->size() < query.limit) {
                answer.total = query.offset + answer.rows->size();
            } else if (query.offset == 0) {
                auto total = count(store, query);
                if (!total)
                    return total.error();
                answer.total = *total;
            }
            return answer;
        },
        [this, generation, offset, first](const Result<PageAnswer> &answer) {
            onPage(generation, offset, first, answer);
        });
}

void PagedListModel::onPage(quint64 generation, int offset, bool first, const Result<PageAnswer> &answer)
{
    if (generation != m_generation) {
        qCDebug(lcModels) << "dropped a page of an older query";
        return;
    }
    if (!answer) {
        qCWarning(lcModels) << "a list page could not be read:" << errorCodeName(answer.error().code);
        m_error = answer.error();
        m_exhausted = true;
        if (first) {
            beginResetModel();
            storeClear();
            endResetModel();
            setTotal(-1);
        }
        m_firstPending = false;
        m_fetching = false;
        updateLoading();
        emit errorOccurred(answer.error());
        return;
    }
    const PageAnswer &page = *answer;
    const int size = page.rows->size();
    // m_firstPending / m_fetching stay set while the rows change: a view or tester reacting to the signals
    // below must not ask for a page at an offset the storage has not reached yet.
    if (first) {
        beginResetModel();
        storeClear();
        storeAssign({page.rows}, 0, size);
        endResetModel();
    } else if (size > 0) {
        const int before = storedRows();
        Q_ASSERT(before == offset);
        beginInsertRows({}, before, before + size - 1);
        storeAppend(*page.rows);
        endInsertRows();
    }
    m_firstPending = false;
    m_fetching = false;
    m_exhausted = size < kPageSize;
    if (page.total >= 0)
        setTotal(page.total);
    else if (m_total >= 0 && storedRows() > m_total)
        setTotal(storedRows()); // rows were added since the count
    updateLoading();
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : storedRows();
}

bool PagedListModel::isCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() >= 0 &&
           index.row() < storedRows() && index.column() >= 0 && index.column() < columnCount();
}

Qt::ItemFlags PagedListModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching && !m_firstPending && !m_refreshing && !m_error &&
           isAvailable();
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    updateLoading();
    requestPage(storedRows(), false);
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<SortKey> key = sortKeyFor(column);
    if (!key)
        return;
    const bool descending = (order == Qt::DescendingOrder) != key->inverted;
    setQuery(m_query.filters, m_query.search, key->key, descending);
}

int PagedListModel::sortColumn() const
{
    const QString key = m_query.sort.isEmpty() ? defaultSortKey() : m_query.sort;
    for (int column = 0; column < columnCount(); ++column) {
        const std::optional<SortKey> k = sortKeyFor(column);
        if (k && k->key == key)
            return column;
    }
    return -1;
}

Qt::SortOrder PagedListModel::sortOrder() const
{
    const int column = sortColumn();
    const bool inverted = column >= 0 && sortKeyFor(column)->inverted;
    return m_query.descending != inverted ? Qt::DescendingOrder : Qt::AscendingOrder;
}

QString PagedListModel::idAt(int row) const
{
    return row >= 0 && row < storedRows() ? storedId(row) : QString();
}

int PagedListModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < storedRows(); ++row) {
        if (storedId(row) == id)
            return row;
    }
    return -1;
}

void PagedListModel::updateLoading()
{
    const bool loading = m_firstPending || m_fetching;
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void PagedListModel::setTotal(qint64 total)
{
    if (total == m_total)
        return;
    m_total = total;
    emit totalCountChanged(total);
}

void PagedListModel::onDataChanged(const ChangeSet &changes)
{
    if (!isAvailable() || !affectedBy(changes))
        return;
    if (changes.changed.contains(QStringLiteral("region")) || changes.changed.contains(QStringLiteral("tag")))
        forgetNames();
    scheduleRefresh();
}

void PagedListModel::scheduleRefresh()
{
    // Not restarted by every change set: a sync streaming pages refreshes at most every kRefreshDelayMs.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void PagedListModel::refresh()
{
    if (!isAvailable())
        return;
    if (m_firstPending || m_fetching || m_refreshing) {
        scheduleRefresh(); // after the page being read
        return;
    }
    if (m_error) {
        load();
        return;
    }
    // Reads as many pages as are loaded (at least one: an empty list may have got rows), each its own
    // piece of reader work so that a type-ahead search asked meanwhile is not kept waiting behind all of
    // them. Not a "loading" state: the rows shown stay until the fresh ones replace them.
    ++m_generation;
    m_refreshing = true;
    m_refreshPages = qMax(1, (storedRows() + kPageSize - 1) / kPageSize);
    m_refreshAnswers.clear();
    m_refreshAnswers.resize(m_refreshPages);
    store::LocalReader *reader = m_context->reader();
    const quint64 generation = m_generation;
    for (int index = 0; index < m_refreshPages; ++index) {
        store::ListQuery query = m_query;
        query.offset = index * kPageSize;
        query.limit = kPageSize;
        const bool last = index == m_refreshPages - 1;
        reader->run<PageAnswer>(
            this,
            [read = pageReader(), count = counter(), query, last](store::Store &store) -> Result<PageAnswer> {
                auto rows = read(store, query);
                if (!rows)
                    return rows.error();
                PageAnswer answer;
                answer.rows = *rows;
                if (last) {
                    auto total = count(store, query);
                    if (!total)
                        return total.error();
                    answer.total = *total;
                }
                return answer;
            },
            [this, generation, index](const Result<PageAnswer> &answer) {
                onRefreshPage(generation, index, answer);
            });
    }
}

void PagedListModel::onRefreshPage(quint64 generation, int index, const Result<PageAnswer> &answer)
{
    if (generation != m_generation)
        return;
    if (!answer) {
        qCWarning(lcModels) << "a list could not be refreshed:" << errorCodeName(answer.error().code);
        m_refreshing = false;
        m_refreshAnswers.clear();
        ++m_generation;
        m_error = answer.error();
        m_exhausted = true;
        emit errorOccurred(answer.error());
        return;
    }
    m_refreshAnswers[index] = *answer;
    for (const PageAnswer &page : std::as_const(m_refreshAnswers)) {
        if (!page.rows)
            return; // more to come
    }
    applyRefresh();
}

void PagedListModel::applyRefresh()
{
    QList<ChunkPtr> chunks;
    int fresh = 0;
    bool shortPage = false;
    for (const PageAnswer &page : std::as_const(m_refreshAnswers)) {
        // Rows after a short page are not contiguous with it (the list shrank meanwhile): stop there.
        if (shortPage)
            break;
        chunks.append(page.rows);
        fresh += page.rows->size();
        shortPage = page.rows->size() < kPageSize;
    }
    const qint64 total = m_refreshAnswers.constLast().total;
    m_refreshAnswers.clear();

    const int loaded = storedRows();
    if (fresh < loaded) {
        beginRemoveRows({}, fresh, loaded - 1);
        storeTruncate(fresh);
        endRemoveRows();
    }
    const int overlap = qMin(fresh, loaded);
    if (overlap > 0) {
        storeAssign(chunks, 0, overlap);
        emit dataChanged(index(0, 0), index(overlap - 1, columnCount() - 1));
    }
    if (fresh > loaded) {
        beginInsertRows({}, loaded, fresh - 1);
        storeAssign(chunks, loaded, fresh - loaded);
        endInsertRows();
    }
    m_refreshing = false; // only now: see onPage()
    m_exhausted = shortPage;
    setTotal(total >= 0 ? qMax<qint64>(total, storedRows()) : total);
}

} // namespace gd
