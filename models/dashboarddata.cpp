#include "models/dashboarddata.h"

#include "domain/codec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gd {

namespace {

const QString kUsagePath = QStringLiteral("/api/v1/analytics/usage");
const QString kOpinionPath = QStringLiteral("/api/v1/analytics/opinion");

DashboardRequest request(const DashboardQuery &q, const QString &id, const QString &path,
                         const QString &group, const QString &channel = {})
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), q.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), q.to.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("group"), group);
    if (!q.districtCode.isEmpty())
        query.addQueryItem(QStringLiteral("district"), q.districtCode);
    if (!q.streetId.isEmpty())
        query.addQueryItem(QStringLiteral("street"), q.streetId);
    if (!channel.isEmpty())
        query.addQueryItem(QStringLiteral("channel"), channel);
    return {id, path, query};
}

template <typename T> Result<T> decodeReport(const QJsonObject &bundle, const QString &id)
{
    const QJsonValue value = bundle.value(id);
    if (!value.isObject())
        return makeError(ErrorCode::Internal, QStringLiteral("report %1 is missing").arg(id),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("bad_reply")}});
    auto report = fromJson<T>(value.toObject());
    if (!report)
        return makeError(ErrorCode::Internal, QStringLiteral("report %1: %2").arg(id, report.error().message),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("bad_reply")}});
    return report;
}

} // namespace

QStringList dashboardChannels()
{
    return {QStringLiteral("pc"), QStringLiteral("mobile"), QStringLiteral("pad"), QStringLiteral("tv"),
            QStringLiteral("counter")};
}

QString DashboardQuery::key() const
{
    return QStringLiteral("dashboard:%1:%2:%3:%4")
        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), districtCode, streetId);
}

void DashboardQuery::addScopeTo(QUrlQuery &query) const
{
    if (!districtCode.isEmpty())
        query.addQueryItem(QStringLiteral("district"), districtCode);
    if (!streetId.isEmpty())
        query.addQueryItem(QStringLiteral("street"), streetId);
}

QList<DashboardRequest> dashboardRequests(const DashboardQuery &q)
{
    QList<DashboardRequest> list{request(q, QStringLiteral("usage_day"), kUsagePath, QStringLiteral("day"))};
    for (const QString &channel : dashboardChannels())
        list.append(request(q, QStringLiteral("usage_channel_") + channel, kUsagePath, QStringLiteral("day"),
                            channel));
    list.append(request(q, QStringLiteral("usage_service"), kUsagePath, QStringLiteral("service")));
    list.append(request(q, QStringLiteral("usage_department"), kUsagePath, QStringLiteral("department")));
    list.append(request(q, QStringLiteral("usage_district"), kUsagePath, QStringLiteral("district")));
    list.append(request(q, QStringLiteral("opinion_day"), kOpinionPath, QStringLiteral("day")));
    list.append(request(q, QStringLiteral("opinion_district"), kOpinionPath, QStringLiteral("district")));
    list.append(request(q, QStringLiteral("opinion_topic"), kOpinionPath, QStringLiteral("topic")));
    return list;
}

Result<DashboardData> decodeDashboard(const QByteArray &bundle, const DashboardQuery &query)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bundle, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("dashboard bundle is not a JSON object: ") + parseError.errorString(),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("bad_reply")}});
    const QJsonObject object = doc.object();
    DashboardData data;
    const auto usage = [&](const QString &id, UsageReport &target) -> Result<void> {
        auto r = decodeReport<UsageReport>(object, id);
        if (!r)
            return r.error();
        target = std::move(*r);
        return {};
    };
    const auto opinion = [&](const QString &id, OpinionReport &target) -> Result<void> {
        auto r = decodeReport<OpinionReport>(object, id);
        if (!r)
            return r.error();
        target = std::move(*r);
        return {};
    };
    Result<void> steps[] = {usage(QStringLiteral("usage_day"), data.usageByDay),
                            usage(QStringLiteral("usage_service"), data.usageByService),
                            usage(QStringLiteral("usage_department"), data.usageByDepartment),
                            usage(QStringLiteral("usage_district"), data.usageByDistrict),
                            opinion(QStringLiteral("opinion_day"), data.opinionByDay),
                            opinion(QStringLiteral("opinion_district"), data.opinionByDistrict),
                            opinion(QStringLiteral("opinion_topic"), data.opinionByTopic)};
    for (const auto &step : steps) {
        if (!step)
            return step.error();
    }
    for (const QString &channel : dashboardChannels()) {
        UsageReport report;
        if (auto r = usage(QStringLiteral("usage_channel_") + channel, report); !r)
            return r.error();
        data.usageByChannelDay.emplace(channel, std::move(report));
    }
    if (data.usageByDay.from != query.from || data.usageByDay.to != query.to)
        return makeError(ErrorCode::Internal, QStringLiteral("the reports are of another period"),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("bad_reply")}});
    return data;
}

} // namespace gd
