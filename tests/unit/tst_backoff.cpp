// Retry backoff of the sync engine: exponential growth, the cap, jitter within [delay/2, delay], reset.

#include "sync/backoff.h"

#include <QSet>
#include <QTest>

using namespace gd;
using namespace std::chrono_literals;

class TestBackoff : public QObject {
    Q_OBJECT

private slots:
    void growsWithJitterUpToTheCap()
    {
        Backoff backoff(100ms, 1600ms);
        backoff.setSeed(1);
        const qint64 expected[] = {100, 200, 400, 800, 1600, 1600, 1600};
        for (qint64 delay : expected) {
            const qint64 got = backoff.next().count();
            QVERIFY2(got >= delay / 2 && got <= delay,
                     qPrintable(QStringLiteral("%1 for %2").arg(got).arg(delay)));
        }
        QCOMPARE(backoff.failures(), 7);
        backoff.reset();
        QVERIFY(backoff.next().count() <= 100);
    }

    void jitterSpreadsRetries()
    {
        // Many workstations failing at once must not retry in lockstep.
        QSet<qint64> delays;
        for (quint32 seed = 0; seed < 50; ++seed) {
            Backoff b(1000ms, 60000ms);
            b.setSeed(seed);
            b.next();
            delays.insert(b.next().count());
        }
        QVERIFY(delays.size() > 25);
    }

    void hugeFailureCountsDoNotOverflow()
    {
        Backoff b(1000ms, 60000ms);
        for (int i = 0; i < 200; ++i) {
            const qint64 d = b.next().count();
            QVERIFY(d >= 500 && d <= 60000);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
