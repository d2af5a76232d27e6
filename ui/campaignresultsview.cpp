#include "ui/campaignresultsview.h"

#include "core/clock.h"
#include "models/csvwriter.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "ui/dashboardvaluedelegate.h"
#include "ui/errortext.h"
#include "ui/linemapper.h"
#include "ui/messagebox.h"
#include "ui/pagecard.h"
#include "ui/theme.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <climits>
#include <cmath>

namespace gd {

namespace {

using Models = CampaignResultsModels;

constexpr int kAgeTickMs = 30 * 1000;
constexpr qint64 kDayMs = 24 * 3600 * 1000;
// Half the height of the caps at the ends of an interval, in rows.
constexpr double kCap = 0.18;

QColor sentColour()
{
    return QColor(0x2f, 0x6f, 0xd6);
}

QColor holdoutColour()
{
    return QColor(0x9a, 0xa5, 0xb1);
}

QString ageText(qint64 seconds)
{
    if (seconds < 60)
        return CampaignResultsView::tr("just now");
    if (seconds < 3600)
        return CampaignResultsView::tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return CampaignResultsView::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return CampaignResultsView::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

// The segment table as staff read it: the interval in one column ("+4.1 ~ +6.5", the high end's column
// hidden) and the verdict in words. Everything else is the model's, formatted by DashboardValueDelegate.
class SegmentTableModel : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const int column = index.column();
        if (role == Qt::DisplayRole && column == Models::kEffectCiLow) {
            const QVariant low = sibling(index, Models::kEffectCiLow);
            const QVariant high = sibling(index, Models::kEffectCiHigh);
            if (!low.isValid() || !high.isValid())
                return {};
            CampaignEffect e;
            e.ciLow = low.toDouble() / 100.0;
            e.ciHigh = high.toDouble() / 100.0;
            return Models::intervalText(e);
        }
        if (column == Models::kEffectSignificant) {
            const QVariant significant = sibling(index, Models::kEffectSignificant);
            if (role == Qt::DisplayRole)
                return verdictText(index, significant);
            if (role == Qt::ForegroundRole && significant.isValid() && significant.toInt() == 1)
                return Theme::successColor(QApplication::palette());
            if (role == Qt::TextAlignmentRole)
                return QVariant::fromValue(Qt::AlignCenter);
        }
        if (role == Qt::TextAlignmentRole && column == Models::kEffectCiLow)
            return QVariant::fromValue(Qt::AlignCenter);
        return QIdentityProxyModel::data(index, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == Models::kEffectCiLow)
            return CampaignResultsView::tr("95% CI");
        return QIdentityProxyModel::headerData(section, orientation, role);
    }

private:
    QVariant sibling(const QModelIndex &index, int column) const
    {
        return sourceModel()->index(index.row(), column).data();
    }

    QString verdictText(const QModelIndex &index, const QVariant &significant) const
    {
        if (significant.isValid())
            return significant.toInt() == 1 ? CampaignResultsView::tr("✓ Significant")
                                            : CampaignResultsView::tr("Not significant");
        if (sibling(index, Models::kEffectDifference).isValid())
            return CampaignResultsView::tr("Too little data");
        if (sibling(index, Models::kEffectHoldoutMembers).toDouble() <= 0)
            return CampaignResultsView::tr("No hold-out");
        return QStringLiteral("—");
    }
};

QChartView *makeChartView(QWidget *parent, const QString &name)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(300);
    // The figures behind every chart are in the segment table and the CSV export; Tab goes there.
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

void fitPercentAxis(QValueAxis *axis, double max)
{
    axis->setRange(0, max > 0 ? max * 1.1 : 1.0);
    axis->applyNiceNumbers();
    axis->setMin(0);
}

} // namespace

CampaignResultsView::CampaignResultsView(DataContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_loader(new CampaignResultsLoader(context, this))
    , m_models(new CampaignResultsModels(this))
    , m_ageTimer(new QTimer(this))
{
    buildUi();
    retranslate();
    connect(m_loader, &CampaignResultsLoader::loaded, this, &CampaignResultsView::setResults);
    connect(m_loader, &CampaignResultsLoader::failed, this,
            [this](const Error &error, bool) { onFailed(error); });
    connect(m_loader, &CampaignResultsLoader::loadingChanged, this, [this] {
        updateState();
        updateStatus();
    });
    connect(m_models, &CampaignResultsModels::applied, this, &CampaignResultsView::fitCharts);
    m_ageTimer->setInterval(kAgeTickMs);
    connect(m_ageTimer, &QTimer::timeout, this, &CampaignResultsView::updateStatus);
    m_ageTimer->start();
    updateState();
    updateStatus();
}

CampaignResultsView::~CampaignResultsView() = default;

void CampaignResultsView::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("resultsHeader"));
    auto *barLayout = new QVBoxLayout(bar);
    barLayout->setContentsMargins(20, 14, 20, 6);
    barLayout->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_headline = new QLabel(bar);
    m_headline->setObjectName(QStringLiteral("resultsHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PageCard::makeTitle(m_headline, 1.25);
    row->addWidget(m_headline, 1);
    row->addStretch(0); // keeps the buttons at the right while there is no headline
    m_refresh = new QPushButton(bar);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, &CampaignResultsView::refresh);
    row->addWidget(m_refresh, 0, Qt::AlignTop);
    m_export = new QPushButton(bar);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    connect(m_export, &QPushButton::clicked, this, &CampaignResultsView::chooseExportCsv);
    row->addWidget(m_export, 0, Qt::AlignTop);
    barLayout->addLayout(row);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("resultsStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    barLayout->addWidget(m_status);
    outer->addWidget(bar);

    m_pages = new QStackedWidget(this);
    m_message = new QLabel(m_pages);
    m_message->setObjectName(QStringLiteral("resultsMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(40);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.15);
    m_message->setFont(messageFont);
    m_pages->addWidget(m_message);

    m_scroll = new QScrollArea(m_pages);
    m_scroll->setObjectName(QStringLiteral("resultsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the cards shrink to the width
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("resultsContent"));
    content->setBackgroundRole(QPalette::Window);
    content->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 8, 20, 20);
    layout->setSpacing(14);
    layout->addWidget(buildTiles(content));

    m_funnelChart = makeChartView(content, QStringLiteral("funnelChart"));
    m_effectChart = makeChartView(content, QStringLiteral("effectChart"));
    m_daysChart = makeChartView(content, QStringLiteral("daysChart"));
    buildFunnelChart();
    buildEffectChart();
    buildDaysChart();

    m_daysStack = new QStackedWidget(content);
    m_daysStack->addWidget(m_daysChart);
    m_noDays = new QLabel(m_daysStack);
    m_noDays->setObjectName(QStringLiteral("noDaysLabel"));
    m_noDays->setAlignment(Qt::AlignCenter);
    m_noDays->setWordWrap(true);
    m_noDays->setForegroundRole(QPalette::PlaceholderText);
    m_daysStack->addWidget(m_noDays);

    m_segmentTable = new QTableView(content);
    m_segmentTable->setObjectName(QStringLiteral("segmentTable"));
    auto *segments = new SegmentTableModel(m_segmentTable);
    segments->setSourceModel(m_models->effects());
    m_segmentTable->setModel(segments);
    m_segmentTable->setItemDelegate(new DashboardValueDelegate(m_segmentTable));
    m_segmentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_segmentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_segmentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_segmentTable->setFocusPolicy(Qt::StrongFocus);
    m_segmentTable->setWordWrap(false);
    m_segmentTable->verticalHeader()->hide();
    // A dozen rows: fitting the columns to their contents costs nothing here.
    m_segmentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_segmentTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_models->effects(), &QAbstractItemModel::modelReset, m_segmentTable, [this] {
        m_segmentTable->setColumnHidden(Models::kEffectCiHigh, true);
        fitSegmentTable();
    });
    m_segmentTable->setColumnHidden(Models::kEffectCiHigh, true);

    m_grid = new QGridLayout;
    m_grid->setSpacing(14);
    QLabel *heading = nullptr;
    const QList<QWidget *> bodies{m_funnelChart, m_daysStack, m_effectChart, m_segmentTable};
    const char *const names[] = {"funnelCard", "daysCard", "effectCard", "segmentCard"};
    for (int i = 0; i < bodies.size(); ++i) {
        QWidget *c = card(content, bodies.at(i), &heading);
        c->setObjectName(QLatin1String(names[i]));
        m_cards.append(c);
        m_headings.append(heading);
    }
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    arrangeCards(false);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    m_scroll->setWidget(content);
    m_pages->addWidget(m_scroll);
    outer->addWidget(m_pages, 1);

    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &CampaignResultsView::refresh);
    applyTheme();
}

QWidget *CampaignResultsView::buildTiles(QWidget *parent)
{
    auto *tiles = new QWidget(parent);
    tiles->setObjectName(QStringLiteral("resultTiles"));
    auto *layout = new QGridLayout(tiles);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_tileGrid = layout;
    for (int i = 0; i < kTileCount; ++i) {
        auto *tile = new PageCard(tiles);
        tile->setObjectName(QStringLiteral("resultTile%1").arg(i));
        tile->body()->setContentsMargins(14, 10, 14, 10);
        tile->body()->setSpacing(2);
        auto *caption = new QLabel(tile);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(QStringLiteral("—"), tile);
        value->setObjectName(QStringLiteral("resultValue%1").arg(i));
        PageCard::makeTitle(value, 1.6);
        auto *detail = new QLabel(tile);
        detail->setObjectName(QStringLiteral("resultDetail%1").arg(i));
        detail->setForegroundRole(QPalette::PlaceholderText);
        detail->setWordWrap(true);
        tile->body()->addWidget(caption);
        tile->body()->addWidget(value);
        tile->body()->addWidget(detail);
        tile->body()->addStretch(1);
        m_tileCaptions.append(caption);
        m_tileValues.append(value);
        m_tileDetails.append(detail);
        m_tiles.append(tile);
    }
    arrangeTiles(false);
    return tiles;
}

// Members, delivered, open rate, application rate; then the effect (two columns), skipped, queued — four
// columns, or two in a narrow view (beside the campaign list at 1280 pixels).
void CampaignResultsView::arrangeTiles(bool narrow)
{
    static const QList<QList<int>> wide{{0, 0, 1}, {0, 1, 1}, {0, 2, 1}, {0, 3, 1},
                                        {1, 0, 2}, {1, 2, 1}, {1, 3, 1}};
    static const QList<QList<int>> two{{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1},
                                       {2, 0, 2}, {3, 0, 1}, {3, 1, 1}};
    const QList<QList<int>> &places = narrow ? two : wide;
    for (QWidget *tile : std::as_const(m_tiles))
        m_tileGrid->removeWidget(tile);
    for (int i = 0; i < m_tiles.size(); ++i) {
        const QList<int> &at = places.at(i);
        m_tileGrid->addWidget(m_tiles.at(i), at.at(0), at.at(1), 1, at.at(2));
    }
    for (int c = 0; c < 4; ++c)
        m_tileGrid->setColumnStretch(c, narrow && c >= 2 ? 0 : 1);
}

QWidget *CampaignResultsView::card(QWidget *parent, QWidget *body, QLabel **heading)
{
    auto *c = new PageCard(parent, QStringLiteral(" "));
    c->body()->setContentsMargins(14, 10, 14, 12);
    c->body()->addWidget(body, 1);
    *heading = c->heading();
    return c;
}

// Wide: the effect plot and the segment table side by side, their rows in the same order; narrower, each
// takes the whole width (the table's eight columns do not fit in half of it).
void CampaignResultsView::arrangeCards(bool wide)
{
    m_wide = wide;
    for (QWidget *c : std::as_const(m_cards))
        m_grid->removeWidget(c);
    if (m_narrow) {
        // One card per row: the funnel and the running rates need the width too.
        for (int i = 0; i < m_cards.size(); ++i)
            m_grid->addWidget(m_cards.at(i), i, 0, 1, 2);
        fitSegmentTable();
        return;
    }
    m_grid->addWidget(m_cards.at(0), 0, 0);
    m_grid->addWidget(m_cards.at(1), 0, 1);
    if (wide) {
        m_grid->addWidget(m_cards.at(2), 1, 0);
        m_grid->addWidget(m_cards.at(3), 1, 1);
    } else {
        m_grid->addWidget(m_cards.at(2), 1, 0, 1, 2);
        m_grid->addWidget(m_cards.at(3), 2, 0, 1, 2);
    }
    fitSegmentTable();
}

// The table shows all its rows without a scroll bar of its own (the page scrolls); beside the plot it
// fills the row's height.
void CampaignResultsView::fitSegmentTable()
{
    QHeaderView *header = m_segmentTable->horizontalHeader();
    const int height = header->sizeHint().height() + m_segmentTable->verticalHeader()->length() +
                       2 * m_segmentTable->frameWidth() + 2;
    if (m_wide) {
        m_segmentTable->setMinimumHeight(std::min(height, 300));
        m_segmentTable->setMaximumHeight(QWIDGETSIZE_MAX);
    } else {
        m_segmentTable->setFixedHeight(std::max(height, 120));
    }
}

void CampaignResultsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool narrow = width() < kNarrowWidth;
    if (narrow != m_narrow) {
        m_narrow = narrow;
        arrangeTiles(narrow);
        arrangeCards(width() >= kWideWidth);
    } else if (const bool wide = width() >= kWideWidth; wide != m_wide) {
        arrangeCards(wide);
    }
}

void CampaignResultsView::buildFunnelChart()
{
    QChart *chart = m_funnelChart->chart();
    auto *series = new QBarSeries;
    series->setObjectName(QStringLiteral("funnelSeries"));
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(Models::kFunnelSentRate);
    mapper->setLastBarSetColumn(Models::kFunnelHoldoutRate);
    mapper->setSeries(series);
    mapper->setModel(m_models->funnel());
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    series->setBarWidth(0.8); // room for the two groups' labels side by side
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->setTruncateLabels(false);
    // Every bar carries its value: no scale, no grid.
    auto *y = new QValueAxis;
    y->setLabelsVisible(false);
    y->setGridLineVisible(false);
    y->setLineVisible(false);
    y->setRange(0, 100);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void CampaignResultsView::buildEffectChart()
{
    QChart *chart = m_effectChart->chart();
    auto *x = new QValueAxis;
    x->setObjectName(QStringLiteral("effectAxis"));
    x->setLabelFormat(QStringLiteral("%+.1f"));
    auto *y = new QCategoryAxis;
    y->setObjectName(QStringLiteral("segmentAxis"));
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    y->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    connect(m_models->effects(), &QAbstractItemModel::modelReset, this,
            &CampaignResultsView::rebuildEffectSeries);
    rebuildEffectSeries();
}

// One row per segment from the top (row r at y = rows - 1 - r): a point at the difference, a line with
// end caps for the interval; a dashed vertical line at 0. Rebuilt from the effects table at each reset.
void CampaignResultsView::rebuildEffectSeries()
{
    QChart *chart = m_effectChart->chart();
    chart->removeAllSeries();
    auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    auto *y = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    if (!x || !y)
        return;
    const DashboardTable *table = m_models->effects();
    const int rows = table->rowCount();

    for (const QString &label : y->categoriesLabels())
        y->remove(label);
    y->setStartValue(-0.5);
    QStringList used;
    for (int r = rows - 1; r >= 0; --r) {
        // Category labels must differ; a district named like an age band still gets its row.
        QString label = table->rows().at(r).label;
        while (used.contains(label))
            label += QChar(0x200B);
        used.append(label);
        y->append(label, double(rows - 1 - r) + 0.5);
    }
    y->setRange(-0.5, std::max(rows, 1) - 0.5);

    auto *significant = new QScatterSeries;
    significant->setObjectName(QStringLiteral("significantPoints"));
    significant->setName(tr("Significant"));
    auto *other = new QScatterSeries;
    other->setObjectName(QStringLiteral("otherPoints"));
    other->setName(tr("Not significant or too little data"));
    double low = 0, high = 0;
    QList<QLineSeries *> lines;
    for (int r = 0; r < rows; ++r) {
        const std::optional<double> d = table->value(r, Models::kEffectDifference - 1);
        const std::optional<double> lo = table->value(r, Models::kEffectCiLow - 1);
        const std::optional<double> hi = table->value(r, Models::kEffectCiHigh - 1);
        if (!d || !lo || !hi)
            continue;
        const double at = double(rows - 1 - r);
        const bool isSignificant = table->value(r, Models::kEffectSignificant - 1).value_or(0) > 0;
        (isSignificant ? significant : other)->append(*d, at);
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("interval/") + table->keyAt(r));
        line->setProperty("significant", isSignificant);
        line->append({QPointF(*lo, at - kCap), QPointF(*lo, at + kCap), QPointF(*lo, at), QPointF(*hi, at),
                      QPointF(*hi, at + kCap), QPointF(*hi, at - kCap)});
        lines.append(line);
        low = std::min(low, *lo);
        high = std::max(high, *hi);
    }
    auto *zero = new QLineSeries;
    zero->setObjectName(QStringLiteral("zeroLine"));
    zero->append({QPointF(0, -0.5), QPointF(0, std::max(rows, 1) - 0.5)});
    lines.prepend(zero);
    for (QLineSeries *line : std::as_const(lines))
        chart->addSeries(line);
    for (QScatterSeries *points : {other, significant}) {
        points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        points->setMarkerSize(11);
        chart->addSeries(points);
        connect(points, &QScatterSeries::hovered, this, [this, rows](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const int r = rows - 1 - int(std::lround(point.y()));
            const DashboardTable *t = m_models->effects();
            const auto v = [t, r](int column) {
                return t->value(r, column - 1).value_or(0) / 100.0;
            };
            CampaignEffect e;
            e.ciLow = v(Models::kEffectCiLow);
            e.ciHigh = v(Models::kEffectCiHigh);
            QToolTip::showText(
                QCursor::pos(),
                tr("%1: %2 pp (95% CI %3), %4 vs %5")
                    .arg(t->rows().value(r).label, Models::pointsText(v(Models::kEffectDifference)),
                         Models::intervalText(e), Models::percentText(v(Models::kEffectSentRate)),
                         Models::percentText(v(Models::kEffectHoldoutRate))),
                m_effectChart);
        });
    }
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // The legend explains the colours of the points; the lines need no entry.
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->series()->type() == QAbstractSeries::SeriesTypeLine)
            marker->setVisible(false);
    }
    const double span = std::max(high - low, 1.0);
    x->setRange(low - span * 0.08, high + span * 0.08);
    x->applyNiceNumbers();
    // One row of about 34 pixels per segment, room for the axis and the legend.
    m_effectChart->setMinimumHeight(std::max(300, 34 * rows + 130));
    recolour();
}

void CampaignResultsView::buildDaysChart()
{
    QChart *chart = m_daysChart->chart();
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.1f%%"));
    y->setMin(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const struct {
        int column;
        const char *name;
    } lines[] = {{Models::kDayRateSent, "sentRateLine"}, {Models::kDayRateHoldout, "holdoutRateLine"}};
    for (const auto &l : lines) {
        auto *series = new QLineSeries;
        series->setObjectName(QLatin1String(l.name));
        new LineMapper(series, m_models->days(), Models::kDayTime, l.column);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void CampaignResultsView::fitCharts()
{
    const DashboardTable *funnel = m_models->funnel();
    QChart *funnelChart = m_funnelChart->chart();
    if (auto *x = qobject_cast<QBarCategoryAxis *>(funnelChart->axes(Qt::Horizontal).value(0))) {
        QStringList labels;
        for (const DashboardTable::Row &row : funnel->rows())
            labels.append(row.label);
        x->setCategories(labels);
    }
    if (auto *y = qobject_cast<QValueAxis *>(funnelChart->axes(Qt::Vertical).value(0))) {
        // Head room for the labels above the tallest bar.
        const double max = std::max(funnel->columnMax(Models::kFunnelSentRate - 1),
                                    funnel->columnMax(Models::kFunnelHoldoutRate - 1));
        y->setRange(0, max > 0 ? max * 1.15 : 1.0);
    }

    const DashboardTable *days = m_models->days();
    QChart *daysChart = m_daysChart->chart();
    if (!days->rows().isEmpty()) {
        const double first = days->value(0, Models::kDayTime - 1).value_or(0);
        const double last = days->value(days->rowCount() - 1, Models::kDayTime - 1).value_or(0);
        if (auto *x = qobject_cast<QDateTimeAxis *>(daysChart->axes(Qt::Horizontal).value(0))) {
            // Ticks on whole days, at most eight: the axis ends on the last tick, up to a few days after
            // the last day.
            const qint64 span = std::max<qint64>(1, std::llround((last - first) / double(kDayMs)));
            const qint64 step = (span + 6) / 7;
            const qint64 ticks = (span + step - 1) / step + 1;
            x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)),
                        QDateTime::fromMSecsSinceEpoch(qint64(first) + (ticks - 1) * step * kDayMs));
            x->setTickCount(int(ticks));
        }
        if (auto *y = qobject_cast<QValueAxis *>(daysChart->axes(Qt::Vertical).value(0)))
            fitPercentAxis(y, std::max(days->columnMax(Models::kDayRateSent - 1),
                                       days->columnMax(Models::kDayRateHoldout - 1)));
    }
    // Without a hold-out there is no line to compare with (the mapper would draw zeros).
    const bool hasHoldout = m_models->results().holdout.members > 0;
    for (QAbstractSeries *series : daysChart->series()) {
        if (series->objectName() == QLatin1String("holdoutRateLine"))
            series->setVisible(hasHoldout);
    }
    m_daysStack->setCurrentWidget(days->rows().isEmpty() ? static_cast<QWidget *>(m_noDays) : m_daysChart);
    recolour(); // the mapper made new bar sets
}

void CampaignResultsView::applyTheme()
{
    const QPalette palette = QApplication::palette();
    const bool dark = Theme::isDark(palette);
    for (QChartView *view : {m_funnelChart, m_effectChart, m_daysChart}) {
        QChart *chart = view->chart();
        // setTheme resets the series' colours: they are set again below.
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette.base());
        view->setBackgroundBrush(palette.base()); // around the chart, inside the card
        chart->legend()->setLabelColor(palette.color(QPalette::Text));
        chart->legend()->setFont(QApplication::font());
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(QApplication::font());
            axis->setLabelsColor(palette.color(QPalette::Text));
            axis->setTitleBrush(palette.text());
        }
    }
    recolour();
}

// Qt Charts' themes colour series by their order; these charts' colours mean something (the sent group,
// the hold-out, significant or not), so they are set after every theme and every rebuild.
void CampaignResultsView::recolour()
{
    const QPalette palette = QApplication::palette();
    if (auto *funnel = qobject_cast<QBarSeries *>(m_funnelChart->chart()->series().value(0))) {
        const QList<QBarSet *> sets = funnel->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            sets.at(i)->setColor(i == 0 ? sentColour() : holdoutColour());
            sets.at(i)->setBorderColor(i == 0 ? sentColour() : holdoutColour());
            sets.at(i)->setLabelColor(palette.color(QPalette::Text));
        }
    }
    for (QAbstractSeries *series : m_daysChart->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const bool sent = line->objectName() == QLatin1String("sentRateLine");
            QPen pen(sent ? sentColour() : holdoutColour().darker(115));
            pen.setWidthF(2.5);
            if (!sent)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
        }
    }
    for (QAbstractSeries *series : m_effectChart->chart()->series()) {
        if (auto *points = qobject_cast<QScatterSeries *>(series)) {
            points->setColor(points->objectName() == QLatin1String("significantPoints")
                                 ? sentColour()
                                 : holdoutColour().darker(115));
            points->setBorderColor(palette.color(QPalette::Base));
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QPen pen;
            if (line->objectName() == QLatin1String("zeroLine")) {
                pen = QPen(palette.color(QPalette::Text));
                pen.setStyle(Qt::DashLine);
                pen.setWidthF(1.0);
            } else {
                pen =
                    QPen(line->property("significant").toBool() ? sentColour() : holdoutColour().darker(115));
                pen.setWidthF(2.0);
            }
            line->setPen(pen);
        }
    }
}

void CampaignResultsView::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Ask the server for the latest results (F5)"));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("Save the figures behind the charts as a CSV file for Excel"));
    const QStringList headings{
        tr("Funnel (share of each group's members)"), tr("Application rate over time (running total)"),
        tr("Effect by segment (percentage points, 95% confidence interval)"), tr("By district and age band")};
    for (int i = 0; i < m_headings.size() && i < headings.size(); ++i)
        m_headings[i]->setText(headings.at(i));
    const QStringList captions{tr("Members (sent · hold-out)"),
                               tr("Delivered"),
                               tr("Open rate"),
                               tr("Application rate (sent vs hold-out)"),
                               tr("Effect on the application rate"),
                               tr("Skipped by the frequency cap"),
                               tr("Queued")};
    for (int i = 0; i < m_tileCaptions.size(); ++i)
        m_tileCaptions[i]->setText(captions.at(i));
    m_noDays->setText(tr("No results over time yet: they show once the first messages are delivered."));
    m_funnelChart->setAccessibleName(headings.at(0));
    m_daysChart->setAccessibleName(headings.at(1));
    m_effectChart->setAccessibleName(headings.at(2));
    m_segmentTable->setAccessibleName(headings.at(3));
    auto *x = qobject_cast<QValueAxis *>(m_effectChart->chart()->axes(Qt::Horizontal).value(0));
    if (x)
        x->setTitleText(tr("Sent group − hold-out, percentage points"));
    for (QAbstractSeries *series : m_daysChart->chart()->series())
        series->setName(series->objectName() == QLatin1String("sentRateLine") ? tr("Sent group")
                                                                              : tr("Hold-out"));
    if (m_results)
        m_models->apply(*m_results); // labels made by the models follow the language too
    updateTiles();
    updateState();
    updateStatus();
}

void CampaignResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_refresh)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_funnelChart)
        applyTheme();
    QWidget::changeEvent(event);
}

void CampaignResultsView::setCampaign(const QString &campaignId, const QString &title)
{
    m_title = title;
    if (campaignId == m_campaignId && (m_results || m_loader->isLoading()))
        return;
    m_campaignId = campaignId;
    m_results.reset();
    m_error.clear();
    m_models->clear();
    if (campaignId.isEmpty())
        m_loader->clear();
    else
        m_loader->load(campaignId);
    updateTiles();
    updateState();
    updateStatus();
}

void CampaignResultsView::setResults(const CampaignResults &results, const ReportSource &source)
{
    m_results = results;
    m_source = source;
    if (!m_source.fetchedAt.isValid())
        m_source.fetchedAt = m_context->clock().nowUtc();
    if (!source.fromCache)
        m_error.clear();
    m_models->apply(results);
    updateTiles();
    updateState();
    updateStatus();
    emit resultsShown();
}

void CampaignResultsView::refresh()
{
    if (m_campaignId.isEmpty())
        return;
    m_error.clear();
    m_loader->refresh();
    updateState();
    updateStatus();
}

void CampaignResultsView::onFailed(const Error &error)
{
    ApiClient *client = m_context->client();
    m_error = ErrorText::describe(error, ErrorText::Context::Session,
                                  client ? ErrorText::displayAddress(client->baseUrl()) : QString());
    m_lastErrorCode = error.code;
    updateState();
    updateStatus();
}

void CampaignResultsView::updateState()
{
    State state = State::Nothing;
    QString message;
    if (m_results && Models::verdict(*m_results) == Models::Verdict::NotSent) {
        state = State::NotSent;
        message = Models::headline(*m_results);
    } else if (m_results) {
        state = State::Results;
    } else if (!m_error.isEmpty()) {
        state = State::Error;
        message = tr("The results could not be loaded. %1").arg(m_error);
    } else if (m_loader->isLoading()) {
        state = State::Loading;
        message = tr("Loading the results…");
    } else {
        message = tr("Choose a campaign to see its results.");
    }
    m_state = state;
    m_message->setText(message);
    m_pages->setCurrentWidget(state == State::Results ? static_cast<QWidget *>(m_scroll) : m_message);
    m_headline->setText(state == State::Results ? Models::headline(*m_results) : QString());
    m_headline->setVisible(state == State::Results);
    m_export->setEnabled(state == State::Results);
    m_refresh->setEnabled(!m_campaignId.isEmpty());
}

QString CampaignResultsView::statusText() const
{
    return m_status->text();
}

QString CampaignResultsView::headlineText() const
{
    return m_headline->text();
}

QString CampaignResultsView::messageText() const
{
    return m_message->text();
}

QLabel *CampaignResultsView::tileValue(int index) const
{
    return m_tileValues.value(index);
}

void CampaignResultsView::updateStatus()
{
    QString text;
    if (m_results) {
        const qint64 age = m_source.fetchedAt.secsTo(m_context->clock().nowUtc());
        const QString when =
            m_source.fetchedAt.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("MM-dd HH:mm"));
        if (!m_error.isEmpty()) {
            const bool offline =
                m_lastErrorCode == ErrorCode::Network || m_lastErrorCode == ErrorCode::Unavailable;
            text = offline
                       ? tr("Offline — showing the results of %1 (%2). %3").arg(when, ageText(age), m_error)
                       : tr("Could not refresh — showing the results of %1 (%2). %3")
                             .arg(when, ageText(age), m_error);
        } else {
            text = tr("Updated %1 (%2)").arg(when, ageText(age));
            if (m_loader->isLoading())
                text += QStringLiteral(" · ") + tr("refreshing…");
            else if (m_source.fromCache)
                text += QStringLiteral(" · ") + tr("from the local copy");
        }
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void CampaignResultsView::updateTiles()
{
    const QLocale locale;
    QStringList values(kTileCount, QStringLiteral("—"));
    QStringList details(kTileCount);
    QColor effectColour = palette().color(QPalette::Text);
    if (m_results) {
        const CampaignResults &r = *m_results;
        const CampaignFunnel &s = r.sent;
        const CampaignFunnel &h = r.holdout;
        const bool hasHoldout = h.members > 0;
        values[0] = tr("%1 · %2").arg(locale.toString(s.members), locale.toString(h.members));
        details[0] = hasHoldout
                         ? tr("%1 of the members held out")
                               .arg(Models::percentText(double(h.members) /
                                                        double(std::max<qint64>(1, s.members + h.members))))
                         : tr("no hold-out group");
        values[1] = locale.toString(s.delivered);
        details[1] =
            s.members > 0
                ? tr("%1 of the sent group").arg(Models::percentText(double(s.delivered) / double(s.members)))
                : QString();
        values[2] = s.delivered > 0 ? Models::percentText(s.openRate) : QStringLiteral("—");
        details[2] = tr("%Ln opened", nullptr, int(std::min<qint64>(s.opened, INT_MAX)));
        values[3] = hasHoldout ? tr("%1 vs %2")
                                     .arg(Models::percentText(s.applicationRate),
                                          Models::percentText(h.applicationRate))
                               : Models::percentText(s.applicationRate);
        details[3] = hasHoldout
                         ? tr("%1 and %2 applied").arg(locale.toString(s.applied), locale.toString(h.applied))
                         : tr("%1 applied; no hold-out to compare with").arg(locale.toString(s.applied));
        const Models::Verdict verdict = Models::verdict(r);
        if (r.effect) {
            values[4] = tr("%1 pp").arg(Models::pointsText(r.effect->difference));
            const QString interval = tr("%1% CI %2")
                                         .arg(locale.toString(r.effect->confidence * 100.0, 'f', 0),
                                              Models::intervalText(*r.effect));
            switch (verdict) {
            case Models::Verdict::Significant:
                details[4] = tr("%1 · significant").arg(interval);
                effectColour =
                    r.effect->difference > 0 ? Theme::successColor(palette()) : Theme::errorColor(palette());
                break;
            case Models::Verdict::NotSignificant:
                details[4] = tr("%1 · not significant").arg(interval);
                break;
            default:
                details[4] = tr("%1 · too little data to tell").arg(interval);
            }
        } else {
            details[4] = hasHoldout ? tr("not enough data") : tr("needs a hold-out group");
        }
        values[5] = locale.toString(r.skipped);
        details[5] = tr("in neither group, so the comparison stays fair");
        values[6] = locale.toString(r.queued);
        details[6] = r.queued > 0 ? tr("members not processed yet") : tr("every member processed");
    }
    for (int i = 0; i < kTileCount; ++i) {
        m_tileValues[i]->setText(values.at(i));
        m_tileDetails[i]->setText(details.at(i));
        m_tileDetails[i]->setVisible(!details.at(i).isEmpty());
    }
    QPalette effectPalette = m_tileValues[4]->palette();
    effectPalette.setColor(QPalette::WindowText, effectColour);
    m_tileValues[4]->setPalette(effectPalette);
}

bool CampaignResultsView::exportCsv(const QString &path) const
{
    QList<int> dayColumns{0};
    for (int c = Models::kDayDelivered; c <= Models::kDayDifference; ++c)
        dayColumns.append(c);
    const QString prefix = m_title.isEmpty() ? QString() : m_title + QStringLiteral(" — ");
    const QByteArray bytes = csv::write({{prefix + tr("Funnel"), m_models->funnel(), {}},
                                         {prefix + tr("Effect by segment"), m_models->effects(), {}},
                                         {prefix + tr("By day"), m_models->days(), dayColumns}});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

void CampaignResultsView::chooseExportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("campaign-results-%1").arg(m_title.isEmpty() ? m_campaignId.left(8) : m_title);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the results as CSV"),
                                                      dir + QLatin1Char('/') + name + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty() || exportCsv(path))
        return;
    MessageBox::Message message;
    message.objectName = QStringLiteral("exportFailedBox");
    message.icon = MessageBox::Icon::Warning;
    message.title = tr("Export failed");
    message.text = tr("The file could not be written to %1.").arg(QDir::toNativeSeparators(path));
    MessageBox::ask(this, message);
}

} // namespace gd
