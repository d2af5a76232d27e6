// The hold-out of push campaigns (campaign/holdoutsplit.h): exactly round(members × percent / 100) held
// out for any audience size, the same members whatever order they come in, another set for another
// campaign, a pinned hash (the split must not change between versions), members added later keeping the
// share, and no bias towards any part of the id order.
#include "campaign/holdoutsplit.h"

#include <QTest>
#include <QUuid>

#include <algorithm>

using gd::server::HoldoutSplit;

namespace {
QStringList ids(int n, const QString &prefix = QStringLiteral("c"))
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(prefix + QString::number(i).rightJustified(6, QLatin1Char('0')));
    return out;
}
} // namespace

class TestHoldoutSplit : public QObject {
    Q_OBJECT
private slots:
    void targetRoundsHalfUp()
    {
        QCOMPARE(HoldoutSplit::target(478, 10), 48); // 47.8
        QCOMPARE(HoldoutSplit::target(475, 10), 48); // 47.5, half up
        QCOMPARE(HoldoutSplit::target(474, 10), 47);
        QCOMPARE(HoldoutSplit::target(4, 10), 0);
        QCOMPARE(HoldoutSplit::target(5, 10), 1);
        QCOMPARE(HoldoutSplit::target(1000, 0), 0);
        QCOMPARE(HoldoutSplit::target(1000, 50), 500);
        QCOMPARE(HoldoutSplit::target(2'000'000, 10), 200'000);
    }

    void exactSize()
    {
        for (int percent : {0, 1, 10, 25, 50}) {
            for (int n : {0, 1, 4, 5, 9, 10, 11, 99, 478, 1000, 4321}) {
                const QSet<QString> held = HoldoutSplit::choose(QStringLiteral("k1"), ids(n), percent);
                QCOMPARE(qint64(held.size()), HoldoutSplit::target(n, percent));
            }
        }
    }

    void reproducibleAndOrderFree()
    {
        QStringList members = ids(2000);
        const QSet<QString> first = HoldoutSplit::choose(QStringLiteral("campaign-a"), members, 10);
        std::reverse(members.begin(), members.end());
        QCOMPARE(HoldoutSplit::choose(QStringLiteral("campaign-a"), members, 10), first);
        std::rotate(members.begin(), members.begin() + 777, members.end());
        QCOMPARE(HoldoutSplit::choose(QStringLiteral("campaign-a"), members, 10), first);
        // Another campaign draws another hold-out from the same audience.
        const QSet<QString> other = HoldoutSplit::choose(QStringLiteral("campaign-b"), members, 10);
        QCOMPARE(other.size(), first.size());
        QVERIFY(other != first);
        QVERIFY((other & first).size() < first.size() / 2);
    }

    void hashIsPinned()
    {
        // FNV-1a 64 over "campaign\x1fcitizen" and splitmix64: fixed arithmetic, so this never changes (the
        // value was worked out independently of the C++ code).
        const quint64 h = HoldoutSplit::memberHash(QStringLiteral("749fdfd3-a432-4bbc-b214-a2a413d1db6e"),
                                                   QStringLiteral("5263716e-c1af-41db-8a10-1167cace9e3c"));
        QCOMPARE(h, HoldoutSplit::memberHash(QStringLiteral("749fdfd3-a432-4bbc-b214-a2a413d1db6e"),
                                             QStringLiteral("5263716e-c1af-41db-8a10-1167cace9e3c")));
        QCOMPARE(h, Q_UINT64_C(17971245537220162038));
        QVERIFY(HoldoutSplit::memberHash(QStringLiteral("a"), QStringLiteral("bc")) !=
                HoldoutSplit::memberHash(QStringLiteral("ab"), QStringLiteral("c")));
    }

    void laterMembersKeepTheShare()
    {
        // A trigger campaign: members arrive in small groups; after each the hold-out is on target.
        const QStringList all = ids(1234, QStringLiteral("t"));
        qint64 members = 0;
        qint64 held = 0;
        for (qsizetype from = 0; from < all.size(); from += 7) {
            const QStringList group = all.mid(from, 7);
            held += HoldoutSplit::choose(QStringLiteral("trigger"), group, 10, members, held).size();
            members += group.size();
            QCOMPARE(held, HoldoutSplit::target(members, 10));
        }
    }

    void noBiasInIdOrder()
    {
        // Ids as the server has them (UUIDs): the hold-out is spread over the whole id order.
        QStringList members;
        for (int i = 0; i < 20000; ++i)
            members.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        std::sort(members.begin(), members.end());
        const QSet<QString> held = HoldoutSplit::choose(QStringLiteral("spread"), members, 10);
        QCOMPARE(held.size(), 2000);
        int inFirstHalf = 0;
        for (int i = 0; i < 10000; ++i)
            inFirstHalf += held.contains(members[i]) ? 1 : 0;
        // Binomial(2000, 0.5): sd ≈ 22; 6 sd either side.
        QVERIFY2(inFirstHalf > 1000 - 135 && inFirstHalf < 1000 + 135,
                 qPrintable(QString::number(inFirstHalf)));
    }
};

QTEST_GUILESS_MAIN(TestHoldoutSplit)
#include "tst_holdoutsplit.moc"
