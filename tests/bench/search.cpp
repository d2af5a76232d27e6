#include "search.h"

#include "scenario.h"

#include "demo/demorandom.h"
#include "demo/idnumberallocator.h"
#include "demo/namegenerator.h"
#include "demo/phoneallocator.h"
#include "domain/identity.h"
#include "store/searchindex.h"
#include "store/sqlite.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <random>
#include <vector>

namespace gd::bench {
namespace {

using Clock = std::chrono::steady_clock;
using store::Connection;
using store::SearchIndex;
using store::Statement;
using Kind = SearchIndex::Kind;

constexpr int kPageSize = 50;
constexpr int kBatch = 5000;     // rows per transaction, like the sync engine's checkpoints
constexpr int kCrossChecks = 40; // queries per class whose total hits are compared with LIKE

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

// Nearest-rank percentile of a sorted list.
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

struct Person {
    QString id;
    QString name;
    QString idNumber; // masked
    QString phone;    // masked
};

// Citizens with the demo generator's names (NameGenerator: surname frequencies, given names by
// generation), valid ID numbers of Xiamen and the places its residents come from, and mobile numbers,
// masked as the server sends them.
std::vector<Person> generate(int count, quint64 seed)
{
    server::DemoRandom rng(seed);
    server::NameGenerator names(rng);
    const QDate today(2026, 11, 24);
    server::IdNumberAllocator ids(today.addYears(-96), today);
    server::PhoneAllocator phones(rng);
    std::vector<Person> out;
    out.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const bool male = rng.chance(0.5);
        QDate birth = today.addDays(-qint64(rng.below(90 * 365)));
        const int area =
            rng.chance(0.6) ? rng.below(server::IdNumberAllocator::kXiamenAreas) : ids.pickOrigin(rng);
        const QString idNumber = ids.allocate(area, birth, male);
        Person p;
        p.id = rng.uuid();
        p.name = names.fullName(male, birth.year());
        p.idNumber = identity::maskIdNumber(idNumber);
        p.phone = identity::maskPhone(phones.mobile());
        out.push_back(std::move(p));
    }
    return out;
}

int fail(const Error &error, const char *what)
{
    std::cerr << "search: " << what << ": " << error.message.toStdString() << std::endl;
    return 1;
}

bool check(const Result<void> &r, const char *what)
{
    if (!r)
        fail(r.error(), what);
    return r.ok();
}

// Steps a statement to the end, reading every column like a list model would; returns the rows.
Result<int> drain(Statement &s)
{
    int rows = 0;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ++rows;
        for (int c = 0; c < s.columnCount(); ++c)
            (void)s.text(c);
    }
    return rows;
}

enum class Naive { Name, Numbers, None };

struct QueryClass {
    QString name;
    Naive naive = Naive::None;
    QStringList queries;
};

struct Timing {
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    QJsonObject toJson(const QString &prefix) const
    {
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        return {{prefix + QStringLiteral("p50_ms"), round3(percentile(s, 0.50))},
                {prefix + QStringLiteral("p95_ms"), round3(percentile(s, 0.95))},
                {prefix + QStringLiteral("max_ms"), round3(s.empty() ? 0 : s.back())}};
    }
    double p50() const
    {
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        return percentile(s, 0.50);
    }
    double p95() const
    {
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        return percentile(s, 0.95);
    }
};

void merge(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it)
        into.insert(it.key(), it.value());
}

} // namespace

int runSearch(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption citizensOpt(QStringLiteral("citizens"),
                                         QStringLiteral("Citizens to index (default 200000)."),
                                         QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption queriesOpt(QStringLiteral("queries"),
                                        QStringLiteral("Queries per class (default 300)."),
                                        QStringLiteral("Q"), QStringLiteral("300"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QStringLiteral("Generator seed (default 20261124)."),
                                     QStringLiteral("S"), QStringLiteral("20261124"));
    const QCommandLineOption cacheOpt(
        QStringLiteral("cache-mib"),
        QStringLiteral(
            "SQLite page cache in MiB (default 0: SQLite's default of about 2 MiB, as the store)."),
        QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"),
                                     QStringLiteral("Write the database into DIR (created) and keep it."),
                                     QStringLiteral("DIR"));
    parser.addOptions({citizensOpt, queriesOpt, seedOpt, cacheOpt, keepOpt});
    if (!parser.parse(QStringList{QStringLiteral("search")} + args)) {
        std::cerr << parser.errorText().toStdString() << std::endl;
        return 2;
    }
    bool ok = false;
    const int citizens = parser.value(citizensOpt).toInt(&ok);
    if (!ok || citizens < 1000 || citizens > 5'000'000) {
        std::cerr << "--citizens must be a number between 1000 and 5000000" << std::endl;
        return 2;
    }
    const int perClass = parser.value(queriesOpt).toInt(&ok);
    if (!ok || perClass < 1) {
        std::cerr << "--queries must be a positive number" << std::endl;
        return 2;
    }
    const quint64 seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok) {
        std::cerr << "--seed must be a number" << std::endl;
        return 2;
    }
    const int cacheMib = parser.value(cacheOpt).toInt(&ok);
    if (!ok || cacheMib < 0) {
        std::cerr << "--cache-mib must be a number >= 0" << std::endl;
        return 2;
    }

    QTemporaryDir tmp;
    QString dir;
    if (parser.isSet(keepOpt)) {
        dir = parser.value(keepOpt);
        if (!QDir().mkpath(dir) || QFileInfo::exists(dir + QStringLiteral("/search.db"))) {
            std::cerr << "--keep needs a directory without search.db in it" << std::endl;
            return 2;
        }
    } else {
        if (!tmp.isValid()) {
            std::cerr << "cannot create a temporary directory" << std::endl;
            return 1;
        }
        dir = tmp.path();
    }
    const QString path = dir + QStringLiteral("/search.db");

    // --- data --------------------------------------------------------------------------------------
    std::cerr << "search: generating " << citizens << " citizens" << std::endl;
    auto t0 = Clock::now();
    const std::vector<Person> people = generate(citizens, seed);
    const double generateSeconds = msSince(t0) / 1000.0;

    auto opened = Connection::open(path);
    if (!opened) {
        std::cerr << "search: " << opened.error().message.toStdString() << std::endl;
        return 1;
    }
    Connection db = std::move(*opened);
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    if (!check(db.setKey(key), "key"))
        return 1;
    // The store's settings (store.cpp).
    QByteArray pragmas =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;";
    if (cacheMib > 0)
        pragmas += " PRAGMA cache_size = -" + QByteArray::number(cacheMib * 1024) + ";";
    if (!check(db.exec(pragmas), "pragmas"))
        return 1;
    if (!check(db.exec("CREATE TABLE citizens (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                       "name TEXT NOT NULL, id_number TEXT, phone TEXT);"
                       "CREATE INDEX citizens_name ON citizens(name, id);"),
               "schema"))
        return 1;
    for (const QByteArray &sql : SearchIndex::schemaStatements()) {
        if (!check(db.exec(sql), "search schema"))
            return 1;
    }
    auto pageBytes = [&db]() -> qint64 {
        (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return db.scalar("PRAGMA page_count").value() * db.scalar("PRAGMA page_size").value();
    };

    std::cerr << "search: writing the citizens table" << std::endl;
    t0 = Clock::now();
    for (size_t start = 0; start < people.size(); start += kBatch) {
        auto tx = store::WriteTransaction::begin(db);
        if (!tx)
            return fail(tx.error(), "begin");
        auto ins =
            db.cached("INSERT INTO citizens(rowid, id, name, id_number, phone) VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!ins)
            return fail(ins.error(), "prepare");
        for (size_t i = start; i < std::min(people.size(), start + kBatch); ++i) {
            const Person &p = people[i];
            if (!check((*ins)
                           ->bind(1, qint64(i + 1))
                           .bind(2, p.id)
                           .bind(3, p.name)
                           .bind(4, p.idNumber)
                           .bind(5, p.phone)
                           .exec(),
                       "insert"))
                return 1;
        }
        if (!check(tx->commit(), "commit"))
            return 1;
    }
    const double tableSeconds = msSince(t0) / 1000.0;
    const qint64 tableBytes = pageBytes();

    // --- index build -------------------------------------------------------------------------------
    SearchIndex index(db);
    const store::SearchTokenizer &tokenizer = index.tokenizer();
    std::cerr << "search: tokenising" << std::endl;
    t0 = Clock::now();
    qint64 tokenChars = 0;
    for (const Person &p : people) {
        const store::SearchColumns c = tokenizer.tokens({p.name, p.idNumber, p.phone, {}});
        tokenChars += c.name.size() + c.pinyin.size() + c.numbers.size();
    }
    const double tokenizeSeconds = msSince(t0) / 1000.0;

    std::cerr << "search: indexing" << std::endl;
    t0 = Clock::now();
    for (size_t start = 0; start < people.size(); start += kBatch) {
        auto tx = store::WriteTransaction::begin(db);
        if (!tx)
            return fail(tx.error(), "begin");
        for (size_t i = start; i < std::min(people.size(), start + kBatch); ++i) {
            const Person &p = people[i];
            if (!check(index.upsert(Kind::Citizen, qint64(i + 1), {p.name, p.idNumber, p.phone, {}}),
                       "upsert"))
                return 1;
        }
        if (!check(tx->commit(), "commit"))
            return 1;
    }
    const double indexSeconds = msSince(t0) / 1000.0;
    const qint64 beforeOptimizeBytes = pageBytes();
    t0 = Clock::now();
    if (!check(index.optimize(Kind::Citizen), "optimize"))
        return 1;
    const double optimizeSeconds = msSince(t0) / 1000.0;
    const qint64 totalBytes = pageBytes();
    (void)db.exec("VACUUM");
    const qint64 vacuumedBytes = pageBytes();

    // --- queries -----------------------------------------------------------------------------------
    std::mt19937_64 pick(seed ^ 0x5eed5eedULL);
    auto randomPerson = [&]() -> const Person & {
        return people[size_t(pick() % people.size())];
    };
    auto personWith = [&](qsizetype length) -> const Person & {
        for (;;) {
            const Person &p = randomPerson();
            if (p.name.size() == length)
                return p;
        }
    };
    auto visibleRuns = [](const QString &masked) {
        return masked.split(QLatin1Char('*'), Qt::SkipEmptyParts);
    };

    std::vector<QueryClass> classes{
        {QStringLiteral("name1"), Naive::Name, {}},
        {QStringLiteral("name2"), Naive::Name, {}},
        {QStringLiteral("name3"), Naive::Name, {}},
        {QStringLiteral("pinyin"), Naive::None, {}},
        {QStringLiteral("pinyin_prefix"), Naive::None, {}},
        {QStringLiteral("pinyin_2letters"), Naive::None, {}},
        {QStringLiteral("initials"), Naive::None, {}},
        {QStringLiteral("id_fragment"), Naive::Numbers, {}},
        {QStringLiteral("phone_fragment"), Naive::Numbers, {}},
    };
    for (int q = 0; q < perClass; ++q) {
        // name1: one character of a name (the surname half of the time); name2/name3: whole 2- and
        // 3-character names.
        const Person &one = randomPerson();
        classes[0].queries.append(one.name.at(pick() % 2 ? 0 : qsizetype(pick() % quint64(one.name.size()))));
        classes[1].queries.append(personWith(2).name);
        classes[2].queries.append(personWith(3).name);
        // pinyin: the whole name ("chenwei"); prefix: surname + first letter of the given name
        // ("chenw"); two letters: the first keystrokes ("ch"); initials: "cw", "cjg".
        const Person &py = randomPerson();
        const QStringList syllables = tokenizer.pinyin(py.name).split(QLatin1Char(' '));
        classes[3].queries.append(syllables.join(QString()));
        classes[4].queries.append(syllables.value(0) + syllables.value(1).left(1));
        classes[5].queries.append(syllables.join(QString()).left(2));
        classes[6].queries.append(tokenizer.initials(randomPerson().name));
        // ID: the last four (3 in 4) or the region prefix; phone: the last four, three of them, the head.
        const QStringList id = visibleRuns(randomPerson().idNumber);
        classes[7].queries.append(pick() % 4 ? id.value(1) : id.value(0));
        const QStringList phone = visibleRuns(randomPerson().phone);
        const quint64 kind = pick() % 5;
        classes[8].queries.append(kind < 3    ? phone.value(1)
                                  : kind == 3 ? phone.value(1).left(3)
                                              : phone.value(0));
    }

    const QByteArray columns = "SELECT c.rowid, c.id, c.name, c.id_number, c.phone FROM citizens c ";
    const QByteArray limit = " LIMIT " + QByteArray::number(kPageSize);
    const QByteArray clause = SearchIndex::matchClause(Kind::Citizen, "c.rowid");
    auto byRowid = db.prepare(columns + "WHERE c.rowid = ?1");
    auto clausePage = db.prepare(columns + "WHERE " + clause + limit);
    // Repository-style: the page ordered by name (and the total from SearchIndex::count).
    auto sortedPage = db.prepare(columns + "WHERE " + clause + " ORDER BY c.name, c.id" + limit);
    auto naiveName = db.prepare(columns + "WHERE c.name LIKE ?1" + limit);
    auto naiveNumbers = db.prepare(columns + "WHERE c.id_number LIKE ?1 OR c.phone LIKE ?1" + limit);
    auto naiveNameCount = db.prepare("SELECT count(*) FROM citizens WHERE name LIKE ?1");
    auto naiveNumbersCount =
        db.prepare("SELECT count(*) FROM citizens WHERE id_number LIKE ?1 OR phone LIKE ?1");
    for (auto *s : {&byRowid, &clausePage, &sortedPage, &naiveName, &naiveNumbers, &naiveNameCount,
                    &naiveNumbersCount}) {
        if (!*s)
            return fail(s->error(), "prepare");
    }
    auto count = [](Statement &s) -> qint64 {
        auto row = s.step();
        const qint64 n = row && *row ? s.int64(0) : -1;
        s.reset();
        return n;
    };
    // The UI's first page: the index's rowids (FTS order), then those rows.
    auto firstPage = [&](const QString &query) -> Result<int> {
        auto rowids = index.search(Kind::Citizen, query, kPageSize);
        if (!rowids)
            return rowids.error();
        int rows = 0;
        for (qint64 rowid : std::as_const(*rowids)) {
            byRowid->bind(1, rowid);
            auto r = drain(*byRowid);
            byRowid->reset();
            if (!r)
                return r.error();
            rows += *r;
        }
        return rows;
    };

    // Warm the page cache and the OS cache the way a session would have.
    for (int i = 0; i < 50; ++i) {
        const QueryClass &c = classes[size_t(i) % classes.size()];
        (void)firstPage(c.queries.at(i % c.queries.size()));
    }

    QJsonObject classJson;
    double worstP95 = 0;
    double worstClauseP95 = 0;
    double worstSortedP95 = 0;
    int mismatches = 0;
    int crossChecked = 0;
    for (const QueryClass &c : classes) {
        std::cerr << "search: " << c.name.toStdString() << std::endl;
        Timing indexed;
        Timing clauseTiming;
        Timing sorted;
        Timing naive;
        double pageHits = 0;
        double allHits = 0;
        double naivePageHits = 0;
        int empty = 0;
        for (qsizetype q = 0; q < c.queries.size(); ++q) {
            const QString &query = c.queries.at(q);
            empty += index.matchExpression(query).isEmpty() ? 1 : 0;

            auto start = Clock::now();
            auto rows = firstPage(query);
            indexed.add(msSince(start));
            if (!rows)
                return fail(rows.error(), "query");
            pageHits += *rows;

            // The same page through matchClause() (no ORDER BY): SQLite materialises the IN list.
            start = Clock::now();
            clausePage->bind(1, index.matchExpression(query));
            auto clauseRows = drain(*clausePage);
            clauseTiming.add(msSince(start));
            clausePage->reset();
            if (!clauseRows)
                return fail(clauseRows.error(), "clause query");

            // Repository::list: the total from the index, the page ordered by name.
            start = Clock::now();
            auto total = index.count(Kind::Citizen, query);
            if (!total)
                return fail(total.error(), "count");
            sortedPage->bind(1, index.matchExpression(query));
            auto sortedRows = drain(*sortedPage);
            sorted.add(msSince(start));
            sortedPage->reset();
            if (!sortedRows)
                return fail(sortedRows.error(), "sorted query");
            allHits += double(*total);

            if (c.naive == Naive::None)
                continue;
            const QString like = QLatin1Char('%') + query + QLatin1Char('%');
            Statement &n = c.naive == Naive::Name ? *naiveName : *naiveNumbers;
            start = Clock::now();
            n.bind(1, like);
            auto naiveRows = drain(n);
            naive.add(msSince(start));
            n.reset();
            if (!naiveRows)
                return fail(naiveRows.error(), "naive query");
            naivePageHits += *naiveRows;

            // Same answers: the index finds exactly what a substring scan finds.
            if (q < kCrossChecks) {
                Statement &nc = c.naive == Naive::Name ? *naiveNameCount : *naiveNumbersCount;
                nc.bind(1, like);
                const qint64 expected = count(nc);
                ++crossChecked;
                if (expected != *total) {
                    ++mismatches;
                    std::cerr << "search: mismatch in " << c.name.toStdString() << ": index " << *total
                              << ", LIKE " << expected << std::endl;
                }
            }
        }
        const double n = double(c.queries.size());
        QJsonObject o{{QStringLiteral("queries"), int(c.queries.size())},
                      {QStringLiteral("avg_page_hits"), round2(pageHits / n)},
                      {QStringLiteral("avg_total_hits"), round2(allHits / n)},
                      {QStringLiteral("empty_expressions"), empty}};
        merge(o, indexed.toJson(QString()));
        merge(o, clauseTiming.toJson(QStringLiteral("clause_")));
        merge(o, sorted.toJson(QStringLiteral("sorted_")));
        worstP95 = std::max(worstP95, indexed.p95());
        worstClauseP95 = std::max(worstClauseP95, clauseTiming.p95());
        worstSortedP95 = std::max(worstSortedP95, sorted.p95());
        if (c.naive == Naive::None) {
            o.insert(QStringLiteral("naive_p50_ms"), QJsonValue::Null);
            o.insert(QStringLiteral("naive_p95_ms"), QJsonValue::Null);
            o.insert(QStringLiteral("naive_max_ms"), QJsonValue::Null);
            o.insert(QStringLiteral("naive_avg_page_hits"), QJsonValue::Null);
            o.insert(QStringLiteral("ratio_naive_p50"), QJsonValue::Null);
        } else {
            merge(o, naive.toJson(QStringLiteral("naive_")));
            o.insert(QStringLiteral("naive_avg_page_hits"), round2(naivePageHits / n));
            o.insert(QStringLiteral("ratio_naive_p50"), round2(naive.p50() / std::max(indexed.p50(), 1e-3)));
        }
        classJson.insert(c.name, o);
    }

    const double mib = 1024.0 * 1024.0;
    QJsonObject out{
        {QStringLiteral("citizens"), citizens},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("queries_per_class"), perClass},
        {QStringLiteral("page_size"), kPageSize},
        {QStringLiteral("cache_mib"), cacheMib},
        {QStringLiteral("generate_seconds"), round2(generateSeconds)},
        {QStringLiteral("table_seconds"), round2(tableSeconds)},
        {QStringLiteral("index_seconds"), round2(indexSeconds)},
        {QStringLiteral("index_records_per_s"), std::round(double(citizens) / indexSeconds)},
        {QStringLiteral("index_us_per_record"), round2(indexSeconds * 1e6 / double(citizens))},
        {QStringLiteral("tokenize_us_per_record"), round2(tokenizeSeconds * 1e6 / double(citizens))},
        {QStringLiteral("token_chars_per_record"), round2(double(tokenChars) / double(citizens))},
        {QStringLiteral("optimize_seconds"), round2(optimizeSeconds)},
        {QStringLiteral("table_mib"), round2(double(tableBytes) / mib)},
        {QStringLiteral("index_mib_before_optimize"), round2(double(beforeOptimizeBytes - tableBytes) / mib)},
        {QStringLiteral("database_mib_before_vacuum"), round2(double(totalBytes) / mib)},
        {QStringLiteral("database_mib"), round2(double(vacuumedBytes) / mib)},
        {QStringLiteral("index_mib"), round2(double(vacuumedBytes - tableBytes) / mib)},
        {QStringLiteral("classes"), classJson},
        {QStringLiteral("worst_p95_ms"), round3(worstP95)},
        {QStringLiteral("worst_clause_p95_ms"), round3(worstClauseP95)},
        {QStringLiteral("worst_sorted_p95_ms"), round3(worstSortedP95)},
        {QStringLiteral("goal_p95_ms"), 50},
        {QStringLiteral("goal_met"), worstP95 <= 50.0},
        {QStringLiteral("cross_checked"), crossChecked},
        {QStringLiteral("mismatches"), mismatches},
        {QStringLiteral("peak_rss_mib"), round2(peakResidentMiB())},
    };
    printResult(QStringLiteral("search"), out);
    return mismatches == 0 ? 0 : 1;
}

} // namespace gd::bench
