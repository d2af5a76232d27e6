#include "ui/pushpage.h"

#include "core/clock.h"
#include "domain/grid.h"
#include "models/campaignlistmodel.h"
#include "models/campaignresultsloader.h"
#include "models/campaignresultsmodels.h"
#include "models/campaigntext.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "ui/campaigndetailpanel.h"
#include "ui/campaigneditor.h"
#include "ui/errortext.h"
#include "ui/homepagewidgets.h"
#include "ui/pagecard.h"

#include <QComboBox>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace gd {

namespace {

struct Catalogue {
    QList<ServiceItem> services;
    QList<Tag> tags;
    QList<Region> regions;
};

} // namespace

PushPage::PushPage(DataContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    buildUi();
    connect(m_context, &DataContext::dataChanged, this, &PushPage::onDataChanged);
    connect(m_context, &DataContext::localDataChanged, this, [this] {
        m_catalogLoaded = false;
        if (isVisible())
            reload();
    });
}

PushPage::~PushPage() = default;

void PushPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    PageCard::makeTitle(m_heading, 1.5);
    top->addWidget(m_heading);
    top->addSpacing(16);
    m_filter = new QComboBox(this);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_filter);
    top->addStretch(1);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_status);
    m_new = new QPushButton(this);
    top->addWidget(m_new);
    outer->addLayout(top);
    m_notice = new NoticeBar(this);
    m_notice->hide();
    outer->addWidget(m_notice);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    m_model = new CampaignListModel(this);
    m_list = new QTableView(split);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(CampaignListModel::Title, QHeaderView::Stretch);
    for (int column : {CampaignListModel::Schedule, CampaignListModel::Creator, CampaignListModel::Updated})
        m_list->setColumnHidden(column, true);
    // A few hundred campaigns at most: the short columns fit their contents, the title takes the rest.
    for (int column : {CampaignListModel::State, CampaignListModel::Audience, CampaignListModel::Effect})
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setMinimumWidth(420);
    m_stack = new QStackedWidget(split);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);
    m_detail = new CampaignDetailPanel(m_context, m_stack);
    m_stack->addWidget(m_detail);
    m_editor = new CampaignEditor(m_context, m_stack);
    m_stack->addWidget(m_editor);
    split->addWidget(m_list);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    outer->addWidget(split, 1);

    connect(m_filter, &QComboBox::activated, this,
            [this](int index) { setFilter(m_filter->itemData(index).toString()); });
    connect(m_new, &QPushButton::clicked, this, [this] { newCampaign(); });
    auto *shortcut = new QShortcut(QKeySequence::New, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_new->isVisible())
            newCampaign();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!isEditing())
            showSelected();
    });
    connect(m_list, &QTableView::activated, this, [this] { showSelected(); });
    connect(m_detail, &CampaignDetailPanel::editRequested, this, &PushPage::editCampaign);
    connect(m_detail, &CampaignDetailPanel::actionRequested, this,
            [this](const QString &id, const QString &action) { act(id, action); });
    connect(m_editor, &CampaignEditor::saveRequested, this, &PushPage::saveEditor);
    connect(m_editor, &CampaignEditor::closeRequested, this, &PushPage::closeEditor);
    retranslate();
}

void PushPage::retranslate()
{
    m_heading->setText(tr("Proactive push"));
    m_new->setText(tr("&New campaign"));
    m_new->setToolTip(tr("New campaign (Ctrl+N)"));
    m_list->setAccessibleName(tr("Campaigns"));
    updateEmptyText();
    updateFilterCounts();
}

void PushPage::updateEmptyText()
{
    if (!m_context->reader()) {
        m_empty->setText(tr("Campaigns are kept in the local copy of your data, which is not open on this "
                            "computer."));
        return;
    }
    m_empty->setText(tr("Choose a campaign on the left to see it and its results, or make a new one.\n\n"
                        "Campaigns send a message about a service or a policy to the citizens you choose; "
                        "a random hold-out group is kept back so that the effect can be measured."));
}

void PushPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PushPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_sized && width() > 0) {
        // The list gets nearly half: wide enough for the titles, the rest for the campaign.
        m_sized = true;
        const int total = m_split->width();
        m_split->setSizes({total * 9 / 20, total - total * 9 / 20});
    }
    if (!m_loaded)
        reload();
}

void PushPage::setUser(const StaffUser &user)
{
    m_user = user;
    m_detail->setUser(user);
    m_new->setVisible(mayCreateCampaigns(user.role));
    m_model->setFilter(m_model->filter(), user.id);
    updateFilterCounts();
}

void PushPage::setFilter(const QString &filter)
{
    const QString keep = selectedCampaign();
    m_model->setFilter(filter, m_user.id);
    updateFilterCounts();
    if (!keep.isEmpty())
        selectCampaign(keep);
}

void PushPage::updateFilterCounts()
{
    const QString current = m_model->filter();
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    for (const QString &f : CampaignText::filters()) {
        const int n = m_model->count(f, m_user.id);
        m_filter->addItem(tr("%1 (%2)").arg(CampaignText::filter(f)).arg(n), f);
    }
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(current)));
    const int waiting = m_model->count(QStringLiteral("pending_approval"), m_user.id);
    const bool approver = isCampaignApprover(m_user.role);
    m_status->setText(approver && waiting > 0 ? tr("%n campaign(s) wait for your approval", nullptr, waiting)
                                              : QString());
}

void PushPage::reload()
{
    store::LocalReader *reader = m_context->reader();
    if (!reader) {
        m_model->setCampaigns({}, {});
        updateEmptyText();
        m_stack->setCurrentWidget(m_empty);
        m_loaded = true;
        emit loaded();
        return;
    }
    updateEmptyText();
    if (!m_catalogLoaded)
        loadCatalog();
    const quint64 generation = ++m_generation;
    reader->run<store::CampaignListing>(
        this, [](store::Store &s) { return s.campaigns().listing(); },
        [this, generation](const Result<store::CampaignListing> &listing) {
            if (generation != m_generation)
                return;
            if (!listing) {
                // Unavailable: the local copy is being reopened; localDataChanged() reads it again.
                if (listing.error().code != ErrorCode::Unavailable)
                    showNotice(
                        tr("The campaigns could not be read from the local copy: %1")
                            .arg(ErrorText::describe(listing.error(), ErrorText::Context::Session, {})),
                        Tone::Error);
                m_readFailed = true;
                return;
            }
            if (m_readFailed) {
                m_readFailed = false;
                showNotice({}, Tone::Neutral);
            }
            const QString keep = m_wanted.isEmpty() ? selectedCampaign() : m_wanted;
            m_model->setCampaigns(listing->items, listing->pending);
            updateFilterCounts();
            m_loaded = true;
            if (!keep.isEmpty())
                selectCampaign(keep);
            else if (!isEditing())
                showSelected();
            fetchEffects();
            emit loaded();
        });
}

void PushPage::loadCatalog()
{
    store::LocalReader *reader = m_context->reader();
    if (!reader)
        return;
    m_catalogLoaded = true;
    reader->run<Catalogue>(
        this,
        [](store::Store &s) -> Result<Catalogue> {
            store::ListQuery all;
            all.limit = 5000;
            auto services = s.services().items(all);
            if (!services)
                return services.error();
            auto tags = s.tags().items(all);
            if (!tags)
                return tags.error();
            store::ListQuery regions;
            regions.limit = 20000;
            auto places = s.regions().items(regions);
            if (!places)
                return places.error();
            return Catalogue{*services, *tags, *places};
        },
        [this](const Result<Catalogue> &catalogue) {
            if (!catalogue) {
                m_catalogLoaded = false;
                return;
            }
            m_services = catalogue->services;
            m_tags = catalogue->tags;
            m_editor->setCatalog(m_services, m_tags);
            QHash<QString, QString> services, tags, regions;
            for (const ServiceItem &s : m_services)
                services.insert(s.id, s.name);
            for (const Tag &t : m_tags)
                tags.insert(t.id, t.name);
            for (const Region &r : catalogue->regions)
                regions.insert(r.id, r.name);
            m_model->setTagNames(tags);
            m_detail->setNames(services, tags, regions);
        });
}

void PushPage::onDataChanged(const ChangeSet &changes)
{
    const bool campaigns = changes.changed.contains(QStringLiteral("campaign"));
    const bool catalogue = changes.changed.contains(QStringLiteral("service")) ||
                           changes.changed.contains(QStringLiteral("tag")) ||
                           changes.changed.contains(QStringLiteral("region"));
    if (catalogue)
        m_catalogLoaded = false;
    if ((campaigns || catalogue) && (isVisible() || m_loaded))
        reload();
}

QString PushPage::selectedCampaign() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(CampaignListModel::IdRole).toString() : QString();
}

void PushPage::selectCampaign(const QString &id)
{
    if (id.isEmpty()) {
        m_wanted.clear();
        m_list->setCurrentIndex({});
        showSelected();
        return;
    }
    int row = m_model->rowOf(id);
    if (row < 0 && m_model->filter() != QLatin1String("all")) {
        // Listed, but not under this filter (e.g. just approved under "waiting for approval"): show all.
        const QList<Campaign> &all = m_model->all();
        if (std::any_of(all.cbegin(), all.cend(), [&](const Campaign &c) { return c.id == id; })) {
            m_model->setFilter(QStringLiteral("all"), m_user.id);
            updateFilterCounts();
            row = m_model->rowOf(id);
        }
    }
    if (row < 0) {
        m_wanted = id; // selected once the local copy lists it
        return;
    }
    m_wanted.clear();
    m_list->setCurrentIndex(m_model->index(row, CampaignListModel::Title));
    if (!isEditing())
        showSelected();
}

bool PushPage::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

void PushPage::showSelected()
{
    const Campaign *c = m_model->campaignAt(m_list->currentIndex().row());
    if (!c) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_detail->setCampaign(*c, m_model->isPending(c->id));
    m_stack->setCurrentWidget(m_detail);
}

void PushPage::newCampaign(const QString &serviceId)
{
    if (!m_catalogLoaded)
        loadCatalog();
    m_editor->startNew(serviceId);
    showEditor();
}

void PushPage::startNotice(const QString &gridId, const QString &specialGroupId)
{
    newCampaign();
    CampaignCreateRequest fields;
    fields.title = tr("Grid notice");
    fields.policy = tr("Grid notice");
    fields.audience = audienceExpressionToJson(gridAudience(gridId, specialGroupId));
    fields.schedule.kind = QStringLiteral("now");
    fields.channel = QStringLiteral("app");
    m_editor->setFields(fields);
}

void PushPage::showEditor()
{
    // The editor is a task of its own: it takes the whole width, the list comes back when it closes.
    m_list->hide();
    m_filter->setEnabled(false);
    m_new->setEnabled(false);
    m_stack->setCurrentWidget(m_editor);
    m_editor->setFocus();
}

void PushPage::closeEditor()
{
    m_list->show();
    m_filter->setEnabled(true);
    m_new->setEnabled(true);
    m_stack->setCurrentWidget(m_detail->hasCampaign() ? static_cast<QWidget *>(m_detail) : m_empty);
    showSelected();
}

void PushPage::editCampaign(const QString &id)
{
    for (const Campaign &c : m_model->all()) {
        if (c.id == id) {
            m_editor->edit(c);
            showEditor();
            return;
        }
    }
}

void PushPage::saveEditor(bool submit)
{
    const QString id = m_editor->campaignId();
    const StaffUser user = m_user;
    const QDateTime now = m_context->clock().nowUtc();
    std::function<Result<store::OutboxItem>(store::Store &)> action;
    if (m_editor->isNew()) {
        const CampaignCreateRequest request = m_editor->createRequest();
        action = [request, user, now, submit](store::Store &s) -> Result<store::OutboxItem> {
            auto created = s.campaigns().create(request, user, now);
            if (!created || !submit)
                return created;
            return s.campaigns().act(created->entityId, CampaignAction{QStringLiteral("submit"), {}, {}},
                                     user, now);
        };
    } else {
        const CampaignUpdate changes = m_editor->changes();
        const bool changed = m_editor->hasChanges();
        action = [id, changes, changed, user, now, submit](store::Store &s) -> Result<store::OutboxItem> {
            Result<store::OutboxItem> out = makeError(ErrorCode::BadRequest, QStringLiteral("nothing to do"));
            if (changed) {
                out = s.campaigns().update(id, changes, user, now);
                if (!out)
                    return out;
            }
            if (submit)
                out = s.campaigns().act(id, CampaignAction{QStringLiteral("submit"), {}, {}}, user, now);
            return out;
        };
        if (!changed && !submit) {
            closeEditor();
            return;
        }
    }
    write(action,
          submit ? tr("The campaign is submitted; it goes to the server with the next sync.")
                 : tr("The draft is saved on this computer and goes to the server with the next sync."),
          id, true);
}

void PushPage::act(const QString &id, const QString &action, const QString &givenReason)
{
    QString reason = givenReason;
    const bool needsReason = action == QLatin1String("reject") || action == QLatin1String("cancel");
    if (needsReason && reason.trimmed().isEmpty()) {
        bool ok = false;
        const QString label = action == QLatin1String("reject")
                                  ? tr("Why is the campaign returned to its creator? (2 to 500 characters)")
                                  : tr("Why is the campaign cancelled? (2 to 500 characters)");
        reason = QInputDialog::getMultiLineText(
            this, action == QLatin1String("reject") ? tr("Return the campaign") : tr("Cancel the campaign"),
            label, {}, &ok);
        if (!ok)
            return;
    }
    CampaignAction a;
    a.action = action;
    if (!reason.trimmed().isEmpty())
        a.reason = reason.trimmed();
    const StaffUser user = m_user;
    const QDateTime now = m_context->clock().nowUtc();
    QString done;
    if (action == QLatin1String("submit"))
        done = tr("The campaign is submitted; it goes to the server with the next sync.");
    else if (action == QLatin1String("approve"))
        done = tr("Approved; sending starts when the server has the approval.");
    else if (action == QLatin1String("reject"))
        done = tr("The campaign goes back to its creator with your reason.");
    else
        done = tr("The campaign is cancelled; nothing more is sent once the server has the cancellation.");
    write([id, a, user, now](store::Store &s) { return s.campaigns().act(id, a, user, now); }, done, id,
          false);
}

void PushPage::write(std::function<Result<store::OutboxItem>(store::Store &)> action, const QString &doneText,
                     const QString &selectId, bool closeAfter)
{
    SyncHost *sync = m_context->sync();
    if (!sync || !sync->isRunning()) {
        showNotice(tr("Not saved: the local copy of your data is not open on this computer, so the change "
                      "cannot be queued for the server."),
                   Tone::Error);
        emit writeFinished(false);
        return;
    }
    const QString server = ErrorText::displayAddress(m_context->client()->baseUrl());
    sync->run<Result<store::OutboxItem>>(
        this, [action](SyncEngine &engine) { return engine.write(action); },
        [this, doneText, selectId, closeAfter, server](Result<store::OutboxItem> result) {
            if (!result) {
                const Error &e = result.error();
                const QString reason = e.details.value(QLatin1String("reason")).toString();
                const QString text = reason.isEmpty()
                                         ? ErrorText::describe(e, ErrorText::Context::Session, server)
                                         : CampaignText::refusal(reason);
                if (isEditing())
                    m_editor->showError(tr("Not saved: %1").arg(text),
                                        e.details.value(QLatin1String("field")).toString());
                else
                    showNotice(tr("Not done: %1").arg(text), Tone::Error);
                emit writeFinished(false);
                return;
            }
            showNotice(doneText, Tone::Success);
            m_context->notifyLocalWrite(QStringLiteral("campaign"), result->entityId);
            m_wanted = selectId;
            if (closeAfter)
                closeEditor();
            reload();
            emit writeFinished(true);
        });
}

void PushPage::showNotice(const QString &text, Tone tone)
{
    m_notice->setVisible(!text.isEmpty());
    m_notice->showMessage(text, tone);
}

void PushPage::fetchEffects()
{
    if (!m_context->client())
        return;
    for (const Campaign &c : m_model->all()) {
        if (c.state != QLatin1String("sending") && c.state != QLatin1String("sent"))
            continue;
        if (m_effectLoaders.contains(c.id) && m_effectLoaders.value(c.id))
            continue;
        auto *loader = new CampaignResultsLoader(m_context, this);
        m_effectLoaders.insert(c.id, loader);
        const QString id = c.id;
        connect(loader, &CampaignResultsLoader::loaded, this,
                [this, id](const CampaignResults &results, const ReportSource &) {
                    const auto verdict = CampaignResultsModels::verdict(results);
                    m_model->setEffect(id, CampaignResultsModels::shortHeadline(results),
                                       verdict == CampaignResultsModels::Verdict::Significant);
                });
        loader->load(id);
    }
}

} // namespace gd
