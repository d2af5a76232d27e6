#include "ui/conflictqueuedialog.h"

#include "core/logging.h"
#include "models/conflictfieldmodel.h"
#include "models/conflictlistmodel.h"
#include "models/conflicttext.h"
#include "ui/errortext.h"
#include "ui/pagecard.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace gd {

namespace {

// Edits a result cell: a combo box for fields with fixed values (priority), a line edit otherwise.
class ResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const QStringList values = index.data(ConflictFieldModel::ChoiceValuesRole).toStringList();
        if (values.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("resultChoiceEditor"));
        const QStringList labels = index.data(ConflictFieldModel::ChoiceLabelsRole).toStringList();
        for (int i = 0; i < values.size(); ++i)
            combo->addItem(labels.value(i, values.at(i)), values.at(i));
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toString())));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

ConflictQueueDialog::ConflictQueueDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new ConflictListModel(this))
    , m_fields(new ConflictFieldModel(this))
{
    setObjectName(QStringLiteral("conflictQueueDialog"));
    setWindowTitle(tr("Conflict queue"));
    buildUi();
    resize(1000, 600);
    showEntry(nullptr);
}

ConflictQueueDialog::~ConflictQueueDialog() = default;

void ConflictQueueDialog::buildUi()
{
    m_intro = new QLabel(tr("The server did not take these changes you made. Decide for each one what "
                            "should happen; until you do, they are neither sent nor overwritten."),
                         this);
    m_intro->setObjectName(QStringLiteral("conflictIntroLabel"));
    m_intro->setWordWrap(true);

    m_listView = new QTreeView(this);
    m_listView->setObjectName(QStringLiteral("conflictList"));
    m_listView->setAccessibleName(tr("Changes waiting for a decision"));
    m_listView->setModel(m_list);
    m_listView->setRootIsDecorated(false);
    m_listView->setUniformRowHeights(true);
    m_listView->setItemsExpandable(false);
    m_listView->setAllColumnsShowFocus(true);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->header()->setStretchLastSection(false);
    m_listView->header()->setSectionResizeMode(ConflictListModel::KindColumn, QHeaderView::ResizeToContents);
    m_listView->header()->setSectionResizeMode(ConflictListModel::ObjectColumn, QHeaderView::Stretch);
    m_listView->header()->setSectionResizeMode(ConflictListModel::TimeColumn, QHeaderView::ResizeToContents);
    m_listView->setMinimumWidth(260);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictQueueDialog::onCurrentChanged);

    auto *details = new PageCard(this);
    m_title = new QLabel(details);
    m_title->setObjectName(QStringLiteral("conflictTitleLabel"));
    PageCard::makeTitle(m_title, 1.15);
    m_title->setWordWrap(true);
    m_explanation = new QLabel(details);
    m_explanation->setObjectName(QStringLiteral("conflictExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_fieldView = new QTableView(details);
    m_fieldView->setObjectName(QStringLiteral("conflictFields"));
    m_fieldView->setAccessibleName(tr("My version and the server's, field by field"));
    m_fieldView->setModel(m_fields);
    m_fieldView->setItemDelegateForColumn(ConflictFieldModel::ResultColumn, new ResultDelegate(m_fieldView));
    m_fieldView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_fieldView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fieldView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_fieldView->setWordWrap(true);
    m_fieldView->setAlternatingRowColors(true);
    m_fieldView->verticalHeader()->setVisible(false);
    // A handful of rows: their heights follow the wrapped text as the columns resize.
    m_fieldView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fieldView->horizontalHeader()->setSectionResizeMode(ConflictFieldModel::FieldColumn,
                                                          QHeaderView::ResizeToContents);
    for (int column :
         {ConflictFieldModel::MineColumn, ConflictFieldModel::ServerColumn, ConflictFieldModel::ResultColumn})
        m_fieldView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    connect(m_fields, &QAbstractItemModel::dataChanged, this, [this] { updateButtons(); });

    m_hint = new QLabel(details);
    m_hint->setObjectName(QStringLiteral("conflictHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_message = new QLabel(details);
    m_message->setObjectName(QStringLiteral("conflictMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_keepMine = new QPushButton(tr("&Keep mine"), details);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_keepMine->setToolTip(tr("Send my version again, on top of the server's current version."));
    m_takeServer = new QPushButton(tr("Take the &server's"), details);
    m_takeServer->setObjectName(QStringLiteral("takeServerButton"));
    m_takeServer->setToolTip(tr("Drop my change and keep the server's version."));
    m_merge = new QPushButton(tr("Submit &merged"), details);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setToolTip(tr("Send the Result column: the fields as you settled them."));
    m_discard = new QPushButton(tr("&Discard this change"), details);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(tr("Drop my change; this computer shows the server's version again."));
    for (QPushButton *button : {m_keepMine, m_takeServer, m_merge, m_discard})
        button->setAutoDefault(false);
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictQueueDialog::keepMine);
    connect(m_takeServer, &QPushButton::clicked, this, &ConflictQueueDialog::takeServer);
    connect(m_merge, &QPushButton::clicked, this, &ConflictQueueDialog::submitMerge);
    connect(m_discard, &QPushButton::clicked, this, &ConflictQueueDialog::discard);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addStretch(1);
    for (QPushButton *button : {m_discard, m_takeServer, m_keepMine, m_merge})
        actions->addWidget(button);

    details->body()->addWidget(m_title);
    details->body()->addWidget(m_explanation);
    details->body()->addWidget(m_fieldView, 1);
    details->body()->addWidget(m_hint);
    details->body()->addWidget(m_message);
    details->body()->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("conflictSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_listView);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 620});

    auto *emptyPage = new QWidget(this);
    m_emptyTitle = new QLabel(emptyPage);
    m_emptyTitle->setObjectName(QStringLiteral("conflictEmptyTitleLabel"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    PageCard::makeTitle(m_emptyTitle, 1.3);
    m_empty = new QLabel(emptyPage);
    m_empty->setObjectName(QStringLiteral("conflictEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addStretch(2);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(splitter);
    m_pages->addWidget(emptyPage);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    setTabOrder(m_listView, m_fieldView);
    setTabOrder(m_fieldView, m_discard);
    setTabOrder(m_discard, m_takeServer);
    setTabOrder(m_takeServer, m_keepMine);
    setTabOrder(m_keepMine, m_merge);
    setTabOrder(m_merge, close);
}

qint64 ConflictQueueDialog::currentId() const
{
    const store::ConflictEntry *entry = m_list->entryAt(m_listView->currentIndex().row());
    return entry ? entry->id : 0;
}

bool ConflictQueueDialog::selectEntry(qint64 id)
{
    const int row = m_list->rowOf(id);
    if (row < 0)
        return false;
    m_listView->setCurrentIndex(m_list->index(row, ConflictListModel::ObjectColumn));
    return true;
}

void ConflictQueueDialog::setEntries(const QList<store::ConflictEntry> &entries)
{
    const qint64 current = currentId();
    const int currentRow = m_listView->currentIndex().row();
    // Entries never change once recorded, so an entry still listed keeps its table (and the user's
    // unsent result) across the reload.
    const bool keepFields = current != 0 && m_fields->hasEntry() && m_fields->entry().id == current &&
                            std::any_of(entries.cbegin(), entries.cend(),
                                        [current](const store::ConflictEntry &e) { return e.id == current; });
    {
        const QSignalBlocker blocker(m_listView->selectionModel());
        m_list->setEntries(entries);
    }
    if (entries.isEmpty()) {
        m_emptyTitle->setText(tr("Nothing is waiting for a decision"));
        m_empty->setText(tr("Every change you made has been taken by the server or is on its way."));
        m_pages->setCurrentIndex(1);
        m_intro->setVisible(false);
        showEntry(nullptr);
        emit loaded();
        return;
    }
    m_pages->setCurrentIndex(0);
    m_intro->setVisible(true);
    int row = m_list->rowOf(current);
    if (row < 0)
        row = qBound(0, currentRow, int(entries.size()) - 1);
    {
        const QSignalBlocker blocker(m_listView->selectionModel());
        m_listView->setCurrentIndex(m_list->index(row, ConflictListModel::ObjectColumn));
    }
    if (!keepFields)
        showEntry(m_list->entryAt(row));
    else
        updateButtons();
    emit loaded();
}

void ConflictQueueDialog::showLoadError(const Error &error)
{
    qCInfo(lcUi).noquote() << "conflict queue not readable:" << errorCodeName(error.code);
    m_list->setEntries({});
    m_emptyTitle->setText(tr("The conflict queue cannot be read"));
    m_empty->setText(tr("The local copy is not open. The queue shows up again once it is open."));
    m_pages->setCurrentIndex(1);
    m_intro->setVisible(false);
    showEntry(nullptr);
    emit loaded();
}

void ConflictQueueDialog::onCurrentChanged()
{
    setMessage(QString(), false);
    showEntry(m_list->entryAt(m_listView->currentIndex().row()));
}

void ConflictQueueDialog::showEntry(const store::ConflictEntry *entry)
{
    if (!entry) {
        m_fields->clear();
        m_title->clear();
        m_explanation->clear();
        m_hint->clear();
        updateButtons();
        return;
    }
    m_fields->setEntry(*entry);
    const bool conflict = m_fields->hasServerCopy();
    m_title->setText(tr("%1 · %2").arg(ConflictText::objectTitle(entry->entity, entry->summary),
                                       ConflictText::kindTitle(entry->kind)));
    if (conflict) {
        const qint64 serverVersion = entry->server->value(QLatin1String("version")).toInteger(0);
        if (entry->baseVersion && serverVersion > 0)
            m_explanation->setText(
                tr("Someone changed this object on the server while you were editing it: your change is "
                   "based on version %1, the server now has version %2. Compare the two versions, then keep "
                   "one of them or merge them in the Result column.")
                    .arg(*entry->baseVersion)
                    .arg(serverVersion));
        else
            m_explanation->setText(tr("Someone changed this object on the server while you were editing it. "
                                      "Compare the two versions, then keep one of them or merge them in the "
                                      "Result column."));
        m_hint->setText(tr("The Result column is what gets sent: double-click a cell or press F2 to change "
                           "it. Bold rows differ between the two versions."));
    } else {
        Error reason;
        reason.code = errorCodeFromName(entry->errorCode);
        QString text = tr("The server refused this change: %1")
                           .arg(ErrorText::describe(reason, ErrorText::Context::Session, QString()));
        if (!entry->errorMessage.isEmpty())
            text += QLatin1Char('\n') + tr("The server's reason: %1").arg(entry->errorMessage);
        text += QLatin1Char('\n') +
                tr("This change cannot be sent as it is. Discarding it shows the server's version again.");
        m_explanation->setText(text);
        m_hint->clear();
    }
    m_fieldView->setColumnHidden(ConflictFieldModel::ServerColumn, !conflict);
    m_fieldView->setColumnHidden(ConflictFieldModel::ResultColumn, !conflict);
    updateButtons();
}

void ConflictQueueDialog::updateButtons()
{
    const bool has = m_fields->hasEntry();
    const bool conflict = m_fields->hasServerCopy();
    m_keepMine->setVisible(!has || conflict);
    m_takeServer->setVisible(!has || conflict);
    m_merge->setVisible(!has || conflict);
    m_discard->setVisible(has && !conflict);
    for (QPushButton *button : {m_keepMine, m_takeServer, m_discard})
        button->setEnabled(has && !m_busy);
    m_merge->setEnabled(has && conflict && !m_busy && m_fields->isResultChanged());
    m_merge->setToolTip(m_fields->isResultChanged()
                            ? tr("Send the Result column: the fields as you settled them.")
                            : tr("Change a field in the Result column first; unchanged, it is the same as "
                                 "keeping yours."));
    m_fieldView->setEnabled(has && !m_busy);
    m_listView->setEnabled(!m_busy);
}

void ConflictQueueDialog::setMessage(const QString &text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText,
               error ? Theme::errorColor(palette()) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConflictQueueDialog::keepMine()
{
    resolve(SyncEngine::Resolution::KeepMine);
}

void ConflictQueueDialog::takeServer()
{
    resolve(SyncEngine::Resolution::TakeServer);
}

void ConflictQueueDialog::submitMerge()
{
    if (!m_fields->isResultChanged())
        return;
    resolve(SyncEngine::Resolution::Merge);
}

void ConflictQueueDialog::discard()
{
    // Discarding a rejected change is "take the server's": the entry goes, nothing is sent.
    resolve(SyncEngine::Resolution::TakeServer);
}

void ConflictQueueDialog::resolve(SyncEngine::Resolution resolution)
{
    if (m_busy || !m_fields->hasEntry())
        return;
    // A result still being typed (Alt+M from the editor) counts: commit it before sending.
    const QModelIndex editing = m_fieldView->currentIndex();
    if (QWidget *editor = editing.isValid() ? m_fieldView->indexWidget(editing) : nullptr) {
        m_fieldView->itemDelegateForIndex(editing)->setModelData(editor, m_fields, editing);
        m_fieldView->setFocus();
    }
    const qint64 id = m_fields->entry().id;
    const QJsonObject merged =
        resolution == SyncEngine::Resolution::Merge ? m_fields->result() : QJsonObject();
    if (!m_resolver) {
        setMessage(tr("Decisions cannot be sent right now: the local copy is not open."), true);
        return;
    }
    m_busy = true;
    setMessage(tr("Saving your decision…"), false);
    updateButtons();
    QPointer<ConflictQueueDialog> self(this);
    m_resolver(id, resolution, merged, [self, id, resolution](const Result<void> &result) {
        if (ConflictQueueDialog *dialog = self.data())
            dialog->onResolved(id, resolution, result);
    });
}

void ConflictQueueDialog::onResolved(qint64 id, SyncEngine::Resolution resolution, const Result<void> &result)
{
    m_busy = false;
    if (!result) {
        setMessage(tr("Your decision could not be saved: %1")
                       .arg(ErrorText::describe(result.error(), ErrorText::Context::Session, QString())),
                   true);
        updateButtons();
        return;
    }
    setMessage(QString(), false);
    // Drop the entry at once; the reload that follows the engine's conflictsChanged() confirms it.
    QList<store::ConflictEntry> remaining = m_list->entries();
    remaining.removeIf([id](const store::ConflictEntry &e) { return e.id == id; });
    m_fields->clear();
    setEntries(remaining);
    emit resolved(id, resolution);
}

} // namespace gd
