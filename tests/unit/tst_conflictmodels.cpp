// The conflict queue's item models over the store's ConflictEntry values (no widgets; checked with
// QAbstractItemModelTester): ConflictListModel lists kind, object and time; ConflictFieldModel puts my
// version, the server's and the result side by side (base_version left out, known fields first, labels
// and values translated), accepts results only where a server copy allows merging and only values a
// field can take, and result() is the merge body.

#include "models/conflictfieldmodel.h"
#include "models/conflictlistmodel.h"
#include "models/conflicttext.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace gd;

namespace {

store::ConflictEntry conflict()
{
    store::ConflictEntry entry;
    entry.id = 1;
    entry.kind = QStringLiteral("conflict");
    entry.entity = QStringLiteral("application");
    entry.entityId = QStringLiteral("a-1");
    entry.local = QJsonObject{{QStringLiteral("base_version"), 3},
                              {QStringLiteral("priority"), QStringLiteral("urgent")},
                              {QStringLiteral("remark"), QStringLiteral("mine")},
                              {QStringLiteral("zeta"), 4}};
    entry.baseVersion = 3;
    entry.server = QJsonObject{{QStringLiteral("version"), 4},
                               {QStringLiteral("priority"), QStringLiteral("normal")},
                               {QStringLiteral("remark"), QString()}};
    entry.summary = QStringLiteral("2026-1124-000123");
    entry.createdAt = QDateTime(QDate(2026, 11, 24), QTime(2, 30), Qt::UTC);
    return entry;
}

} // namespace

class TestConflictModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listModel();
    void fieldsSideBySide();
    void resultIsEditableOnlyForConflicts();
    void choicesAreEnforced();
    void rejectedEntryHasNoServerColumn();
    void unknownValuesShownRaw();

private:
    QTranslator m_chinese;
};

void TestConflictModels::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

void TestConflictModels::listModel()
{
    ConflictListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store::ConflictEntry visit;
    visit.id = 2;
    visit.kind = QStringLiteral("rejected");
    visit.entity = QStringLiteral("visit");
    visit.summary = QStringLiteral("special_group");
    model.setEntries({conflict(), visit});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, ConflictListModel::KindColumn).data().toString(), QStringLiteral("修改冲突"));
    QCOMPARE(model.index(0, ConflictListModel::ObjectColumn).data().toString(),
             QStringLiteral("办件 2026-1124-000123"));
    QVERIFY(!model.index(0, ConflictListModel::TimeColumn).data().toString().isEmpty());
    QCOMPARE(model.index(1, ConflictListModel::KindColumn).data().toString(), QStringLiteral("被拒绝"));
    QCOMPARE(model.index(1, ConflictListModel::ObjectColumn).data().toString(),
             QStringLiteral("走访记录 · 特殊群体走访"));
    QCOMPARE(model.index(1, 0).data(ConflictListModel::IdRole).toLongLong(), qint64(2));
    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.rowOf(99), -1);
    QVERIFY(!model.entryAt(5));
    QCOMPARE(model.headerData(ConflictListModel::TimeColumn, Qt::Horizontal).toString(),
             QStringLiteral("时间"));
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestConflictModels::fieldsSideBySide()
{
    ConflictFieldModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntry(conflict());
    QVERIFY(model.hasServerCopy());
    // Known fields in their order, then the rest by key; base_version is not a field.
    QCOMPARE(model.keys(),
             (QStringList{QStringLiteral("remark"), QStringLiteral("priority"), QStringLiteral("zeta")}));
    QCOMPARE(model.index(0, ConflictFieldModel::FieldColumn).data().toString(), QStringLiteral("备注"));
    QCOMPARE(model.index(0, ConflictFieldModel::MineColumn).data().toString(), QStringLiteral("mine"));
    QCOMPARE(model.index(0, ConflictFieldModel::ServerColumn).data().toString(), QStringLiteral("（空）"));
    QCOMPARE(model.index(1, ConflictFieldModel::FieldColumn).data().toString(), QStringLiteral("优先级"));
    QCOMPARE(model.index(1, ConflictFieldModel::MineColumn).data().toString(), QStringLiteral("加急"));
    QCOMPARE(model.index(1, ConflictFieldModel::ServerColumn).data().toString(), QStringLiteral("普通"));
    QCOMPARE(model.index(1, ConflictFieldModel::MineColumn).data(Qt::EditRole).toString(),
             QStringLiteral("urgent"));
    QCOMPARE(model.index(2, ConflictFieldModel::FieldColumn).data().toString(),
             QStringLiteral("zeta")); // raw
    QCOMPARE(model.index(2, ConflictFieldModel::ServerColumn).data().toString(), QStringLiteral("—"));
    for (int row = 0; row < 3; ++row) {
        QVERIFY(model.index(row, 1).data(ConflictFieldModel::DiffersRole).toBool());
        QVERIFY(model.index(row, 1).data(Qt::FontRole).value<QFont>().bold());
    }
    // The result starts as mine, so merging is not different from keeping mine yet.
    QCOMPARE(model.result(), (QJsonObject{{QStringLiteral("remark"), QStringLiteral("mine")},
                                          {QStringLiteral("priority"), QStringLiteral("urgent")},
                                          {QStringLiteral("zeta"), 4}}));
    QVERIFY(!model.isResultChanged());
}

void TestConflictModels::resultIsEditableOnlyForConflicts()
{
    ConflictFieldModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntry(conflict());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex result = model.index(0, ConflictFieldModel::ResultColumn);
    QVERIFY(model.flags(result).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.flags(model.index(0, ConflictFieldModel::MineColumn)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, ConflictFieldModel::MineColumn), QStringLiteral("x")));
    QVERIFY(model.setData(result, QStringLiteral("merged")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(result.data().toString(), QStringLiteral("merged"));
    // Numbers stay numbers.
    QVERIFY(model.setData(model.index(2, ConflictFieldModel::ResultColumn), QStringLiteral("5")));
    QVERIFY(!model.setData(model.index(2, ConflictFieldModel::ResultColumn), QStringLiteral("five")));
    QVERIFY(model.isResultChanged());
    QCOMPARE(model.result().value(QStringLiteral("remark")).toString(), QStringLiteral("merged"));
    QCOMPARE(model.result().value(QStringLiteral("zeta")).toDouble(), 5.0);
    QVERIFY(!model.result().contains(QStringLiteral("base_version")));
}

void TestConflictModels::choicesAreEnforced()
{
    ConflictFieldModel model;
    model.setEntry(conflict());
    const QModelIndex priority = model.index(1, ConflictFieldModel::ResultColumn);
    QCOMPARE(priority.data(ConflictFieldModel::ChoiceValuesRole).toStringList(),
             (QStringList{QStringLiteral("normal"), QStringLiteral("urgent")}));
    QCOMPARE(priority.data(ConflictFieldModel::ChoiceLabelsRole).toStringList(),
             (QStringList{QStringLiteral("普通"), QStringLiteral("加急")}));
    QVERIFY(model.index(0, 3).data(ConflictFieldModel::ChoiceValuesRole).toStringList().isEmpty());
    QVERIFY(!model.setData(priority, QStringLiteral("whenever")));
    QVERIFY(model.setResult(QStringLiteral("priority"), QStringLiteral("normal")));
    QCOMPARE(priority.data().toString(), QStringLiteral("普通"));
    QVERIFY(!model.setResult(QStringLiteral("nope"), QStringLiteral("x")));
}

void TestConflictModels::rejectedEntryHasNoServerColumn()
{
    store::ConflictEntry entry = conflict();
    entry.kind = QStringLiteral("rejected");
    entry.server.reset();
    ConflictFieldModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntry(entry);
    QVERIFY(!model.hasServerCopy());
    QVERIFY(!model.flags(model.index(0, ConflictFieldModel::ResultColumn)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, ConflictFieldModel::ResultColumn), QStringLiteral("x")));
    QVERIFY(!model.index(0, 1).data(ConflictFieldModel::DiffersRole).toBool());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasEntry());
}

void TestConflictModels::unknownValuesShownRaw()
{
    QCOMPARE(ConflictText::entityTitle(QStringLiteral("gizmo")), QStringLiteral("gizmo"));
    QCOMPARE(ConflictText::fieldLabel(QStringLiteral("gizmo"), QStringLiteral("remark")),
             QStringLiteral("remark"));
    QCOMPARE(ConflictText::valueText(QStringLiteral("application"), QStringLiteral("priority"),
                                     QJsonValue(QStringLiteral("someday"))),
             QStringLiteral("someday"));
    QCOMPARE(ConflictText::valueText(QStringLiteral("x"), QStringLiteral("n"), QJsonValue(12345)),
             QStringLiteral("12,345"));
    QCOMPARE(ConflictText::valueText(QStringLiteral("x"), QStringLiteral("b"), QJsonValue(true)),
             QStringLiteral("是"));
    QCOMPARE(ConflictText::valueText(QStringLiteral("x"), QStringLiteral("a"), QJsonValue(QJsonArray{1, 2})),
             QStringLiteral("[1,2]"));
    QCOMPARE(ConflictText::objectTitle(QStringLiteral("application"), QString()), QStringLiteral("办件"));
    // Times are shown in local time, not as the ISO text they travel as.
    const QString visited = ConflictText::valueText(QStringLiteral("visit"), QStringLiteral("visited_at"),
                                                    QJsonValue(QStringLiteral("2026-11-24T08:41:00Z")));
    QVERIFY2(!visited.contains(QLatin1Char('T')) && visited.contains(QStringLiteral("41")),
             qPrintable(visited));
}

QTEST_MAIN(TestConflictModels)
#include "tst_conflictmodels.moc"
