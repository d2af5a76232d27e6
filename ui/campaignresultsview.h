#pragma once
// The results of one push campaign (issue 7): did sending the message make more citizens apply than in
// the random hold-out that was not sent it? A headline sentence (CampaignResultsModels::headline), tiles
// (members of each group, delivered, open rate, application rate sent vs hold-out, the effect with its
// 95% confidence interval, skipped by the frequency cap, queued), and four views of CampaignResultsModels:
//
//   funnel chart     bars: the share of each group's members delivered, opened, applied, completed (the
//                    hold-out only applies and completes: it is sent nothing)
//   effect chart     a forest plot, one row per segment (all members, each district, each age band): a
//                    point at the difference sent − hold-out, a line for its confidence interval, a
//                    vertical line at 0; significant effects in the accent colour
//   segment table    the same rows as numbers (members, rates, difference, interval, significant)
//   over-time chart  the running application rate of each group by day (a local date axis), or "no data
//                    yet"
//
// States: nothing chosen, loading (no figures yet), not sent yet, results (from the server, or cached
// with their age — offline, they stay), and an error without figures. The results come from
// CampaignResultsLoader (setCampaign) or directly from setResults(); the tables export as CSV.
//
// GUI thread. Does not own the DataContext.

#include "domain/error.h"
#include "models/campaignresultsloader.h"
#include "models/campaignresultsmodels.h"

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QTimer;

namespace gd {

class DataContext;

class CampaignResultsView : public QWidget {
    Q_OBJECT
public:
    enum class State { Nothing, Loading, NotSent, Results, Error };
    static constexpr int kTileCount = 7;
    // From this width on, the effect plot and the segment table sit side by side.
    static constexpr int kWideWidth = 1500;
    // Below this the tiles go in two columns and the charts one per row.
    static constexpr int kNarrowWidth = 900;

    explicit CampaignResultsView(DataContext *context, QWidget *parent = nullptr);
    ~CampaignResultsView() override;

    // Loads the campaign's results (cached first, then the server's); `title` names the export.
    void setCampaign(const QString &campaignId, const QString &title = {});
    QString campaignId() const { return m_campaignId; }
    // Shows results (what the loader's answers go through). A default source is "from the server, now".
    void setResults(const CampaignResults &results, const ReportSource &source = {});
    // Asks the server again (F5 while the view has focus).
    void refresh();

    State state() const { return m_state; }
    // Showing cached results because the server could not be asked.
    bool isOffline() const { return m_state == State::Results && !m_error.isEmpty(); }
    QString statusText() const;
    QString headlineText() const;
    QString messageText() const; // the loading / not sent / error message

    CampaignResultsModels *models() const { return m_models; }
    CampaignResultsLoader *loader() const { return m_loader; }
    QChartView *funnelChart() const { return m_funnelChart; }
    QChartView *effectChart() const { return m_effectChart; }
    QChartView *daysChart() const { return m_daysChart; }
    QTableView *segmentTable() const { return m_segmentTable; }
    QLabel *tileValue(int index) const;

    // The funnel, segment and over-time tables as one CSV file (UTF-8 with BOM, for Excel).
    bool exportCsv(const QString &path) const;

signals:
    // Results were put on screen (from the cache, the server or setResults()).
    void resultsShown();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    QWidget *buildTiles(QWidget *parent);
    QWidget *card(QWidget *parent, QWidget *body, QLabel **heading);
    void arrangeCards(bool wide);
    void arrangeTiles(bool narrow);
    void fitSegmentTable();
    void buildFunnelChart();
    void buildEffectChart();
    void buildDaysChart();
    void rebuildEffectSeries();
    void fitCharts();
    void applyTheme();
    void recolour();
    void retranslate();
    void onFailed(const Error &error);
    void updateState();
    void updateStatus();
    void updateTiles();
    void chooseExportCsv();

    DataContext *m_context;
    CampaignResultsLoader *m_loader;
    CampaignResultsModels *m_models;
    QString m_campaignId;
    QString m_title;
    std::optional<CampaignResults> m_results;
    ReportSource m_source;
    QString m_error;
    ErrorCode m_lastErrorCode = ErrorCode::Internal;
    State m_state = State::Nothing;

    QLabel *m_headline = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    QList<QLabel *> m_tileCaptions;
    QList<QLabel *> m_tileValues;
    QList<QLabel *> m_tileDetails;
    QList<QLabel *> m_headings;
    QGridLayout *m_grid = nullptr;
    QGridLayout *m_tileGrid = nullptr;
    QList<QWidget *> m_tiles;
    bool m_narrow = false;
    QList<QWidget *> m_cards; // funnel, over time, effect plot, segment table
    bool m_wide = false;
    QChartView *m_funnelChart = nullptr;
    QChartView *m_effectChart = nullptr;
    QChartView *m_daysChart = nullptr;
    QStackedWidget *m_daysStack = nullptr;
    QLabel *m_noDays = nullptr;
    QTableView *m_segmentTable = nullptr;
    QTimer *m_ageTimer;
};

} // namespace gd
