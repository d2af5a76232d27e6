#include "ui/dashboardpage.h"

#include "core/clock.h"
#include "domain/worktime.h"
#include "models/csvwriter.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "ui/dashboardcharts.h"
#include "ui/dashboardvaluedelegate.h"
#include "ui/drilldowndialog.h"
#include "ui/errortext.h"
#include "ui/messagebox.h"
#include "ui/pagecard.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace gd {

namespace {

constexpr int kMaxCustomDays = 400;
constexpr int kAgeTickMs = 30 * 1000;
const int kPeriodDays[] = {7, 30, 90};

QString ageText(qint64 seconds)
{
    if (seconds < 60)
        return DashboardPage::tr("just now");
    if (seconds < 3600)
        return DashboardPage::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return DashboardPage::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return DashboardPage::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

} // namespace

DashboardPage::DashboardPage(DataContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_loader(new DashboardLoader(context, this))
    , m_models(new DashboardModels(this))
    , m_drill(new DrillDownDialog(context, this))
    , m_autoRefresh(new QTimer(this))
    , m_syncRefresh(new QTimer(this))
    , m_ageTimer(new QTimer(this))
{
    const QDate today = worktime::localDate(m_context->clock().nowUtc());
    m_query.to = today;
    m_query.from = today.addDays(1 - m_periodDays);
    buildUi();
    retranslate();

    connect(m_loader, &DashboardLoader::loaded, this, &DashboardPage::showData);
    connect(m_loader, &DashboardLoader::failed, this, &DashboardPage::onFailed);
    connect(m_loader, &DashboardLoader::loadingChanged, this, &DashboardPage::updateStatus);
    connect(m_loader, &DashboardLoader::namesLoaded, this, [this] {
        fillScopeChoices();
        if (m_data)
            showData(*m_data, m_source); // names for keys shown before
    });
    connect(m_charts, &DashboardCharts::drillRequested, this, &DashboardPage::openDrill);
    connect(m_drill, &DrillDownDialog::citizenRequested, this, &DashboardPage::citizenRequested);
    connect(m_drill, &DrillDownDialog::enterpriseRequested, this, &DashboardPage::enterpriseRequested);
    connect(m_context, &DataContext::dataChanged, this, &DashboardPage::onDataChanged);
    connect(m_context, &DataContext::localDataChanged, this, [this] {
        if (m_started)
            m_loader->loadNames();
    });

    m_autoRefresh->setInterval(kAutoRefreshMs);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    m_syncRefresh->setSingleShot(true);
    m_syncRefresh->setInterval(kSyncRefreshDelayMs);
    connect(m_syncRefresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    m_ageTimer->setInterval(kAgeTickMs);
    connect(m_ageTimer, &QTimer::timeout, this, &DashboardPage::updateStatus);
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(buildToolbar());

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the cards shrink to the width
    m_content = new QWidget(m_scroll);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setBackgroundRole(QPalette::Window);
    m_content->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(20, 12, 20, 20);
    layout->setSpacing(14);

    m_notice = new QLabel(m_content);
    m_notice->setObjectName(QStringLiteral("dashboardNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(buildTiles());

    m_charts = new DashboardCharts(m_models, m_content);
    auto *grid = new QGridLayout;
    grid->setSpacing(14);
    QLabel *heading = nullptr;
    const QList<QChartView *> views = m_charts->views();
    const char *const names[] = {"trendCard",      "channelCard",   "serviceCard",
                                 "departmentCard", "sentimentCard", "topicCard"};
    for (int i = 0; i < views.size(); ++i) {
        grid->addWidget(card(QLatin1String(names[i]), views.at(i), &heading), i / 2, i % 2);
        m_headings.append(heading);
    }

    m_districtTable = new QTableView(m_content);
    m_districtTable->setObjectName(QStringLiteral("districtTable"));
    m_districtTable->setModel(m_models->districts());
    m_districtTable->setItemDelegate(new DashboardValueDelegate(m_districtTable));
    m_districtTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_districtTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_districtTable->verticalHeader()->hide();
    m_districtTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_districtTable->setMinimumHeight(260);
    m_districtTable->setCursor(Qt::PointingHandCursor);
    connect(m_districtTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        openDrill(m_models->drillDistrict(index.row(), index.column()));
    });
    grid->addWidget(card(QStringLiteral("districtCard"), m_districtTable, &heading), 3, 0);
    m_headings.append(heading);

    m_spikeList = new QListView(m_content);
    m_spikeList->setObjectName(QStringLiteral("spikeList"));
    m_spikeList->setModel(m_models->spikes());
    m_spikeList->setWordWrap(true);
    m_spikeList->setSpacing(4);
    m_spikeList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_spikeList->setMinimumHeight(260);
    m_spikeList->setCursor(Qt::PointingHandCursor);
    connect(m_spikeList, &QListView::activated, this,
            [this](const QModelIndex &index) { openDrill(m_models->drillSpike(index.row())); });
    grid->addWidget(card(QStringLiteral("spikeCard"), m_spikeList, &heading), 3, 1);
    m_headings.append(heading);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll, 1);

    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &DashboardPage::refresh);
}

QWidget *DashboardPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("dashboardToolbar"));
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(20, 14, 20, 6);
    layout->setSpacing(6);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_title = new QLabel(bar);
    PageCard::makeTitle(m_title, 1.5);
    row->addWidget(m_title);
    row->addSpacing(16);

    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItems({QString(), QString(), QString(), QString()});
    m_period->setCurrentIndex(1);
    connect(m_period, &QComboBox::activated, this, &DashboardPage::onPeriodChosen);
    row->addWidget(m_period);
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->hide();
        row->addWidget(edit);
    }
    m_from->setDate(m_query.from);
    m_to->setDate(m_query.to);
    m_applyRange = new QPushButton(bar);
    m_applyRange->setObjectName(QStringLiteral("applyRangeButton"));
    m_applyRange->hide();
    connect(m_applyRange, &QPushButton::clicked, this,
            [this] { setCustomPeriod(m_from->date(), m_to->date()); });
    row->addWidget(m_applyRange);
    row->addSpacing(12);

    m_scopeLabel = new QLabel(bar);
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    row->addWidget(m_scopeLabel);
    m_district = new QComboBox(bar);
    m_district->setObjectName(QStringLiteral("districtCombo"));
    m_district->setMinimumContentsLength(8);
    connect(m_district, &QComboBox::activated, this, &DashboardPage::onDistrictChosen);
    row->addWidget(m_district);
    m_street = new QComboBox(bar);
    m_street->setObjectName(QStringLiteral("streetCombo"));
    m_street->setMinimumContentsLength(8);
    connect(m_street, &QComboBox::activated, this,
            [this] { setScope(m_query.districtCode, m_street->currentData().toString()); });
    row->addWidget(m_street);
    row->addStretch(1);

    m_refresh = new QPushButton(bar);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    m_exportPng = new QPushButton(bar);
    m_exportPng->setObjectName(QStringLiteral("exportPngButton"));
    connect(m_exportPng, &QPushButton::clicked, this, &DashboardPage::chooseExportPng);
    m_exportCsv = new QPushButton(bar);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    connect(m_exportCsv, &QPushButton::clicked, this, &DashboardPage::chooseExportCsv);
    row->addWidget(m_refresh);
    row->addWidget(m_exportPng);
    row->addWidget(m_exportCsv);
    layout->addLayout(row);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_hint = new QLabel(bar);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_hint);
    layout->addLayout(statusRow);
    return bar;
}

QWidget *DashboardPage::buildTiles()
{
    auto *tiles = new QWidget(m_content);
    tiles->setObjectName(QStringLiteral("kpiTiles"));
    auto *layout = new QGridLayout(tiles);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (int i = 0; i < 2 * kTilesPerRow; ++i) {
        auto *tile = new PageCard(tiles);
        tile->setObjectName(QStringLiteral("kpiTile%1").arg(i));
        tile->body()->setContentsMargins(14, 10, 14, 10);
        tile->body()->setSpacing(2);
        auto *caption = new QLabel(tile);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(QStringLiteral("—"), tile);
        value->setObjectName(QStringLiteral("kpiValue%1").arg(i));
        PageCard::makeTitle(value, 1.6);
        tile->body()->addWidget(caption);
        tile->body()->addWidget(value);
        m_tiles.append(std::pair<QLabel *, QLabel *>(caption, value));
    }
    // Two rows of five: usage, then quality and opinion.
    for (int i = 0; i < m_tiles.size(); ++i)
        layout->addWidget(m_tiles.at(i).first->parentWidget(), i / kTilesPerRow, i % kTilesPerRow);
    for (int c = 0; c < kTilesPerRow; ++c)
        layout->setColumnStretch(c, 1);
    return tiles;
}

QWidget *DashboardPage::card(const QString &objectName, QWidget *body, QLabel **heading)
{
    auto *c = new PageCard(m_content, QStringLiteral(" "));
    c->setObjectName(objectName);
    c->body()->setContentsMargins(14, 10, 14, 12);
    c->body()->addWidget(body, 1);
    *heading = c->heading();
    return c;
}

void DashboardPage::retranslate()
{
    m_title->setText(tr("Dashboards"));
    m_period->setItemText(0, tr("Last 7 days"));
    m_period->setItemText(1, tr("Last 30 days"));
    m_period->setItemText(2, tr("Last 90 days"));
    m_period->setItemText(3, tr("Custom range…"));
    m_period->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_applyRange->setText(tr("Apply"));
    m_district->setAccessibleName(tr("District"));
    m_street->setAccessibleName(tr("Street"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Ask the server for the latest figures (F5)"));
    m_exportPng->setText(tr("Export PNG…"));
    m_exportPng->setToolTip(tr("Save the whole dashboard as an image"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportCsv->setToolTip(tr("Save the figures behind the charts as a CSV file for Excel"));
    m_hint->setText(tr("Click a point, bar or row to see the messages or applications behind it"));
    const QStringList headings{tr("Usage trend"),
                               tr("Channel mix (applications submitted)"),
                               tr("Top services"),
                               tr("SLA compliance and satisfaction by department"),
                               tr("Sentiment of messages"),
                               tr("Hot topics (vs the previous period)"),
                               tr("Districts"),
                               tr("Spikes flagged")};
    for (int i = 0; i < m_headings.size() && i < headings.size(); ++i)
        m_headings[i]->setText(headings.at(i));
    const QStringList captions{tr("Sign-ins"),
                               tr("Active citizens (daily, summed)"),
                               tr("Applications submitted"),
                               tr("Applications completed"),
                               tr("Handling time (median · p90)"),
                               tr("Completed on time"),
                               tr("Average rating (好差评)"),
                               tr("Citizen messages"),
                               tr("Negative messages"),
                               tr("Spikes flagged")};
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i].first->setText(captions.at(i));
    fillScopeChoices();
    if (m_data)
        showData(*m_data, m_source); // labels made by the models follow the language too
    updateStatus();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_charts)
        m_charts->applyTheme();
    QWidget::changeEvent(event);
}

void DashboardPage::setUser(const StaffUser &user)
{
    // Token refreshes hand the same user over again: keep the chosen scope then.
    if (user.id == m_user.id && user.role == m_user.role && user.areaCode == m_user.areaCode &&
        user.departmentId == m_user.departmentId && !m_user.id.isEmpty())
        return;
    m_user = user;
    const QString role = user.role;
    m_available = role == QLatin1String("supervisor") || role == QLatin1String("admin") ||
                  role == QLatin1String("officer");
    m_query.districtCode.clear();
    m_query.streetId.clear();
    if (role == QLatin1String("supervisor") && user.areaCode && *user.areaCode != QLatin1String("city"))
        m_query.districtCode = *user.areaCode;
    fillScopeChoices();
    updateStatus();
    if (m_started)
        applyQuery();
}

void DashboardPage::fillScopeChoices()
{
    const bool officer = m_user.role == QLatin1String("officer");
    const bool districtBound = m_user.role == QLatin1String("supervisor") && m_user.areaCode &&
                               *m_user.areaCode != QLatin1String("city");
    const DashboardNames &names = m_loader->names();
    m_scopeLabel->setText(
        officer ? tr("Scope: %1 (your department)").arg(m_user.departmentName.value_or(QString()))
                : tr("Scope:"));
    m_district->setVisible(!officer && m_available);
    m_street->setVisible(!officer && m_available);
    m_district->clear();
    if (!districtBound)
        m_district->addItem(tr("Whole city"), QString());
    for (const Region &r : names.regions) {
        if (r.level == QLatin1String("district") &&
            (!districtBound || r.districtCode == m_query.districtCode))
            m_district->addItem(r.name, r.districtCode);
    }
    if (districtBound && m_district->count() == 0)
        m_district->addItem(m_user.areaName.value_or(m_query.districtCode), m_query.districtCode);
    m_district->setCurrentIndex(std::max(0, m_district->findData(m_query.districtCode)));
    m_district->setEnabled(!districtBound);
    m_street->clear();
    m_street->addItem(tr("All streets"), QString());
    for (const Region &r : names.regions) {
        if (r.level == QLatin1String("street") && !m_query.districtCode.isEmpty() &&
            r.districtCode == m_query.districtCode)
            m_street->addItem(r.name, r.id);
    }
    m_street->setCurrentIndex(std::max(0, m_street->findData(m_query.streetId)));
    m_street->setEnabled(!m_query.districtCode.isEmpty());
}

void DashboardPage::onPeriodChosen(int index)
{
    const bool custom = index == 3;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_applyRange->setVisible(custom);
    if (custom) {
        m_from->setDate(m_query.from);
        m_to->setDate(m_query.to);
        m_from->setFocus();
        return;
    }
    setPeriodDays(kPeriodDays[std::clamp(index, 0, 2)]);
}

void DashboardPage::onDistrictChosen(int)
{
    setScope(m_district->currentData().toString(), {});
}

void DashboardPage::setPeriodDays(int days)
{
    m_periodDays = days;
    const QDate today = worktime::localDate(m_context->clock().nowUtc());
    m_query.to = today;
    m_query.from = today.addDays(1 - days);
    const int index =
        int(std::find(std::begin(kPeriodDays), std::end(kPeriodDays), days) - std::begin(kPeriodDays));
    if (index < 3)
        m_period->setCurrentIndex(index);
    m_from->hide();
    m_to->hide();
    m_applyRange->hide();
    applyQuery();
}

void DashboardPage::setCustomPeriod(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (from > to)
        std::swap(from, to);
    if (from.daysTo(to) + 1 > kMaxCustomDays) {
        warn(QStringLiteral("periodTooLongBox"), tr("Period too long"),
             tr("A dashboard covers at most %1 days. Choose a shorter range.").arg(kMaxCustomDays));
        return;
    }
    m_periodDays = 0;
    m_period->setCurrentIndex(3);
    m_query.from = from;
    m_query.to = to;
    applyQuery();
}

void DashboardPage::setScope(const QString &districtCode, const QString &streetId)
{
    const bool districtBound = m_user.role == QLatin1String("supervisor") && m_user.areaCode &&
                               *m_user.areaCode != QLatin1String("city");
    m_query.districtCode = districtBound ? *m_user.areaCode : districtCode;
    m_query.streetId = streetId;
    fillScopeChoices();
    applyQuery();
}

void DashboardPage::applyQuery()
{
    if (!m_available || !m_started)
        return;
    m_error.clear();
    m_data.reset();
    m_models->clear();
    m_loader->load(m_query);
    updateTiles();
    updateStatus();
}

void DashboardPage::refresh()
{
    if (!m_available)
        return;
    if (!m_started) {
        m_started = true;
        applyQuery();
        return;
    }
    m_stale = false;
    if (m_periodDays > 0) {
        // A rolling period follows the calendar: after midnight "last 7 days" ends today.
        const QDate today = worktime::localDate(m_context->clock().nowUtc());
        if (today != m_query.to) {
            setPeriodDays(m_periodDays);
            return;
        }
    }
    m_error.clear();
    m_loader->refresh();
    updateStatus();
}

void DashboardPage::setSyncRefreshDelay(int ms)
{
    m_syncRefresh->setInterval(ms);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_autoRefresh->start();
    m_ageTimer->start();
    if (!m_started) {
        m_started = true;
        m_loader->loadNames();
        applyQuery();
    } else if (m_stale) {
        refresh();
    }
}

void DashboardPage::showData(const DashboardData &figures, const DashboardSource &source)
{
    m_data = figures;
    m_source = source;
    if (!source.fromCache)
        m_error.clear();
    m_models->apply(figures, m_query, m_loader->names());
    updateTiles();
    updateStatus();
    emit dataShown();
}

void DashboardPage::onFailed(const Error &error, bool)
{
    ApiClient *client = m_context->client();
    m_error = ErrorText::describe(error, ErrorText::Context::Session,
                                  client ? ErrorText::displayAddress(client->baseUrl()) : QString());
    updateStatus();
}

void DashboardPage::onDataChanged(const ChangeSet &changes)
{
    if (!m_started)
        return;
    // A first sync brings the catalogue after the page may have read it: names again.
    for (const char *entity : {"region", "service", "department"}) {
        if (changes.changed.contains(QLatin1String(entity))) {
            m_loader->loadNames();
            break;
        }
    }
    const bool relevant = changes.changed.contains(QStringLiteral("message")) ||
                          changes.changed.contains(QStringLiteral("application"));
    if (relevant && !m_syncRefresh->isActive())
        m_syncRefresh->start();
}

QString DashboardPage::statusText() const
{
    return m_status->text();
}

void DashboardPage::updateStatus()
{
    QString text;
    if (!m_available) {
        m_notice->setText(
            tr("The dashboards show aggregate figures to supervisors and department staff. Your "
               "role does not include them."));
        m_notice->show();
    } else {
        m_notice->hide();
    }
    const qint64 age = m_data ? m_source.fetchedAt.secsTo(m_context->clock().nowUtc()) : 0;
    const QString when =
        m_data ? m_source.fetchedAt.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("MM-dd HH:mm"))
               : QString();
    if (!m_available) {
        text.clear();
    } else if (!m_error.isEmpty()) {
        text = m_data ? tr("Offline — showing the figures of %1 (%2). %3").arg(when, ageText(age), m_error)
                      : tr("The figures could not be loaded. %1").arg(m_error);
    } else if (m_data) {
        text = tr("Updated %1 (%2)").arg(when, ageText(age));
        if (m_loader->isLoading())
            text += QStringLiteral(" · ") + tr("refreshing…");
        else if (m_source.fromCache)
            text += QStringLiteral(" · ") + tr("from the local copy");
    } else if (m_loader->isLoading()) {
        text = tr("Loading the figures…");
    }
    m_status->setText(text);
    const bool hasFigures = m_data.has_value();
    m_exportPng->setEnabled(hasFigures);
    m_exportCsv->setEnabled(hasFigures);
    m_refresh->setEnabled(m_available);
    m_period->setEnabled(m_available);
}

void DashboardPage::updateTiles()
{
    const DashboardKpis &k = m_models->kpis();
    const QLocale locale;
    using Kind = DashboardTable::ValueKind;
    const auto f = [&](Kind kind, std::optional<double> v) {
        return m_data ? DashboardValueDelegate::format(kind, v ? QVariant(*v) : QVariant(), locale)
                      : QStringLiteral("—");
    };
    const QString handling =
        m_data && k.medianHours
            ? tr("%1 h · %2 h").arg(locale.toString(*k.medianHours), locale.toString(k.p90Hours.value_or(0)))
            : QStringLiteral("—");
    const QString values[] = {
        f(Kind::Count, double(k.signIns)),
        f(Kind::Count, double(k.activeCitizens)),
        f(Kind::Count, double(k.submitted)),
        f(Kind::Count, double(k.completed)),
        handling,
        f(Kind::Percent, k.slaCompliance ? std::optional(*k.slaCompliance * 100) : std::nullopt),
        f(Kind::Rating, k.ratingAverage),
        f(Kind::Count, double(k.messages)),
        f(Kind::Percent, k.negativeShare ? std::optional(*k.negativeShare * 100) : std::nullopt),
        f(Kind::Count, double(k.spikes))};
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i].second->setText(values[i]);
}

void DashboardPage::openDrill(const DrillRequest &request)
{
    if (request.isValid())
        m_drill->open(request, m_loader->names());
}

void DashboardPage::warn(const QString &objectName, const QString &title, const QString &text)
{
    MessageBox::Message message;
    message.objectName = objectName;
    message.icon = MessageBox::Icon::Warning;
    message.title = title;
    message.text = text;
    MessageBox::ask(this, message);
}

QString DashboardPage::defaultFileName(const QString &suffix) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir + QLatin1Char('/') +
           tr("dashboard-%1-%2")
               .arg(m_query.from.toString(QStringLiteral("yyyyMMdd")),
                    m_query.to.toString(QStringLiteral("yyyyMMdd"))) +
           suffix;
}

bool DashboardPage::exportPng(const QString &path) const
{
    return m_content->grab().save(path, "PNG");
}

bool DashboardPage::exportCsv(const QString &path) const
{
    const QList<int> trendColumns{0, DashboardModels::kTrendSignIns, DashboardModels::kTrendActive,
                                  DashboardModels::kTrendSubmitted, DashboardModels::kTrendCompleted};
    const QList<int> sentimentColumns{0, DashboardModels::kSentimentNegative,
                                      DashboardModels::kSentimentNeutral,
                                      DashboardModels::kSentimentPositive};
    const QByteArray bytes =
        csv::write({{tr("Usage by day"), m_models->trend(), trendColumns},
                    {m_headings.at(1)->text(), m_models->channels(), {}},
                    {m_headings.at(2)->text(), m_models->services(), {}},
                    {m_headings.at(3)->text(), m_models->departments(), {}},
                    {tr("Messages by day and sentiment"), m_models->sentiment(), sentimentColumns},
                    {m_headings.at(5)->text(), m_models->topics(), {}},
                    {m_headings.at(6)->text(), m_models->districts(), {}},
                    {m_headings.at(7)->text(), m_models->spikes(), {}}});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

void DashboardPage::chooseExportPng()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the dashboard as PNG"),
                                     defaultFileName(QStringLiteral(".png")), tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        warn(QStringLiteral("exportFailedBox"), tr("Export failed"),
             tr("The image could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}

void DashboardPage::chooseExportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the figures as CSV"),
                                     defaultFileName(QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        warn(QStringLiteral("exportFailedBox"), tr("Export failed"),
             tr("The file could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace gd
