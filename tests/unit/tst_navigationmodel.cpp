// NavigationModel: the pages in order, their roles, badges and enabled state, under
// QAbstractItemModelTester, and titles that follow the installed translator.

#include "models/navigationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace gd;

class TestNavigationModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pagesInNavigationOrder();
    void rolesOfARow();
    void keyLookups();
    void badgeChangesNotify();
    void disabledPageIsNotEnabled();
    void titlesFollowTheTranslator();

private:
    NavigationModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestNavigationModel::init()
{
    m_model = new NavigationModel(this);
    m_tester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestNavigationModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestNavigationModel::pagesInNavigationOrder()
{
    const QStringList expected{QStringLiteral("today"),       QStringLiteral("citizens"),
                               QStringLiteral("enterprises"), QStringLiteral("pending"),
                               QStringLiteral("grid"),        QStringLiteral("push"),
                               QStringLiteral("dashboards"),  QStringLiteral("settings")};
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->keys(), expected);
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(m_model->index(row, 0).data(NavigationModel::KeyRole).toString(), expected.at(row));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
}

void TestNavigationModel::rolesOfARow()
{
    const QModelIndex today = m_model->index(0, 0);
    QCOMPARE(today.data(Qt::DisplayRole).toString(), QStringLiteral("Today"));
    QCOMPARE(today.data(NavigationModel::BadgeRole).toInt(), 0);
    QVERIFY(today.data(NavigationModel::EnabledRole).toBool());
    QVERIFY(today.data(Qt::DecorationRole).canConvert<QIcon>());
    QVERIFY(today.data(Qt::ToolTipRole).toString().contains(QLatin1String("1")));
    const QModelIndex settings = m_model->index(7, 0);
    QCOMPARE(settings.data(Qt::DisplayRole).toString(), QStringLiteral("Settings"));
    QVERIFY(settings.data(Qt::ToolTipRole).toString().contains(QLatin1String("8")));
    QVERIFY(m_model->flags(today).testFlag(Qt::ItemIsEnabled));
    QVERIFY(m_model->flags(today).testFlag(Qt::ItemIsSelectable));
    QVERIFY(!m_model->flags(today).testFlag(Qt::ItemIsEditable));
    QCOMPARE(m_model->roleNames().value(NavigationModel::KeyRole), QByteArray("key"));
}

void TestNavigationModel::keyLookups()
{
    QCOMPARE(m_model->rowOf(QStringLiteral("pending")), 3);
    QCOMPARE(m_model->rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(m_model->keyAt(6), QStringLiteral("dashboards"));
    QVERIFY(m_model->keyAt(8).isEmpty());
    QVERIFY(m_model->keyAt(-1).isEmpty());
    QCOMPARE(m_model->indexOf(QStringLiteral("grid")).row(), 4);
    QVERIFY(!m_model->indexOf(QStringLiteral("nope")).isValid());
    QCOMPARE(m_model->titleOf(QStringLiteral("push")), QStringLiteral("Push"));
}

void TestNavigationModel::badgeChangesNotify()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setBadge(QStringLiteral("pending"), 12);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{NavigationModel::BadgeRole});
    QCOMPARE(m_model->badge(QStringLiteral("pending")), 12);
    QCOMPARE(m_model->index(3, 0).data(NavigationModel::BadgeRole).toInt(), 12);

    m_model->setBadge(QStringLiteral("pending"), 12); // unchanged: no signal
    m_model->setBadge(QStringLiteral("nope"), 3);     // unknown: ignored
    QCOMPARE(changed.count(), 1);
    m_model->setBadge(QStringLiteral("pending"), -5); // clamped to 0
    QCOMPARE(m_model->badge(QStringLiteral("pending")), 0);
}

void TestNavigationModel::disabledPageIsNotEnabled()
{
    m_model->setPageEnabled(QStringLiteral("push"), false);
    QVERIFY(!m_model->isPageEnabled(QStringLiteral("push")));
    const QModelIndex push = m_model->indexOf(QStringLiteral("push"));
    QVERIFY(!m_model->flags(push).testFlag(Qt::ItemIsEnabled));
    QVERIFY(!push.data(NavigationModel::EnabledRole).toBool());
    m_model->setPageEnabled(QStringLiteral("push"), true);
    QVERIFY(m_model->flags(push).testFlag(Qt::ItemIsEnabled));
}

void TestNavigationModel::titlesFollowTheTranslator()
{
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QCoreApplication::installTranslator(&chinese);
    m_model->retranslate();
    QCOMPARE(changed.count(), 1);
    const QStringList expected{QStringLiteral("工作台"), QStringLiteral("市民"), QStringLiteral("企业"),
                               QStringLiteral("待办"),   QStringLiteral("网格"), QStringLiteral("推送"),
                               QStringLiteral("看板"),   QStringLiteral("设置")};
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(m_model->index(row, 0).data().toString(), expected.at(row));
    QCoreApplication::removeTranslator(&chinese);
    m_model->retranslate();
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Today"));
}

QTEST_MAIN(TestNavigationModel)
#include "tst_navigationmodel.moc"
