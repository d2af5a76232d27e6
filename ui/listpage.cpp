#include "ui/listpage.h"

#include "ui/liststate.h"

#include "models/datacontext.h"
#include "models/listfilteroptions.h"
#include "models/pagedlistmodel.h"
#include "sync/synchost.h"
#include "ui/errortext.h"
#include "ui/liststate.h"
#include "ui/pagecard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gd {

namespace {

constexpr int kCellPadding = 22;       // the item's margins and the grid line, with room to spare
constexpr int kHeaderPadding = 14;     // the header section's margins
constexpr int kSortIndicatorRoom = 18; // the header's sort arrow (sortable columns)
constexpr int kMaxColumnWidth = 360;
constexpr int kStateWidth = 560; // the text of an empty, loading or error state

} // namespace

ListPage::ListPage(DataContext *context, PagedListModel *model, ListFilterOptions *options,
                   const QList<ListFilterBar::Filter> &filters, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(model)
{
    m_model->setParent(this);
    if (options)
        options->setParent(this);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &ListPage::applyQuery);
    buildUi(options, filters);

    connect(m_model, &PagedListModel::loadingChanged, this, &ListPage::updateState);
    connect(m_model, &PagedListModel::totalCountChanged, this, &ListPage::updateState);
    connect(m_model, &PagedListModel::errorOccurred, this, &ListPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateState);
    connect(m_model, &PagedListModel::queryChanged, this, &ListPage::showSortIndicator);
    if (m_context) {
        connect(m_context, &DataContext::localDataChanged, this, [this] {
            followSync();
            updateState();
        });
    }
    followSync();
}

ListPage::~ListPage() = default;

void ListPage::buildUi(ListFilterOptions *options, const QList<ListFilterBar::Filter> &filters)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    PageCard::makeTitle(m_title, 1.6);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("listCountLabel"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_bar = new ListFilterBar(options, filters, this);
    m_bar->setObjectName(QStringLiteral("listFilterBar"));
    connect(m_bar, &ListFilterBar::searchEdited, this, [this] { m_searchTimer.start(); });
    connect(m_bar, &ListFilterBar::searchSubmitted, this, &ListPage::applyQuery);
    connect(m_bar, &ListFilterBar::filtersChanged, this, &ListPage::applyQuery);
    connect(m_bar, &ListFilterBar::moveToResultsRequested, this, &ListPage::moveToResults);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setVisible(false);
    // Every row the same height, never measured: 100k rows cost nothing to lay out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(40);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ListPage::onSortIndicatorChanged);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_model->idAt(index.row());
        if (!id.isEmpty())
            emit activated(id);
    });

    // The state in words, centred; the text column is at most kStateWidth wide and wraps (its labels
    // fill the column's width: a word-wrapped label aligned inside a layout loses its height-for-width).
    m_statePanel = new QWidget(this);
    m_statePanel->setObjectName(QStringLiteral("listStatePanel"));
    auto *stateText = new QWidget(m_statePanel);
    stateText->setMaximumWidth(kStateWidth);
    m_stateTitle = new QLabel(stateText);
    m_stateTitle->setObjectName(QStringLiteral("listStateTitle"));
    m_stateTitle->setAlignment(Qt::AlignCenter);
    m_stateTitle->setWordWrap(true);
    PageCard::makeTitle(m_stateTitle, 1.25);
    m_stateDetail = new QLabel(stateText);
    m_stateDetail->setObjectName(QStringLiteral("listStateDetail"));
    m_stateDetail->setAlignment(Qt::AlignCenter);
    m_stateDetail->setWordWrap(true);
    m_stateDetail->setForegroundRole(QPalette::PlaceholderText);
    m_clearButton = new QPushButton(stateText);
    m_clearButton->setObjectName(QStringLiteral("stateClearFiltersButton"));
    m_clearButton->setAutoDefault(false);
    connect(m_clearButton, &QPushButton::clicked, m_bar, &ListFilterBar::clear);
    m_retryButton = new QPushButton(stateText);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAutoDefault(false);
    connect(m_retryButton, &QPushButton::clicked, m_model, &PagedListModel::reload);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    auto *textLayout = new QVBoxLayout(stateText);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(12);
    textLayout->addWidget(m_stateTitle);
    textLayout->addWidget(m_stateDetail);
    textLayout->addSpacing(4);
    textLayout->addLayout(buttons);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(stateText, 4);
    centred->addStretch(1);
    auto *stateLayout = new QVBoxLayout(m_statePanel);
    stateLayout->addStretch(1);
    stateLayout->addLayout(centred);
    stateLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("listStack"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_statePanel);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_count, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);
    layout->addLayout(titleRow);
    layout->addWidget(m_bar);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_bar->lastInTabOrder(), m_view);
    setTabOrder(m_view, m_clearButton);
    setTabOrder(m_clearButton, m_retryButton);
}

void ListPage::finishSetup()
{
    // One column takes the width the others leave (Stretch measures no cells, unlike ResizeToContents).
    m_view->horizontalHeader()->setSectionResizeMode(stretchColumn(), QHeaderView::Stretch);
    retranslate();
    showSortIndicator();
    updateState();
}

void ListPage::retranslate()
{
    m_texts = texts();
    m_title->setText(m_texts.title);
    m_bar->setSearchPlaceholder(m_texts.searchPlaceholder);
    m_bar->setSearchAccessibleName(m_texts.searchAccessibleName);
    m_view->setAccessibleName(m_texts.tableAccessibleName);
    m_count->setAccessibleName(tr("Number of results"));
    m_clearButton->setText(tr("Clear filters"));
    m_clearButton->setAccessibleName(tr("Clear the search and all filters"));
    m_retryButton->setText(tr("R&etry"));
    m_retryButton->setAccessibleName(tr("Read the list again"));
    resizeColumns();
    updateState();
}

void ListPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        resizeColumns();
}

void ListPage::resizeColumns()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 12);
    const QFontMetrics headerMetrics = m_view->horizontalHeader()->fontMetrics();
    const int stretch = stretchColumn();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == stretch)
            continue;
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        int width = headerMetrics.horizontalAdvance(header) + kHeaderPadding +
                    (m_model->isSortable(column) ? kSortIndicatorRoom : 0);
        for (const QString &sample : columnSamples(column))
            width = qMax(width, metrics.horizontalAdvance(sample) + kCellPadding);
        m_view->setColumnWidth(column, qMin(width, kMaxColumnWidth));
    }
}

int ListPage::stretchColumn() const
{
    return m_model->columnCount() - 1;
}

void ListPage::setSearchText(const QString &text)
{
    m_bar->setSearchText(text);
    applyQuery();
}

QString ListPage::searchText() const
{
    return m_bar->searchText();
}

QString ListPage::countText() const
{
    return m_count->text();
}

void ListPage::applyQuery()
{
    m_searchTimer.stop();
    m_model->setQuery(m_bar->filters(), m_bar->searchText(), m_model->sortKey(), m_model->isDescending());
    updateState();
}

void ListPage::showSortIndicator()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void ListPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!m_model->isSortable(column)) {
        showSortIndicator(); // the list stays sorted as it is
        return;
    }
    m_model->sort(column, order);
}

void ListPage::moveToResults()
{
    if (m_stack->currentWidget() != m_view)
        return;
    m_view->setFocus(Qt::TabFocusReason);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void ListPage::followSync()
{
    disconnect(m_syncConnection);
    if (SyncHost *sync = m_context ? m_context->sync() : nullptr)
        m_syncConnection = connect(sync, &SyncHost::statusChanged, this, &ListPage::updateState);
}

void ListPage::updateState()
{
    const qint64 total = m_model->totalCount();
    const bool hasQuery = !m_model->filters().isEmpty() || !m_model->search().isEmpty();
    const SyncHost *sync = m_context ? m_context->sync() : nullptr;

    if (total >= 0 && m_texts.count)
        m_count->setText(m_texts.count(total));
    else if (m_model->isLoading())
        m_count->setText(tr("Loading…"));
    else
        m_count->clear();

    m_bar->setEnabled(m_model->isAvailable());
    switch (listStateOf(*m_model, sync, hasQuery)) {
    case ListState::Opening:
        showState(State::Opening, tr("Opening the local copy…"),
                  tr("The list is read from the encrypted copy of your area's data on this computer."));
        return;
    case ListState::Unavailable:
        showState(State::Unavailable, tr("The local copy is not available"),
                  tr("The list is read from the encrypted copy of your area's data on this computer, "
                     "which opens after you sign in. If it stays unavailable, see Local data in "
                     "Settings."));
        return;
    case ListState::Error: {
        const Error &error = *m_model->lastError();
        const QString detail = error.code == ErrorCode::Unavailable
                                   ? tr("The local copy was closed while the list was read.")
                                   : ErrorText::describe(error, ErrorText::Context::Session, QString());
        showState(State::Error, tr("The list could not be read"), detail);
        return;
    }
    case ListState::Table:
        showState(State::Table, {}, {});
        return;
    case ListState::Loading:
        showState(State::Loading, tr("Loading…"), {});
        return;
    case ListState::NoMatch: {
        const QString search = m_model->search();
        showState(State::NoMatch,
                  search.isEmpty() ? m_texts.noMatchFilters : m_texts.noMatchSearch.arg(search),
                  search.isEmpty() ? tr("Try fewer filters.") : m_texts.searchHint);
        return;
    }
    case ListState::FirstSync:
        showState(State::Loading, tr("Loading…"),
                  tr("The first sync is still bringing your area's data to this computer."));
        return;
    case ListState::Empty:
        break;
    }
    showState(State::Empty, m_texts.emptyTitle, m_texts.emptyDetail);
}

void ListPage::showState(State state, const QString &title, const QString &detail)
{
    m_state = state;
    if (state == State::Table) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_stateTitle->setText(title);
    m_stateDetail->setText(detail);
    m_stateDetail->setVisible(!detail.isEmpty());
    m_clearButton->setVisible(state == State::NoMatch);
    m_retryButton->setVisible(state == State::Error);
    const bool hadFocus = m_view->hasFocus();
    m_stack->setCurrentWidget(m_statePanel);
    if (hadFocus)
        m_bar->searchField()->setFocus(Qt::OtherFocusReason);
}

} // namespace gd
