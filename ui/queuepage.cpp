#include "ui/queuepage.h"

#include "core/clock.h"
#include "models/applicationloader.h"
#include "models/datacontext.h"
#include "models/queuecountswatcher.h"
#include "models/queuelistmodel.h"
#include "net/apiclient.h"
#include "store/conflictrepository.h"
#include "store/store.h"
#include "sync/synchost.h"
#include "ui/applicationactionrunner.h"
#include "ui/applicationdetailpanel.h"
#include "ui/batchapprovedialog.h"
#include "ui/errortext.h"
#include "ui/homepagewidgets.h"
#include "ui/liststate.h"
#include "ui/pagecard.h"
#include "ui/queuefilterbar.h"
#include "ui/queueviews.h"
#include "ui/sladelegate.h"
#include "ui/theme.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gd {

namespace {

constexpr int kCellPadding = 22;
constexpr int kHeaderPadding = 14;
constexpr int kSortIndicatorRoom = 18;
constexpr int kStateWidth = 560;

QStringList samplesFor(int column)
{
    switch (column) {
    case QueueListModel::Number: // room for the pending-sync marker
        return {QStringLiteral("20261124-000123 ") + SlaDelegate::pendingSyncText()};
    case QueueListModel::Service:
        return {};
    case QueueListModel::Applicant:
        return {QStringLiteral("欧阳某某某")};
    case QueueListModel::Step:
        return {QStringLiteral("出生医学证明签发")};
    case QueueListModel::Department:
        return {QStringLiteral("市卫生健康委员")};
    case QueueListModel::Submitted:
        return {QStringLiteral("2026-11-24 09:30")};
    case QueueListModel::Due:
        return {QStringLiteral("2026-11-24")};
    case QueueListModel::SlaRemaining:
        return {QStringLiteral("逾期 12 个工作日"), QStringLiteral("Overdue by 12 working days")};
    case QueueListModel::ClaimedBy:
        return {QStringLiteral("欧阳某某")};
    default:
        return {};
    }
}

} // namespace

QueuePage::QueuePage(DataContext *context, Preferences *preferences, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_preferences(preferences)
    , m_model(new QueueListModel(context, this))
    , m_counts(new QueueCountsWatcher(context, this))
    , m_loader(new ApplicationLoader(context, this))
    , m_runner(new ApplicationActionRunner(context, this))
    , m_savedViews(std::make_unique<QueueViews>(preferences))
{
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &QueuePage::applyQuery);
    buildUi();

    connect(m_model, &PagedListModel::loadingChanged, this, &QueuePage::updateState);
    connect(m_model, &PagedListModel::totalCountChanged, this, &QueuePage::updateState);
    connect(m_model, &PagedListModel::errorOccurred, this, &QueuePage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showSortIndicator(); // a reset header may have lost it
        updateState();
        if (!m_wantedId.isEmpty())
            openApplication(m_wantedId);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueuePage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueuePage::updateState);
    connect(m_model, &PagedListModel::queryChanged, this, &QueuePage::showSortIndicator);
    connect(m_counts, &QueueCountsWatcher::countsChanged, this, [this](const QueueCounts &counts) {
        fillViews();
        emit countsChanged(counts);
    });
    connect(m_loader, &ApplicationLoader::loaded, this, &QueuePage::onLoaded);
    connect(m_loader, &ApplicationLoader::failed, this, &QueuePage::onLoadFailed);
    connect(m_detail, &ApplicationDetailPanel::actionRequested, this, &QueuePage::runAction);
    connect(m_detail, &ApplicationDetailPanel::citizenRequested, this, &QueuePage::citizenRequested);
    connect(m_detail, &ApplicationDetailPanel::enterpriseRequested, this, &QueuePage::enterpriseRequested);
    connect(m_runner, &ApplicationActionRunner::runningChanged, m_detail, &ApplicationDetailPanel::setBusy);
    if (m_context) {
        connect(m_context, &DataContext::localDataChanged, this, [this] {
            loadCatalog();
            updateState();
            updateOffline();
        });
        connect(m_context, &DataContext::dataChanged, this, [this](const ChangeSet &changes) {
            if (changes.changed.contains(QStringLiteral("department")) ||
                changes.changed.contains(QStringLiteral("service")))
                loadCatalog();
        });
        connect(m_context, &DataContext::localDataChanged, this, [this] {
            // The server's refusals of queued actions land in the conflict queue: show them on the item.
            if (SyncHost *sync = m_context->sync())
                connect(sync, &SyncHost::conflictsChanged, this, &QueuePage::loadRefusals,
                        Qt::UniqueConnection);
        });
        if (SyncHost *sync = m_context->sync())
            connect(sync, &SyncHost::conflictsChanged, this, &QueuePage::loadRefusals, Qt::UniqueConnection);
        if (ApiClient *client = m_context->client())
            connect(client, &ApiClient::connectionStateChanged, this, &QueuePage::updateOffline);
    }
    retranslate();
    loadCatalog();
    updateOffline();
    applyQuery();
}

QueuePage::~QueuePage() = default;

void QueuePage::buildUi()
{
    setObjectName(QStringLiteral("queuePage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    PageCard::makeTitle(m_title, 1.6);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("queueCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_viewsLabel = new QLabel(this);
    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("queueViewCombo"));
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_viewsLabel->setBuddy(m_views);
    connect(m_views, &QComboBox::currentIndexChanged, this, &QueuePage::onViewChosen);
    m_saveView = new QPushButton(this);
    m_saveView->setObjectName(QStringLiteral("saveViewButton"));
    m_saveView->setAutoDefault(false);
    connect(m_saveView, &QPushButton::clicked, this, &QueuePage::askSaveView);
    m_deleteView = new QPushButton(this);
    m_deleteView->setObjectName(QStringLiteral("deleteViewButton"));
    m_deleteView->setAutoDefault(false);
    connect(m_deleteView, &QPushButton::clicked, this,
            [this] { deleteView(m_views->currentData().toString()); });
    m_batchAction = new QAction(this);
    m_batchAction->setObjectName(QStringLiteral("batchApproveAction"));
    m_batchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_batchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_batchAction, &QAction::triggered, this, &QueuePage::approveSelected);
    addAction(m_batchAction);
    m_batch = new QPushButton(this);
    m_batch->setObjectName(QStringLiteral("batchApproveButton"));
    m_batch->setAutoDefault(false);
    connect(m_batch, &QPushButton::clicked, this, &QueuePage::approveSelected);

    m_bar = new QueueFilterBar(this);
    connect(m_bar, &QueueFilterBar::searchEdited, this, [this] { m_searchTimer.start(); });
    connect(m_bar, &QueueFilterBar::searchSubmitted, this, &QueuePage::applyQuery);
    connect(m_bar, &QueueFilterBar::filtersChanged, this, &QueuePage::applyQuery);
    connect(m_bar, &QueueFilterBar::moveToResultsRequested, this, &QueuePage::moveToResults);

    m_offline = new QLabel(this);
    m_offline->setObjectName(QStringLiteral("queueOfflineBanner"));
    m_offline->setWordWrap(true);
    m_offline->setAutoFillBackground(true);
    m_offline->setMargin(6);
    m_offline->hide();
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("queueNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAutoFillBackground(true);
    m_notice->setMargin(6);
    m_notice->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("queueList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SlaDelegate(QueueListModel::SlaRemaining, QueueListModel::Number, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(40);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QueueListModel::Service, QHeaderView::Stretch);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &QueuePage::onSortIndicatorChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueuePage::onCurrentChanged);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_model->idAt(index.row());
        if (id.isEmpty())
            return;
        if (m_loader->applicationId() != id)
            m_loader->load(id);
        // Enter opens the application: its first action that can be taken gets the focus.
        m_detail->setFocus(Qt::OtherFocusReason);
        const QList<QWidget *> buttons =
            m_detail->findChildren<QWidget *>(QRegularExpression(QStringLiteral("Button$")));
        for (QWidget *button : buttons) {
            if (button->isEnabled() && button->isVisible() && button->focusPolicy() != Qt::NoFocus) {
                button->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
    });

    // The state in words instead of the table.
    m_statePanel = new QWidget(this);
    m_statePanel->setObjectName(QStringLiteral("queueStatePanel"));
    auto *stateText = new QWidget(m_statePanel);
    stateText->setMaximumWidth(kStateWidth);
    m_stateTitle = new QLabel(stateText);
    m_stateTitle->setObjectName(QStringLiteral("queueStateTitle"));
    m_stateTitle->setAlignment(Qt::AlignCenter);
    m_stateTitle->setWordWrap(true);
    PageCard::makeTitle(m_stateTitle, 1.25);
    m_stateDetail = new QLabel(stateText);
    m_stateDetail->setObjectName(QStringLiteral("queueStateDetail"));
    m_stateDetail->setAlignment(Qt::AlignCenter);
    m_stateDetail->setWordWrap(true);
    m_stateDetail->setForegroundRole(QPalette::PlaceholderText);
    m_clearButton = new QPushButton(stateText);
    m_clearButton->setObjectName(QStringLiteral("stateClearFiltersButton"));
    m_clearButton->setAutoDefault(false);
    connect(m_clearButton, &QPushButton::clicked, this, [this] { showView(QStringLiteral("all")); });
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
    m_stack->setObjectName(QStringLiteral("queueStack"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_statePanel);

    m_detail = new ApplicationDetailPanel(this);
    addActions(m_detail->actionList());

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    connect(m_splitter, &QSplitter::splitterMoved, this, &QueuePage::updateSubmittedColumn);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_count, 0, Qt::AlignBottom);
    titleRow->addStretch(1);
    titleRow->addWidget(m_viewsLabel);
    titleRow->addWidget(m_views);
    titleRow->addWidget(m_saveView);
    titleRow->addWidget(m_deleteView);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_batch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addWidget(m_bar);
    layout->addWidget(m_offline);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_views, m_saveView);
    setTabOrder(m_saveView, m_deleteView);
    setTabOrder(m_deleteView, m_batch);
    setTabOrder(m_batch, m_bar->searchField());
    setTabOrder(m_bar->lastInTabOrder(), m_view);
}

void QueuePage::retranslate()
{
    m_title->setText(tr("Pending"));
    m_viewsLabel->setText(tr("&View:"));
    m_views->setAccessibleName(tr("Saved views"));
    m_views->setPlaceholderText(tr("Custom filters"));
    m_saveView->setText(tr("Save view…"));
    m_saveView->setToolTip(tr("Save the current filters and sort under a name"));
    m_deleteView->setText(tr("Delete view"));
    m_deleteView->setToolTip(tr("Delete the chosen saved view"));
    m_batchAction->setText(tr("Approve selected"));
    m_batch->setText(tr("Approve selected"));
    m_batch->setToolTip(tr("Approve every selected application (same service and step) after a confirmation "
                           "(%1)")
                            .arg(m_batchAction->shortcut().toString(QKeySequence::NativeText)));
    m_view->setAccessibleName(tr("Pending applications"));
    m_count->setAccessibleName(tr("Number of pending steps"));
    m_clearButton->setText(tr("Show all pending"));
    m_retryButton->setText(tr("R&etry"));
    m_offline->setText(
        tr("The server cannot be reached. You can keep working: actions are kept on this computer "
           "and sent when the connection is back (“Pending sync” until then)."));
    fillViews();
    resizeColumns();
    updateState();
}

void QueuePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        resizeColumns();
    else if (event->type() == QEvent::PaletteChange)
        updateOffline();
}

void QueuePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateOrientation();
    QTimer::singleShot(0, this, &QueuePage::updateSubmittedColumn); // once the splitter has laid out
}

void QueuePage::updateSubmittedColumn()
{
    // The submission time is in the detail's header too: a narrow table gives its room to the service.
    int others = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column != QueueListModel::Service && column != QueueListModel::Submitted &&
            !m_view->isColumnHidden(column))
            others += m_view->columnWidth(column);
    }
    const int service = m_view->fontMetrics().horizontalAdvance(QStringLiteral("出生一件事（联办）")) + 22;
    const int available = m_view->viewport()->width();
    m_view->setColumnHidden(QueueListModel::Submitted,
                            available < others + service + m_view->columnWidth(QueueListModel::Submitted));
}

void QueuePage::updateOrientation()
{
    const Qt::Orientation wanted = width() >= kSideBySideWidth ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == wanted && m_splitter->property("sized").toBool())
        return;
    m_splitter->setOrientation(wanted);
    m_splitter->setProperty("sized", true);
    if (wanted == Qt::Horizontal) {
        const int total = m_splitter->width();
        m_splitter->setSizes({total * 60 / 100, total * 40 / 100});
    } else {
        const int total = m_splitter->height();
        m_splitter->setSizes({total * 36 / 100, total * 64 / 100});
    }
}

void QueuePage::resizeColumns()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 12);
    const QFontMetrics headerMetrics = m_view->horizontalHeader()->fontMetrics();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == QueueListModel::Service)
            continue;
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        int width = headerMetrics.horizontalAdvance(header) + kHeaderPadding +
                    (m_model->isSortable(column) ? kSortIndicatorRoom : 0);
        // The SLA column's text is bold when overdue, in a pill (SlaDelegate).
        QFont sampleFont = m_view->font();
        sampleFont.setBold(column == QueueListModel::SlaRemaining);
        const QFontMetrics sampleMetrics(sampleFont);
        const int padding = kCellPadding + (column == QueueListModel::SlaRemaining ? 10 : 0);
        for (const QString &sample : samplesFor(column))
            width = qMax(width, sampleMetrics.horizontalAdvance(sample) + padding);
        m_view->setColumnWidth(column, width);
    }
    updateSubmittedColumn();
}

void QueuePage::setUser(const StaffUser &user)
{
    m_user = user;
    m_actor.staffId = user.id;
    m_actor.name = user.displayName.isEmpty() ? user.username : user.displayName;
    m_actor.role = user.role;
    m_actor.departmentId = user.departmentId.value_or(QString());
    m_detail->setActor(m_actor);
    m_runner->setActor(m_actor);
    m_model->setCurrentUser(user.id);
    const bool officer = user.role == QLatin1String("officer");
    m_bar->setDepartmentChoice(!officer);
    // An officer's queue is their department's: the column would say the same on every row.
    m_view->setColumnHidden(QueueListModel::Department, officer);
    updateSubmittedColumn();
    m_counts->setScope(officer ? m_actor.departmentId : QString(), user.id);
    applyQuery();
}

QueueQuery QueuePage::query() const
{
    return m_query;
}

void QueuePage::applyQuery()
{
    m_searchTimer.stop();
    QueueQuery q = m_bar->query();
    q.sort = m_query.sort;
    q.descending = m_query.descending;
    m_query = q;
    const bool officer = m_user.role == QLatin1String("officer");
    m_model->setQuery(q.filters(m_user.id, officer ? m_actor.departmentId : QString()), q.search,
                      q.sort.isEmpty() ? QStringLiteral("due_at") : q.sort, q.descending);
    syncViewCombo();
    updateState();
}

void QueuePage::showSortIndicator()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void QueuePage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!m_model->isSortable(column)) {
        showSortIndicator();
        return;
    }
    m_model->sort(column, order);
    m_query.sort = m_model->sortKey();
    m_query.descending = m_model->isDescending();
    syncViewCombo();
}

void QueuePage::moveToResults()
{
    if (m_stack->currentWidget() != m_view)
        return;
    m_view->setFocus(Qt::TabFocusReason);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

QString QueuePage::countText() const
{
    return m_count->text();
}

void QueuePage::updateState()
{
    const qint64 total = m_model->totalCount();
    const bool hasQuery =
        !m_model->filters().isEmpty() &&
        !(m_model->filters().size() == 1 && m_model->filters().first().first == QLatin1String("department") &&
          m_user.role == QLatin1String("officer"));
    const bool searching = !m_model->search().isEmpty();
    const SyncHost *sync = m_context ? m_context->sync() : nullptr;
    if (total >= 0)
        m_count->setText(tr("%n step(s)", nullptr, int(total)));
    else if (m_model->isLoading())
        m_count->setText(tr("Loading…"));
    else
        m_count->clear();

    m_bar->setEnabled(m_model->isAvailable());
    switch (listStateOf(*m_model, sync, hasQuery || searching)) {
    case ListState::Opening:
        showState(State::Opening, tr("Opening the local copy…"),
                  tr("The queue is read from the encrypted copy of your area's data on this computer."));
        return;
    case ListState::Unavailable:
        showState(State::Unavailable, tr("The local copy is not available"),
                  tr("The pending queue is read from the encrypted copy of your department's data on "
                     "this computer, which opens after you sign in. If it stays unavailable, see Local "
                     "data in Settings."));
        return;
    case ListState::Error:
        showState(State::Error, tr("The queue could not be read"),
                  ErrorText::describe(*m_model->lastError(), ErrorText::Context::Session, QString()));
        return;
    case ListState::Table:
        showState(State::Table, {}, {});
        return;
    case ListState::Loading:
        showState(State::Loading, tr("Loading…"), {});
        return;
    case ListState::NoMatch:
        showState(State::NoMatch,
                  searching ? tr("No pending application matches “%1”").arg(m_model->search())
                            : tr("No pending application matches these filters"),
                  searching ? tr("Search by the start of an application number or of the applicant's name.")
                            : tr("Try fewer filters, or another view."));
        return;
    case ListState::FirstSync:
        showState(State::Loading, tr("Loading…"),
                  tr("The first sync is still bringing your department's applications to this computer."));
        return;
    case ListState::Empty:
        break;
    }
    showState(State::Empty, tr("Nothing is pending"),
              tr("No application waits for your department now. New ones appear here as the sync brings "
                 "them, and the Pending entry in the navigation shows how many there are."));
}

void QueuePage::showState(State state, const QString &title, const QString &detail)
{
    m_state = state;
    if (state == State::Table) {
        m_stack->setCurrentWidget(m_view);
        if (!m_view->currentIndex().isValid() && !m_detail->hasApplication() && m_wantedId.isEmpty() &&
            m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
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
    if (state != State::Loading && !m_detail->hasApplication())
        m_detail->showNothing();
}

void QueuePage::updateOffline()
{
    ApiClient *client = m_context ? m_context->client() : nullptr;
    const bool offline = client && client->connectionState() == ApiClient::ConnectionState::Offline;
    QPalette p = m_offline->palette();
    QColor background = Theme::warningColor(palette());
    background.setAlpha(Theme::isDark(palette()) ? 56 : 30);
    p.setColor(QPalette::Window, background);
    m_offline->setPalette(p);
    m_offline->setVisible(offline);
}

void QueuePage::fillViews()
{
    m_fillingViews = true;
    const QString current = m_views->currentData().toString();
    m_views->clear();
    const QueueCounts counts = m_counts->counts();
    const bool known = m_counts->hasCounts();
    const auto label = [known](const QString &name, qint64 count) {
        return known ? tr("%1 (%2)").arg(name, QLocale().toString(count)) : name;
    };
    m_views->addItem(label(tr("All pending"), counts.open), QStringLiteral("all"));
    for (const QueueView &view : QueueViews::builtIns()) {
        qint64 count = 0;
        if (view.key == QLatin1String("mine"))
            count = counts.mine;
        else if (view.key == QLatin1String("unclaimed"))
            count = counts.unclaimed;
        else if (view.key == QLatin1String("due_soon"))
            count = counts.dueSoon;
        else if (view.key == QLatin1String("overdue"))
            count = counts.overdue;
        m_views->addItem(label(view.name, count), view.key);
    }
    const QList<QueueView> saved = m_savedViews->saved();
    if (!saved.isEmpty())
        m_views->insertSeparator(m_views->count());
    for (const QueueView &view : saved)
        m_views->addItem(view.name, view.key);
    m_fillingViews = false;
    const int index = m_views->findData(current);
    if (index >= 0) {
        const QSignalBlocker blocker(m_views);
        m_views->setCurrentIndex(index);
    }
    syncViewCombo();
}

void QueuePage::syncViewCombo()
{
    // The view whose filters and sort are the current ones, else "custom filters".
    QString key;
    QueueQuery plain = m_query;
    if (plain == QueueQuery{})
        key = QStringLiteral("all");
    for (const QueueView &view : m_savedViews->all()) {
        if (!key.isEmpty())
            break;
        if (view.query == plain)
            key = view.key;
    }
    const QSignalBlocker blocker(m_views);
    m_views->setCurrentIndex(key.isEmpty() ? -1 : m_views->findData(key));
    m_deleteView->setEnabled(key.startsWith(QLatin1String("saved:")));
}

void QueuePage::onViewChosen(int index)
{
    if (m_fillingViews || index < 0)
        return;
    showView(m_views->itemData(index).toString());
}

bool QueuePage::showView(const QString &key)
{
    QueueQuery query;
    if (key != QLatin1String("all")) {
        const auto view = m_savedViews->find(key);
        if (!view)
            return false;
        query = view->query;
    }
    m_bar->setQuery(query);
    m_query.sort = query.sort;
    m_query.descending = query.descending;
    applyQuery();
    return true;
}

void QueuePage::saveView(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    m_savedViews->save(name, m_query);
    fillViews();
}

bool QueuePage::deleteView(const QString &key)
{
    if (!m_savedViews->remove(key))
        return false;
    fillViews();
    return true;
}

void QueuePage::askSaveView()
{
    QString name;
    if (m_askName) {
        name = m_askName();
    } else {
        bool ok = false;
        name =
            QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    saveView(name);
}

void QueuePage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.isValid() ? m_model->idAt(current.row()) : QString();
    if (id.isEmpty())
        return;
    m_wantedId.clear();
    if (m_loader->applicationId() == id)
        return;
    m_detail->showLoading();
    m_loader->load(id);
}

void QueuePage::openApplication(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        m_wantedId.clear();
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        return;
    }
    m_wantedId = id;
    if (m_loader->applicationId() != id) {
        m_detail->showLoading();
        m_loader->load(id);
    }
}

QString QueuePage::selectedApplicationId() const
{
    return m_detail->hasApplication() ? m_detail->application().id : QString();
}

void QueuePage::onLoaded(const Application &application, bool pendingSync)
{
    m_detail->setApplication(
        application, m_context ? m_context->clock().nowUtc() : QDateTime::currentDateTimeUtc(), pendingSync);
    loadRefusals();
}

void QueuePage::loadRefusals()
{
    store::LocalReader *reader = m_context ? m_context->reader() : nullptr;
    if (!reader || !m_detail->hasApplication())
        return;
    const QString id = m_detail->application().id;
    reader->run<QList<store::ConflictEntry>>(
        this,
        [id](store::Store &s) -> Result<QList<store::ConflictEntry>> {
            auto all = s.conflicts().list();
            if (!all)
                return all.error();
            QList<store::ConflictEntry> mine;
            for (const store::ConflictEntry &entry : std::as_const(*all)) {
                if (entry.entity == QLatin1String("application") && entry.entityId == id)
                    mine.append(entry);
            }
            return mine;
        },
        [this, id](Result<QList<store::ConflictEntry>> entries) {
            if (!entries || !m_detail->hasApplication() || m_detail->application().id != id)
                return;
            if (entries->isEmpty()) {
                m_detail->setRefusal({});
                return;
            }
            const store::ConflictEntry &last = entries->constLast();
            Error error;
            error.code = errorCodeFromName(last.errorCode);
            error.message = last.errorMessage;
            error.details = last.errorDetails;
            m_detail->setRefusal(tr("The server did not accept an earlier change to this application: %1 The "
                                    "application shows the server's state; see File › Conflict queue.")
                                     .arg(ApplicationActionRunner::refusalText(error, QString())));
        });
}

void QueuePage::onLoadFailed(const Error &error)
{
    if (error.code == ErrorCode::NotFound)
        m_detail->showError(tr("This application is no longer in the local copy (it may have left your "
                               "department's scope)."));
    else
        m_detail->showError(tr("The application could not be read: %1")
                                .arg(ErrorText::describe(error, ErrorText::Context::Session, QString())));
}

void QueuePage::loadCatalog()
{
    store::LocalReader *reader = m_context ? m_context->reader() : nullptr;
    if (!reader)
        return;
    struct Catalog {
        QList<Department> departments;
        QList<ServiceItem> services;
    };
    reader->run<Catalog>(
        this,
        [](store::Store &s) -> Result<Catalog> {
            store::ListQuery all;
            all.limit = 5000;
            auto departments = s.departments().items(all);
            if (!departments)
                return departments.error();
            auto services = s.services().items(all);
            if (!services)
                return services.error();
            return Catalog{*departments, *services};
        },
        [this](Result<Catalog> catalog) {
            if (!catalog)
                return;
            QHash<QString, ServiceItem> services;
            for (const ServiceItem &s : std::as_const(catalog->services))
                services.insert(s.id, s);
            m_detail->setCatalog(catalog->departments, services);
            m_bar->setCatalog(catalog->departments, catalog->services);
        });
}

void QueuePage::runAction(const ApplicationAction &action)
{
    if (!m_detail->hasApplication())
        return;
    const QString id = m_detail->application().id;
    if (!m_runner->canRun()) {
        m_detail->showNotice(tr("Not saved: the local copy of your data is not open on this computer, so the "
                                "action cannot be queued for the server."),
                             Tone::Error);
        return;
    }
    const QString server = m_context && m_context->client()
                               ? ErrorText::displayAddress(m_context->client()->baseUrl())
                               : QString();
    QPointer<ApplicationDetailPanel> detail(m_detail);
    m_runner->run(id, action, [detail, action, server](const ApplicationActionRunner::Outcome &outcome) {
        if (!detail)
            return;
        if (outcome.queued > 0)
            detail->showNotice(ApplicationActionRunner::doneText(action.action), Tone::Success);
        else if (!outcome.refused.isEmpty())
            detail->showNotice(
                tr("Not done: %1")
                    .arg(ApplicationActionRunner::refusalText(outcome.refused.first().second, server)),
                Tone::Error);
        else if (outcome.failure)
            detail->showNotice(
                tr("Not saved: %1")
                    .arg(ErrorText::describe(*outcome.failure, ErrorText::Context::Session, server)),
                Tone::Error);
    });
}

void QueuePage::showNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    QPalette p = m_notice->palette();
    QColor background = error ? Theme::errorColor(palette()) : Theme::successColor(palette());
    background.setAlpha(Theme::isDark(palette()) ? 56 : 30);
    p.setColor(QPalette::Window, background);
    m_notice->setPalette(p);
    m_notice->setAccessibleName(text);
}

QString QueuePage::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void QueuePage::setDialogRunner(DialogRunner runner)
{
    m_dialogRunner = runner;
    m_detail->setDialogRunner(std::move(runner));
}

int QueuePage::runDialog(QDialog *dialog)
{
    return m_dialogRunner ? m_dialogRunner(dialog) : dialog->exec();
}

bool QueuePage::approveSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() < 2) {
        showNotice(
            tr("Select two or more applications of the same service and step (Shift or Ctrl with a click, "
               "or Shift with the arrow keys) to approve them together."),
            true);
        return false;
    }
    QString service;
    QString step;
    QList<BatchApproveDialog::Item> items;
    QList<QPair<QString, ApplicationAction>> actions;
    for (const QModelIndex &row : rows) {
        const auto cell = [this, &row](int column, int role = Qt::DisplayRole) {
            return m_model->index(row.row(), column).data(role);
        };
        const QString rowService = cell(0, QueueListModel::ServiceIdRole).toString();
        const QString rowStep = cell(QueueListModel::Step).toString();
        if (service.isEmpty()) {
            service = rowService;
            step = rowStep;
        } else if (rowService != service || rowStep != step) {
            showNotice(tr("These applications cannot be approved together: they are of different services or "
                          "at different steps. Select applications of one service at the same step."),
                       true);
            return false;
        }
        items.append({cell(QueueListModel::Number).toString(), cell(QueueListModel::Applicant).toString(),
                      rowStep, cell(QueueListModel::Department).toString()});
        ApplicationAction action;
        action.action = QStringLiteral("approve");
        action.stepSeq = cell(0, QueueListModel::StepSeqRole).toInt();
        action.baseVersion = 0; // the cached version the row shows
        actions.append({m_model->idAt(row.row()), action});
    }
    const QString serviceName = m_model->index(rows.first().row(), QueueListModel::Service).data().toString();
    BatchApproveDialog dialog(serviceName, items, this);
    if (runDialog(&dialog) != QDialog::Accepted)
        return false;
    if (!m_runner->canRun()) {
        showNotice(tr("Not saved: the local copy of your data is not open on this computer."), true);
        return false;
    }
    const QString server = m_context && m_context->client()
                               ? ErrorText::displayAddress(m_context->client()->baseUrl())
                               : QString();
    QPointer<QueuePage> self(this);
    m_runner->runMany(actions, [self, items, actions,
                                server](const ApplicationActionRunner::Outcome &outcome) {
        if (!self)
            return;
        if (outcome.failure) {
            self->showNotice(
                tr("Not saved: %1")
                    .arg(ErrorText::describe(*outcome.failure, ErrorText::Context::Session, server)),
                true);
            return;
        }
        QStringList refused;
        for (const auto &[id, error] : outcome.refused) {
            QString number = id;
            for (int i = 0; i < actions.size(); ++i) {
                if (actions.at(i).first == id)
                    number = items.at(i).number;
            }
            refused << tr("%1: %2").arg(number, ApplicationActionRunner::refusalText(error, server));
        }
        QString text =
            tr("%n application(s) approved; sent to the server with the next sync.", nullptr, outcome.queued);
        if (!refused.isEmpty())
            text += QLatin1Char(' ') + tr("Not approved: %1").arg(refused.join(QStringLiteral("; ")));
        self->showNotice(text, !refused.isEmpty());
    });
    return true;
}

} // namespace gd
