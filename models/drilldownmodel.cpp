#include "models/drilldownmodel.h"

#include "domain/codec.h"
#include "domain/identity.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/replydecoder.h"

#include <QJsonArray>
#include <QTimer>

namespace gd {

namespace {

template <typename T> Result<QList<T>> decodeItems(const QJsonObject &json)
{
    QList<T> items;
    const QJsonArray array = json.value(QLatin1String("items")).toArray();
    items.reserve(array.size());
    for (const QJsonValue &v : array) {
        auto item = fromJson<T>(v.toObject());
        if (!item)
            return ReplyDecoder::badReply(item.error().message);
        items.append(std::move(*item));
    }
    return items;
}

} // namespace

DrillDownModel::DrillDownModel(DataContext *context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
}

void DrillDownModel::fetch(const DrillRequest &request)
{
    const quint64 generation = ++m_generation;
    delete m_call;
    beginResetModel();
    m_request = request;
    m_messages.clear();
    m_applications.clear();
    m_total = 0;
    endResetModel();
    m_loading = true;
    emit loadingChanged(true);
    ApiClient *client = m_context->client();
    if (!client || !client->isSignedIn()) {
        QTimer::singleShot(0, this, [this, generation] {
            onReply(generation,
                    Result<ApiResponse>(
                        makeError(ErrorCode::Unavailable, QStringLiteral("there is no server connection"))));
        });
        return;
    }
    QUrlQuery query = request.filter;
    query.addQueryItem(QStringLiteral("limit"), QString::number(kLimit));
    const QString path = request.kind == DrillRequest::Kind::Messages
                             ? QStringLiteral("/api/v1/messages")
                             : QStringLiteral("/api/v1/applications");
    ApiCall *call = client->send(ApiRequest::get(path, query), this);
    m_call = call;
    connect(call, &ApiCall::finished, this,
            [this, generation](const Result<ApiResponse> &reply) { onReply(generation, reply); });
    call->start();
}

void DrillDownModel::onReply(quint64 generation, const Result<ApiResponse> &reply)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    emit loadingChanged(false);
    if (!reply) {
        emit failed(reply.error());
        return;
    }
    const qint64 total = reply->json.value(QLatin1String("total")).toInteger();
    if (m_request.kind == DrillRequest::Kind::Messages) {
        auto items = decodeItems<Message>(reply->json);
        if (!items) {
            emit failed(items.error());
            return;
        }
        beginResetModel();
        m_messages = std::move(*items);
    } else {
        auto items = decodeItems<Application>(reply->json);
        if (!items) {
            emit failed(items.error());
            return;
        }
        beginResetModel();
        m_applications = std::move(*items);
    }
    m_total = std::max<qint64>(total, rowCount());
    endResetModel();
    emit loaded();
}

std::optional<Message> DrillDownModel::messageAt(int row) const
{
    if (row < 0 || row >= m_messages.size())
        return std::nullopt;
    return m_messages.at(row);
}

std::optional<Application> DrillDownModel::applicationAt(int row) const
{
    if (row < 0 || row >= m_applications.size())
        return std::nullopt;
    return m_applications.at(row);
}

std::pair<QString, QString> DrillDownModel::subjectAt(int row) const
{
    if (auto m = messageAt(row))
        return {QStringLiteral("citizen"), m->citizenId};
    if (auto a = applicationAt(row))
        return {a->applicantType == QLatin1String("enterprise") ? QStringLiteral("enterprise")
                                                                : QStringLiteral("citizen"),
                a->applicantId};
    return {};
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_request.kind == DrillRequest::Kind::Messages ? m_messages.size() : m_applications.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IdRole) {
        if (auto m = messageAt(index.row()))
            return m->id;
        if (auto a = applicationAt(index.row()))
            return a->id;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (auto m = messageAt(index.row())) {
        switch (index.column()) {
        case 0:
            return HomeText::dateTime(m->createdAt);
        case 1:
            return DashboardNames::nameOr(m_names.districts, m->districtCode);
        case 2:
            return m->topic ? DashboardModels::topicName(*m->topic) : QString();
        case 3:
            return m->sentiment ? DashboardModels::sentimentName(*m->sentiment) : QString();
        case 4:
            return m->title;
        }
        return {};
    }
    if (auto a = applicationAt(index.row())) {
        switch (index.column()) {
        case 0:
            return a->number;
        case 1:
            return DashboardNames::nameOr(m_names.services, a->serviceId);
        case 2:
            return a->applicantType == QLatin1String("enterprise")
                       ? a->applicantName
                       : identity::maskName(a->applicantName) + QStringLiteral(" · ") + a->applicantIdMasked;
        case 3:
            return HomeText::applicationStatus(a->status);
        case 4:
            return HomeText::dateTime(a->submittedAt);
        }
    }
    return {};
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_request.kind == DrillRequest::Kind::Messages) {
        const QString headers[] = {tr("Received"), tr("District"), tr("Topic"), tr("Sentiment"), tr("Title")};
        return section >= 0 && section < 5 ? headers[section] : QVariant();
    }
    const QString headers[] = {tr("Number"), tr("Service"), tr("Applicant"), tr("Status"), tr("Submitted")};
    return section >= 0 && section < 5 ? headers[section] : QVariant();
}

} // namespace gd
