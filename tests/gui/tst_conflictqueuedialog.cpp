// ConflictQueueDialog (offscreen, Chinese translation), fed entries directly and a recording resolver in
// place of the sync thread: a 409 entry shows my version and the server's side by side with labelled
// fields and translated values, the result column can be edited (text and the priority choice) and
// 合并后提交 sends exactly the result column; keep mine / take the server's send their resolution;
// a rejected entry shows the server's reason and offers only 放弃此更改; failures are shown; a reload
// keeps the selected entry and its unsent result; an empty queue says so.

#include "models/conflictfieldmodel.h"
#include "models/conflictlistmodel.h"
#include "ui/conflictqueuedialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace gd;

namespace {

store::ConflictEntry conflictEntry()
{
    store::ConflictEntry entry;
    entry.id = 7;
    entry.kind = QStringLiteral("conflict");
    entry.entity = QStringLiteral("application");
    entry.entityId = QStringLiteral("a-1");
    entry.method = QStringLiteral("PATCH");
    entry.path = QStringLiteral("/api/v1/applications/a-1");
    entry.local = QJsonObject{{QStringLiteral("base_version"), 3},
                              {QStringLiteral("remark"), QStringLiteral("已电话联系申请人")},
                              {QStringLiteral("priority"), QStringLiteral("urgent")}};
    entry.baseVersion = 3;
    entry.server = QJsonObject{{QStringLiteral("id"), QStringLiteral("a-1")},
                               {QStringLiteral("number"), QStringLiteral("2026-1124-000123")},
                               {QStringLiteral("version"), 5},
                               {QStringLiteral("remark"), QStringLiteral("材料已补齐")},
                               {QStringLiteral("priority"), QStringLiteral("urgent")}};
    entry.errorCode = QStringLiteral("conflict");
    entry.errorMessage = QStringLiteral("stale base version");
    entry.summary = QStringLiteral("2026-1124-000123");
    entry.createdAt = QDateTime(QDate(2026, 11, 24), QTime(2, 30), Qt::UTC);
    return entry;
}

store::ConflictEntry rejectedEntry()
{
    store::ConflictEntry entry;
    entry.id = 9;
    entry.kind = QStringLiteral("rejected");
    entry.entity = QStringLiteral("application");
    entry.entityId = QStringLiteral("a-2");
    entry.method = QStringLiteral("PATCH");
    entry.path = QStringLiteral("/api/v1/applications/a-2");
    entry.local = QJsonObject{{QStringLiteral("base_version"), 2},
                              {QStringLiteral("priority"), QStringLiteral("normal")}};
    entry.baseVersion = 2;
    entry.errorCode = QStringLiteral("forbidden");
    entry.errorMessage = QStringLiteral("the application is outside your department");
    entry.summary = QStringLiteral("2026-1124-000456");
    entry.createdAt = QDateTime(QDate(2026, 11, 24), QTime(2, 31), Qt::UTC);
    return entry;
}

// Types text the way an input method commits it (QTest::keyClicks only takes Latin-1).
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

struct Call {
    qint64 id = 0;
    SyncEngine::Resolution resolution = SyncEngine::Resolution::KeepMine;
    QJsonObject merged;
    ConflictQueueDialog::Done done;
};

} // namespace

class TestConflictQueueDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsBothVersionsSideBySide();
    void mergeSendsTheResultColumn();
    void keepMineAndTakeServer();
    void rejectedEntryOffersOnlyDiscard();
    void failureIsShownAndButtonsComeBack();
    void reloadKeepsSelectionAndUnsentResult();
    void emptyQueueSaysSo();
    void keyboardMnemonic();

private:
    QTableView *fields() const;
    QPushButton *button(const char *name) const;
    QString cell(int row, int column) const;

    QTranslator m_chinese;
    ConflictQueueDialog *m_dialog = nullptr;
    QList<Call> m_calls;
};

void TestConflictQueueDialog::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
}

void TestConflictQueueDialog::init()
{
    m_calls.clear();
    m_dialog = new ConflictQueueDialog;
    m_dialog->setResolver([this](qint64 id, SyncEngine::Resolution resolution, const QJsonObject &merged,
                                 ConflictQueueDialog::Done done) {
        m_calls.append(Call{id, resolution, merged, std::move(done)});
    });
    m_dialog->setEntries({conflictEntry(), rejectedEntry()});
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestConflictQueueDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

QTableView *TestConflictQueueDialog::fields() const
{
    return m_dialog->findChild<QTableView *>(QStringLiteral("conflictFields"));
}

QPushButton *TestConflictQueueDialog::button(const char *name) const
{
    auto *found = m_dialog->findChild<QPushButton *>(QLatin1String(name));
    if (!found)
        qFatal("no button %s", name);
    return found;
}

QString TestConflictQueueDialog::cell(int row, int column) const
{
    return fields()->model()->index(row, column).data().toString();
}

void TestConflictQueueDialog::showsBothVersionsSideBySide()
{
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("冲突队列"));
    QCOMPARE(m_dialog->currentId(), qint64(7));
    auto *list = m_dialog->findChild<QTreeView *>(QStringLiteral("conflictList"));
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(0, ConflictListModel::KindColumn).data().toString(),
             QStringLiteral("修改冲突"));
    QCOMPARE(list->model()->index(0, ConflictListModel::ObjectColumn).data().toString(),
             QStringLiteral("办件 2026-1124-000123"));
    QCOMPARE(list->model()->index(1, ConflictListModel::KindColumn).data().toString(),
             QStringLiteral("被拒绝"));

    QTableView *table = fields();
    QVERIFY(table->isVisible());
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("字段"));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("我的版本"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("服务器版本"));
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("结果"));
    for (int column = 0; column < 4; ++column)
        QVERIFY(!table->isColumnHidden(column));
    // base_version is not a field; remark, then priority.
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(cell(0, 0), QStringLiteral("备注"));
    QCOMPARE(cell(0, 1), QStringLiteral("已电话联系申请人"));
    QCOMPARE(cell(0, 2), QStringLiteral("材料已补齐"));
    QCOMPARE(cell(0, 3), QStringLiteral("已电话联系申请人")); // the result starts as mine
    QCOMPARE(cell(1, 0), QStringLiteral("优先级"));
    QCOMPARE(cell(1, 1), QStringLiteral("加急"));
    QCOMPARE(cell(1, 2), QStringLiteral("加急"));
    // The differing row stands out.
    QVERIFY(model->index(0, 1).data(ConflictFieldModel::DiffersRole).toBool());
    QVERIFY(!model->index(1, 1).data(ConflictFieldModel::DiffersRole).toBool());
    QVERIFY(model->index(0, 1).data(Qt::FontRole).value<QFont>().bold());

    const QString explanation =
        m_dialog->findChild<QLabel *>(QStringLiteral("conflictExplanationLabel"))->text();
    QVERIFY2(explanation.contains(QStringLiteral("第 3 版")) &&
                 explanation.contains(QStringLiteral("第 5 版")),
             qPrintable(explanation));
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("conflictTitleLabel"))->text(),
             QStringLiteral("办件 2026-1124-000123 · 修改冲突"));
    QVERIFY(button("keepMineButton")->isVisible());
    QVERIFY(button("takeServerButton")->isVisible());
    QVERIFY(button("mergeButton")->isVisible());
    QVERIFY(!button("mergeButton")->isEnabled()); // nothing merged yet
    QVERIFY(!button("discardButton")->isVisible());
    // Only the result column is editable.
    QVERIFY(model->flags(model->index(0, 3)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model->flags(model->index(0, 1)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model->flags(model->index(0, 2)).testFlag(Qt::ItemIsEditable));
}

void TestConflictQueueDialog::mergeSendsTheResultColumn()
{
    QTableView *table = fields();
    // Type a merged remark into the result cell, as a keyboard user would.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, ConflictFieldModel::ResultColumn));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    commitText(editor, QStringLiteral("材料已补齐，已电话联系申请人"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event-loop turn
    QTRY_COMPARE(cell(0, 3), QStringLiteral("材料已补齐，已电话联系申请人"));

    // The priority offers its two choices, by their labels.
    table->setCurrentIndex(table->model()->index(1, ConflictFieldModel::ResultColumn));
    QTest::keyClick(table, Qt::Key_F2);
    auto *combo = table->findChild<QComboBox *>(QStringLiteral("resultChoiceEditor"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("普通"));
    QCOMPARE(combo->currentText(), QStringLiteral("加急"));
    combo->setCurrentIndex(0);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(cell(1, 3), QStringLiteral("普通"));

    QVERIFY(button("mergeButton")->isEnabled());
    QSignalSpy resolved(m_dialog, &ConflictQueueDialog::resolved);
    QTest::mouseClick(button("mergeButton"), Qt::LeftButton);
    QCOMPARE(m_calls.size(), 1);
    QCOMPARE(m_calls.at(0).id, qint64(7));
    QCOMPARE(m_calls.at(0).resolution, SyncEngine::Resolution::Merge);
    const QJsonObject expected{{QStringLiteral("remark"), QStringLiteral("材料已补齐，已电话联系申请人")},
                               {QStringLiteral("priority"), QStringLiteral("normal")}};
    QCOMPARE(m_calls.at(0).merged, expected);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!button("keepMineButton")->isEnabled());

    m_calls.first().done(Result<void>());
    QCOMPARE(resolved.count(), 1);
    QVERIFY(!m_dialog->isBusy());
    // The entry left the queue; the next one is shown.
    QCOMPARE(m_dialog->listModel()->rowCount(), 1);
    QCOMPARE(m_dialog->currentId(), qint64(9));
}

void TestConflictQueueDialog::keepMineAndTakeServer()
{
    QTest::mouseClick(button("keepMineButton"), Qt::LeftButton);
    QCOMPARE(m_calls.size(), 1);
    QCOMPARE(m_calls.at(0).resolution, SyncEngine::Resolution::KeepMine);
    QVERIFY(m_calls.at(0).merged.isEmpty());
    // A second click while busy sends nothing.
    QTest::mouseClick(button("takeServerButton"), Qt::LeftButton);
    QCOMPARE(m_calls.size(), 1);
    m_calls.first().done(makeError(ErrorCode::Storage, QStringLiteral("x")));

    QTest::mouseClick(button("takeServerButton"), Qt::LeftButton);
    QCOMPARE(m_calls.size(), 2);
    QCOMPARE(m_calls.at(1).id, qint64(7));
    QCOMPARE(m_calls.at(1).resolution, SyncEngine::Resolution::TakeServer);
}

void TestConflictQueueDialog::rejectedEntryOffersOnlyDiscard()
{
    QVERIFY(m_dialog->selectEntry(9));
    QCOMPARE(m_dialog->currentId(), qint64(9));
    const QString explanation =
        m_dialog->findChild<QLabel *>(QStringLiteral("conflictExplanationLabel"))->text();
    QVERIFY2(explanation.contains(QStringLiteral("服务器拒绝了此更改")), qPrintable(explanation));
    QVERIFY2(explanation.contains(QStringLiteral("无权")), qPrintable(explanation)); // forbidden, translated
    QVERIFY(explanation.contains(QStringLiteral("the application is outside your department")));
    QVERIFY(!button("keepMineButton")->isVisible());
    QVERIFY(!button("takeServerButton")->isVisible());
    QVERIFY(!button("mergeButton")->isVisible());
    QVERIFY(button("discardButton")->isVisible());
    QVERIFY(button("discardButton")->isEnabled());
    QTableView *table = fields();
    QVERIFY(table->isColumnHidden(ConflictFieldModel::ServerColumn));
    QVERIFY(table->isColumnHidden(ConflictFieldModel::ResultColumn));
    QCOMPARE(cell(0, 0), QStringLiteral("优先级"));
    QCOMPARE(cell(0, 1), QStringLiteral("普通"));
    QVERIFY(!table->model()->flags(table->model()->index(0, 3)).testFlag(Qt::ItemIsEditable));

    QTest::mouseClick(button("discardButton"), Qt::LeftButton);
    QCOMPARE(m_calls.size(), 1);
    QCOMPARE(m_calls.at(0).id, qint64(9));
    QCOMPARE(m_calls.at(0).resolution, SyncEngine::Resolution::TakeServer);
}

void TestConflictQueueDialog::failureIsShownAndButtonsComeBack()
{
    QTest::mouseClick(button("keepMineButton"), Qt::LeftButton);
    auto *message = m_dialog->findChild<QLabel *>(QStringLiteral("conflictMessageLabel"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("正在保存您的决定…"));
    m_calls.first().done(makeError(ErrorCode::Storage, QStringLiteral("disk I/O error")));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("无法保存您的决定")), qPrintable(message->text()));
    QVERIFY(button("keepMineButton")->isEnabled());
    QCOMPARE(m_dialog->listModel()->rowCount(), 2); // nothing was resolved
    QCOMPARE(m_dialog->currentId(), qint64(7));
}

void TestConflictQueueDialog::reloadKeepsSelectionAndUnsentResult()
{
    QVERIFY(m_dialog->fieldModel()->setResult(QStringLiteral("remark"), QStringLiteral("合并后的备注")));
    store::ConflictEntry newer = rejectedEntry();
    newer.id = 11;
    m_dialog->setEntries({rejectedEntry(), conflictEntry(), newer});
    QCOMPARE(m_dialog->currentId(), qint64(7));
    QCOMPARE(cell(0, 3), QStringLiteral("合并后的备注"));
    QVERIFY(button("mergeButton")->isEnabled());

    // When the shown entry is gone (resolved elsewhere), the row in its place is shown.
    m_dialog->setEntries({rejectedEntry(), newer});
    QCOMPARE(m_dialog->currentId(), qint64(11));
}

void TestConflictQueueDialog::emptyQueueSaysSo()
{
    QSignalSpy loaded(m_dialog, &ConflictQueueDialog::loaded);
    m_dialog->setEntries({});
    QCOMPARE(loaded.count(), 1);
    auto *empty = m_dialog->findChild<QLabel *>(QStringLiteral("conflictEmptyTitleLabel"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("没有待处理的冲突"));
    QVERIFY(!m_dialog->findChild<QLabel *>(QStringLiteral("conflictIntroLabel"))->isVisible());
    QVERIFY(!fields()->isVisible());
    QCOMPARE(m_dialog->currentId(), qint64(0));

    m_dialog->showLoadError(makeError(ErrorCode::Storage, QStringLiteral("closed")));
    QCOMPARE(empty->text(), QStringLiteral("无法读取冲突队列"));
}

void TestConflictQueueDialog::keyboardMnemonic()
{
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    QCOMPARE(button("keepMineButton")->text(), QStringLiteral("保留我的(&K)"));
    QTest::keyClick(m_dialog, Qt::Key_K, Qt::AltModifier);
    QTRY_COMPARE(m_calls.size(), 1); // a mnemonic animates the click first
    QCOMPARE(m_calls.at(0).resolution, SyncEngine::Resolution::KeepMine);
}

QTEST_MAIN(TestConflictQueueDialog)
#include "tst_conflictqueuedialog.moc"
