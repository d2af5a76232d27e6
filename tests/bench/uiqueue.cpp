// govdesk-bench queue: see uibench.h.

#include "uibench.h"
#include "uibenchsupport.h"

#include "../unit/queuefixture.h"
#include "scenario.h"
#include "syncbenchsupport.h"

#include "core/systemclock.h"
#include "models/datacontext.h"
#include "models/queuelistmodel.h"
#include "net/apiclient.h"
#include "store/localreader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHeaderView>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <iostream>

namespace gd::bench {

namespace {

// Runs the event loop until the model has answered the query just set (its first page replaced the
// rows, or an error), then until nothing is read any more; returns the milliseconds to the answer.
// A change that leaves the query as it is (the sort already shown) reads nothing: -1.
double timeQuery(QueueListModel &model, const std::function<void()> &change)
{
    bool changed = false;
    const auto query =
        QObject::connect(&model, &PagedListModel::queryChanged, &model, [&changed] { changed = true; });
    bool answered = false;
    const auto reset =
        QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&answered] { answered = true; });
    const auto failed =
        QObject::connect(&model, &PagedListModel::errorOccurred, &model, [&answered] { answered = true; });
    QElapsedTimer t;
    t.start();
    change();
    QObject::disconnect(query);
    if (!changed) {
        QObject::disconnect(reset);
        QObject::disconnect(failed);
        return -1;
    }
    QElapsedTimer guard;
    guard.start();
    while (!answered && guard.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    QObject::disconnect(reset);
    QObject::disconnect(failed);
    waitIdle(model);
    return ms;
}

QJsonObject figures(const std::vector<double> &ms)
{
    return QJsonObject{{QStringLiteral("n"), int(ms.size())},
                       {QStringLiteral("p50_ms"), round2(percentile(ms, 0.5))},
                       {QStringLiteral("max_ms"), round2(percentile(ms, 1.0))}};
}

} // namespace

int runUiQueue(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption itemsOpt(QStringLiteral("items"),
                                      QStringLiteral("Applications in the local copy (default 100000)."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(itemsOpt);
    if (!parser.parse(QStringList{QStringLiteral("queue")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    const int items = parser.value(itemsOpt).toInt();
    if (items < 100 || items > 2'000'000) {
        std::cerr << "--items must be between 100 and 2000000" << std::endl;
        return 2;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        std::cerr << "queue needs the GUI application (run through govdesk-bench)" << std::endl;
        return 1;
    }

    // 1. The local copy: N applications of three cross-department services run through the workflow
    //    state machine (claims, later stages, supplements, finished ones) around now, written through
    //    the sync engine's apply path into an encrypted file (the queue rows written with them).
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::cerr << "queue: cannot create a directory" << std::endl;
        return 1;
    }
    SystemClock clock;
    const QDateTime now = clock.nowUtc();
    test::QueueFixture fixture;
    fixture.keepApplications = false;
    QElapsedTimer fillClock;
    fillClock.start();
    std::cerr << "queue: writing " << items << " applications" << std::endl;
    if (const QString failed = fixture.create(dir.path(), items, now); !failed.isEmpty()) {
        std::cerr << "queue: " << failed.toStdString() << std::endl;
        return 1;
    }
    const double fillSeconds = double(fillClock.elapsed()) / 1000.0;
    const qint64 queueRows = fixture.store()->queue().count({}, now).value_or(-1);
    const QueueCounts gaj =
        fixture.store()->queue().counts(QStringLiteral("d-gaj"), QString(), now).value_or(QueueCounts{});
    fixture.close();
    std::cerr << "queue: written in " << fillSeconds << " s, " << queueRows << " queue rows" << std::endl;

    // 2. A table view over the model on the reader thread, as the queue page shows it.
    QNetworkAccessManager network;
    ApiClient client(&network);
    DataContext context(&client, clock);
    store::LocalReader reader;
    QSignalSpy opened(&reader, &store::LocalReader::opened);
    reader.open(fixture.path, fixture.key);
    if (!opened.wait(30000)) {
        std::cerr << "queue: the reader did not open the copy" << std::endl;
        return 1;
    }
    const QString me = test::QueueFixture::officer(QStringLiteral("d-gaj")).staffId;

    StallMonitor stalls;
    QJsonObject phases;
    QElapsedTimer t;

    // The process's first window (fonts, style, the platform's backing store) before the list: its stall
    // is reported apart, as it is not the list's.
    stalls.beginPhase();
    {
        QTableView first;
        first.resize(1280, 800);
        first.show();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    const double firstWindowStall = stalls.phaseMax();

    // Open: the whole local copy (a supervisor's view), by due time.
    stalls.beginPhase();
    t.start();
    QueueListModel model(&context);
    model.setCurrentUser(me);
    QTableView view;
    view.setModel(&model);
    view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.resize(1280, 800);
    view.show();
    context.setLocalData(&reader, nullptr);
    QElapsedTimer wait;
    wait.start();
    while ((model.rowCount() == 0 || model.isLoading()) && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    if (model.rowCount() == 0) {
        std::cerr << "queue: the list stayed empty" << std::endl;
        return 1;
    }
    QCoreApplication::processEvents();
    const qint64 openTotal = model.totalCount();
    phases.insert(QStringLiteral("open_max_stall_ms"), round2(stalls.phaseMax()));
    phases.insert(QStringLiteral("open_max_busy_ms"), round2(stalls.phaseBusyMax()));

    // Scroll to row 5000 page by page.
    stalls.beginPhase();
    t.restart();
    QScrollBar *bar = view.verticalScrollBar();
    int steps = 0;
    while (model.rowCount() < 5000 && model.canFetchMore({}) && steps < 200) {
        bar->setValue(bar->maximum());
        ++steps;
        QCoreApplication::processEvents();
        waitIdle(model);
    }
    const double scrollMs = double(t.nsecsElapsed()) / 1e6;
    const int scrolledRows = model.rowCount();
    phases.insert(QStringLiteral("scroll_max_stall_ms"), round2(stalls.phaseMax()));
    phases.insert(QStringLiteral("scroll_max_busy_ms"), round2(stalls.phaseBusyMax()));

    // Filter: a department (the officer's default view), overdue, unclaimed, one service, claimed by me,
    // a department's due-soon steps, and everything again.
    stalls.beginPhase();
    std::vector<double> filterMs;
    QJsonObject filterTotals;
    QJsonObject filterTimes;
    const QList<std::pair<QString, PagedListModel::Filters>> filterSets{
        {QStringLiteral("department"), {{QStringLiteral("department"), QStringLiteral("d-gaj")}}},
        {QStringLiteral("overdue"), {{QStringLiteral("sla"), QStringLiteral("overdue")}}},
        {QStringLiteral("unclaimed"), {{QStringLiteral("unclaimed"), QStringLiteral("1")}}},
        {QStringLiteral("service"), {{QStringLiteral("service"), QStringLiteral("s-school")}}},
        {QStringLiteral("claimed_by_me"), {{QStringLiteral("claimed_by"), me}}},
        {QStringLiteral("department_due_soon"),
         {{QStringLiteral("department"), QStringLiteral("d-gaj")},
          {QStringLiteral("sla"), QStringLiteral("due_soon")}}},
        {QStringLiteral("department_unclaimed"),
         {{QStringLiteral("department"), QStringLiteral("d-wjw")},
          {QStringLiteral("unclaimed"), QStringLiteral("1")}}},
        {QStringLiteral("all"), {}}};
    for (const auto &[name, filters] : filterSets) {
        filterMs.push_back(timeQuery(model, [&model, &filters] { model.setFilters(filters); }));
        filterTotals.insert(name, model.totalCount());
        filterTimes.insert(name, round2(filterMs.back()));
    }
    phases.insert(QStringLiteral("filter_max_stall_ms"), round2(stalls.phaseMax()));
    phases.insert(QStringLiteral("filter_max_busy_ms"), round2(stalls.phaseBusyMax()));

    // Sort: every column both ways through the header, within the officer's department.
    model.setFilters({{QStringLiteral("department"), QStringLiteral("d-gaj")}});
    waitIdle(model);
    view.setSortingEnabled(true);
    waitIdle(model);
    stalls.beginPhase();
    std::vector<double> sortMs;
    QHeaderView *header = view.horizontalHeader();
    for (int column = 0; column < QueueListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            const double ms =
                timeQuery(model, [header, column, order] { header->setSortIndicator(column, order); });
            if (ms >= 0)
                sortMs.push_back(ms);
        }
    }
    phases.insert(QStringLiteral("sort_max_stall_ms"), round2(stalls.phaseMax()));
    phases.insert(QStringLiteral("sort_max_busy_ms"), round2(stalls.phaseBusyMax()));

    // Search: number prefixes (a day's applications, one application) and applicants' surnames.
    stalls.beginPhase();
    std::vector<double> searchMs;
    const QString today = now.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd"));
    const QStringList queries{today,
                              today + QStringLiteral("-0001"),
                              today.left(6),
                              QStringLiteral("王"),
                              QStringLiteral("李*"),
                              QStringLiteral("陈*伟"),
                              QStringLiteral("20261"),
                              QStringLiteral("张")};
    for (const QString &query : queries)
        searchMs.push_back(timeQuery(model, [&model, &query] { model.setSearch(query); }));
    timeQuery(model, [&model] { model.setSearch(QString()); });
    phases.insert(QStringLiteral("search_max_stall_ms"), round2(stalls.phaseMax()));
    phases.insert(QStringLiteral("search_max_busy_ms"), round2(stalls.phaseBusyMax()));

    const double maxStall = stalls.overallMax();
    printResult(QStringLiteral("queue"),
                QJsonObject{{QStringLiteral("applications"), items},
                            {QStringLiteral("queue_rows"), queueRows},
                            {QStringLiteral("fill_s"), round2(fillSeconds)},
                            {QStringLiteral("department_open"), gaj.open},
                            {QStringLiteral("open_ms"), round2(openMs)},
                            {QStringLiteral("first_window_stall_ms"), round2(firstWindowStall)},
                            {QStringLiteral("open_total"), openTotal},
                            {QStringLiteral("scroll_rows"), scrolledRows},
                            {QStringLiteral("scroll_ms"), round2(scrollMs)},
                            {QStringLiteral("filter"), figures(filterMs)},
                            {QStringLiteral("filter_totals"), filterTotals},
                            {QStringLiteral("filter_ms"), filterTimes},
                            {QStringLiteral("sort"), figures(sortMs)},
                            {QStringLiteral("search"), figures(searchMs)},
                            {QStringLiteral("filter_p50_ms"), round2(percentile(filterMs, 0.5))},
                            {QStringLiteral("filter_max_ms"), round2(percentile(filterMs, 1.0))},
                            {QStringLiteral("sort_p50_ms"), round2(percentile(sortMs, 0.5))},
                            {QStringLiteral("sort_max_ms"), round2(percentile(sortMs, 1.0))},
                            {QStringLiteral("phases"), phases},
                            {QStringLiteral("max_ui_stall_ms"), round2(maxStall)},
                            {QStringLiteral("max_ui_busy_ms"), round2(stalls.overallBusyMax())},
                            {QStringLiteral("goal_max_ui_stall_ms"), 16},
                            {QStringLiteral("meets_goals"), maxStall <= 16}});
    return 0;
}

} // namespace gd::bench
