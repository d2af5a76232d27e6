#include "models/dashboardloader.h"

#include "core/clock.h"
#include "models/datacontext.h"
#include "net/apicall.h"
#include "net/apiclient.h"
#include "store/localreader.h"
#include "store/store.h"

#include <QTimer>

namespace gd {

namespace {

QByteArray bundleOf(const QHash<QString, QByteArray> &bodies)
{
    QByteArray out("{");
    bool first = true;
    for (auto it = bodies.cbegin(); it != bodies.cend(); ++it) {
        if (!first)
            out += ',';
        first = false;
        out += '"' + it.key().toUtf8() + "\":" + it.value();
    }
    out += '}';
    return out;
}

} // namespace

DashboardLoader::DashboardLoader(DataContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    qRegisterMetaType<DashboardData>();
    qRegisterMetaType<DashboardSource>();
}

void DashboardLoader::load(const DashboardQuery &query)
{
    m_query = query;
    m_hasData = false;
    const quint64 generation = ++m_generation;
    m_networkAnswered = false;
    readCache(generation);
    fetch(generation);
}

void DashboardLoader::refresh()
{
    if (!m_query.from.isValid())
        return;
    fetch(++m_generation);
}

void DashboardLoader::setPending(int pending)
{
    const bool was = m_pending > 0;
    m_pending = pending;
    if (was != (m_pending > 0))
        emit loadingChanged(m_pending > 0);
}

void DashboardLoader::readCache(quint64 generation)
{
    const DashboardQuery query = m_query;
    cachedreports::read(
        m_context, m_query.key(), this,
        [this, generation, query](const std::optional<store::CachedReport> &report) {
            // The network's answer wins when it came first.
            if (!report || generation != m_generation || m_networkAnswered)
                return;
            auto data = decodeDashboard(report->body, query);
            if (!data)
                return; // an unreadable entry is simply not shown; the next answer replaces it
            m_hasData = true;
            emit loaded(*data, DashboardSource{report->fetchedAt, true});
        });
}

void DashboardLoader::fetch(quint64 generation)
{
    delete m_calls;
    m_calls = new QObject(this);
    m_bodies.clear();
    m_failed = false;
    ApiClient *client = m_context->client();
    if (!client || !client->isSignedIn()) {
        setPending(0);
        const Error error =
            makeError(ErrorCode::Unavailable, QStringLiteral("there is no server connection"));
        QTimer::singleShot(0, m_calls, [this, error] { emit failed(error, m_hasData); });
        return;
    }
    const QList<DashboardRequest> requests = dashboardRequests(m_query);
    setPending(int(requests.size()));
    for (const DashboardRequest &request : requests) {
        ApiCall *call = client->send(ApiRequest::get(request.path, request.query), m_calls);
        connect(call, &ApiCall::finished, m_calls,
                [this, generation, id = request.id](const Result<ApiResponse> &reply) {
                    onAnswer(generation, id, reply);
                });
        call->start();
    }
}

void DashboardLoader::onAnswer(quint64 generation, const QString &id, const Result<ApiResponse> &reply)
{
    if (generation != m_generation || m_failed)
        return;
    if (!reply) {
        // One refusal decides the whole set: abandon the other calls, keep what is shown.
        m_failed = true;
        setPending(0);
        m_calls->deleteLater();
        m_calls = nullptr;
        emit failed(reply.error(), m_hasData);
        return;
    }
    m_bodies.insert(id, reply->body);
    setPending(m_pending - 1);
    if (m_pending > 0)
        return;
    const QByteArray bundle = bundleOf(m_bodies);
    m_bodies.clear();
    auto data = decodeDashboard(bundle, m_query);
    if (!data) {
        emit failed(data.error(), m_hasData);
        return;
    }
    m_networkAnswered = true;
    m_hasData = true;
    const QDateTime now = m_context->clock().nowUtc();
    store(bundle, now);
    emit loaded(*data, DashboardSource{now, false});
}

void DashboardLoader::store(const QByteArray &bundle, const QDateTime &fetchedAt)
{
    cachedreports::write(m_context, m_query.key(), store::CachedReport{bundle, fetchedAt}, this);
}

void DashboardLoader::loadNames()
{
    store::LocalReader *reader = m_context->reader();
    if (!reader || !m_context->hasLocalData())
        return;
    reader->run<DashboardNames>(
        this,
        [](store::Store &s) -> Result<DashboardNames> {
            DashboardNames names;
            for (const char *level : {"district", "street"}) {
                store::ListQuery q;
                q.where(QStringLiteral("level"), QLatin1String(level));
                q.sort = QStringLiteral("name");
                q.limit = 1000;
                auto regions = s.regions().items(q);
                if (!regions)
                    return regions.error();
                for (const Region &r : std::as_const(*regions)) {
                    (r.level == QLatin1String("district") ? names.districts : names.streets)
                        .insert(r.level == QLatin1String("district") ? r.districtCode : r.id, r.name);
                    names.regions.append(r);
                }
            }
            store::ListQuery all;
            all.limit = 1000;
            auto services = s.services().items(all);
            if (!services)
                return services.error();
            for (const ServiceItem &service : std::as_const(*services))
                names.services.insert(service.id, service.name);
            auto departments = s.departments().items(all);
            if (!departments)
                return departments.error();
            for (const Department &d : std::as_const(*departments))
                names.departments.insert(d.id, d.shortName.isEmpty() ? d.name : d.shortName);
            return names;
        },
        [this](Result<DashboardNames> result) {
            if (!result)
                return;
            m_names = std::move(*result);
            m_hasNames = true;
            emit namesLoaded();
        });
}

} // namespace gd
