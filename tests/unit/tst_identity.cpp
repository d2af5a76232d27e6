// Citizen ID numbers, USCCs, phones and their masked forms.
#include "domain/identity.h"

#include <QTest>

using namespace gd::identity;

class TestIdentity : public QObject {
    Q_OBJECT
private slots:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("check");
        // The worked example of GB 11643-1999 and two computed by hand with its weights.
        QTest::newRow("gb-example") << QStringLiteral("11010519491231002") << QChar(u'X');
        QTest::newRow("xiamen") << QStringLiteral("35020319900307123") << QChar(u'6');
        QTest::newRow("huli") << QStringLiteral("35020620001111001") << QChar(u'7');
    }
    void checkDigit()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, check);
        QCOMPARE(idNumberCheckDigit(first17), check);
        QVERIFY(isValidIdNumber(QString(first17 + check)));
    }
    void invalidIdNumbers()
    {
        QVERIFY(!isValidIdNumber(QStringLiteral("110105194912310021"))); // wrong check digit
        QVERIFY(!isValidIdNumber(QStringLiteral("11010519491231002")));  // too short
        QVERIFY(!isValidIdNumber(QStringLiteral("1101051949123100XX"))); // letter inside
        const QString badDate = QStringLiteral("35020319901307123");     // month 13
        QVERIFY(!isValidIdNumber(QString(badDate + gd::identity::idNumberCheckDigit(badDate))));
        QCOMPARE(birthDateFromIdNumber(QStringLiteral("11010519491231002X")), QDate(1949, 12, 31));
    }
    void uscc()
    {
        const QString first17 = QStringLiteral("91350200MA2Y0TAB1");
        const QChar check = usccCheckCharacter(first17);
        QVERIFY(!check.isNull());
        QVERIFY(isValidUscc(QString(first17 + check)));
        // Any other check character is rejected, and so are letters outside the GB 32100 alphabet.
        for (QChar c : QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY")) {
            if (c != check)
                QVERIFY2(!isValidUscc(QString(first17 + c)), qPrintable(QString(c)));
        }
        QVERIFY(usccCheckCharacter(QStringLiteral("91350200MA2Y0TAI1")).isNull()); // I is not allowed
    }
    void mobile()
    {
        QVERIFY(isValidMobile(QStringLiteral("13812348000")));
        QVERIFY(!isValidMobile(QStringLiteral("12812348000")));
        QVERIFY(!isValidMobile(QStringLiteral("1381234800")));
        QVERIFY(!isValidMobile(QStringLiteral("1381234800a")));
    }
    void masking()
    {
        QCOMPARE(maskIdNumber(QStringLiteral("350203199003071230")), QStringLiteral("3502**********1230"));
        QCOMPARE(maskPhone(QStringLiteral("13812348000")), QStringLiteral("138****8000"));
        QCOMPARE(maskPhone(QStringLiteral("123")), QStringLiteral("***"));
        QVERIFY(looksMasked(maskPhone(QStringLiteral("13812348000"))));
        QCOMPARE(maskName(QStringLiteral("张三丰")), QStringLiteral("张**"));
        QCOMPARE(maskName(QStringLiteral("欧阳")), QStringLiteral("欧*"));
        QCOMPARE(maskName(QStringLiteral("王")), QStringLiteral("王"));
        QCOMPARE(maskName(QString()), QString());
        QVERIFY(!looksMasked(QStringLiteral("13812348000")));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
