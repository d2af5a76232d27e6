#include "models/profileloader.h"

#include "core/clock.h"
#include "core/logging.h"
#include "models/datacontext.h"
#include "net/apicall.h"
#include "net/apiclient.h"
#include "net/replydecoder.h"
#include "store/localreader.h"

#include <QJsonArray>
#include <QTimer>

namespace gd {

namespace {

constexpr int kCataloguePage = 500; // the server's largest page
constexpr int kMaxCataloguePages = 40;

// Ids as the server accepts them in a path; anything else cannot name an object.
bool isPlausibleId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (c.unicode() > 127 || !(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

Error notFound()
{
    return makeError(ErrorCode::NotFound, QStringLiteral("not found or outside your scope"));
}

// The subject itself could not be read: NotFound in the loader's words, anything else as it is.
Error subjectError(const Error &error)
{
    return error.code == ErrorCode::NotFound ? notFound() : error;
}

// A sub-list the server does not offer this caller (or does not know yet) is an empty section.
bool isAbsentSection(const Error &error)
{
    return error.code == ErrorCode::NotFound || error.code == ErrorCode::Forbidden;
}

template <typename T> Result<T> decodeObject(const QJsonObject &json)
{
    auto value = fromJson<T>(json);
    if (!value)
        return ReplyDecoder::badReply(value.error().message);
    return value;
}

// The "items" of a list answer ({items, total, offset, limit}).
template <typename T> Result<QList<T>> decodeItems(const QJsonObject &json)
{
    const QJsonValue items = json.value(QLatin1String("items"));
    if (!items.isArray())
        return ReplyDecoder::badReply(QStringLiteral("items is missing"));
    QList<T> out;
    const QJsonArray array = items.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        auto item = decodeObject<T>(v.toObject());
        if (!item)
            return item.error();
        out.append(std::move(*item));
    }
    return out;
}

} // namespace

struct ProfileLoader::CitizenLoad {
    store::CitizenProfile profile;
    int pending = 1; // the requests under way, plus one until all are sent
    CitizenDone done;
};

struct ProfileLoader::EnterpriseLoad {
    store::EnterpriseProfile profile;
    int pending = 1;
    EnterpriseDone done;
};

ProfileLoader::ProfileLoader(DataContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

ProfileLoader::~ProfileLoader() = default;

quint64 ProfileLoader::begin()
{
    // Later, not now: begin() may run inside an answer of the previous load's calls.
    if (m_calls)
        m_calls->deleteLater();
    m_calls = new QObject(this);
    m_loading = true;
    return ++m_generation;
}

void ProfileLoader::cancel()
{
    if (m_calls)
        m_calls->deleteLater();
    m_calls = nullptr;
    m_loading = false;
    ++m_generation;
}

template <typename P>
std::function<void(Result<P>)> ProfileLoader::completion(quint64 generation, QObject *receiver,
                                                         std::function<void(Result<P>)> done)
{
    QPointer<QObject> guard(receiver);
    return [this, generation, guard, done = std::move(done)](Result<P> result) {
        if (!isCurrent(generation))
            return;
        m_loading = false;
        if (!result)
            qCInfo(lcModels).noquote()
                << "a homepage could not be loaded:" << errorCodeName(result.error().code);
        if (guard)
            done(std::move(result));
    };
}

template <typename P> void ProfileLoader::deliverLater(std::function<void(Result<P>)> done, Error error)
{
    QTimer::singleShot(0, m_calls, [done = std::move(done), error] { done(error); });
}

void ProfileLoader::loadCitizen(const QString &id, QObject *receiver, CitizenDone done)
{
    const quint64 generation = begin();
    CitizenDone finish = completion(generation, receiver, std::move(done));
    if (!isPlausibleId(id)) {
        deliverLater(finish, notFound());
        return;
    }
    store::LocalReader *reader = m_context->reader();
    if (!reader || !m_context->hasLocalData()) {
        QTimer::singleShot(0, m_calls, [this, id, generation, finish] {
            if (isCurrent(generation))
                fetchCitizen(id, generation, finish);
        });
        return;
    }
    const QDateTime now = m_context->clock().nowUtc();
    reader->run<std::optional<store::CitizenProfile>>(
        m_calls, [id, now](store::Store &store) { return store::loadCitizenProfile(store, id, now); },
        [this, id, generation, finish](Result<std::optional<store::CitizenProfile>> local) {
            if (!isCurrent(generation))
                return;
            if (local && *local) {
                finish(std::move(**local));
                return;
            }
            if (!local)
                qCInfo(lcModels).noquote() << "the local copy could not be read ("
                                           << errorCodeName(local.error().code) << "); asking the server";
            fetchCitizen(id, generation, finish);
        });
}

void ProfileLoader::loadEnterprise(const QString &id, QObject *receiver, EnterpriseDone done)
{
    const quint64 generation = begin();
    EnterpriseDone finish = completion(generation, receiver, std::move(done));
    if (!isPlausibleId(id)) {
        deliverLater(finish, notFound());
        return;
    }
    store::LocalReader *reader = m_context->reader();
    if (!reader || !m_context->hasLocalData()) {
        QTimer::singleShot(0, m_calls, [this, id, generation, finish] {
            if (isCurrent(generation))
                fetchEnterprise(id, generation, finish);
        });
        return;
    }
    const QDateTime now = m_context->clock().nowUtc();
    reader->run<std::optional<store::EnterpriseProfile>>(
        m_calls, [id, now](store::Store &store) { return store::loadEnterpriseProfile(store, id, now); },
        [this, id, generation, finish](Result<std::optional<store::EnterpriseProfile>> local) {
            if (!isCurrent(generation))
                return;
            if (local && *local) {
                finish(std::move(**local));
                return;
            }
            if (!local)
                qCInfo(lcModels).noquote() << "the local copy could not be read ("
                                           << errorCodeName(local.error().code) << "); asking the server";
            fetchEnterprise(id, generation, finish);
        });
}

void ProfileLoader::fetchCitizen(const QString &id, quint64 generation, CitizenDone done)
{
    auto load = std::make_shared<CitizenLoad>();
    load->done = std::move(done);
    // Every answer counts down; the last one goes on to the catalogue. Errors end the load at once
    // (the completion ignores whatever comes later).
    auto arrived = [this, generation, load] {
        if (!isCurrent(generation) || --load->pending > 0)
            return;
        const Citizen &c = load->profile.citizen;
        withCatalogue(c.tags, c.districtCode, {c.streetId, c.communityId, c.gridId}, generation,
                      [this, load](Result<store::ProfileCatalogue> catalogue) {
                          if (!catalogue) {
                              load->done(catalogue.error());
                              return;
                          }
                          store::completeProfile(load->profile, *catalogue, m_context->clock().nowUtc());
                          load->profile.fromServer = true;
                          load->done(std::move(load->profile));
                      });
    };
    auto section = [this, generation, load, arrived](auto member, const QString &path,
                                                     const QUrlQuery &query) {
        using T = typename std::remove_reference_t<decltype(load->profile.*member)>::value_type;
        ++load->pending;
        getSection<T>(path, query, generation, [load, member, arrived](Result<QList<T>> rows) {
            if (!rows) {
                load->done(rows.error());
                return;
            }
            load->profile.*member = std::move(*rows);
            arrived();
        });
    };

    const QString base = QStringLiteral("/api/v1/citizens/") + id;
    ++load->pending;
    getObject<Citizen>(base, generation, [load, section, arrived](Result<Citizen> citizen) {
        if (!citizen) {
            load->done(subjectError(citizen.error()));
            return;
        }
        load->profile.citizen = std::move(*citizen);
        const std::optional<QString> &household = load->profile.citizen.householdId;
        if (household && !household->isEmpty())
            section(&store::CitizenProfile::household, QStringLiteral("/api/v1/citizens"),
                    QUrlQuery{{QStringLiteral("household"), *household}});
        arrived();
    });
    section(&store::CitizenProfile::applications, base + QStringLiteral("/applications"), {});
    section(&store::CitizenProfile::pushes, base + QStringLiteral("/pushes"), {});
    section(&store::CitizenProfile::messages, base + QStringLiteral("/messages"), {});
    section(&store::CitizenProfile::bills, base + QStringLiteral("/bills"), {});
    section(&store::CitizenProfile::benefits, base + QStringLiteral("/benefits"), {});
    section(&store::CitizenProfile::visits, QStringLiteral("/api/v1/visits"),
            QUrlQuery{{QStringLiteral("citizen"), id}});
    section(&store::CitizenProfile::notes, QStringLiteral("/api/v1/notes"),
            QUrlQuery{{QStringLiteral("subject"), id}});
    arrived();
}

void ProfileLoader::fetchEnterprise(const QString &id, quint64 generation, EnterpriseDone done)
{
    auto load = std::make_shared<EnterpriseLoad>();
    load->done = std::move(done);
    auto arrived = [this, generation, load] {
        if (!isCurrent(generation) || --load->pending > 0)
            return;
        const Enterprise &e = load->profile.enterprise;
        withCatalogue(e.tags, e.districtCode, {e.streetId, e.communityId, e.gridId}, generation,
                      [this, load](Result<store::ProfileCatalogue> catalogue) {
                          if (!catalogue) {
                              load->done(catalogue.error());
                              return;
                          }
                          store::completeProfile(load->profile, *catalogue, m_context->clock().nowUtc());
                          load->profile.fromServer = true;
                          load->done(std::move(load->profile));
                      });
    };
    auto section = [this, generation, load, arrived](auto member, const QString &path,
                                                     const QUrlQuery &query) {
        using T = typename std::remove_reference_t<decltype(load->profile.*member)>::value_type;
        ++load->pending;
        getSection<T>(path, query, generation, [load, member, arrived](Result<QList<T>> rows) {
            if (!rows) {
                load->done(rows.error());
                return;
            }
            load->profile.*member = std::move(*rows);
            arrived();
        });
    };

    const QString base = QStringLiteral("/api/v1/enterprises/") + id;
    ++load->pending;
    getObject<Enterprise>(base, generation, [this, generation, load, arrived](Result<Enterprise> enterprise) {
        if (!enterprise) {
            load->done(subjectError(enterprise.error()));
            return;
        }
        load->profile.enterprise = std::move(*enterprise);
        const std::optional<QString> &person = load->profile.enterprise.legalPersonId;
        if (person && isPlausibleId(*person)) {
            ++load->pending;
            getObject<Citizen>(QStringLiteral("/api/v1/citizens/") + *person, generation,
                               [load, arrived](Result<Citizen> citizen) {
                                   if (citizen)
                                       load->profile.legalPerson = std::move(*citizen);
                                   else if (!isAbsentSection(citizen.error())) {
                                       load->done(citizen.error());
                                       return;
                                   }
                                   arrived();
                               });
        }
        arrived();
    });
    section(&store::EnterpriseProfile::applications, base + QStringLiteral("/applications"), {});
    section(&store::EnterpriseProfile::bills, base + QStringLiteral("/bills"), {});
    section(&store::EnterpriseProfile::benefits, base + QStringLiteral("/benefits"), {});
    section(&store::EnterpriseProfile::notes, QStringLiteral("/api/v1/notes"),
            QUrlQuery{{QStringLiteral("subject"), id}});
    arrived();
}

void ProfileLoader::getJson(const QString &path, const QUrlQuery &query, quint64 generation,
                            const Then<QJsonObject> &then)
{
    if (!isCurrent(generation))
        return; // a step of a load that was superseded meanwhile
    ApiClient *client = m_context->client();
    if (!client) {
        QTimer::singleShot(0, m_calls, [then] {
            then(makeError(ErrorCode::Unavailable, QStringLiteral("there is no server connection")));
        });
        return;
    }
    ApiCall *call = client->send(ApiRequest::get(path, query), m_calls);
    connect(call, &ApiCall::finished, m_calls, [this, generation, then](const Result<ApiResponse> &reply) {
        if (!isCurrent(generation))
            return;
        if (!reply)
            then(reply.error());
        else
            then(reply->json);
    });
    call->start();
}

template <typename T> void ProfileLoader::getObject(const QString &path, quint64 generation, Then<T> then)
{
    getJson(path, {}, generation, [then](Result<QJsonObject> json) {
        if (!json)
            then(json.error());
        else
            then(decodeObject<T>(*json));
    });
}

template <typename T>
void ProfileLoader::getSection(const QString &path, QUrlQuery query, quint64 generation, Then<QList<T>> then)
{
    query.addQueryItem(QStringLiteral("limit"), QString::number(store::kProfileSectionLimit));
    getJson(path, query, generation, [then](Result<QJsonObject> json) {
        if (!json)
            then(isAbsentSection(json.error()) ? Result<QList<T>>(QList<T>{})
                                               : Result<QList<T>>(json.error()));
        else
            then(decodeItems<T>(*json));
    });
}

template <typename T>
void ProfileLoader::getAll(const QString &path, QUrlQuery query, quint64 generation, Then<QList<T>> then,
                           QList<T> sofar)
{
    QUrlQuery page = query;
    page.addQueryItem(QStringLiteral("limit"), QString::number(kCataloguePage));
    page.addQueryItem(QStringLiteral("offset"), QString::number(sofar.size()));
    getJson(
        path, page, generation,
        [this, path, query, generation, then, sofar = std::move(sofar)](Result<QJsonObject> json) mutable {
            if (!json) {
                then(json.error());
                return;
            }
            auto items = decodeItems<T>(*json);
            if (!items) {
                then(items.error());
                return;
            }
            const bool last =
                items->isEmpty() ||
                sofar.size() + items->size() >= json->value(QLatin1String("total")).toInteger() ||
                sofar.size() >= qsizetype(kCataloguePage) * (kMaxCataloguePages - 1);
            sofar += *items;
            if (last)
                then(std::move(sofar));
            else
                getAll<T>(path, query, generation, then, std::move(sofar));
        });
}

void ProfileLoader::withCatalogue(const QList<TagAssignment> &tags, const QString &districtCode,
                                  const QStringList &regionIds, quint64 generation,
                                  const Then<store::ProfileCatalogue> &then)
{
    store::LocalReader *reader = m_context->reader();
    if (!reader || !m_context->hasLocalData()) {
        serverCatalogue(districtCode, generation, then);
        return;
    }
    reader->run<store::ProfileCatalogue>(
        m_calls,
        [tags, districtCode, regionIds](store::Store &store) {
            return store::loadProfileCatalogue(store, tags, districtCode, regionIds);
        },
        [this, districtCode, generation, then](Result<store::ProfileCatalogue> catalogue) {
            if (!isCurrent(generation))
                return;
            if (catalogue)
                then(std::move(*catalogue));
            else
                serverCatalogue(districtCode, generation, then); // e.g. the local copy closed meanwhile
        });
}

void ProfileLoader::serverCatalogue(const QString &districtCode, quint64 generation,
                                    const Then<store::ProfileCatalogue> &then)
{
    struct Gather {
        int pending = 1;
        bool failed = false;
    };
    auto gather = std::make_shared<Gather>();
    auto step = [this, gather, districtCode, then] {
        if (gather->failed || --gather->pending > 0)
            return;
        then(cachedCatalogue(districtCode));
    };
    auto fail = [gather, then](const Error &error) {
        if (gather->failed)
            return;
        gather->failed = true;
        then(error);
    };
    if (!m_tags) {
        ++gather->pending;
        getAll<Tag>(QStringLiteral("/api/v1/tags"), {}, generation,
                    [this, step, fail](Result<QList<Tag>> tags) {
                        if (!tags)
                            return fail(tags.error());
                        QHash<QString, Tag> byId;
                        for (const Tag &t : std::as_const(*tags))
                            byId.insert(t.id, t);
                        m_tags = byId;
                        step();
                    });
    }
    if (!m_services) {
        ++gather->pending;
        getAll<ServiceItem>(QStringLiteral("/api/v1/services"), {}, generation,
                            [this, step, fail](Result<QList<ServiceItem>> services) {
                                if (!services)
                                    return fail(services.error());
                                m_services = std::move(*services);
                                step();
                            });
    }
    if (!m_departments) {
        ++gather->pending;
        getAll<Department>(QStringLiteral("/api/v1/departments"), {}, generation,
                           [this, step, fail](Result<QList<Department>> departments) {
                               if (!departments)
                                   return fail(departments.error());
                               QHash<QString, QString> names;
                               for (const Department &d : std::as_const(*departments))
                                   names.insert(d.id, d.name);
                               m_departments = names;
                               step();
                           });
    }
    if (!districtCode.isEmpty() && !m_regionsByDistrict.contains(districtCode)) {
        ++gather->pending;
        getAll<Region>(QStringLiteral("/api/v1/regions"),
                       QUrlQuery{{QStringLiteral("district"), districtCode}}, generation,
                       [this, districtCode, step, fail](Result<QList<Region>> regions) {
                           if (!regions)
                               return fail(regions.error());
                           m_regionsByDistrict.insert(districtCode, *regions);
                           step();
                       });
    }
    step();
}

store::ProfileCatalogue ProfileLoader::cachedCatalogue(const QString &districtCode) const
{
    store::ProfileCatalogue catalogue;
    catalogue.tags = m_tags.value_or(QHash<QString, Tag>{});
    catalogue.services = m_services.value_or(QList<ServiceItem>{});
    catalogue.departmentNames = m_departments.value_or(QHash<QString, QString>{});
    catalogue.regions = m_regionsByDistrict.value(districtCode);
    return catalogue;
}

} // namespace gd
