#pragma once
// The words the citizen and enterprise homepages show for the domain's raw values: real-name levels and
// what each one means, tag classes and sources, the states of applications, steps, bills, benefits,
// messages and pushes, channels, visit kinds, enterprise lifecycle stages, and amounts of money.
// Unknown values are shown as they are. Stateless; follows the installed translator (context
// gd::HomeText).

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace gd {

class HomeText {
    Q_DECLARE_TR_FUNCTIONS(HomeText)
public:
    // 1 → "Basic" (初级), 2 → "Intermediate" (中级), 3 → "Advanced" (高级).
    static QString realnameLevel(int level);
    // What the level means: how the identity was verified.
    static QString realnameDescription(int level);

    static QString gender(const QString &gender); // "male" / "female"
    // Whole years at `today`; -1 when the birth date is unknown.
    static int age(const QDate &birthDate, const QDate &today);
    // "34 years old", or "4 months old" under one year; empty when the birth date is unknown.
    static QString ageText(const QDate &birthDate, const QDate &today);

    // "basic", "social", "behaviour", "preference" → "Basic tags" …
    static QString tagClass(const QString &tagClass);
    // The order the homepages group tags in.
    static QStringList tagClasses();
    // "registry", "application", "grid_visit", "model", "manual".
    static QString tagSource(const QString &source);

    static QString applicationStatus(const QString &status);
    static QString stepStatus(const QString &status);
    // "pc", "mobile", "pad", "tv", "counter", "hotline".
    static QString channel(const QString &channel);

    static QString billKind(const QString &kind);
    static QString billStatus(const QString &status); // also social-insurance months
    static QString benefitKind(const QString &kind);
    static QString benefitStatus(const QString &status);

    static QString messageKind(const QString &kind);
    static QString messageStatus(const QString &status);

    static QString pushStatus(const QString &status);
    static QString pushChannel(const QString &channel); // "app", "sms", "wechat"
    static QString visitKind(const QString &kind);

    static QString enterpriseStage(const QString &stage); // "new", "growing", "mature", "closing"

    // "¥1,234.50" in the current locale's digit grouping.
    static QString money(qint64 cents);
    // "2026-11-24" and "2026-11-24 16:41" (local time): the homepages show exact dates.
    static QString date(const QDate &date);
    static QString dateTime(const QDateTime &at);
};

} // namespace gd
