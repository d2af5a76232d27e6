// AudienceBuilderWidget (issue 7; offscreen, Chinese translation, Noto Sans CJK SC on Fusion) over a real
// encrypted local copy (tests/unit/listfixture.h: two districts, their streets, communities and grids, a
// tag catalogue) read on the reader thread, without a server: typing a tag and Enter adds a chip (also a
// unique part of a name; an unknown name says so), the mode selector and a chip's menu change the mode
// and the expression, Delete and Backspace remove the focused chip, the attribute controls (age, gender,
// the district → street → community → grid cascade, another area, real-name level, life event) make the
// exact expression, a campaign's audience loads into the controls (and one the conditions cannot show
// into the read-only view until Start over), the count says it is offline, accessible names, buddies and
// the tab order.
//
// GOVDESK_SHOTS_DIR=<dir> also saves the widget at 700 px wide (conditions, and the read-only view) with
// a count and sample fed to its counter.

#include "../unit/listfixture.h"

#include "core/clock.h"
#include "models/audiencecatalogue.h"
#include "models/audiencecounter.h"
#include "models/datacontext.h"
#include "store/localreader.h"
#include "ui/audiencebuilderwidget.h"
#include "ui/theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gd;
using TagMode = AudienceBuilder::TagMode;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC); }
};

// Types text the way an input method commits it (QTest::keyClicks only takes Latin-1).
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

template <typename T> T *child(QObject *parent, const char *name)
{
    T *object = parent->findChild<T *>(QLatin1String(name));
    if (!object)
        qFatal("no child %s", name);
    return object;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setCurrentIndex(index);
}

} // namespace

class TestAudienceBuilderWidget : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void typingATagAndEnterAddsAChip();
    void modeChangesTheExpression();
    void deleteRemovesTheFocusedChip();
    void attributesMakeTheExpression();
    void loadsAnAudience();
    void unrepresentableIsReadOnly();
    void countIsOfflineWithoutAServer();
    void accessibleNamesAndTabOrder();
    void screenshots();

private:
    QList<QPushButton *> chips() const
    {
        return m_widget->findChildren<QPushButton *>(QStringLiteral("audienceTagChip"));
    }
    QPushButton *chip(const QString &tagId) const
    {
        for (QPushButton *c : chips()) {
            if (c->property("tagId").toString() == tagId)
                return c;
        }
        return nullptr;
    }
    // Types a tag name and presses Enter where the keys go: the completer's popup when it is open.
    void enterTag(const QString &name)
    {
        auto *edit = child<QLineEdit>(m_widget, "audienceTagEdit");
        edit->setFocus();
        commitText(edit, name);
        QWidget *popup = edit->completer()->popup();
        QTest::keyClick(popup && popup->isVisible() ? popup : static_cast<QWidget *>(edit), Qt::Key_Return);
    }
    QJsonObject lastEmitted(const QSignalSpy &spy) const
    {
        return spy.isEmpty() ? QJsonObject() : spy.constLast().constFirst().toJsonObject();
    }

    QTranslator m_chinese;
    QTemporaryDir m_dir;
    test::ListFixture m_fixture;
    FixedClock m_clock;
    store::LocalReader *m_reader = nullptr;
    DataContext *m_context = nullptr;
    AudienceBuilderWidget *m_widget = nullptr;
};

void TestAudienceBuilderWidget::initTestCase()
{
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
    QApplication::setStyle(QStringLiteral("Fusion"));
    Theme::apply(Theme::Kind::Light);

    QVERIFY(m_dir.isValid());
    const QString failed = m_fixture.create(m_dir.path(), 40, 0);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_fixture.close();
    m_reader = new store::LocalReader;
    QSignalSpy opened(m_reader, &store::LocalReader::opened);
    m_reader->open(m_fixture.path, m_fixture.key);
    QVERIFY(opened.wait(10000));
}

void TestAudienceBuilderWidget::cleanupTestCase()
{
    delete m_reader;
}

void TestAudienceBuilderWidget::init()
{
    m_context = new DataContext(nullptr, m_clock);
    m_context->setLocalData(m_reader, nullptr);
    m_widget = new AudienceBuilderWidget;
    m_widget->counter()->setDelay(0);
    m_widget->setContext(m_context);
    m_widget->resize(700, 760);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
    QApplication::setActiveWindow(m_widget);
    QTRY_VERIFY(m_widget->catalogue()->isLoaded());
    QCOMPARE(m_widget->catalogue()->tags().size(), 4); // the citizen tags only
}

void TestAudienceBuilderWidget::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
    delete m_context;
    m_context = nullptr;
}

void TestAudienceBuilderWidget::typingATagAndEnterAddsAChip()
{
    QSignalSpy changed(m_widget, &AudienceBuilderWidget::expressionChanged);
    auto *edit = child<QLineEdit>(m_widget, "audienceTagEdit");
    QVERIFY(chips().isEmpty());
    QVERIFY(child<QLabel>(m_widget, "audienceNoTags")->isVisible());

    enterTag(QStringLiteral("孕产妇"));
    QTRY_COMPARE(chips().size(), 1);
    QVERIFY(chip(QStringLiteral("t_pregnant")));
    QCOMPARE(chip(QStringLiteral("t_pregnant"))->text(), QStringLiteral("孕产妇"));
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(lastEmitted(changed), json(R"({"tag":"t_pregnant"})"));
    QCOMPARE(m_widget->expression(), json(R"({"tag":"t_pregnant"})"));
    QVERIFY(!child<QLabel>(m_widget, "audienceNoTags")->isVisible());
    QVERIFY(m_widget->description().contains(QStringLiteral("孕产妇")));

    // A part of a name that only one tag has is enough.
    enterTag(QStringLiteral("车"));
    QTRY_COMPARE(chips().size(), 2);
    QVERIFY(chip(QStringLiteral("t_car_owner")));
    QCOMPARE(lastEmitted(changed),
             json(R"({"op":"and","args":[{"tag":"t_pregnant"},{"tag":"t_car_owner"}]})"));

    // Unknown: a message, no chip, the text stays for correcting.
    const int before = int(changed.size());
    enterTag(QStringLiteral("不存在的标签"));
    auto *hint = child<QLabel>(m_widget, "audienceTagHint");
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("不存在的标签")));
    QCOMPARE(chips().size(), 2);
    QCOMPARE(changed.size(), before);
    QCOMPARE(edit->text(), QStringLiteral("不存在的标签"));

    // The Add button does what Enter does.
    edit->clear();
    commitText(edit, QStringLiteral("家有老人"));
    QTest::mouseClick(child<QPushButton>(m_widget, "audienceAddTag"), Qt::LeftButton);
    QTRY_COMPARE(chips().size(), 3);
    QVERIFY(!hint->isVisible());
}

void TestAudienceBuilderWidget::modeChangesTheExpression()
{
    QSignalSpy changed(m_widget, &AudienceBuilderWidget::expressionChanged);
    auto *mode = child<QComboBox>(m_widget, "audienceTagMode");
    // The mode selector, by keyboard: 排除 (Exclude) is the third.
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(mode->currentIndex(), 2);
    enterTag(QStringLiteral("有车族"));
    QTRY_COMPARE(chips().size(), 1);
    QCOMPARE(lastEmitted(changed), json(R"({"op":"not","arg":{"tag":"t_car_owner"}})"));

    // 任一 (any of) for two more.
    mode->setCurrentIndex(1);
    enterTag(QStringLiteral("孕产妇"));
    enterTag(QStringLiteral("家有老人"));
    QTRY_COMPARE(chips().size(), 3);
    QCOMPARE(lastEmitted(changed),
             json(R"({"op":"and","args":[{"op":"or","args":[{"tag":"t_pregnant"},{"tag":"t_elderly_home"}]},
                                          {"op":"not","arg":{"tag":"t_car_owner"}}]})"));

    // A chip's menu: the excluded tag becomes a required one.
    QPushButton *car = chip(QStringLiteral("t_car_owner"));
    QVERIFY(car && car->menu());
    QAction *required = car->menu()->findChild<QAction *>(QStringLiteral("chipModeRequired"));
    QVERIFY(required);
    QVERIFY(!required->isChecked());
    required->trigger();
    QTRY_VERIFY(chip(QStringLiteral("t_car_owner")) != car);
    QCOMPARE(lastEmitted(changed), json(R"({"op":"and","args":[{"tag":"t_car_owner"},
                                          {"op":"or","args":[{"tag":"t_pregnant"},{"tag":"t_elderly_home"}]}]})"));
    QVERIFY(chip(QStringLiteral("t_car_owner"))->hasFocus()); // the focus follows the chip
    QVERIFY(chip(QStringLiteral("t_car_owner"))
                ->menu()
                ->findChild<QAction *>(QStringLiteral("chipModeRequired"))
                ->isChecked());

    // Entering a tag again with another mode changes its mode.
    mode->setCurrentIndex(2);
    enterTag(QStringLiteral("孕产妇"));
    QTRY_COMPARE(m_widget->builder().tagMode(QStringLiteral("t_pregnant")),
                 std::optional<TagMode>(TagMode::Excluded));
    QCOMPARE(chips().size(), 3);
    QCOMPARE(lastEmitted(changed),
             json(R"({"op":"and","args":[{"tag":"t_car_owner"},{"op":"or","args":[{"tag":"t_elderly_home"}]},
                                          {"op":"not","arg":{"tag":"t_pregnant"}}]})"));
}

void TestAudienceBuilderWidget::deleteRemovesTheFocusedChip()
{
    QSignalSpy changed(m_widget, &AudienceBuilderWidget::expressionChanged);
    enterTag(QStringLiteral("孕产妇"));
    enterTag(QStringLiteral("有车族"));
    enterTag(QStringLiteral("家有老人"));
    QTRY_COMPARE(chips().size(), 3);

    QPushButton *car = chip(QStringLiteral("t_car_owner"));
    car->setFocus();
    QVERIFY(car->hasFocus());
    QTest::keyClick(car, Qt::Key_Delete);
    QTRY_COMPARE(chips().size(), 2);
    QVERIFY(!chip(QStringLiteral("t_car_owner")));
    QCOMPARE(lastEmitted(changed),
             json(R"({"op":"and","args":[{"tag":"t_pregnant"},{"tag":"t_elderly_home"}]})"));
    // The focus moved to the chip now in its place, so Delete can go on.
    QPushButton *next = chip(QStringLiteral("t_elderly_home"));
    QTRY_VERIFY(next->hasFocus());
    QTest::keyClick(next, Qt::Key_Backspace);
    QTRY_COMPARE(chips().size(), 1);
    QPushButton *last = chip(QStringLiteral("t_pregnant"));
    QTRY_VERIFY(last->hasFocus());
    QTest::keyClick(last, Qt::Key_Delete);
    QTRY_VERIFY(chips().isEmpty());
    QCOMPARE(lastEmitted(changed), AudienceBuilder::everyoneExpression());
    QTRY_VERIFY(child<QLineEdit>(m_widget, "audienceTagEdit")->hasFocus());
}

void TestAudienceBuilderWidget::attributesMakeTheExpression()
{
    QSignalSpy changed(m_widget, &AudienceBuilderWidget::expressionChanged);
    auto *minAge = child<QSpinBox>(m_widget, "audienceMinAge");
    auto *maxAge = child<QSpinBox>(m_widget, "audienceMaxAge");
    QCOMPARE(maxAge->text(), minAge->text()); // both 不限 / Any
    minAge->setValue(18);
    QCOMPARE(lastEmitted(changed), json(R"({"age":{"min":18}})"));
    maxAge->setValue(35);
    QCOMPARE(lastEmitted(changed), json(R"({"age":{"min":18,"max":35}})"));
    minAge->setValue(40); // above the maximum: the maximum follows
    QCOMPARE(maxAge->value(), 40);
    QCOMPARE(lastEmitted(changed), json(R"({"age":{"min":40,"max":40}})"));
    minAge->setValue(18);
    maxAge->setValue(35);

    auto *gender = child<QComboBox>(m_widget, "audienceGender");
    gender->setCurrentIndex(gender->findData(int(AudienceBuilder::Gender::Female)));
    QCOMPARE(lastEmitted(changed),
             json(R"({"op":"and","args":[{"age":{"min":18,"max":35}},{"gender":"female"}]})"));
    gender->setCurrentIndex(0);

    // The cascade: the deepest chosen level is the area.
    auto *district = child<QComboBox>(m_widget, "audienceDistrict");
    auto *street = child<QComboBox>(m_widget, "audienceStreet");
    auto *community = child<QComboBox>(m_widget, "audienceCommunity");
    auto *grid = child<QComboBox>(m_widget, "audienceGrid");
    auto *addRegion = child<QPushButton>(m_widget, "audienceAddRegion");
    QCOMPARE(district->count(), 3); // all districts, 思明区, 湖里区
    QVERIFY(!street->isEnabled());
    QVERIFY(!addRegion->isEnabled());
    selectData(district, QStringLiteral("350206"));
    QCOMPARE(lastEmitted(changed),
             json(R"({"op":"and","args":[{"age":{"min":18,"max":35}},{"region":"350206"}]})"));
    QVERIFY(street->isEnabled());
    QVERIFY(!community->isEnabled());
    QVERIFY(addRegion->isEnabled());
    selectData(street, QStringLiteral("350206001"));
    selectData(community, QStringLiteral("350206001001"));
    QCOMPARE(grid->count(), 3); // all grids, 第一网格, 第二网格
    selectData(grid, QStringLiteral("350206001001-02"));
    QCOMPARE(lastEmitted(changed),
             json(R"({"op":"and","args":[{"age":{"min":18,"max":35}},{"region":"350206001001-02"}]})"));
    // Back up one level: the community is the area again.
    grid->setCurrentIndex(0);
    QCOMPARE(lastEmitted(changed),
             json(R"({"op":"and","args":[{"age":{"min":18,"max":35}},{"region":"350206001001"}]})"));
    selectData(grid, QStringLiteral("350206001001-02"));

    // Another area: the grid becomes a chip (the audience is the same), the cascade starts again.
    const qsizetype before = changed.size();
    QTest::mouseClick(addRegion, Qt::LeftButton);
    QCOMPARE(changed.size(), before);
    QCOMPARE(district->currentIndex(), 0);
    QVERIFY(!street->isEnabled());
    const auto regionChips = [this] {
        return m_widget->findChildren<QPushButton *>(QStringLiteral("audienceRegionChip"));
    };
    QCOMPARE(regionChips().size(), 1);
    QCOMPARE(regionChips().constFirst()->text(), QStringLiteral("金山社区 · 第二网格"));
    QCOMPARE(m_widget->expression(),
             json(R"({"op":"and","args":[{"age":{"min":18,"max":35}},{"region":"350206001001-02"}]})"));
    selectData(district, QStringLiteral("350203"));
    QCOMPARE(lastEmitted(changed), json(R"({"op":"and","args":[{"age":{"min":18,"max":35}},
                                          {"op":"or","args":[{"region":"350206001001-02"},{"region":"350203"}]}]})"));
    // Delete on the area chip removes it.
    QPushButton *gridChip = regionChips().constFirst();
    gridChip->setFocus();
    QTest::keyClick(gridChip, Qt::Key_Delete);
    QTRY_VERIFY(regionChips().isEmpty());
    QCOMPARE(lastEmitted(changed),
             json(R"({"op":"and","args":[{"age":{"min":18,"max":35}},{"region":"350203"}]})"));

    auto *minLevel = child<QComboBox>(m_widget, "audienceMinLevel");
    auto *maxLevel = child<QComboBox>(m_widget, "audienceMaxLevel");
    minLevel->setCurrentIndex(minLevel->findData(3));
    maxLevel->setCurrentIndex(maxLevel->findData(2)); // below the minimum: the minimum follows
    QCOMPARE(minLevel->currentData().toInt(), 2);
    QCOMPARE(lastEmitted(changed),
             json(R"({"op":"and","args":[{"age":{"min":18,"max":35}},{"region":"350203"},
                                          {"realname_level":{"min":2,"max":2}}]})"));
    maxLevel->setCurrentIndex(0);

    auto *lifeTag = child<QComboBox>(m_widget, "audienceLifeEventTag");
    auto *from = child<QSpinBox>(m_widget, "audienceFromDays");
    auto *to = child<QSpinBox>(m_widget, "audienceToDays");
    QVERIFY(!from->isEnabled());
    selectData(lifeTag, QStringLiteral("t_pregnant"));
    QVERIFY(from->isEnabled());
    from->setValue(56);
    to->setValue(84);
    const QJsonObject expected = json(R"({"op":"and","args":[{"age":{"min":18,"max":35}},{"region":"350203"},
        {"realname_level":{"min":2}},{"life_event":{"tag":"t_pregnant","from_days":56,"to_days":84}}]})");
    QVERIFY2(lastEmitted(changed) == expected, qPrintable(compact(lastEmitted(changed))));
    QCOMPARE(m_widget->expression(), expected);
    bool weeks = false;
    for (QLabel *label : m_widget->findChildren<QLabel *>())
        weeks = weeks || label->text().contains(QStringLiteral("8–12"));
    QVERIFY(weeks);
    QVERIFY(m_widget->description().contains(QStringLiteral("思明区")));
    QVERIFY(m_widget->description().contains(QStringLiteral("孕产妇")));
}

void TestAudienceBuilderWidget::loadsAnAudience()
{
    AudienceBuilder b;
    b.addTag(QStringLiteral("t_pregnant"), TagMode::Required);
    b.addTag(QStringLiteral("t_car_owner"), TagMode::AnyOf);
    b.addTag(QStringLiteral("t_elderly_home"), TagMode::Excluded);
    b.setAgeRange(20, std::nullopt);
    b.setGender(AudienceBuilder::Gender::Male);
    b.setRegions({QStringLiteral("350203"), QStringLiteral("350206001001-01")});
    b.setRealnameLevelRange(std::nullopt, 2);
    b.setLifeEvent(AudienceBuilder::LifeEvent{QStringLiteral("t_mobile_user"), 0, 7});
    const QJsonObject e = b.expression();

    QSignalSpy changed(m_widget, &AudienceBuilderWidget::expressionChanged);
    m_widget->setExpression(e);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_widget->isReadOnly());
    QCOMPARE(m_widget->expression(), e);
    QVERIFY(m_widget->builder() == b);
    QCOMPARE(chips().size(), 3);
    QCOMPARE(chip(QStringLiteral("t_car_owner"))->text(), QStringLiteral("有车族"));
    // The last area in the cascade, the others as chips.
    QCOMPARE(child<QComboBox>(m_widget, "audienceDistrict")->currentData().toString(),
             QStringLiteral("350206"));
    QCOMPARE(child<QComboBox>(m_widget, "audienceStreet")->currentData().toString(),
             QStringLiteral("350206001"));
    QCOMPARE(child<QComboBox>(m_widget, "audienceCommunity")->currentData().toString(),
             QStringLiteral("350206001001"));
    QCOMPARE(child<QComboBox>(m_widget, "audienceGrid")->currentData().toString(),
             QStringLiteral("350206001001-01"));
    const QList<QPushButton *> regionChips =
        m_widget->findChildren<QPushButton *>(QStringLiteral("audienceRegionChip"));
    QCOMPARE(regionChips.size(), 1);
    QCOMPARE(regionChips.constFirst()->text(), QStringLiteral("思明区"));
    QCOMPARE(child<QSpinBox>(m_widget, "audienceMinAge")->value(), 20);
    QCOMPARE(child<QComboBox>(m_widget, "audienceGender")->currentData().toInt(),
             int(AudienceBuilder::Gender::Male));
    QCOMPARE(child<QComboBox>(m_widget, "audienceMinLevel")->currentData().toInt(), 0);
    QCOMPARE(child<QComboBox>(m_widget, "audienceMaxLevel")->currentData().toInt(), 2);
    QCOMPARE(child<QComboBox>(m_widget, "audienceLifeEventTag")->currentData().toString(),
             QStringLiteral("t_mobile_user"));
    QCOMPARE(child<QSpinBox>(m_widget, "audienceToDays")->value(), 7);

    // An edit after loading changes only what was edited.
    auto *gender = child<QComboBox>(m_widget, "audienceGender");
    gender->setCurrentIndex(gender->findData(int(AudienceBuilder::Gender::Female)));
    b.setGender(AudienceBuilder::Gender::Female);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(lastEmitted(changed), b.expression());

    // Loaded before the catalogue is read: ids first, names when it arrives; the audience is the same.
    AudienceBuilderWidget early;
    early.setExpression(e);
    QCOMPARE(early.expression(), e);
    early.setContext(m_context);
    QTRY_VERIFY(early.catalogue()->isLoaded());
    QPushButton *pregnant = nullptr;
    QTRY_VERIFY((pregnant = early.findChild<QPushButton *>(QStringLiteral("audienceTagChip"))) &&
                pregnant->text() == QStringLiteral("孕产妇"));
    QCOMPARE(early.expression(), e);
}

void TestAudienceBuilderWidget::unrepresentableIsReadOnly()
{
    QSignalSpy changed(m_widget, &AudienceBuilderWidget::expressionChanged);
    const QJsonObject odd = json(R"({"op":"or","args":[{"tag":"t_pregnant"},{"region":"350206"}]})");
    m_widget->setExpression(odd);
    QVERIFY(m_widget->isReadOnly());
    QCOMPARE(m_widget->expression(), odd);
    QCOMPARE(changed.size(), 0);
    auto *pages = m_widget->findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("audienceReadOnlyPage"));
    auto *jsonView = child<QPlainTextEdit>(m_widget, "audienceJson");
    QVERIFY(jsonView->isReadOnly());
    QVERIFY(jsonView->isVisible());
    QVERIFY(jsonView->toPlainText().contains(QStringLiteral("\"t_pregnant\"")));
    auto *message = child<QLabel>(m_widget, "audienceReadOnlyMessage");
    QVERIFY(message->isVisible());
    // The explanation in the UI's language (the test runs in Chinese).
    QVERIFY2(message->text().contains(QStringLiteral("无法")), qPrintable(message->text()));

    QTest::mouseClick(child<QPushButton>(m_widget, "audienceStartOver"), Qt::LeftButton);
    QVERIFY(!m_widget->isReadOnly());
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("audienceEditorPage"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(lastEmitted(changed), AudienceBuilder::everyoneExpression());

    // Not valid at all: shown the same way, with another message.
    m_widget->setExpression(json(R"({"op":"xor","args":[]})"));
    QVERIFY(m_widget->isReadOnly());
    QVERIFY2(message->text().contains(QStringLiteral("不是有效的表达式")), qPrintable(message->text()));
}

void TestAudienceBuilderWidget::countIsOfflineWithoutAServer()
{
    auto *count = child<QLabel>(m_widget, "audienceCount");
    const QString offline =
        AudienceBuilderWidget::tr("Offline — the number of people needs a server connection");
    QTRY_COMPARE(count->text(), offline);
    QVERIFY(!child<QWidget>(m_widget, "audienceBusy")->isVisible());
    QVERIFY(!child<QListWidget>(m_widget, "audienceSample")->isVisible());
    enterTag(QStringLiteral("孕产妇"));
    QTRY_COMPARE(chips().size(), 1);
    QTRY_COMPARE(count->text(), offline);

    // What an answer shows (the counter's signal, as the server's answer would make it).
    AudienceMember member;
    member.id = QStringLiteral("c1");
    member.name = QStringLiteral("王**");
    member.gender = QStringLiteral("female");
    member.age = 31;
    member.districtCode = QStringLiteral("350206");
    emit m_widget->counter()->counted(12345, {member, member}, 0.42, QDate(2026, 11, 24));
    QCOMPARE(count->text(), AudienceBuilderWidget::tr("About %1 people · %2 ms")
                                .arg(QLocale().toString(12345), QLocale().toString(0.42, 'f', 1)));
    auto *sample = child<QListWidget>(m_widget, "audienceSample");
    QVERIFY(sample->isVisible());
    QCOMPARE(sample->count(), 2);
    QVERIFY(sample->item(0)->text().startsWith(QStringLiteral("王**")));
    QVERIFY(sample->item(0)->text().contains(QStringLiteral("湖里区")));
    emit m_widget->counter()->failed(makeError(ErrorCode::Unavailable, QStringLiteral("gone")));
    QCOMPARE(count->text(), offline);
    QVERIFY(!sample->isVisible());
}

void TestAudienceBuilderWidget::accessibleNamesAndTabOrder()
{
    enterTag(QStringLiteral("孕产妇"));
    QTRY_COMPARE(chips().size(), 1);
    selectData(child<QComboBox>(m_widget, "audienceDistrict"), QStringLiteral("350203"));
    QTest::mouseClick(child<QPushButton>(m_widget, "audienceAddRegion"), Qt::LeftButton);
    selectData(child<QComboBox>(m_widget, "audienceDistrict"), QStringLiteral("350206"));
    selectData(child<QComboBox>(m_widget, "audienceLifeEventTag"), QStringLiteral("t_pregnant"));
    AudienceMember member;
    member.id = QStringLiteral("c1");
    member.name = QStringLiteral("王**");
    emit m_widget->counter()->counted(1, {member}, 1, QDate(2026, 11, 24));

    // The lists inside combo boxes and the completer's popup are Qt's own.
    const auto insidePopup = [this](QWidget *widget) {
        for (QWidget *w = widget; w && w != m_widget; w = w->parentWidget()) {
            if (w->isWindow() || qobject_cast<QComboBox *>(w->parentWidget()))
                return true;
        }
        return false;
    };
    for (QWidget *widget : m_widget->findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
        if (control && widget->focusPolicy() != Qt::NoFocus &&
            !widget->objectName().startsWith(QLatin1String("qt_")) && !insidePopup(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(widget->objectName() + QLatin1Char(' ') +
                                QLatin1String(widget->metaObject()->className())));
    }
    for (QLabel *label : m_widget->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QStringList chain;
    QWidget *widget = child<QLineEdit>(m_widget, "audienceTagEdit");
    for (int i = 0; i < 17; ++i) {
        chain.append(widget->objectName());
        widget = widget->nextInFocusChain();
        while (widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled() || !widget->isVisible() ||
               widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_")))
            widget = widget->nextInFocusChain();
    }
    QCOMPARE(chain, (QStringList{QStringLiteral("audienceTagEdit"), QStringLiteral("audienceTagMode"),
                                 QStringLiteral("audienceAddTag"), QStringLiteral("audienceTagChip"),
                                 QStringLiteral("audienceMinAge"), QStringLiteral("audienceMaxAge"),
                                 QStringLiteral("audienceGender"), QStringLiteral("audienceDistrict"),
                                 QStringLiteral("audienceStreet"), QStringLiteral("audienceAddRegion"),
                                 QStringLiteral("audienceRegionChip"), QStringLiteral("audienceMinLevel"),
                                 QStringLiteral("audienceMaxLevel"), QStringLiteral("audienceLifeEventTag"),
                                 QStringLiteral("audienceFromDays"), QStringLiteral("audienceToDays"),
                                 QStringLiteral("audienceSample")}));
}

void TestAudienceBuilderWidget::screenshots()
{
    const QString dir = qEnvironmentVariable("GOVDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set GOVDESK_SHOTS_DIR to save screenshots");
    QDir().mkpath(dir);
    AudienceBuilder b;
    b.addTag(QStringLiteral("t_pregnant"), TagMode::Required);
    b.addTag(QStringLiteral("t_car_owner"), TagMode::AnyOf);
    b.addTag(QStringLiteral("t_mobile_user"), TagMode::AnyOf);
    b.addTag(QStringLiteral("t_elderly_home"), TagMode::Excluded);
    b.setAgeRange(18, 35);
    b.setGender(AudienceBuilder::Gender::Female);
    b.setRegions({QStringLiteral("350203"), QStringLiteral("350206001001-01")});
    b.setRealnameLevelRange(2, std::nullopt);
    b.setLifeEvent(AudienceBuilder::LifeEvent{QStringLiteral("t_pregnant"), 56, 84});
    QList<AudienceMember> sample;
    const QString surnames = QStringLiteral("王李刘陈杨黄吴徐孙胡马林郑谢罗高梁宋唐许");
    for (int i = 0; i < 20; ++i) {
        AudienceMember m;
        m.id = QStringLiteral("c%1").arg(i);
        m.name = QString(surnames.at(i)) + QStringLiteral("**");
        m.gender = QStringLiteral("female");
        m.age = 19 + (i * 7) % 17;
        m.districtCode = i % 3 == 0 ? QStringLiteral("350203") : QStringLiteral("350206");
        sample.append(m);
    }
    const auto shoot = [&](const QString &name) {
        QCoreApplication::processEvents();
        m_widget->resize(700, m_widget->sizeHint().height());
        QCoreApplication::processEvents();
        QVERIFY(m_widget->grab().save(QDir(dir).filePath(name)));
    };
    // The counter's own (offline) answer first, then the one a server would give.
    const auto answer = [&](qint64 count, const QList<AudienceMember> &members) {
        QCoreApplication::processEvents();
        emit m_widget->counter()->counted(count, members, 0.42, QDate(2026, 11, 24));
    };
    m_widget->setExpression(b.expression());
    answer(12345, sample);
    shoot(QStringLiteral("audience-builder-zh.png"));
    QCoreApplication::removeTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    answer(12345, sample);
    shoot(QStringLiteral("audience-builder-en.png"));
    m_widget->setExpression(json(R"({"op":"or","args":[{"tag":"t_pregnant"},{"region":"350206"}]})"));
    answer(321, sample.mid(0, 6));
    shoot(QStringLiteral("audience-readonly-en.png"));
    m_widget->clear();
    shoot(QStringLiteral("audience-empty-en.png"));
    QCoreApplication::installTranslator(&m_chinese);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

QTEST_MAIN(TestAudienceBuilderWidget)
#include "tst_audiencebuilderwidget.moc"
