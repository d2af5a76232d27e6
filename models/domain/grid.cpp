#include "domain/grid.h"

#include "domain/audience.h"

#include <QCryptographicHash>
#include <QUuid>

namespace gd {
namespace {

// Trims `text`; BadRequest unless it then has min..max characters.
Result<void> trimmedText(QString &text, const char *field, qsizetype min, qsizetype max)
{
    text = text.trimmed();
    if (text.size() < min || text.size() > max)
        return fieldError(QLatin1String(field), QStringLiteral("give %1 to %2 characters").arg(min).arg(max));
    return {};
}

// An optional text: trimmed, dropped when empty, at most max characters.
Result<void> optionalText(std::optional<QString> &text, const char *field, qsizetype max)
{
    if (!text)
        return {};
    *text = text->trimmed();
    if (text->isEmpty()) {
        text.reset();
        return {};
    }
    if (text->size() > max)
        return fieldError(QLatin1String(field), QStringLiteral("give at most %1 characters").arg(max));
    return {};
}

Result<void> oneOf(const QString &value, const QStringList &allowed, const char *field)
{
    if (!allowed.contains(value))
        return fieldError(QLatin1String(field),
                          QStringLiteral("must be one of ") + allowed.join(QStringLiteral(", ")));
    return {};
}

Result<void> uuid(const QString &id, const char *field)
{
    if (id.size() != 36 || QUuid::fromString(id).isNull() || id != id.toLower())
        return fieldError(QLatin1String(field),
                          QStringLiteral("must be a lower-case UUID made by the client"));
    return {};
}

Error wrongState(const QString &state)
{
    return makeError(
        ErrorCode::Conflict, QStringLiteral("the action does not apply in state ") + state,
        QJsonObject{{QStringLiteral("reason"), QStringLiteral("state")}, {QStringLiteral("state"), state}});
}

} // namespace

const QList<SpecialGroupRule> &specialGroupRules()
{
    static const QList<SpecialGroupRule> rules{
        {QStringLiteral("living_alone_elderly"), QStringLiteral("t_living_alone_elderly"), 70, std::nullopt},
        {QStringLiteral("disabled"), QStringLiteral("t_disabled"), std::nullopt, std::nullopt},
        {QStringLiteral("low_income"), QStringLiteral("t_low_income"), std::nullopt, std::nullopt},
        {QStringLiteral("veteran"), QStringLiteral("t_veteran"), std::nullopt, std::nullopt},
        {QStringLiteral("left_behind_child"), QStringLiteral("t_left_behind_child"), std::nullopt, 15},
        {QStringLiteral("community_correction"), QStringLiteral("t_community_correction"), 18, std::nullopt},
    };
    return rules;
}

const SpecialGroupRule *specialGroupRule(const QString &id)
{
    for (const SpecialGroupRule &r : specialGroupRules()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList specialGroupIds()
{
    QStringList ids;
    for (const SpecialGroupRule &r : specialGroupRules())
        ids.append(r.id);
    return ids;
}

bool isInSpecialGroup(const SpecialGroupRule &rule, const QStringList &tagIds, QDate birthDate, QDate today)
{
    if (!tagIds.contains(rule.tagId))
        return false;
    if (!rule.minAge && !rule.maxAge)
        return true;
    if (!birthDate.isValid())
        return false;
    const int age = ageOn(birthDate, today);
    return (!rule.minAge || age >= *rule.minAge) && (!rule.maxAge || age <= *rule.maxAge);
}

QStringList specialGroupsOf(const QStringList &tagIds, QDate birthDate, QDate today)
{
    QStringList groups;
    for (const SpecialGroupRule &r : specialGroupRules()) {
        if (isInSpecialGroup(r, tagIds, birthDate, today))
            groups.append(r.id);
    }
    return groups;
}

const QStringList &restrictedTagIds()
{
    static const QStringList ids{QStringLiteral("t_left_behind_child"),
                                 QStringLiteral("t_community_correction")};
    return ids;
}

bool maySeeSpecialGroups(const QString &role)
{
    return role == QLatin1String("grid_manager") || role == QLatin1String("supervisor");
}

AudienceExpression gridAudience(const QString &gridId, const QString &specialGroupId)
{
    AudienceExpression region = AudienceExpression::region(gridId);
    if (specialGroupId.isEmpty())
        return region;
    const SpecialGroupRule *rule = specialGroupRule(specialGroupId);
    QList<AudienceExpression> all{AudienceExpression::tag(rule ? rule->tagId : specialGroupId)};
    if (rule && (rule->minAge || rule->maxAge))
        all.append(AudienceExpression::age(rule->minAge.value_or(0), rule->maxAge.value_or(kAudienceMaxAge)));
    all.append(std::move(region));
    return AudienceExpression::allOf(std::move(all));
}

QStringList confiningGrids(const AudienceExpression &e, const QStringList &gridIds)
{
    using Kind = AudienceExpression::Kind;
    switch (e.kind) {
    case Kind::Region:
        return gridIds.contains(e.value) ? QStringList{e.value} : QStringList{};
    case Kind::Or: {
        QStringList out;
        for (const AudienceExpression &arg : e.args) {
            if (arg.kind != Kind::Region || !gridIds.contains(arg.value))
                return {};
            if (!out.contains(arg.value))
                out.append(arg.value);
        }
        return out;
    }
    case Kind::And:
        for (const AudienceExpression &arg : e.args) {
            if (QStringList grids = confiningGrids(arg, gridIds); !grids.isEmpty())
                return grids;
        }
        return {};
    default:
        return {};
    }
}

Result<void> normalizeVisit(Visit &v)
{
    if (auto r = uuid(v.id, "id"); !r)
        return r;
    if (v.gridId.isEmpty())
        return fieldError(QStringLiteral("grid_id"), QStringLiteral("is required"));
    if (auto r = oneOf(v.kind, visitKinds(), "kind"); !r)
        return r;
    if (!v.visitedAt.isValid())
        return fieldError(QStringLiteral("visited_at"), QStringLiteral("is required"));
    if (auto r = trimmedText(v.summary, "summary", 1, kVisitMaxSummary); !r)
        return r;
    if (auto r = optionalText(v.followUp, "follow_up", kVisitMaxFollowUp); !r)
        return r;
    if (v.followUpDue && !v.followUpDue->isValid())
        return fieldError(QStringLiteral("follow_up_due"), QStringLiteral("must be a date"));
    return {};
}

QStringList attachmentContentTypes()
{
    return {QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/webp")};
}

QString sniffAttachmentType(QByteArrayView bytes)
{
    if (bytes.size() >= 3 && uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xD8 && uchar(bytes[2]) == 0xFF)
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)))
        return QStringLiteral("image/png");
    if (bytes.size() >= 12 && bytes.first(4) == QByteArrayView("RIFF") &&
        bytes.sliced(8, 4) == QByteArrayView("WEBP"))
        return QStringLiteral("image/webp");
    return {};
}

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<void> checkAttachment(const AttachmentUpload &upload, QByteArrayView bytes)
{
    if (auto r = uuid(upload.id, "id"); !r)
        return r;
    const QString name = upload.fileName.trimmed();
    if (name.isEmpty() || name.size() > kAttachmentMaxFileName || name.contains(QLatin1Char('/')) ||
        name.contains(QLatin1Char('\\')))
        return fieldError(QStringLiteral("file_name"),
                          QStringLiteral("give a file name of 1 to %1 characters without a path")
                              .arg(kAttachmentMaxFileName));
    if (auto r = oneOf(upload.contentType, attachmentContentTypes(), "content_type"); !r)
        return r;
    if (bytes.isEmpty() || bytes.size() > kAttachmentMaxBytes)
        return fieldError(QStringLiteral("data"),
                          QStringLiteral("a photo must have 1 byte to %1 MiB").arg(kAttachmentMaxBytes >> 20),
                          QJsonObject{{QStringLiteral("max_bytes"), kAttachmentMaxBytes}});
    if (upload.size != bytes.size())
        return fieldError(QStringLiteral("size"), QStringLiteral("is not the size of the data"));
    if (sniffAttachmentType(bytes) != upload.contentType)
        return fieldError(QStringLiteral("content_type"),
                          QStringLiteral("the data is not a %1 image").arg(upload.contentType));
    if (upload.sha256 != sha256Hex(bytes))
        return fieldError(QStringLiteral("sha256"), QStringLiteral("is not the SHA-256 of the data"));
    return {};
}

Result<void> normalizeIncident(Incident &i)
{
    if (auto r = uuid(i.id, "id"); !r)
        return r;
    if (i.gridId.isEmpty())
        return fieldError(QStringLiteral("grid_id"), QStringLiteral("is required"));
    if (auto r = oneOf(i.category, incidentCategories(), "category"); !r)
        return r;
    if (auto r = oneOf(i.urgency, incidentUrgencies(), "urgency"); !r)
        return r;
    if (auto r = trimmedText(i.location, "location", 1, kIncidentMaxLocation); !r)
        return r;
    if (auto r = trimmedText(i.description, "description", 1, kIncidentMaxDescription); !r)
        return r;
    if (!i.reportedAt.isValid())
        return fieldError(QStringLiteral("reported_at"), QStringLiteral("is required"));
    return {};
}

QString taskIdFor(const QString &batchId, const QString &gridId)
{
    static const QUuid ns = QUuid::fromString(u"6f1c3c8e-8a51-4e53-9a0e-3b0c5e7d2a41");
    const QUuid batch = QUuid::fromString(batchId);
    return QUuid::createUuidV5(ns, batch.toString(QUuid::WithoutBraces) + QLatin1Char('/') + gridId)
        .toString(QUuid::WithoutBraces);
}

Result<void> normalizeTask(GridTask &t)
{
    if (auto r = uuid(t.batchId, "batch_id"); !r)
        return r;
    if (t.gridId.isEmpty())
        return fieldError(QStringLiteral("grid_id"), QStringLiteral("is required"));
    if (t.id != taskIdFor(t.batchId, t.gridId))
        return fieldError(QStringLiteral("id"), QStringLiteral("must be the task id of the batch and grid"));
    if (auto r = trimmedText(t.title, "title", 1, kTaskMaxTitle); !r)
        return r;
    t.description = t.description.trimmed();
    if (t.description.size() > kTaskMaxDescription)
        return fieldError(QStringLiteral("description"),
                          QStringLiteral("give at most %1 characters").arg(kTaskMaxDescription));
    if (!t.dueOn.isValid())
        return fieldError(QStringLiteral("due_on"), QStringLiteral("is required"));
    return {};
}

Result<QString> taskStateAfter(const QString &state, const QString &action)
{
    const bool live = state == QLatin1String("open") || state == QLatin1String("acknowledged");
    if (action == QLatin1String("acknowledge") && state == QLatin1String("open"))
        return QStringLiteral("acknowledged");
    if (action == QLatin1String("complete") && live)
        return QStringLiteral("done");
    if (action == QLatin1String("cancel") && live)
        return QStringLiteral("cancelled");
    if (!taskActions().contains(action))
        return fieldError(QStringLiteral("action"),
                          QStringLiteral("must be one of ") + taskActions().join(QStringLiteral(", ")));
    return wrongState(state);
}

Result<QString> incidentStatusAfter(const QString &status, const QString &action)
{
    if (action == QLatin1String("accept") && status == QLatin1String("reported"))
        return QStringLiteral("accepted");
    if (action == QLatin1String("resolve") &&
        (status == QLatin1String("reported") || status == QLatin1String("accepted")))
        return QStringLiteral("resolved");
    if (action != QLatin1String("accept") && action != QLatin1String("resolve"))
        return fieldError(QStringLiteral("action"), QStringLiteral("must be accept or resolve"));
    return wrongState(status);
}

} // namespace gd
