// govdesk-bench ui-citizens: see uibench.h.

#include "uibench.h"
#include "uibenchsupport.h"

#include "scenario.h"
#include "syncbenchsupport.h"
#include "synctestsupport.h"

#include "core/systemclock.h"
#include "models/citizenlistmodel.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "store/localreader.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "ui/citizenspage.h"
#include "ui/listfilterbar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <vector>

namespace gd::bench {
namespace {

// Queries drawn from the copy: whole names, the first two characters of a name, full pinyin of a
// surname, initials, and the last four visible digits of a phone.
struct Queries {
    QStringList names, prefixes, initials, phones;
};

Result<Queries> drawQueries(store::Store &store, int perClass)
{
    Queries q;
    store::ListQuery page;
    page.limit = perClass * 4;
    page.sort = QStringLiteral("updated_at");
    auto citizens = store.citizens().list(page);
    if (!citizens)
        return citizens.error();
    const auto &tokenizer = store.search().tokenizer();
    for (const Citizen &c : std::as_const(citizens->items)) {
        if (q.names.size() < perClass)
            q.names.append(c.name);
        if (q.prefixes.size() < perClass && c.name.size() >= 2)
            q.prefixes.append(c.name.left(2));
        if (q.initials.size() < perClass) {
            const QString initials = tokenizer.initials(c.name);
            if (initials.size() >= 2)
                q.initials.append(initials);
        }
        if (q.phones.size() < perClass && c.phone.size() >= 4)
            q.phones.append(c.phone.right(4));
    }
    return q;
}

} // namespace

int runUiCitizens(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Demo citizens (default 100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption searchesOpt(QStringLiteral("searches"),
                                         QStringLiteral("Type-ahead searches per query class (default 50)."),
                                         QStringLiteral("Q"), QStringLiteral("50"));
    parser.addOptions({citizensOpt, searchesOpt});
    if (!parser.parse(QStringList{QStringLiteral("ui-citizens")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    const int citizens = parser.value(citizensOpt).toInt();
    const int searches = std::clamp(parser.value(searchesOpt).toInt(), 1, 1000);
    if (citizens < 100 || citizens > 2'000'000) {
        std::cerr << "--citizens must be between 100 and 2000000" << std::endl;
        return 2;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        std::cerr << "ui-citizens needs the GUI application (run through govdesk-bench)" << std::endl;
        return 1;
    }

    // 1. A local copy of N citizens, synced from the real server as the admin.
    QString problem;
    auto server = makeServer(QStringLiteral("sqlite"), &problem);
    if (!server) {
        std::cerr << "ui-citizens: " << problem.toStdString() << std::endl;
        return 2;
    }
    std::cerr << "ui-citizens: starting govdesk-server with " << citizens << " demo citizens" << std::endl;
    test::ServerProcess::Options options;
    options.citizens = citizens;
    options.seed = 20261124;
    if (!server->start(options)) {
        std::cerr << "ui-citizens: " << server->error().toStdString() << std::endl;
        return 1;
    }
    const AuthTokens tokens = test::signIn(server->port(), QStringLiteral("admin"));
    QTemporaryDir dir;
    if (tokens.accessToken.isEmpty() || !dir.isValid()) {
        std::cerr << "ui-citizens: cannot sign in or create a directory" << std::endl;
        return 1;
    }
    const QString cachePath = dir.filePath(QStringLiteral("ui.gdcache"));
    const QByteArray key = test::randomKey();
    QElapsedTimer syncClock;
    syncClock.start();
    {
        SyncConfig config = test::testConfig(server->port(), cachePath, key, tokens);
        config.liveUpdates = false;
        config.requestTimeout = std::chrono::seconds(120);
        SyncEngine engine(config);
        if (!runOneCycle(engine, 30 * 60 * 1000)) {
            std::cerr << "ui-citizens: the initial sync did not finish" << std::endl;
            return 1;
        }
    }
    const double syncSeconds = double(syncClock.elapsed()) / 1000.0;
    server->stop(); // the page works from the local copy alone
    std::cerr << "ui-citizens: synced in " << syncSeconds << " s; opening the page" << std::endl;

    // 2. The page on the copy, through the reader thread, as the main window shows it.
    QNetworkAccessManager network;
    ApiClient client(&network);
    SystemClock clock;
    DataContext context(&client, clock);
    store::LocalReader reader;
    QSignalSpy opened(&reader, &store::LocalReader::opened);
    reader.open(cachePath, key);
    if (!opened.wait(30000)) {
        std::cerr << "ui-citizens: the reader did not open the copy" << std::endl;
        return 1;
    }
    Queries queries;
    qint64 total = 0;
    {
        std::optional<Result<std::pair<Queries, qint64>>> drawn;
        reader.run<std::pair<Queries, qint64>>(
            &context,
            [searches](store::Store &s) -> Result<std::pair<Queries, qint64>> {
                auto q = drawQueries(s, searches);
                if (!q)
                    return q.error();
                auto n = s.citizens().count();
                if (!n)
                    return n.error();
                return std::make_pair(*q, *n);
            },
            [&drawn](Result<std::pair<Queries, qint64>> r) { drawn = std::move(r); });
        while (!drawn)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (!*drawn) {
            std::cerr << "ui-citizens: " << drawn->error().message.toStdString() << std::endl;
            return 1;
        }
        queries = (*drawn)->first;
        total = (*drawn)->second;
    }

    StallMonitor stalls;
    QJsonObject phases;
    QElapsedTimer t;

    // Open: the page is built and shown, the reader's copy handed over, the first page arrives.
    stalls.beginPhase();
    t.start();
    CitizensPage page(&context);
    page.resize(1280, 800);
    page.show();
    context.setLocalData(&reader, nullptr);
    PagedListModel &model = *page.model();
    QElapsedTimer wait;
    wait.start();
    while ((model.rowCount() == 0 || model.isLoading()) && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    if (model.rowCount() == 0) {
        std::cerr << "ui-citizens: the list stayed empty" << std::endl;
        return 1;
    }
    QCoreApplication::processEvents();
    phases.insert(QStringLiteral("open_max_stall_ms"), round2(stalls.phaseMax()));

    // Scroll: to the end of what is loaded, over and over, until 5000 rows are loaded (the view fetches
    // more as the end comes into sight).
    stalls.beginPhase();
    t.restart();
    QScrollBar *bar = page.view()->verticalScrollBar();
    int scrollSteps = 0;
    while (model.rowCount() < 5000 && model.canFetchMore({}) && scrollSteps < 200) {
        bar->setValue(bar->maximum());
        ++scrollSteps;
        QCoreApplication::processEvents();
        waitIdle(model);
    }
    const double scrollMs = double(t.nsecsElapsed()) / 1e6;
    const int scrolledRows = model.rowCount();
    phases.insert(QStringLiteral("scroll_max_stall_ms"), round2(stalls.phaseMax()));

    // Sort: by name descending, then by age (birth date), then back.
    stalls.beginPhase();
    std::vector<double> sortMs;
    QHeaderView *header = page.view()->horizontalHeader();
    for (int column = 0; column < model.columnCount(); ++column) {
        if (!model.isSortable(column))
            continue;
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            t.restart();
            header->setSortIndicator(column, order);
            QCoreApplication::processEvents();
            waitIdle(model);
            sortMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    phases.insert(QStringLiteral("sort_max_stall_ms"), round2(stalls.phaseMax()));

    // Filter: the district with the most citizens, then district + a tag, a real-name level, overdue bills.
    stalls.beginPhase();
    std::vector<double> filterMs;
    const QList<PagedListModel::Filters> filterSets{{{QStringLiteral("district"), QStringLiteral("350206")}},
                                                    {{QStringLiteral("district"), QStringLiteral("350206")},
                                                     {QStringLiteral("realname_level"), QStringLiteral("3")}},
                                                    {{QStringLiteral("realname_level"), QStringLiteral("1")}},
                                                    {{QStringLiteral("overdue_bill"), QStringLiteral("1")}},
                                                    {}};
    QJsonArray filterCounts;
    for (const auto &filters : filterSets) {
        t.restart();
        model.setFilters(filters);
        QCoreApplication::processEvents();
        waitIdle(model);
        filterMs.push_back(double(t.nsecsElapsed()) / 1e6);
        filterCounts.append(model.totalCount());
    }
    phases.insert(QStringLiteral("filter_max_stall_ms"), round2(stalls.phaseMax()));

    // Search: through the page's field (setSearchText searches at once, without the debounce); latency
    // from the call to the model holding the answer's first page.
    stalls.beginPhase();
    QJsonObject searchFigures;
    std::vector<double> allSearch;
    qint64 hits = 0;
    const QList<std::pair<QString, QStringList>> classes{{QStringLiteral("name"), queries.names},
                                                         {QStringLiteral("name_prefix"), queries.prefixes},
                                                         {QStringLiteral("initials"), queries.initials},
                                                         {QStringLiteral("phone_fragment"), queries.phones}};
    for (const auto &[name, list] : classes) {
        std::vector<double> ms;
        for (const QString &query : list) {
            bool answered = false;
            const auto c = QObject::connect(&model, &QAbstractItemModel::modelReset, &model,
                                            [&answered] { answered = true; });
            const auto e = QObject::connect(&model, &PagedListModel::errorOccurred, &model,
                                            [&answered] { answered = true; });
            t.restart();
            page.setSearchText(query);
            QElapsedTimer guard;
            guard.start();
            while (!answered && guard.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            QObject::disconnect(c);
            QObject::disconnect(e);
            waitIdle(model);
            hits += model.totalCount() > 0 ? 1 : 0;
        }
        allSearch.insert(allSearch.end(), ms.begin(), ms.end());
        searchFigures.insert(name, QJsonObject{{QStringLiteral("n"), int(ms.size())},
                                               {QStringLiteral("p50_ms"), round2(percentile(ms, 0.5))},
                                               {QStringLiteral("p95_ms"), round2(percentile(ms, 0.95))},
                                               {QStringLiteral("max_ms"), round2(percentile(ms, 1.0))}});
    }
    page.setSearchText(QString());
    waitIdle(model);
    phases.insert(QStringLiteral("search_max_stall_ms"), round2(stalls.phaseMax()));

    const double maxStall = stalls.overallMax();
    const double searchP95 = percentile(allSearch, 0.95);
    printResult(QStringLiteral("ui-citizens"),
                QJsonObject{{QStringLiteral("citizens"), total},
                            {QStringLiteral("sync_s"), round2(syncSeconds)},
                            {QStringLiteral("open_to_first_rows_ms"), round2(openMs)},
                            {QStringLiteral("scroll_rows"), scrolledRows},
                            {QStringLiteral("scroll_ms"), round2(scrollMs)},
                            {QStringLiteral("sort_p50_ms"), round2(percentile(sortMs, 0.5))},
                            {QStringLiteral("sort_max_ms"), round2(percentile(sortMs, 1.0))},
                            {QStringLiteral("filter_p50_ms"), round2(percentile(filterMs, 0.5))},
                            {QStringLiteral("filter_max_ms"), round2(percentile(filterMs, 1.0))},
                            {QStringLiteral("filter_totals"), filterCounts},
                            {QStringLiteral("search"), searchFigures},
                            {QStringLiteral("search_n"), int(allSearch.size())},
                            {QStringLiteral("search_with_hits"), hits},
                            {QStringLiteral("search_p50_ms"), round2(percentile(allSearch, 0.5))},
                            {QStringLiteral("search_p95_ms"), round2(searchP95)},
                            {QStringLiteral("phases"), phases},
                            {QStringLiteral("max_ui_stall_ms"), round2(maxStall)},
                            {QStringLiteral("goal_max_ui_stall_ms"), 16},
                            {QStringLiteral("goal_search_p95_ms"), 50},
                            {QStringLiteral("meets_goals"), maxStall <= 16 && searchP95 <= 50}});
    return 0;
}

} // namespace gd::bench
