// libFuzzer target: the local search (store/searchtokenizer.h, store/searchindex.h). Input: one byte of
// options, then UTF-8 text split at '\n' into a query and the four fields of one indexed document (name,
// ID number, phone, USCC). Checks:
//   - tokens() makes space-separated tokens without FTS5 quotes or control characters;
//   - matchExpression() of anything a user can type is empty or an FTS5 expression that SQLite accepts
//     (the header promises user text cannot inject FTS5 syntax): count() and search() against a real
//     FTS5 table (an in-memory database) never fail, and agree;
//   - a name made only of common Han characters finds its own document, by the name and by its pinyin.

#include "fuzzsupport.h"

#include "store/searchindex.h"
#include "store/searchtokenizer.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>

using namespace gd;
using namespace gd::store;
using Kind = SearchIndex::Kind;

namespace {

struct Fixture {
    Connection connection;
    std::unique_ptr<SearchIndex> index;

    Fixture()
    {
        auto opened = Connection::open(QStringLiteral(":memory:"));
        FUZZ_CHECK(opened.ok(), QStringLiteral("cannot open an in-memory database"));
        connection = std::move(*opened);
        for (const QByteArray &sql : SearchIndex::schemaStatements())
            FUZZ_CHECK(connection.exec(sql).ok(), QString::fromUtf8(sql));
        index = std::make_unique<SearchIndex>(connection);
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void checkTokens(const QString &column, const QString &what)
{
    for (const QChar c : column) {
        FUZZ_CHECK(
            c != QLatin1Char('"') && c.unicode() >= 0x20 && c.unicode() != 0x7f,
            what + QStringLiteral(" token character U+%1 in: ").arg(c.unicode(), 4, 16, QLatin1Char('0')) +
                column);
    }
    FUZZ_CHECK(!column.startsWith(QLatin1Char(' ')) && !column.endsWith(QLatin1Char(' ')) &&
                   !column.contains(QLatin1String("  ")),
               what + QStringLiteral(" not single-space separated: '") + column + QLatin1Char('\''));
}

// Runs the query both ways; returns the matching rowids.
QList<qint64> runQuery(Kind kind, const QString &query)
{
    SearchIndex &index = *fixture().index;
    const QString match = index.matchExpression(query);
    const auto counted = index.count(kind, query);
    FUZZ_CHECK(counted.ok(), QStringLiteral("count() failed for ") + query + QStringLiteral(" -> ") + match +
                                 QStringLiteral(": ") + (counted ? QString() : counted.error().message));
    const auto found = index.search(kind, query, 10);
    FUZZ_CHECK(found.ok(), QStringLiteral("search() failed for ") + query + QStringLiteral(" -> ") + match +
                               QStringLiteral(": ") + (found ? QString() : found.error().message));
    FUZZ_CHECK(*counted == found->size(),
               QStringLiteral("count %1, search %2 for %3").arg(*counted).arg(found->size()).arg(match));
    if (match.isEmpty())
        FUZZ_CHECK(*counted == 0, QStringLiteral("an empty expression matched"));
    return *found;
}

bool isCommonHan(QChar c)
{
    return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fa5;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    gd::fuzz::startQuietApplication(argc, argv);
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    const uint8_t options = data[0];
    const Kind kind = options & 1 ? Kind::Enterprise : Kind::Citizen;
    const QStringList parts = QString::fromUtf8(fuzz::bytesOf(data + 1, size - 1)).split(QLatin1Char('\n'));
    const QString query = parts.value(0);
    SearchDocument doc{parts.value(1), parts.value(2), parts.value(3), parts.value(4)};

    SearchIndex &index = *fixture().index;
    const SearchTokenizer &tokenizer = index.tokenizer();
    const auto nameKind =
        kind == Kind::Citizen ? SearchTokenizer::NameKind::Person : SearchTokenizer::NameKind::Organisation;
    const SearchColumns columns = tokenizer.tokens(doc, nameKind);
    checkTokens(columns.name, QStringLiteral("name"));
    checkTokens(columns.pinyin, QStringLiteral("pinyin"));
    checkTokens(columns.numbers, QStringLiteral("numbers"));
    (void)tokenizer.pinyin(query, nameKind);
    (void)tokenizer.initials(query, nameKind);

    FUZZ_CHECK(index.upsert(kind, 1, doc).ok(), QStringLiteral("upsert failed"));
    runQuery(kind, query);
    if (options & 2) {
        // The query itself as a document's name: the expression is made of tokens that exist.
        FUZZ_CHECK(index.upsert(kind, 2, SearchDocument{query, {}, {}, {}}).ok(),
                   QStringLiteral("upsert failed"));
        runQuery(kind, query);
        FUZZ_CHECK(index.remove(kind, 2).ok(), QStringLiteral("remove failed"));
    }
    if (!doc.name.isEmpty() && std::all_of(doc.name.cbegin(), doc.name.cend(), isCommonHan)) {
        FUZZ_CHECK(runQuery(kind, doc.name).contains(1),
                   QStringLiteral("the name does not find itself: ") + doc.name);
        const QString pinyin = tokenizer.pinyin(doc.name, nameKind).remove(QLatin1Char(' '));
        if (tokenizer.hasPinyin() && pinyin.size() >= 2 && doc.name.size() <= SearchTokenizer::kPinyinWindow)
            FUZZ_CHECK(runQuery(kind, pinyin).contains(1),
                       QStringLiteral("the pinyin does not find its name: ") + pinyin +
                           QStringLiteral(" for ") + doc.name);
    }
    FUZZ_CHECK(index.remove(kind, 1).ok(), QStringLiteral("remove failed"));
    return 0;
}
