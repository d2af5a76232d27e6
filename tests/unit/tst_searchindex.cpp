// The local search index (SearchTokenizer + SearchIndex) against a real SQLCipher file with a random key:
// Han names of 1–3 characters, pinyin and initials, polyphonic surnames, masked ID/phone fragments,
// USCC fragments, FTS5 syntax in user input, replace and delete.
#include "store/searchindex.h"
#include "store/searchtokenizer.h"
#include "store/sqlite.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace gd::store;
using Kind = SearchIndex::Kind;
using Ids = QList<qint64>;

namespace {

struct Person {
    qint64 rowid;
    const char16_t *name;
    const char *idNumber;
    const char *phone;
};

// Masked as the server sends them, except rowid 13 (see privacyOfRevealedNumbers).
const Person kPeople[] = {
    {1, u"张三", "3502**********1234", "138****8000"},
    {2, u"张三丰", "3505**********5678", "139****1234"},
    {3, u"三张", "3622**********0001", "150****2222"},
    {4, u"张四三", "4301**********002X", "186****3333"},
    {5, u"王", "3502**********0011", "138****4444"},
    {6, u"王五", "3502**********0022", "137****5555"},
    {7, u"李王", "3502**********0033", "136****6666"},
    {8, u"单田芳", "3502**********0044", "135****7777"},
    {9, u"曾国藩", "3502**********0055", "133****9999"},
    {10, u"吕小明", "3502**********0066", "188****1010"},
    {11, u"欧阳娜娜", "3502**********0077", "189****2020"},
    {12, u"阿依古丽·买买提", "6501**********0088", "199****3030"},
    {13, u"陈明", "350203199003071230", "13912345678"},
};

struct Company {
    qint64 rowid;
    const char16_t *name;
    const char *uscc;
    const char *phone;
};

const Company kCompanies[] = {
    {101, u"厦门鑫源贸易有限公司", "91350203MA31ABCD5K", "0592****3456"},
    {102, u"招商银行厦门分行", "91350200260130346B", "0592****5555"},
    {103, u"ABC科技（厦门）有限公司", "91350206MA8UXYZ01Q", "159****7788"},
};

Ids sorted(Ids ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestSearchIndex : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void tokenDesign();
    void expressions();
    void emptyQueries_data();
    void emptyQueries();
    void hanNames_data();
    void hanNames();
    void pinyin_data();
    void pinyin();
    void helpers();
    void numbers_data();
    void numbers();
    void privacyOfRevealedNumbers();
    void enterprises_data();
    void enterprises();
    void ftsSyntaxIsHarmless_data();
    void ftsSyntaxIsHarmless();
    void pagingAndClause();
    void replaceAndDelete();
    void clearAndOptimize();

private:
    Ids find(Kind kind, const QString &query);

    QTemporaryDir m_dir;
    Connection m_connection;
    std::unique_ptr<SearchIndex> m_index;
};

void TestSearchIndex::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto connection = Connection::open(m_dir.filePath(QStringLiteral("cache.db")));
    QVERIFY(connection.ok());
    m_connection = std::move(*connection);
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    QVERIFY(m_connection.setKey(key).ok());
    QVERIFY(m_connection.scalar("SELECT count(*) FROM sqlite_master").ok());
    for (const QByteArray &sql : SearchIndex::schemaStatements())
        QVERIFY2(m_connection.exec(sql).ok(), sql.constData());
    m_index = std::make_unique<SearchIndex>(m_connection);
    QVERIFY(m_index->tokenizer().hasPinyin());

    auto tx = WriteTransaction::begin(m_connection);
    QVERIFY(tx.ok());
    for (const Person &p : kPeople) {
        const SearchDocument doc{
            QString::fromUtf16(p.name), QString::fromLatin1(p.idNumber), QString::fromLatin1(p.phone), {}};
        QVERIFY(m_index->upsert(Kind::Citizen, p.rowid, doc).ok());
    }
    for (const Company &c : kCompanies) {
        const SearchDocument doc{
            QString::fromUtf16(c.name), {}, QString::fromLatin1(c.phone), QString::fromLatin1(c.uscc)};
        QVERIFY(m_index->upsert(Kind::Enterprise, c.rowid, doc).ok());
    }
    QVERIFY(tx->commit().ok());
}

void TestSearchIndex::cleanupTestCase()
{
    m_index.reset();
    m_connection.close();
}

Ids TestSearchIndex::find(Kind kind, const QString &query)
{
    auto result = m_index->search(kind, query, 1000);
    if (!result) {
        qWarning("search failed: %s", qPrintable(result.error().message));
        return {-1};
    }
    return sorted(*result);
}

void TestSearchIndex::tokenDesign()
{
    SearchTokenizer t;
    const SearchColumns c = t.tokens(
        {QStringLiteral("张三"), QStringLiteral("3502**********1234"), QStringLiteral("138****8000"), {}});
    QCOMPARE(c.name, QStringLiteral("张 三"));
    QCOMPARE(c.pinyin, QStringLiteral("zhangsan zs san"));
    QCOMPARE(c.numbers, QStringLiteral("3502 502 02 1234 234 34 138 38 8000 000 00"));

    const SearchColumns three = t.tokens({QStringLiteral("张三丰"), {}, {}, {}});
    QCOMPARE(three.pinyin, QStringLiteral("zhangsanfeng zhangsf zsf sanfeng sf feng"));
    QVERIFY(three.numbers.isEmpty());

    // A surname with its own reading keeps the ordinary one as an alternate.
    const SearchColumns shan = t.tokens({QStringLiteral("单芳"), {}, {}, {}});
    QCOMPARE(shan.pinyin, QStringLiteral("shanfang sf fang danfang df"));
    const SearchColumns org =
        t.tokens({QStringLiteral("单芳"), {}, {}, {}}, SearchTokenizer::NameKind::Organisation);
    QCOMPARE(org.pinyin, QStringLiteral("danfang df fang"));
}

void TestSearchIndex::expressions()
{
    const SearchTokenizer &t = m_index->tokenizer();
    QCOMPARE(t.matchExpression(QStringLiteral("张三")), QStringLiteral("name : \"张 三\""));
    QCOMPARE(t.matchExpression(QStringLiteral("zs")), QStringLiteral("{pinyin numbers} : \"zs\" *"));
    QCOMPARE(t.matchExpression(QStringLiteral("Zhang San")),
             QStringLiteral("{pinyin numbers} : \"zhangsan\" *"));
    QCOMPARE(t.matchExpression(QStringLiteral("张 138")),
             QStringLiteral("name : \"张\" AND numbers : \"138\" *"));
    QCOMPARE(t.matchExpression(QStringLiteral("张san")), QStringLiteral("{pinyin numbers} : \"zhangsan\" *"));
    QCOMPARE(t.matchExpression(QStringLiteral("３５０２")), QStringLiteral("numbers : \"3502\" *"));
    QCOMPARE(t.matchExpression(QStringLiteral("3502**********1234")),
             QStringLiteral("numbers : \"3502\" * AND numbers : \"1234\" *"));
}

void TestSearchIndex::emptyQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   \t ");
    QTest::newRow("ideographic space") << QStringLiteral("\u3000");
    QTest::newRow("asterisks") << QStringLiteral("****");
    QTest::newRow("masked middle") << QStringLiteral("**********");
    QTest::newRow("punctuation") << QStringLiteral("\"-:^*(){}+,.。·");
    QTest::newRow("lone letter") << QStringLiteral("z");
    QTest::newRow("lone digit") << QStringLiteral("8");
}

void TestSearchIndex::emptyQueries()
{
    QFETCH(QString, query);
    QVERIFY(m_index->matchExpression(query).isEmpty());
    QCOMPARE(find(Kind::Citizen, query), Ids{});
}

void TestSearchIndex::hanNames_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Ids>("expected");
    // "Contains": a single character finds it anywhere in a name.
    QTest::newRow("1 char 王") << QStringLiteral("王") << Ids{5, 6, 7};
    QTest::newRow("1 char 张") << QStringLiteral("张") << Ids{1, 2, 3, 4};
    // A phrase: order and adjacency count.
    QTest::newRow("2 chars 张三") << QStringLiteral("张三") << Ids{1, 2};
    QTest::newRow("2 chars 三张") << QStringLiteral("三张") << Ids{3};
    QTest::newRow("2 chars 王五") << QStringLiteral("王五") << Ids{6};
    QTest::newRow("3 chars") << QStringLiteral("张三丰") << Ids{2};
    QTest::newRow("given name") << QStringLiteral("三丰") << Ids{2};
    QTest::newRow("no such") << QStringLiteral("张五") << Ids{};
    // Separate words are separate terms, ANDed.
    QTest::newRow("two words") << QStringLiteral("张 三") << Ids{1, 2, 3, 4};
    QTest::newRow("middle dot") << QStringLiteral("古丽·买买提") << Ids{12};
    QTest::newRow("surrounding spaces") << QStringLiteral("  王五 ") << Ids{6};
}

void TestSearchIndex::hanNames()
{
    QFETCH(QString, query);
    QFETCH(Ids, expected);
    QCOMPARE(find(Kind::Citizen, query), expected);
}

void TestSearchIndex::pinyin_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Ids>("expected");
    QTest::newRow("full") << QStringLiteral("zhangsan") << Ids{1, 2};
    QTest::newRow("full, spaced") << QStringLiteral("zhang san") << Ids{1, 2};
    QTest::newRow("full, upper case") << QStringLiteral("ZhangSan") << Ids{1, 2};
    QTest::newRow("full 3") << QStringLiteral("zhangsanfeng") << Ids{2};
    QTest::newRow("prefix") << QStringLiteral("zhangs") << Ids{1, 2, 4}; // 张四三 is zhang si san
    QTest::newRow("prefix 2") << QStringLiteral("zhangsanf") << Ids{2};
    QTest::newRow("given name") << QStringLiteral("sanfeng") << Ids{2};
    QTest::newRow("initials") << QStringLiteral("zs") << Ids{1, 2, 4};
    QTest::newRow("initials 3") << QStringLiteral("zsf") << Ids{2};
    QTest::newRow("initials upper") << QStringLiteral("ZSF") << Ids{2};
    QTest::newRow("initials fullwidth") << QStringLiteral("ＺＳＦ") << Ids{2};
    QTest::newRow("full then initials") << QStringLiteral("zhangsf") << Ids{2};
    QTest::newRow("han glued to letters") << QStringLiteral("张sanf") << Ids{2};
    QTest::newRow("han and letters") << QStringLiteral("王 wu") << Ids{6};
    QTest::newRow("reversed") << QStringLiteral("sanzhang") << Ids{3};
    QTest::newRow("no such") << QStringLiteral("zhangwu") << Ids{};
    // Polyphonic surnames: the surname reading and ICU's ordinary reading both find the person.
    QTest::newRow("单 shan") << QStringLiteral("shantianfang") << Ids{8};
    QTest::newRow("单 dan") << QStringLiteral("dantianfang") << Ids{8};
    QTest::newRow("单 initials") << QStringLiteral("stf") << Ids{8};
    QTest::newRow("曾 zeng") << QStringLiteral("zengguofan") << Ids{9};
    QTest::newRow("曾 ceng") << QStringLiteral("cengguofan") << Ids{9};
    // ü: ICU's u and the keyboard's v.
    QTest::newRow("吕 lu") << QStringLiteral("luxiaoming") << Ids{10};
    QTest::newRow("吕 lv") << QStringLiteral("lvxiaoming") << Ids{10};
    QTest::newRow("compound surname") << QStringLiteral("ouyangnana") << Ids{11};
    QTest::newRow("compound initials") << QStringLiteral("oynn") << Ids{11};
    QTest::newRow("minority name") << QStringLiteral("ayiguli") << Ids{12};
    QTest::newRow("minority name, second part") << QStringLiteral("maimaiti") << Ids{12};
    QTest::newRow("pinyin and number") << QStringLiteral("zs 8000") << Ids{1};
}

void TestSearchIndex::pinyin()
{
    QFETCH(QString, query);
    QFETCH(Ids, expected);
    QCOMPARE(find(Kind::Citizen, query), expected);
}

void TestSearchIndex::helpers()
{
    const SearchTokenizer &t = m_index->tokenizer();
    QCOMPARE(t.pinyin(QStringLiteral("张三")), QStringLiteral("zhang san"));
    QCOMPARE(t.initials(QStringLiteral("张三")), QStringLiteral("zs"));
    QCOMPARE(t.pinyin(QStringLiteral("张三丰")), QStringLiteral("zhang san feng"));
    QCOMPARE(t.initials(QStringLiteral("欧阳娜娜")), QStringLiteral("oynn"));
    QCOMPARE(t.pinyin(QStringLiteral("单田芳")), QStringLiteral("shan tian fang"));
    QCOMPARE(t.pinyin(QStringLiteral("单田芳"), SearchTokenizer::NameKind::Organisation),
             QStringLiteral("dan tian fang"));
    QCOMPARE(t.pinyin(QStringLiteral("厦门")), QStringLiteral("xia men"));
    QCOMPARE(t.pinyin(QStringLiteral("吕")), QStringLiteral("lu"));
    QCOMPARE(t.pinyin(QStringLiteral("ABC科技")), QStringLiteral("abc ke ji"));
    QCOMPARE(t.pinyin(QStringLiteral("𠮷")), QString()); // no reading (CJK extension B)
}

void TestSearchIndex::numbers_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Ids>("expected");
    QTest::newRow("ID tail / phone tail") << QStringLiteral("1234") << Ids{1, 2};
    QTest::newRow("ID region") << QStringLiteral("3502") << Ids{1, 5, 6, 7, 8, 9, 10, 11, 13};
    QTest::newRow("ID region, city") << QStringLiteral("3505") << Ids{2};
    QTest::newRow("ID tail with X") << QStringLiteral("002x") << Ids{4};
    QTest::newRow("ID tail with upper X") << QStringLiteral("002X") << Ids{4};
    QTest::newRow("phone tail") << QStringLiteral("8000") << Ids{1};
    QTest::newRow("phone tail fragment") << QStringLiteral("800") << Ids{1};
    QTest::newRow("phone head") << QStringLiteral("138") << Ids{1, 5};
    QTest::newRow("inner fragment") << QStringLiteral("56") << Ids{2, 13}; // 13: phone 139****5678
    QTest::newRow("masked value pasted") << QStringLiteral("138****8000") << Ids{1};
    QTest::newRow("masked ID pasted") << QStringLiteral("3505**********5678") << Ids{2};
    QTest::newRow("name and number") << QStringLiteral("张 138") << Ids{1};
    QTest::newRow("han glued to number") << QStringLiteral("张138") << Ids{1};
    // Fragments never span the masked part: the digits behind the asterisks are not known.
    QTest::newRow("across the mask") << QStringLiteral("1388000") << Ids{};
    QTest::newRow("whole number") << QStringLiteral("13812348000") << Ids{};
}

void TestSearchIndex::numbers()
{
    QFETCH(QString, query);
    QFETCH(Ids, expected);
    QCOMPARE(find(Kind::Citizen, query), expected);
}

void TestSearchIndex::privacyOfRevealedNumbers()
{
    // Rowid 13 was handed over unmasked (350203199003071230, 13912345678): only what the masked form
    // shows is indexed.
    const SearchColumns c = m_index->tokenizer().tokens(
        {QStringLiteral("陈明"), QStringLiteral("350203199003071230"), QStringLiteral("13912345678"), {}});
    QCOMPARE(c.numbers, QStringLiteral("3502 502 02 1230 230 30 139 39 5678 678 78"));
    QCOMPARE(find(Kind::Citizen, QStringLiteral("1230")), Ids{13});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("0307")), Ids{});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("19900307")), Ids{});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("1234")), (Ids{1, 2})); // not 13's hidden digits
    QCOMPARE(find(Kind::Citizen, QStringLiteral("5678")), (Ids{2, 13}));
}

void TestSearchIndex::enterprises_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Ids>("expected");
    QTest::newRow("name") << QStringLiteral("厦门") << Ids{101, 102, 103};
    QTest::newRow("name 2") << QStringLiteral("鑫源") << Ids{101};
    QTest::newRow("xiamen") << QStringLiteral("xiamen") << Ids{101, 102, 103};
    QTest::newRow("sha men (ICU's reading of 厦)") << QStringLiteral("shamen") << Ids{101, 102, 103};
    QTest::newRow("yinhang") << QStringLiteral("yinhang") << Ids{102};
    QTest::newRow("yinxing") << QStringLiteral("yinxing") << Ids{102};
    QTest::newRow("initials") << QStringLiteral("zsyh") << Ids{102};
    QTest::newRow("inner initials") << QStringLiteral("xmfh") << Ids{102};
    // Letters match USCCs too: 101 is 91350203MA31ABCD5K.
    QTest::newRow("latin in name") << QStringLiteral("abc") << Ids{101, 103};
    QTest::newRow("latin and pinyin") << QStringLiteral("abckeji") << Ids{103};
    QTest::newRow("latin and han") << QStringLiteral("ABC科技") << Ids{103};
    QTest::newRow("uscc prefix") << QStringLiteral("91350203") << Ids{101};
    QTest::newRow("uscc region") << QStringLiteral("350206") << Ids{103};
    QTest::newRow("uscc inner") << QStringLiteral("MA31") << Ids{101};
    QTest::newRow("uscc inner lower") << QStringLiteral("ma31abcd") << Ids{101};
    QTest::newRow("uscc suffix") << QStringLiteral("CD5K") << Ids{101};
    QTest::newRow("uscc tail 2") << QStringLiteral("5k") << Ids{101};
    QTest::newRow("uscc letters only") << QStringLiteral("uxyz") << Ids{103};
    QTest::newRow("uscc whole") << QStringLiteral("91350200260130346B") << Ids{102};
    QTest::newRow("phone") << QStringLiteral("7788") << Ids{103};
}

void TestSearchIndex::enterprises()
{
    QFETCH(QString, query);
    QFETCH(Ids, expected);
    QCOMPARE(find(Kind::Enterprise, query), expected);
}

void TestSearchIndex::ftsSyntaxIsHarmless_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Ids>("expected");
    QTest::newRow("quote") << QStringLiteral("\"") << Ids{};
    QTest::newRow("unbalanced quote") << QStringLiteral("王\"") << Ids{5, 6, 7};
    QTest::newRow("quoted") << QStringLiteral("\"王五\"") << Ids{6};
    QTest::newRow("star") << QStringLiteral("*") << Ids{};
    QTest::newRow("prefix star") << QStringLiteral("zs*") << Ids{1, 2, 4};
    QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << Ids{};
    QTest::newRow("NEAR group") << QStringLiteral("NEAR(张 三, 2)") << Ids{};
    QTest::newRow("AND") << QStringLiteral("AND") << Ids{};
    QTest::newRow("OR between names") << QStringLiteral("王 OR 李") << Ids{};
    QTest::newRow("NOT") << QStringLiteral("王 NOT 五") << Ids{};
    QTest::newRow("minus") << QStringLiteral("-王") << Ids{5, 6, 7};
    QTest::newRow("column filter") << QStringLiteral("numbers:1234") << Ids{};
    QTest::newRow("colon") << QStringLiteral(":") << Ids{};
    QTest::newRow("caret") << QStringLiteral("^王") << Ids{5, 6, 7};
    QTest::newRow("braces") << QStringLiteral("{name}:王") << Ids{};
    QTest::newRow("plus") << QStringLiteral("张+三") << Ids{1, 2, 3, 4};
    QTest::newRow("parentheses") << QStringLiteral("(王)") << Ids{5, 6, 7};
    QTest::newRow("sql quote") << QStringLiteral("王'; DROP TABLE citizen_search; --") << Ids{};
    QTest::newRow("nul") << QString(QChar(0)) << Ids{};
}

void TestSearchIndex::ftsSyntaxIsHarmless()
{
    QFETCH(QString, query);
    QFETCH(Ids, expected);
    QCOMPARE(find(Kind::Citizen, query), expected);
    QVERIFY(m_connection.scalar("SELECT count(*) FROM citizen_search").ok());
}

void TestSearchIndex::pagingAndClause()
{
    // FTS order is rowid order; limit and offset page through it.
    auto all = m_index->search(Kind::Citizen, QStringLiteral("3502"), 100);
    QVERIFY(all.ok());
    QCOMPARE(*all, (Ids{1, 5, 6, 7, 8, 9, 10, 11, 13}));
    auto page = m_index->search(Kind::Citizen, QStringLiteral("3502"), 3, 2);
    QVERIFY(page.ok());
    QCOMPARE(*page, (Ids{6, 7, 8}));
    auto none = m_index->search(Kind::Citizen, QStringLiteral("3502"), 0);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());

    // The clause embeds in the owning table's query.
    QVERIFY(m_connection.exec("CREATE TABLE people (rowid INTEGER PRIMARY KEY, name TEXT)").ok());
    for (const Person &p : kPeople) {
        auto ins = m_connection.prepare("INSERT INTO people(rowid, name) VALUES (?1, ?2)");
        QVERIFY(ins.ok());
        QVERIFY(ins->bind(1, p.rowid).bind(2, QString::fromUtf16(p.name)).exec().ok());
    }
    auto stmt = m_connection.prepare("SELECT p.name FROM people p WHERE " +
                                     SearchIndex::matchClause(Kind::Citizen, "p.rowid") + " ORDER BY p.name");
    QVERIFY(stmt.ok());
    stmt->bind(1, m_index->matchExpression(QStringLiteral("zs")));
    QStringList names;
    while (true) {
        auto row = stmt->step();
        QVERIFY(row.ok());
        if (!*row)
            break;
        names.append(stmt->text(0));
    }
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("张三"), QStringLiteral("张三丰"), QStringLiteral("张四三")}));
    QCOMPARE(SearchIndex::matchClause(Kind::Enterprise),
             QByteArray("rowid IN (SELECT rowid FROM enterprise_search WHERE enterprise_search MATCH ?)"));
}

void TestSearchIndex::replaceAndDelete()
{
    // Replacing rowid 1 (张三) with a new name and numbers: the old tokens are gone.
    QVERIFY(m_index
                ->upsert(Kind::Citizen, 1,
                         {QStringLiteral("赵六"),
                          QStringLiteral("3503**********4321"),
                          QStringLiteral("177****6000"),
                          {}})
                .ok());
    QCOMPARE(find(Kind::Citizen, QStringLiteral("张三")), Ids{2});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("zhangsan")), Ids{2});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("8000")), Ids{});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("赵六")), Ids{1});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("zl")), Ids{1});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("4321")), Ids{1});

    // Replacing with the same document twice leaves one row.
    QVERIFY(m_index->upsert(Kind::Citizen, 1, {QStringLiteral("赵六"), {}, {}, {}}).ok());
    QCOMPARE(find(Kind::Citizen, QStringLiteral("赵六")), Ids{1});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("4321")), Ids{});

    QVERIFY(m_index->remove(Kind::Citizen, 2).ok());
    QCOMPARE(find(Kind::Citizen, QStringLiteral("张三丰")), Ids{});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("zsf")), Ids{});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("5678")), Ids{13});
    QVERIFY(m_index->remove(Kind::Citizen, 999).ok()); // not there: no error
    QCOMPARE(find(Kind::Citizen, QStringLiteral("张")), (Ids{3, 4}));
    // Enterprises are a separate table.
    QCOMPARE(find(Kind::Enterprise, QStringLiteral("91350203")), Ids{101});
}

void TestSearchIndex::clearAndOptimize()
{
    QVERIFY(m_index->optimize(Kind::Citizen).ok());
    QCOMPARE(find(Kind::Citizen, QStringLiteral("王")), (Ids{5, 6, 7}));
    QVERIFY(m_index->clear(Kind::Enterprise).ok());
    QCOMPARE(find(Kind::Enterprise, QStringLiteral("厦门")), Ids{});
    QCOMPARE(find(Kind::Citizen, QStringLiteral("王")), (Ids{5, 6, 7}));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
