#include "ui/gridpage.h"

#include "core/clock.h"
#include "models/datacontext.h"
#include "models/gridmodels.h"
#include "models/gridtext.h"
#include "models/hometext.h"
#include "net/apiclient.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "ui/errortext.h"
#include "ui/homepagewidgets.h"
#include "ui/incidentdialog.h"
#include "ui/incidentviewdialog.h"
#include "ui/pagecard.h"
#include "ui/theme.h"
#include "ui/visitdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace gd {

namespace {

constexpr int kTagListRole = Qt::UserRole + 100; // GridResidentModel: the tag names

// Paints a resident's tags as small rounded chips.
class ChipDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QStringList tags = index.data(kTagListRole).toStringList();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QFontMetrics fm(option.font);
        const QColor accent = option.palette.color(QPalette::Highlight);
        QColor fill = accent;
        fill.setAlpha(Theme::isDark(option.palette) ? 70 : 28);
        int x = option.rect.left() + 4;
        const int h = fm.height() + 4;
        const int y = option.rect.top() + (option.rect.height() - h) / 2;
        for (const QString &tag : tags) {
            const int w = fm.horizontalAdvance(tag) + 12;
            if (x + w > option.rect.right() - 4) {
                painter->setPen(option.palette.color(QPalette::PlaceholderText));
                painter->drawText(QRect(x, y, 24, h), Qt::AlignVCenter, QStringLiteral("…"));
                break;
            }
            const QRect chip(x, y, w, h);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(chip, h / 2.0, h / 2.0);
            painter->setPen(option.palette.color(QPalette::Text));
            painter->drawText(chip, Qt::AlignCenter, tag);
            x += w + 4;
        }
        painter->restore();
    }
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QTreeView *makeTree(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(false);
    return view;
}

// Supervisors: one task for several grids of their district.
struct AssignAnswer {
    TaskCreateRequest request;
    QStringList gridIds;
};

std::optional<AssignAnswer> askAssignment(QWidget *parent, const QList<Region> &grids, const QString &current,
                                          const QDate &today)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("taskAssignDialog"));
    dialog.setWindowTitle(GridPage::tr("Assign a task to grids"));
    auto *title = new QLineEdit(&dialog);
    title->setObjectName(QStringLiteral("taskTitleEdit"));
    title->setMaxLength(int(kTaskMaxTitle));
    auto *description = new QPlainTextEdit(&dialog);
    description->setObjectName(QStringLiteral("taskDescriptionEdit"));
    description->setTabChangesFocus(true);
    description->setMinimumHeight(90);
    auto *due = new QDateEdit(today.addDays(7), &dialog);
    due->setObjectName(QStringLiteral("taskDueEdit"));
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setCalendarPopup(true);
    due->setMinimumDate(today);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("taskGridList"));
    for (const Region &g : grids) {
        auto *item = new QListWidgetItem(g.name, list);
        item->setData(Qt::UserRole, g.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(g.id == current ? Qt::Checked : Qt::Unchecked);
    }
    auto *error = new QLabel(&dialog);
    error->setWordWrap(true);
    error->hide();
    setTextColor(error, Theme::errorColor(dialog.palette()));
    auto *form = new QFormLayout;
    form->addRow(GridPage::tr("&Title:"), title);
    form->addRow(GridPage::tr("&Description:"), description);
    form->addRow(GridPage::tr("Due &on:"), due);
    form->addRow(GridPage::tr("&Grids:"), list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(GridPage::tr("&Assign"));
    buttons->button(QDialogButtonBox::Cancel)->setText(GridPage::tr("Cancel"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    QStringList chosen;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        chosen.clear();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                chosen << list->item(i)->data(Qt::UserRole).toString();
        }
        QString problem;
        if (title->text().trimmed().size() < 2)
            problem = GridPage::tr("Give the task a title.");
        else if (description->toPlainText().trimmed().isEmpty())
            problem = GridPage::tr("Describe what the grid managers are to do.");
        else if (chosen.isEmpty())
            problem = GridPage::tr("Choose at least one grid.");
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
        if (problem.isEmpty())
            dialog.accept();
    });
    dialog.resize(520, 520);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    AssignAnswer answer;
    answer.request.title = title->text().trimmed();
    answer.request.description = description->toPlainText().trimmed();
    answer.request.dueOn = due->date();
    answer.gridIds = chosen;
    return answer;
}

} // namespace

GridPage::GridPage(DataContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    buildUi();
    connect(m_context, &DataContext::dataChanged, this, &GridPage::onDataChanged);
    connect(m_context, &DataContext::localDataChanged, this, [this] {
        updateOffline();
        if (isVisible())
            reload();
        else
            m_loaded = false;
    });
    if (ApiClient *client = m_context->client())
        connect(client, &ApiClient::connectionStateChanged, this, &GridPage::updateOffline);
    updateOffline();
}

GridPage::~GridPage() = default;

void GridPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    PageCard::makeTitle(m_heading, 1.5);
    top->addWidget(m_heading);
    top->addSpacing(12);
    m_gridName = new QLabel(this);
    m_gridName->setObjectName(QStringLiteral("gridNameLabel"));
    m_gridName->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_gridName);
    top->addStretch(1);
    m_visitButton = new QPushButton(this);
    m_visitButton->setObjectName(QStringLiteral("recordVisitButton"));
    m_incidentButton = new QPushButton(this);
    m_incidentButton->setObjectName(QStringLiteral("reportIncidentButton"));
    m_pushButton = new QPushButton(this);
    m_pushButton->setObjectName(QStringLiteral("gridPushButton"));
    m_assignButton = new QPushButton(this);
    m_assignButton->setObjectName(QStringLiteral("assignTaskButton"));
    for (QPushButton *b : {m_visitButton, m_incidentButton, m_pushButton, m_assignButton})
        top->addWidget(b);
    outer->addLayout(top);

    m_offline = new QLabel(this);
    m_offline->setObjectName(QStringLiteral("gridOfflineBanner"));
    m_offline->setWordWrap(true);
    m_offline->setAutoFillBackground(true);
    m_offline->setMargin(6);
    m_offline->hide();
    outer->addWidget(m_offline);
    m_notice = new NoticeBar(this);
    m_notice->setObjectName(QStringLiteral("gridNotice"));
    m_notice->hide();
    outer->addWidget(m_notice);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_treeModel = new GridTreeModel(this);
    m_tree = makeTree(m_treeModel, m_split);
    m_tree->setObjectName(QStringLiteral("gridTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumWidth(200);
    m_right = new QStackedWidget(m_split);
    m_empty = new QLabel(m_right);
    m_empty->setObjectName(QStringLiteral("gridEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_right->addWidget(m_empty);

    m_detail = new QWidget(m_right);
    auto *detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(6, 0, 0, 0);
    m_coverage = new QLabel(m_detail);
    m_coverage->setObjectName(QStringLiteral("gridCoverageLabel"));
    PageCard::makeTitle(m_coverage, 1.1);
    detail->addWidget(m_coverage);
    auto *tiles = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        auto *card = new PageCard(m_detail);
        auto *value = new QLabel(card);
        value->setObjectName(QStringLiteral("gridTile%1").arg(i));
        PageCard::makeTitle(value, 1.8);
        auto *caption = new QLabel(card);
        caption->setForegroundRole(QPalette::PlaceholderText);
        card->body()->addWidget(value);
        card->body()->addWidget(caption);
        m_tileValues << value;
        m_tileCaptions << caption;
        tiles->addWidget(card, 1);
    }
    detail->addLayout(tiles);

    m_tabs = new QTabWidget(m_detail);
    m_tabs->setObjectName(QStringLiteral("gridTabs"));
    const auto withEmpty = [this](QWidget *view, int tab) {
        auto *stack = new QStackedWidget(m_tabs);
        auto *empty = new QLabel(stack);
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        empty->setForegroundRole(QPalette::PlaceholderText);
        view->setParent(stack);
        stack->addWidget(view);
        stack->addWidget(empty);
        m_tabEmpty.insert(tab, empty);
        m_tabStacks.insert(tab, stack);
        return stack;
    };

    m_householdModel = new HouseholdTreeModel(this);
    m_householdView = makeTree(m_householdModel, m_tabs);
    m_householdView->setObjectName(QStringLiteral("householdView"));
    m_tabs->addTab(withEmpty(m_householdView, Households), QString());

    m_residentModel = new GridResidentModel(this);
    m_residentView = makeTable(m_residentModel, m_tabs);
    m_residentView->setObjectName(QStringLiteral("residentView"));
    m_residentView->setItemDelegateForColumn(GridResidentModel::Tags, new ChipDelegate(m_residentView));
    m_residentView->horizontalHeader()->setSectionResizeMode(GridResidentModel::Tags, QHeaderView::Stretch);
    m_residentView->setColumnWidth(GridResidentModel::Name, 110);
    m_residentView->setColumnWidth(GridResidentModel::GenderAge, 120);
    m_residentView->setColumnWidth(GridResidentModel::Groups, 180);
    m_tabs->addTab(withEmpty(m_residentView, Residents), QString());

    auto *groups = new QWidget(m_tabs);
    auto *groupLayout = new QVBoxLayout(groups);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    m_groupModel = new SpecialGroupTreeModel(this);
    m_groupView = makeTree(m_groupModel, groups);
    m_groupView->setObjectName(QStringLiteral("specialGroupView"));
    groupLayout->addWidget(m_groupView, 1);
    auto *groupButtons = new QHBoxLayout;
    groupButtons->addStretch(1);
    m_groupPush = new QPushButton(groups);
    m_groupPush->setObjectName(QStringLiteral("groupPushButton"));
    groupButtons->addWidget(m_groupPush);
    groupLayout->addLayout(groupButtons);
    m_tabs->addTab(groups, QString());

    m_tabs->addTab(withEmpty(buildTasksTab(), Tasks), QString());

    m_activityModel = new GridActivityModel(this);
    m_activityView = makeTable(m_activityModel, m_tabs);
    m_activityView->setObjectName(QStringLiteral("activityView"));
    m_activityView->horizontalHeader()->setSectionResizeMode(GridActivityModel::Summary,
                                                             QHeaderView::Stretch);
    m_activityView->setColumnWidth(GridActivityModel::When, 130);
    m_activityView->setColumnWidth(GridActivityModel::Kind, 150);
    m_activityView->setColumnWidth(GridActivityModel::Subject, 140);
    m_activityView->setColumnWidth(GridActivityModel::Sync, 80);
    auto *activity = new QWidget(m_tabs);
    auto *activityLayout = new QVBoxLayout(activity);
    activityLayout->setContentsMargins(0, 0, 0, 0);
    activityLayout->addWidget(withEmpty(m_activityView, Activity), 1);
    // Supervisors take the incidents their grid managers report: accept, then resolve with a note.
    auto *incidentButtons = new QHBoxLayout;
    incidentButtons->addStretch(1);
    m_acceptIncident = new QPushButton(activity);
    m_acceptIncident->setObjectName(QStringLiteral("incidentAcceptButton"));
    m_resolveIncident = new QPushButton(activity);
    m_resolveIncident->setObjectName(QStringLiteral("incidentResolveButton"));
    incidentButtons->addWidget(m_acceptIncident);
    incidentButtons->addWidget(m_resolveIncident);
    activityLayout->addLayout(incidentButtons);
    connect(m_acceptIncident, &QPushButton::clicked, this,
            [this] { actOnIncident(selectedIncident(), QStringLiteral("accept")); });
    connect(m_resolveIncident, &QPushButton::clicked, this,
            [this] { actOnIncident(selectedIncident(), QStringLiteral("resolve")); });
    m_tabs->addTab(activity, QString());
    detail->addWidget(m_tabs, 1);
    m_right->addWidget(m_detail);

    m_split->addWidget(m_tree);
    m_split->addWidget(m_right);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 4);
    m_split->setChildrenCollapsible(false);
    outer->addWidget(m_split, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.data(GridRoles::Level).toString() == QLatin1String("grid"))
                    selectGrid(current.data(GridRoles::Id).toString());
            });
    const auto openCitizen = [this](const QModelIndex &index) {
        const QString id = index.siblingAtColumn(0).data(GridRoles::CitizenId).toString();
        if (!id.isEmpty())
            emit citizenRequested(id);
    };
    connect(m_residentView, &QTableView::activated, this, openCitizen);
    connect(m_householdView, &QTreeView::activated, this, openCitizen);
    connect(m_groupView, &QTreeView::activated, this, openCitizen);
    connect(m_activityView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QList<store::GridActivity> &rows = m_activityModel->activity();
        if (index.row() >= 0 && index.row() < rows.size() && rows[index.row()].incident) {
            viewIncident(rows[index.row()].id);
            return;
        }
        const QString id = index.data(GridRoles::CitizenId).toString();
        if (!id.isEmpty())
            emit citizenRequested(id);
    });
    connect(m_visitButton, &QPushButton::clicked, this, [this] { recordVisit(); });
    connect(m_incidentButton, &QPushButton::clicked, this, [this] { reportIncident(); });
    connect(m_assignButton, &QPushButton::clicked, this, &GridPage::assignTask);
    connect(m_pushButton, &QPushButton::clicked, this, [this] {
        if (!m_gridId.isEmpty())
            emit pushNoticeRequested(m_gridId, {});
    });
    connect(m_groupPush, &QPushButton::clicked, this, [this] {
        if (!m_gridId.isEmpty())
            emit pushNoticeRequested(m_gridId, selectedGroup());
    });
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateButtons(); });
    connect(m_taskView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateButtons(); });
    connect(m_activityView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateButtons(); });
    const auto shortcut = [this](QKeySequence keys, std::function<void()> f) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, f);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] { recordVisit(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { reportIncident(); });
    retranslate();
    updateButtons();
}

QWidget *GridPage::buildTasksTab()
{
    m_taskStack = new QStackedWidget(m_tabs);
    auto *inbox = new QWidget(m_taskStack);
    auto *inboxLayout = new QVBoxLayout(inbox);
    inboxLayout->setContentsMargins(0, 0, 0, 0);
    m_taskModel = new GridTaskModel(this);
    m_taskView = makeTable(m_taskModel, inbox);
    m_taskView->setObjectName(QStringLiteral("taskView"));
    m_taskView->horizontalHeader()->setSectionResizeMode(GridTaskModel::Title, QHeaderView::Stretch);
    m_taskView->setColumnWidth(GridTaskModel::Grid, 120);
    m_taskView->setColumnWidth(GridTaskModel::Due, 100);
    m_taskView->setColumnWidth(GridTaskModel::State, 150);
    inboxLayout->addWidget(m_taskView, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_acknowledge = new QPushButton(inbox);
    m_acknowledge->setObjectName(QStringLiteral("taskAcknowledgeButton"));
    m_complete = new QPushButton(inbox);
    m_complete->setObjectName(QStringLiteral("taskCompleteButton"));
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_complete);
    inboxLayout->addLayout(buttons);
    connect(m_acknowledge, &QPushButton::clicked, this,
            [this] { actOnTask(selectedTask(), QStringLiteral("acknowledge")); });
    connect(m_complete, &QPushButton::clicked, this,
            [this] { actOnTask(selectedTask(), QStringLiteral("complete")); });
    m_taskStack->addWidget(inbox);

    m_batchView = new QTreeWidget(m_taskStack);
    m_batchView->setObjectName(QStringLiteral("taskBatchView"));
    m_batchView->setColumnCount(3);
    m_batchView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_batchView->setColumnWidth(1, 180);
    m_batchView->setColumnWidth(2, 110);
    m_taskStack->addWidget(m_batchView);
    return m_taskStack;
}

void GridPage::retranslate()
{
    m_heading->setText(tr("Grid"));
    m_visitButton->setText(tr("Record &visit"));
    m_visitButton->setToolTip(tr("Record a visit (Ctrl+Shift+V)"));
    m_incidentButton->setText(tr("Report &incident"));
    m_incidentButton->setToolTip(tr("Report an incident with photos (Ctrl+Shift+I)"));
    m_pushButton->setText(tr("Push notice"));
    m_pushButton->setToolTip(tr("Send a notice to the residents of this grid"));
    m_groupPush->setText(tr("Push notice to this group"));
    m_assignButton->setText(tr("&Assign task…"));
    m_acknowledge->setText(tr("&Acknowledge"));
    m_complete->setText(tr("&Complete…"));
    m_acceptIncident->setText(tr("Acc&ept incident"));
    m_acceptIncident->setToolTip(tr("Take the incident on: the grid manager sees that it is being handled"));
    m_resolveIncident->setText(tr("&Resolve incident…"));
    m_tree->setAccessibleName(tr("My grids"));
    m_offline->setText(
        tr("Offline: you are working on the local copy. Visits, incidents and task changes are "
           "kept on this computer and sent when the server can be reached."));
    m_tabs->setTabText(Households, tr("Households"));
    m_tabs->setTabText(Residents, tr("Residents"));
    m_tabs->setTabText(Groups, tr("Special groups"));
    m_tabs->setTabText(Tasks, tr("Tasks"));
    m_tabs->setTabText(Activity, tr("Visits and incidents"));
    m_batchView->setHeaderLabels({tr("Task / grid"), tr("Completion"), tr("Due")});
    const QStringList captions{tr("Households"), tr("Residents"), tr("In special groups"), tr("Open tasks")};
    for (int i = 0; i < m_tileCaptions.size(); ++i)
        m_tileCaptions[i]->setText(captions.value(i));
    if (m_tabEmpty.contains(Households)) {
        m_tabEmpty[Households]->setText(tr("No households of this grid are in the local copy."));
        m_tabEmpty[Residents]->setText(tr("No residents of this grid are in the local copy."));
        m_tabEmpty[Tasks]->setText(tr("No tasks for this grid."));
        m_tabEmpty[Activity]->setText(
            tr("This grid has no visit records or incidents yet.\n\nCtrl+Shift+V records a "
               "visit, Ctrl+Shift+I reports an incident."));
    }
    if (m_loaded && !m_gridId.isEmpty())
        showSnapshot(m_snapshot);
    else if (!m_context->reader())
        m_empty->setText(
            tr("Grid work is kept in the local copy of your data, which is not open on this computer."));
    else
        m_empty->setText(tr("No grids of yours are in the local copy yet."));
}

void GridPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateOffline();
    QWidget::changeEvent(event);
}

void GridPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_sized && width() > 0) {
        m_sized = true;
        const int total = m_split->width();
        const int left = qBound(220, total / 5, 320);
        m_split->setSizes({left, total - left});
    }
    if (!m_loaded)
        reload();
}

void GridPage::setUser(const StaffUser &user)
{
    m_user = user;
    updateButtons();
    if (isVisible())
        reload();
    else
        m_loaded = false;
}

bool GridPage::isGridManager() const
{
    return m_user.role == QLatin1String("grid_manager");
}

bool GridPage::isSupervisor() const
{
    return m_user.role == QLatin1String("supervisor") || m_user.role == QLatin1String("admin");
}

void GridPage::updateOffline()
{
    ApiClient *client = m_context->client();
    const bool offline = client && client->connectionState() == ApiClient::ConnectionState::Offline;
    QPalette p = m_offline->palette();
    QColor background = Theme::warningColor(palette());
    background.setAlpha(Theme::isDark(palette()) ? 56 : 30);
    p.setColor(QPalette::Window, background);
    m_offline->setPalette(p);
    m_offline->setVisible(offline);
}

void GridPage::updateButtons()
{
    const bool grid = !m_gridId.isEmpty();
    const bool manager = isGridManager();
    m_visitButton->setVisible(manager);
    m_incidentButton->setVisible(manager);
    m_pushButton->setVisible(manager);
    m_groupPush->setVisible(manager);
    m_assignButton->setVisible(isSupervisor());
    m_visitButton->setEnabled(grid);
    m_incidentButton->setEnabled(grid);
    m_pushButton->setEnabled(grid);
    m_groupPush->setEnabled(grid && !selectedGroup().isEmpty());
    m_taskStack->setCurrentIndex(isSupervisor() ? 1 : 0);
    const store::GridTaskRow *task = m_taskModel->taskAt(m_taskView->currentIndex().row());
    const QString state = task ? task->task.state : QString();
    m_acknowledge->setVisible(manager);
    m_complete->setVisible(manager);
    m_acknowledge->setEnabled(state == QLatin1String("open"));
    m_complete->setEnabled(state == QLatin1String("open") || state == QLatin1String("acknowledged"));
    const Incident *incident = selectedIncidentRecord();
    const QString status = incident ? incident->status : QString();
    m_acceptIncident->setVisible(isSupervisor());
    m_resolveIncident->setVisible(isSupervisor());
    m_acceptIncident->setEnabled(incidentStatusAfter(status, QStringLiteral("accept")).ok());
    m_resolveIncident->setEnabled(incidentStatusAfter(status, QStringLiteral("resolve")).ok());
}

const Incident *GridPage::selectedIncidentRecord() const
{
    const int row = m_activityView->currentIndex().row();
    const QList<store::GridActivity> &rows = m_activityModel->activity();
    if (row < 0 || row >= rows.size() || !rows[row].incident)
        return nullptr;
    return &*rows[row].incident;
}

QString GridPage::selectedIncident() const
{
    const Incident *incident = selectedIncidentRecord();
    return incident ? incident->id : QString();
}

QString GridPage::selectedTask() const
{
    return m_taskView->currentIndex().siblingAtColumn(0).data(GridRoles::Id).toString();
}

QString GridPage::selectedGroup() const
{
    QModelIndex index = m_groupView->currentIndex().siblingAtColumn(0);
    while (index.parent().isValid())
        index = index.parent();
    return index.data(GridRoles::Id).toString();
}

void GridPage::reload()
{
    store::LocalReader *reader = m_context->reader();
    if (!reader) {
        m_treeModel->setRegions({});
        m_gridId.clear();
        retranslate();
        m_right->setCurrentWidget(m_empty);
        m_loaded = true;
        updateButtons();
        emit loaded();
        return;
    }
    // Not loaded until the answer is shown (the page may have been "loaded" without a local copy).
    m_loaded = false;
    const quint64 generation = ++m_generation;
    const StaffUser user = m_user;
    reader->run<QList<Region>>(
        this, [user](store::Store &s) { return store::GridQueries(s).gridTree(user); },
        [this, generation](const Result<QList<Region>> &tree) {
            if (generation != m_generation)
                return;
            if (!tree) {
                if (tree.error().code != ErrorCode::Unavailable)
                    showNotice(tr("Your grids could not be read from the local copy: %1")
                                   .arg(ErrorText::describe(tree.error(), ErrorText::Context::Session, {})),
                               Tone::Error);
                return;
            }
            const QString keep = m_gridId;
            m_treeModel->setRegions(*tree);
            m_tree->expandAll();
            const QString grid = m_treeModel->indexOf(keep).isValid() ? keep : m_treeModel->firstGrid();
            if (grid.isEmpty()) {
                m_gridId.clear();
                retranslate();
                m_right->setCurrentWidget(m_empty);
                m_loaded = true;
                updateButtons();
                emit loaded();
                return;
            }
            m_gridId.clear();
            selectGrid(grid);
        });
}

void GridPage::selectGrid(const QString &gridId)
{
    const QModelIndex index = m_treeModel->indexOf(gridId);
    if (!index.isValid())
        return;
    if (m_tree->currentIndex() != index) {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
    }
    if (gridId == m_gridId && m_loaded)
        return;
    m_gridId = gridId;
    loadGrid();
}

void GridPage::loadGrid()
{
    store::LocalReader *reader = m_context->reader();
    if (!reader || m_gridId.isEmpty())
        return;
    m_loaded = false;
    const quint64 generation = ++m_generation;
    const QString gridId = m_gridId;
    const QDateTime now = m_context->clock().nowUtc();
    const bool supervisor = isSupervisor();
    reader->run<GridSnapshot>(
        this,
        [gridId, now, supervisor](store::Store &s) -> Result<GridSnapshot> {
            store::GridQueries q(s);
            GridSnapshot snap;
            const QDate today = now.toLocalTime().date();
            auto overview = q.overview(gridId, now);
            if (!overview)
                return overview.error();
            snap.overview = std::move(*overview);
            auto households = q.households(gridId);
            if (!households)
                return households.error();
            snap.households = std::move(*households);
            auto residents = q.residents(gridId, today);
            if (!residents)
                return residents.error();
            snap.residents = std::move(*residents);
            auto groups = q.specialGroups(gridId, today);
            if (!groups)
                return groups.error();
            snap.groups = std::move(*groups);
            auto tasks = q.tasks({gridId});
            if (!tasks)
                return tasks.error();
            snap.tasks = std::move(*tasks);
            if (supervisor) {
                auto batches = q.batches();
                if (!batches)
                    return batches.error();
                snap.batches = std::move(*batches);
            }
            auto activity = q.activity(gridId);
            if (!activity)
                return activity.error();
            snap.activity = std::move(*activity);
            return snap;
        },
        [this, generation](const Result<GridSnapshot> &snapshot) {
            if (generation != m_generation)
                return;
            if (!snapshot) {
                if (snapshot.error().code != ErrorCode::Unavailable)
                    showNotice(
                        tr("The grid could not be read from the local copy: %1")
                            .arg(ErrorText::describe(snapshot.error(), ErrorText::Context::Session, {})),
                        Tone::Error);
                return;
            }
            m_snapshot = *snapshot;
            showSnapshot(m_snapshot);
            m_loaded = true;
            emit loaded();
        });
}

QString GridPage::coverageText() const
{
    const store::GridOverview &o = m_snapshot.overview;
    return tr("Visited in the last 90 days: %1 of %2 households · %3%")
        .arg(o.visitedHouseholds90)
        .arg(o.households)
        .arg(o.coveragePercent());
}

QStringList GridPage::tileValues() const
{
    QStringList values;
    for (const QLabel *label : m_tileValues)
        values << label->text();
    return values;
}

void GridPage::showSnapshot(const GridSnapshot &snap)
{
    const QDate today = m_context->clock().nowUtc().toLocalTime().date();
    const Region *region = m_treeModel->region(m_gridId);
    QStringList path;
    for (const Region *r = region; r; r = r->parentId ? m_treeModel->region(*r->parentId) : nullptr)
        path.prepend(r->name);
    m_gridName->setText(path.join(QStringLiteral(" › ")));
    m_coverage->setText(coverageText());
    const store::GridOverview &o = snap.overview;
    const QLocale locale;
    const QList<qint64> values{o.households, o.residents, o.specialGroupMembers, o.openTasks};
    for (int i = 0; i < m_tileValues.size(); ++i)
        m_tileValues[i]->setText(locale.toString(values.value(i)));
    m_coverage->setToolTip(tr("%n visit(s) and %1 incident(s) in the last 30 days", nullptr, int(o.visits30))
                               .arg(o.incidents30));

    m_householdModel->setHouseholds(snap.households, today);
    m_householdView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_householdView->header()->setStretchLastSection(false);
    m_householdView->setColumnWidth(1, 200);
    m_householdView->setColumnWidth(2, 110);
    m_residentModel->setResidents(snap.residents, today);
    m_groupModel->setGroups(snap.groups, today);
    m_groupView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groupView->header()->setStretchLastSection(false);
    m_groupView->setColumnWidth(1, 200);
    m_taskModel->setTasks(snap.tasks);
    m_activityModel->setActivity(snap.activity);
    fillBatches();

    const auto emptyIf = [this](int tab, bool empty) {
        m_tabStacks[tab]->setCurrentIndex(empty ? 1 : 0);
    };
    emptyIf(Households, snap.households.items.isEmpty());
    emptyIf(Residents, snap.residents.isEmpty());
    emptyIf(Tasks, isSupervisor() ? snap.batches.isEmpty() : snap.tasks.isEmpty());
    emptyIf(Activity, snap.activity.isEmpty());
    m_right->setCurrentWidget(m_detail);
    updateButtons();
}

void GridPage::fillBatches()
{
    m_batchView->clear();
    for (const store::GridTaskBatch &batch : std::as_const(m_snapshot.batches)) {
        auto *top = new QTreeWidgetItem(m_batchView, {batch.title, QString(), HomeText::date(batch.dueOn)});
        QFont font = top->font(0);
        font.setBold(true);
        top->setFont(0, font);
        auto *bar = new QProgressBar(m_batchView);
        bar->setRange(0, qMax(1, batch.active()));
        bar->setValue(batch.done());
        bar->setFormat(tr("%1 of %2 grids done").arg(batch.done()).arg(batch.active()));
        bar->setMaximumHeight(18);
        m_batchView->setItemWidget(top, 1, bar);
        for (const store::GridTaskRow &row : batch.tasks) {
            QString state = GridText::taskState(row.task.state);
            if (row.pending)
                state = tr("%1 · %2").arg(state, GridText::notSynced());
            auto *child = new QTreeWidgetItem(top, {row.gridName, state, HomeText::date(row.task.dueOn)});
            child->setData(0, Qt::UserRole, row.task.id);
            if (row.task.result)
                child->setToolTip(0, *row.task.result);
        }
        top->setExpanded(true);
    }
}

void GridPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void GridPage::onDataChanged(const ChangeSet &changes)
{
    static const QStringList relevant{QStringLiteral("household"), QStringLiteral("citizen"),
                                      QStringLiteral("visit"),     QStringLiteral("incident"),
                                      QStringLiteral("task"),      QStringLiteral("region")};
    bool touched = false;
    for (const QString &entity : relevant)
        touched = touched || changes.changed.contains(entity);
    if (!touched)
        return;
    if (!isVisible()) {
        m_loaded = false;
        return;
    }
    if (changes.changed.contains(QStringLiteral("region")) ||
        changes.changed.contains(QStringLiteral("task")))
        reload();
    else
        loadGrid();
}

void GridPage::showNotice(const QString &text, Tone tone)
{
    m_notice->setVisible(!text.isEmpty());
    m_notice->showMessage(text, tone);
}

VisitDialog *GridPage::recordVisit()
{
    if (m_gridId.isEmpty() || !isGridManager())
        return nullptr;
    QList<VisitChoice> households;
    for (const Household &h : std::as_const(m_snapshot.households.items))
        households.append({h.id, h.address, h.id});
    QList<VisitChoice> residents;
    for (const store::GridResident &r : std::as_const(m_snapshot.residents))
        residents.append({r.id, r.name, r.householdId});
    auto *dialog = new VisitDialog(m_gridId, households, residents, m_context->clock().nowLocal(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Preselect what the user is looking at: a household or a resident.
    if (m_tabs->currentIndex() == Residents && m_residentView->currentIndex().isValid())
        dialog->setResident(m_residentView->currentIndex().data(GridRoles::Id).toString());
    else if (m_tabs->currentIndex() == Households && m_householdView->currentIndex().isValid()) {
        QModelIndex index = m_householdView->currentIndex().siblingAtColumn(0);
        if (index.parent().isValid())
            dialog->setResident(index.data(GridRoles::CitizenId).toString());
        else
            dialog->setHousehold(index.data(GridRoles::Id).toString());
    } else if (m_tabs->currentIndex() == Groups) {
        dialog->setKind(QStringLiteral("special_group"));
        const QModelIndex index = m_groupView->currentIndex().siblingAtColumn(0);
        if (index.parent().isValid())
            dialog->setResident(index.data(GridRoles::CitizenId).toString());
    }
    const Region *region = m_treeModel->region(m_gridId);
    const QString district = region ? region->districtCode : QString();
    const StaffUser user = m_user;
    connect(dialog, &QDialog::accepted, this, [this, dialog, district, user] {
        Visit v = dialog->visit();
        v.staffId = user.id;
        v.districtCode = district;
        write(
            QStringLiteral("visit"), [v](store::Store &s) { return s.visits().record(v); },
            tr("Visit recorded; it is sent to the server when it can be reached."));
    });
    m_visitDialog = dialog;
    dialog->open();
    return dialog;
}

IncidentDialog *GridPage::reportIncident()
{
    if (m_gridId.isEmpty() || !isGridManager())
        return nullptr;
    auto *dialog = new IncidentDialog(m_gridId, m_context->clock().nowUtc(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Region *region = m_treeModel->region(m_gridId);
    const QString district = region ? region->districtCode : QString();
    const StaffUser user = m_user;
    connect(dialog, &QDialog::accepted, this, [this, dialog, district, user] {
        Incident i = dialog->incident();
        i.reportedBy = user.id;
        i.districtCode = district;
        const QList<store::PhotoFile> photos = dialog->photos();
        write(
            QStringLiteral("incident"),
            [i, photos](store::Store &s) -> Result<store::OutboxItem> {
                auto items = s.incidents().report(i, photos);
                if (!items)
                    return items.error();
                return items->first();
            },
            tr("Incident reported; it is sent to the server when it can be reached."));
    });
    m_incidentDialog = dialog;
    dialog->open();
    return dialog;
}

void GridPage::actOnTask(const QString &taskId, const QString &action, const QString &text)
{
    if (taskId.isEmpty())
        return;
    QString answer = text;
    if (action == QLatin1String("complete") && answer.trimmed().isEmpty()) {
        bool ok = false;
        answer = QInputDialog::getMultiLineText(this, tr("Complete the task"),
                                                tr("What was done (the supervisor sees this):"), {}, &ok);
        if (!ok)
            return;
        if (answer.trimmed().size() < 2) {
            showNotice(tr("Not done: write what was done (at least 2 characters)."), Tone::Error);
            return;
        }
    }
    const StaffUser user = m_user;
    const QDateTime now = m_context->clock().nowUtc();
    const QString done = action == QLatin1String("acknowledge")
                             ? tr("Task acknowledged.")
                             : tr("Task completed; the result goes to the supervisor.");
    write(
        QStringLiteral("task"),
        [taskId, action, answer, user, now](store::Store &s) {
            return s.tasks().act(taskId, action, answer.trimmed(), user, now);
        },
        done);
}

IncidentViewDialog *GridPage::viewIncident(const QString &incidentId)
{
    for (const store::GridActivity &a : m_activityModel->activity()) {
        if (a.id != incidentId || !a.incident)
            continue;
        const QString reporter =
            a.incident->reportedBy == m_user.id ? m_user.displayName : tr("the grid manager");
        auto *dialog = new IncidentViewDialog(m_context, *a.incident, reporter, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return dialog;
    }
    return nullptr;
}

void GridPage::actOnIncident(const QString &incidentId, const QString &action, const QString &note)
{
    if (incidentId.isEmpty())
        return;
    QString answer = note;
    if (action == QLatin1String("resolve") && answer.trimmed().isEmpty()) {
        bool ok = false;
        answer =
            QInputDialog::getMultiLineText(this, tr("Resolve the incident"),
                                           tr("How it was resolved (the grid manager sees this):"), {}, &ok);
        if (!ok)
            return;
        if (answer.trimmed().size() < 2) {
            showNotice(tr("Not resolved: write how it was resolved (at least 2 characters)."), Tone::Error);
            return;
        }
    }
    const StaffUser user = m_user;
    const QDateTime now = m_context->clock().nowUtc();
    const std::optional<QString> text =
        answer.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(answer.trimmed());
    write(
        QStringLiteral("incident"),
        [incidentId, action, text, user, now](store::Store &s) {
            return s.incidents().act(incidentId, action, text, user, now);
        },
        action == QLatin1String("accept") ? tr("Incident accepted.") : tr("Incident resolved."));
}

void GridPage::assignTask()
{
    if (!isSupervisor())
        return;
    QList<Region> grids;
    for (const Region &r : m_treeModel->regions()) {
        if (r.level == QLatin1String("grid"))
            grids.append(r);
    }
    const QDate today = m_context->clock().nowUtc().toLocalTime().date();
    const auto answer = askAssignment(this, grids, m_gridId, today);
    if (!answer)
        return;
    const StaffUser user = m_user;
    const QDateTime now = m_context->clock().nowUtc();
    TaskCreateRequest request = answer->request;
    request.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList gridIds = answer->gridIds;
    write(
        QStringLiteral("task"),
        [request, gridIds, user, now](store::Store &s) -> Result<store::OutboxItem> {
            auto items = s.tasks().assign(request, gridIds, user, now);
            if (!items)
                return items.error();
            return items->first();
        },
        tr("Task assigned to %n grid(s).", nullptr, int(gridIds.size())));
}

void GridPage::write(const QString &entity, std::function<Result<store::OutboxItem>(store::Store &)> action,
                     const QString &doneText)
{
    SyncHost *sync = m_context->sync();
    if (!sync || !sync->isRunning()) {
        showNotice(tr("Not saved: the local copy of your data is not open on this computer."), Tone::Error);
        emit writeFinished(false);
        return;
    }
    const QString server =
        m_context->client() ? ErrorText::displayAddress(m_context->client()->baseUrl()) : QString();
    sync->run<Result<store::OutboxItem>>(
        this, [action](SyncEngine &engine) { return engine.write(action); },
        [this, entity, doneText, server](Result<store::OutboxItem> result) {
            if (!result) {
                showNotice(tr("Not saved: %1")
                               .arg(ErrorText::describe(result.error(), ErrorText::Context::Session, server)),
                           Tone::Error);
                emit writeFinished(false);
                return;
            }
            showNotice(doneText, Tone::Success);
            m_context->notifyLocalWrite(entity, result->entityId);
            if (entity == QLatin1String("task"))
                reload();
            else
                loadGrid();
            emit writeFinished(true);
        });
}

} // namespace gd
