#pragma once
// The words the conflict queue shows for the store's raw values: what kind of object an entry is about
// (办件, 走访记录), what kind of entry it is (conflict or rejected), the label of each field of a local
// change (remark → 备注) and each field value (priority urgent → 加急), and the choices of fields that
// take one of a few values. Unknown entities, fields and values are shown as they are. Stateless; follows
// the installed translator.

#include "store/conflictrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace gd {

class ConflictText {
    Q_DECLARE_TR_FUNCTIONS(ConflictText)
public:
    struct Choice {
        QString value; // as sent to the server ("urgent")
        QString label; // as shown ("加急")
    };

    // "Application", "Visit record", … or the entity name itself.
    static QString entityTitle(const QString &entity);
    // "Edit conflict" for "conflict", "Rejected" for "rejected", or the kind itself.
    static QString kindTitle(const QString &kind);
    // The object an entry is about: "Application 2026-1124-000123", "Visit record · Routine visit".
    static QString objectTitle(const QString &entity, const QString &summary);

    // "Remark", "Priority", … or the key itself.
    static QString fieldLabel(const QString &entity, const QString &key);
    // A field value as shown: choices by their label, "" as "(empty)", null or missing as "—",
    // numbers in the locale's format, objects and arrays as compact JSON.
    static QString valueText(const QString &entity, const QString &key, const QJsonValue &value);
    // When an entry was recorded, short: "11月24日 16:41" (local time).
    static QString shortTime(const QDateTime &at);
    // The values a field may take (empty for free text).
    static QList<Choice> choices(const QString &entity, const QString &key);

    // An application workflow action as a verb: "approve" → "Approve" (通过), … or the name itself.
    static QString actionName(const QString &action);
    // Whether an entry is a refused workflow action (POST …/applications/<id>/actions).
    static bool isAction(const store::ConflictEntry &entry);
    // What happened to a refused action, in one line: "Application 20261124-000123: already claimed by
    // 王芳, your “Approve” did not take effect" (办件 …：已被 王芳 认领，您的“通过”未生效), from the
    // refusal's reason (stale, claimed, step_not_active, finished), forbidden or bad_request.
    static QString actionOutcome(const store::ConflictEntry &entry);
};

} // namespace gd
