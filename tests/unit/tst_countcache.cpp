// The list-total cache: fresh for ttl, keyed by the whole statement (scope binds included), bounded,
// thread-safe, errors never cached.
#include "db/countcache.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace gd;
using namespace gd::server;

class TestCountCache : public QObject {
    Q_OBJECT
private:
    qint64 m_now = 1'000'000; // the fake clock of the caches below

    static std::function<Result<qint64>()> counting(int &calls, qint64 value)
    {
        return [&calls, value]() -> Result<qint64> {
            ++calls;
            return value;
        };
    }

private slots:
    void init() { m_now = 1'000'000; }

    void freshForTtlThenRecounted()
    {
        CountCache c(5000, 16, [this] { return m_now; });
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM citizens c WHERE c.district_code = ?");
        int calls = 0;
        QCOMPARE(*c.count(sql, {QStringLiteral("350206")}, counting(calls, 10)), 10);
        m_now += 3000;
        QCOMPARE(*c.count(sql, {QStringLiteral("350206")}, counting(calls, 11)), 10); // cached
        QCOMPARE(calls, 1);
        m_now += 2000; // 5 s old: expired
        QCOMPARE(*c.count(sql, {QStringLiteral("350206")}, counting(calls, 12)), 12);
        QCOMPARE(calls, 2);
    }

    // The scope-key property: the same statement text with another principal's binds (district, grids,
    // department) is another key, so one caller's total never answers another's query.
    void scopeBindsArePartOfTheKey()
    {
        CountCache c(5000, 16, [this] { return m_now; });
        int calls = 0;
        const QString byDistrict =
            QStringLiteral("SELECT COUNT(*) FROM citizens c WHERE (c.district_code = ?)");
        QCOMPARE(*c.count(byDistrict, {QStringLiteral("350206")}, counting(calls, 3938)), 3938);
        QCOMPARE(*c.count(byDistrict, {QStringLiteral("350203")}, counting(calls, 4410)), 4410);
        QCOMPARE(*c.count(byDistrict, {QStringLiteral("350206")}, counting(calls, -1)), 3938);
        QCOMPARE(*c.count(byDistrict, {QStringLiteral("350203")}, counting(calls, -1)), 4410);
        const QString byGrids = QStringLiteral("SELECT COUNT(*) FROM citizens c WHERE (c.grid_id IN (?, ?))");
        QCOMPARE(*c.count(byGrids, {QStringLiteral("g1"), QStringLiteral("g2")}, counting(calls, 397)), 397);
        QCOMPARE(*c.count(byGrids, {QStringLiteral("g1"), QStringLiteral("g3")}, counting(calls, 120)), 120);
        QCOMPARE(calls, 4);
        QCOMPARE(c.size(), 4);
    }

    void keysAreUnambiguous()
    {
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM t WHERE a = ? AND b = ?");
        // Value boundaries, types and nulls all count.
        QVERIFY(CountCache::keyFor(sql, {QStringLiteral("a"), QStringLiteral("bc")}) !=
                CountCache::keyFor(sql, {QStringLiteral("ab"), QStringLiteral("c")}));
        QVERIFY(CountCache::keyFor(sql, {QStringLiteral("1"), 2}) != CountCache::keyFor(sql, {1, 2}));
        QVERIFY(CountCache::keyFor(sql, {QVariant(), QStringLiteral("x")}) !=
                CountCache::keyFor(sql, {QString(), QStringLiteral("x")}));
        QVERIFY(CountCache::keyFor(sql + QLatin1Char(' '), {}) != CountCache::keyFor(sql, {}));
        QCOMPARE(CountCache::keyFor(sql, {QStringLiteral("王"), 7}),
                 CountCache::keyFor(sql, {QStringLiteral("王"), 7}));
    }

    void errorsAreNotCached()
    {
        CountCache c(5000, 16, [this] { return m_now; });
        int calls = 0;
        auto failing = [&calls]() -> Result<qint64> {
            ++calls;
            return makeError(ErrorCode::Unavailable, QStringLiteral("database error"));
        };
        QVERIFY(!c.count(QStringLiteral("q"), {}, failing).ok());
        QCOMPARE(c.size(), 0);
        QCOMPARE(*c.count(QStringLiteral("q"), {}, counting(calls, 5)), 5);
        QCOMPARE(calls, 2);
    }

    // In the last fifth of an entry's life one caller recounts; the others keep the still-valid value.
    void oneCallerRefreshesBeforeExpiry()
    {
        CountCache c(5000, 16, [this] { return m_now; });
        int calls = 0;
        QCOMPARE(*c.count(QStringLiteral("q"), {}, counting(calls, 1)), 1);
        m_now += 4500;
        bool nestedSawCached = false;
        auto refresher = [&]() -> Result<qint64> {
            ++calls;
            // While this refresh runs, another caller is served the cached value, not a second count.
            int inner = 0;
            nestedSawCached = *c.count(QStringLiteral("q"), {}, counting(inner, 99)) == 1 && inner == 0;
            return 2;
        };
        QCOMPARE(*c.count(QStringLiteral("q"), {}, refresher), 2);
        QVERIFY(nestedSawCached);
        QCOMPARE(calls, 2);
        m_now += 3000; // 3 s after the refresh: fresh, not yet due for a refresh
        QCOMPARE(*c.count(QStringLiteral("q"), {}, counting(calls, 3)), 2);
        QCOMPARE(calls, 2);
    }

    void boundedOldestGoFirst()
    {
        CountCache c(5000, 3, [this] { return m_now; });
        int calls = 0;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(*c.count(QStringLiteral("q%1").arg(i), {}, counting(calls, i)), i);
            m_now += 10;
        }
        QCOMPARE(c.size(), 3);
        QCOMPARE(*c.count(QStringLiteral("q3"), {}, counting(calls, 3)), 3);
        QCOMPARE(c.size(), 3);
        // q0 was the oldest and is gone; q1 is still cached.
        QCOMPARE(*c.count(QStringLiteral("q1"), {}, counting(calls, -1)), 1);
        QCOMPARE(*c.count(QStringLiteral("q0"), {}, counting(calls, 100)), 100);
        QCOMPARE(c.size(), 3);
        // Expired entries are dropped before live ones.
        m_now += 6000;
        QCOMPARE(*c.count(QStringLiteral("q9"), {}, counting(calls, 9)), 9);
        QCOMPARE(c.size(), 1);
    }

    void threadSafe()
    {
        CountCache c(60'000, 64); // real clock
        std::atomic<int> calls{0};
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 2000; ++i) {
                    const int key = (i + t) % 100; // more keys than capacity: constant eviction
                    auto r = c.count(QStringLiteral("q"), {key}, [&calls, key]() -> Result<qint64> {
                        ++calls;
                        return key * 10;
                    });
                    if (!r.ok() || *r != key * 10)
                        ++wrong;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
        QVERIFY(c.size() <= 64);
        QVERIFY(calls.load() < 8 * 2000);
    }
};

QTEST_GUILESS_MAIN(TestCountCache)
#include "tst_countcache.moc"
