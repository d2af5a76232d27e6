// csv::field / csv::write (the dashboards' CSV export): a UTF-8 byte-order mark first, CRLF line ends,
// RFC 4180 quoting of commas, quotes, line breaks and edge spaces, an apostrophe before text a spreadsheet
// would run as a formula (= + - @) but never before numbers, whole numbers without decimals, Chinese text
// as UTF-8, and several tables as sections (title, header, rows, an empty line) with chosen columns.

#include "models/csvwriter.h"
#include "models/dashboardtable.h"

#include <QStandardItemModel>
#include <QTest>

using namespace gd;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

QList<QStandardItem *> rowOf(const QVariantList &values)
{
    QList<QStandardItem *> items;
    for (const QVariant &v : values) {
        auto *item = new QStandardItem;
        if (v.isValid())
            item->setData(v, Qt::DisplayRole);
        items.append(item);
    }
    return items;
}

// Names, a count, a note: text that needs quoting or the formula guard, numbers of several types.
void fill(QStandardItemModel &model)
{
    model.setHorizontalHeaderLabels(
        {QStringLiteral("名称"), QStringLiteral("Count"), QStringLiteral("Note")});
    model.appendRow(rowOf({QStringLiteral("张三"), 42, QStringLiteral("a,b")}));
    model.appendRow(rowOf({QStringLiteral("=SUM(A1)"), -5.0, QStringLiteral("say \"hi\"")}));
    model.appendRow(rowOf({QStringLiteral("-negative text"), 3.14159, QStringLiteral("line1\nline2")}));
    model.appendRow(rowOf({QStringLiteral("+1"), QVariant(), QStringLiteral("@user")}));
    model.appendRow(rowOf({QStringLiteral("湖里区"), qint64(-7), QStringLiteral(" padded")}));
}

} // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT

private slots:
    void numbersStayNumbers()
    {
        QCOMPARE(csv::field(42), QStringLiteral("42"));
        QCOMPARE(csv::field(-42), QStringLiteral("-42"));
        QCOMPARE(csv::field(qint64(-9'000'000'000)), QStringLiteral("-9000000000"));
        QCOMPARE(csv::field(quint64(7)), QStringLiteral("7"));
        QCOMPARE(csv::field(0.0), QStringLiteral("0"));
        QCOMPARE(csv::field(1234567.0), QStringLiteral("1234567")); // whole: no decimals, no exponent
        QCOMPARE(csv::field(-5.0), QStringLiteral("-5"));
        QCOMPARE(csv::field(-2.5), QStringLiteral("-2.50"));
        QCOMPARE(csv::field(3.14159), QStringLiteral("3.14"));
        QCOMPARE(csv::field(87.5f), QStringLiteral("87.50"));
        QCOMPARE(csv::field(1e12), QStringLiteral("1000000000000"));
        QCOMPARE(csv::field(QVariant()), QString());
    }

    void textIsQuotedWhereNeeded()
    {
        QCOMPARE(csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csv::field(QStringLiteral("line1\nline2")), QStringLiteral("\"line1\nline2\""));
        QCOMPARE(csv::field(QStringLiteral("line1\r\nline2")), QStringLiteral("\"line1\r\nline2\""));
        QCOMPARE(csv::field(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
        QCOMPARE(csv::field(QStringLiteral("padded ")), QStringLiteral("\"padded \""));
        QCOMPARE(csv::field(QStringLiteral("")), QString());
        QCOMPARE(csv::field(QStringLiteral("湖里区 · 噪音")), QStringLiteral("湖里区 · 噪音"));
    }

    void formulaTextIsGuarded()
    {
        QCOMPARE(csv::field(QStringLiteral("=SUM(A1:A9)")), QStringLiteral("'=SUM(A1:A9)"));
        QCOMPARE(csv::field(QStringLiteral("+8613800000000")), QStringLiteral("'+8613800000000"));
        QCOMPARE(csv::field(QStringLiteral("-1+2")), QStringLiteral("'-1+2"));
        QCOMPARE(csv::field(QStringLiteral("@SUM(1)")), QStringLiteral("'@SUM(1)"));
        // Guarded, then quoted as a whole.
        QCOMPARE(csv::field(QStringLiteral("=HYPERLINK(\"x\",\"y\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
        // Only at the start; numbers are never guarded.
        QCOMPARE(csv::field(QStringLiteral("a=b")), QStringLiteral("a=b"));
        QCOMPARE(csv::field(QStringLiteral("1-2")), QStringLiteral("1-2"));
        QCOMPARE(csv::field(-12.0), QStringLiteral("-12"));
        QCOMPARE(csv::field(qint64(-3)), QStringLiteral("-3"));
    }

    void writesBomCrlfAndRows()
    {
        QStandardItemModel model;
        fill(model);
        const QByteArray bytes = csv::write({{QString(), &model, {}}});
        QVERIFY(bytes.startsWith(kBom));
        QCOMPARE(bytes.indexOf(kBom, 1), -1);
        const QString text = QString::fromUtf8(bytes.mid(kBom.size()));
        QCOMPARE(text, QStringLiteral("名称,Count,Note\r\n"
                                      "张三,42,\"a,b\"\r\n"
                                      "'=SUM(A1),-5,\"say \"\"hi\"\"\"\r\n"
                                      "'-negative text,3.14,\"line1\nline2\"\r\n"
                                      "'+1,,'@user\r\n"
                                      "湖里区,-7,\" padded\"\r\n"));
        // Every line ends in CRLF; the only bare LF is inside the quoted field.
        QCOMPARE(bytes.count("\r\n"), 6);
        QCOMPARE(bytes.count('\n'), 7);
        // Chinese text is UTF-8, not a local code page.
        QVERIFY(bytes.contains(QStringLiteral("张三").toUtf8()));
        QVERIFY(bytes.contains(QStringLiteral("湖里区").toUtf8()));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("名称")));
    }

    void sectionsWithTitlesAndColumns()
    {
        QStandardItemModel people;
        fill(people);
        DashboardTable services;
        services.setContents(QStringLiteral("Service"),
                             {{QStringLiteral("Submitted"), DashboardTable::ValueKind::Count},
                              {QStringLiteral("On time %"), DashboardTable::ValueKind::Percent}},
                             {{QStringLiteral("s-b"), QStringLiteral("居住证办理"), {15.0, 86.666666}},
                              {QStringLiteral("s-a"), QStringLiteral("户口迁移"), {12.0, std::nullopt}}});
        const QByteArray bytes = csv::write({{QStringLiteral("Top services, 2026"), &services, {}},
                                             {QString(), nullptr, {}}, // no model: skipped
                                             {QStringLiteral("人员"), &people, {2, 0}}});
        QVERIFY(bytes.startsWith(kBom));
        QCOMPARE(QString::fromUtf8(bytes.mid(kBom.size())),
                 QStringLiteral("\"Top services, 2026\"\r\n"
                                "Service,Submitted,On time %\r\n"
                                "居住证办理,15,86.67\r\n"
                                "户口迁移,12,\r\n"
                                "\r\n"
                                "人员\r\n"
                                "Note,名称\r\n"
                                "\"a,b\",张三\r\n"
                                "\"say \"\"hi\"\"\",'=SUM(A1)\r\n"
                                "\"line1\nline2\",'-negative text\r\n"
                                "'@user,'+1\r\n"
                                "\" padded\",湖里区\r\n"));
    }

    void nothingToWrite()
    {
        QCOMPARE(csv::write({}), kBom);
        QStandardItemModel empty;
        empty.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(csv::write({{QString(), &empty, {}}}), kBom + "A,B\r\n");
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
