#pragma once
// 看板 — the dashboards of platform usage and public opinion (issue 6). A period (7 / 30 / 90 days or a
// custom range) and a scope (city, a district, a street; officers see their department's figures, grid
// managers none) choose the figures; headline tiles, six charts (DashboardCharts), the district table
// with heat colouring and the spikes flagged by the server show them; clicking any of them opens the
// messages or applications behind it (DrillDownDialog) and from there a citizen's homepage.
//
// The figures come from DashboardLoader: the last-known ones from the encrypted local copy at once (with
// their age; offline they stay), then the server's. They refresh every kAutoRefreshMs while the page is
// shown, and shortly after sync brings new messages or applications. The page exports itself as PNG and
// its tables as CSV (UTF-8 with BOM).
//
// GUI thread. Does not own the DataContext.

#include "domain/staff.h"
#include "models/dashboardloader.h"
#include "models/dashboardmodels.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QTableView;
class QTimer;

namespace gd {

class DashboardCharts;
class DataContext;
class DrillDownDialog;
struct ChangeSet;

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kAutoRefreshMs = 5 * 60 * 1000;
    static constexpr int kSyncRefreshDelayMs = 10 * 1000;
    static constexpr int kTilesPerRow = 5;

    explicit DashboardPage(DataContext *context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setUser(const StaffUser &user);

    // 7, 30 or 90 days up to today (CST); or a custom range (at most 400 days).
    void setPeriodDays(int days);
    void setCustomPeriod(QDate from, QDate to);
    // "" = the whole scope; a street needs its district.
    void setScope(const QString &districtCode, const QString &streetId = {});
    DashboardQuery query() const { return m_query; }
    bool isAvailable() const { return m_available; }

    // Shows figures (what the loader's answers go through; the benchmark calls it directly).
    void showData(const DashboardData &figures, const DashboardSource &source);
    void refresh();
    // How long after sync brings new messages or applications the figures are asked for again.
    void setSyncRefreshDelay(int ms);

    DashboardModels *models() const { return m_models; }
    DashboardCharts *charts() const { return m_charts; }
    DashboardLoader *loader() const { return m_loader; }
    DrillDownDialog *drillDialog() const { return m_drill; }
    QTableView *districtTable() const { return m_districtTable; }
    QListView *spikeList() const { return m_spikeList; }
    QWidget *content() const { return m_content; }
    QString statusText() const;

    void openDrill(const DrillRequest &request);
    // The whole dashboard (not just what is scrolled into view) as a PNG; its tables as CSV.
    bool exportPng(const QString &path) const;
    bool exportCsv(const QString &path) const;

signals:
    void citizenRequested(const QString &id);
    void enterpriseRequested(const QString &id);
    // The figures on screen changed (from the cache or the server).
    void dataShown();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildToolbar();
    QWidget *buildTiles();
    QWidget *card(const QString &objectName, QWidget *body, QLabel **heading);
    void retranslate();
    void fillScopeChoices();
    void onPeriodChosen(int index);
    void onDistrictChosen(int index);
    void applyQuery();
    void onFailed(const Error &error, bool hasData);
    void onDataChanged(const ChangeSet &changes);
    void updateStatus();
    void updateTiles();
    void chooseExportPng();
    void chooseExportCsv();
    QString defaultFileName(const QString &suffix) const;
    void warn(const QString &objectName, const QString &title, const QString &text);

    DataContext *m_context;
    DashboardLoader *m_loader;
    DashboardModels *m_models;
    DashboardCharts *m_charts = nullptr;
    DrillDownDialog *m_drill;
    StaffUser m_user;
    DashboardQuery m_query;
    bool m_available = true;
    bool m_started = false;
    bool m_stale = false;
    int m_periodDays = 30;
    std::optional<DashboardData> m_data;
    DashboardSource m_source;
    QString m_error;

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notice = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_applyRange = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_street = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QList<std::pair<QLabel *, QLabel *>> m_tiles; // caption, value
    QList<QLabel *> m_headings;
    QTableView *m_districtTable = nullptr;
    QListView *m_spikeList = nullptr;
    QLabel *m_hint = nullptr;
    QTimer *m_autoRefresh;
    QTimer *m_syncRefresh;
    QTimer *m_ageTimer;
};

} // namespace gd
