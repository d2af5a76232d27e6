#pragma once
// Loads the homepage of one citizen or one enterprise (store::CitizenProfile / EnterpriseProfile) for
// the pages. The local copy first: loadCitizenProfile() on the reader thread (DataContext::reader()).
// When there is no local copy, or the object is not in it (outside the synced scope, e.g. an applicant
// at the counter), the server: the object (GET /api/v1/citizens/{id}, which the server audits as a
// homepage view, or /api/v1/enterprises/{id}) and its sections (bills, benefits, applications, messages,
// pushes, visits, notes, household; 200 rows each) in parallel, then the catalogue names (tags,
// services, departments, regions) from the local copy when it is open, else from the server's catalogue
// endpoints (cached in the loader for its lifetime). Such a profile has fromServer = true and looks
// exactly like a local one (store::completeProfile).
//
// Errors: NotFound when the server does not know the object or it is outside the caller's scope (the
// UI says "not found or outside your scope"); the server's or the network's error as it is otherwise. A
// section the server does not offer this caller (404/403 on the sub-list while the object itself was
// readable) is empty rather than an error.
//
// One load at a time: a later load (of any id) or cancel() aborts the earlier one's requests and drops
// its answer. `done` is called exactly once per load that is not superseded, on the GUI thread, later
// than the load call returns, and only while `receiver` exists. Nothing about the subject is logged.
//
// GUI thread. Owns nothing it is given; the context must outlive the loader.

#include "store/profiles.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace gd {

class DataContext;

class ProfileLoader : public QObject {
    Q_OBJECT
public:
    using CitizenDone = std::function<void(Result<store::CitizenProfile>)>;
    using EnterpriseDone = std::function<void(Result<store::EnterpriseProfile>)>;

    explicit ProfileLoader(DataContext *context, QObject *parent = nullptr);
    ~ProfileLoader() override;

    void loadCitizen(const QString &id, QObject *receiver, CitizenDone done);
    void loadEnterprise(const QString &id, QObject *receiver, EnterpriseDone done);
    // Drops the running load: its requests are aborted and `done` is not called.
    void cancel();
    bool isLoading() const { return m_loading; }

private:
    struct CitizenLoad;
    struct EnterpriseLoad;
    // A step of the running load that answers with a value or an error.
    template <typename T> using Then = std::function<void(Result<T>)>;

    quint64 begin();
    bool isCurrent(quint64 generation) const { return m_loading && generation == m_generation; }
    // `done` wrapped: called at most once, only for the current load and while `receiver` exists.
    template <typename P>
    std::function<void(Result<P>)> completion(quint64 generation, QObject *receiver,
                                              std::function<void(Result<P>)> done);
    template <typename P> void deliverLater(std::function<void(Result<P>)> done, Error error);

    void fetchCitizen(const QString &id, quint64 generation, CitizenDone done);
    void fetchEnterprise(const QString &id, quint64 generation, EnterpriseDone done);

    // One helper per kind of endpoint.
    void getJson(const QString &path, const QUrlQuery &query, quint64 generation,
                 const Then<QJsonObject> &then);
    template <typename T> void getObject(const QString &path, quint64 generation, Then<T> then);
    template <typename T>
    void getSection(const QString &path, QUrlQuery query, quint64 generation, Then<QList<T>> then);
    template <typename T>
    void getAll(const QString &path, QUrlQuery query, quint64 generation, Then<QList<T>> then,
                QList<T> sofar = {});
    void withCatalogue(const QList<TagAssignment> &tags, const QString &districtCode,
                       const QStringList &regionIds, quint64 generation,
                       const Then<store::ProfileCatalogue> &then);
    void serverCatalogue(const QString &districtCode, quint64 generation,
                         const Then<store::ProfileCatalogue> &then);
    store::ProfileCatalogue cachedCatalogue(const QString &districtCode) const;

    DataContext *m_context;
    quint64 m_generation = 0;
    bool m_loading = false;
    QObject *m_calls = nullptr; // parent of the running load's calls: deleting it aborts them
    // The server's catalogue, fetched once (only used while there is no local copy).
    std::optional<QHash<QString, Tag>> m_tags;
    std::optional<QList<ServiceItem>> m_services;
    std::optional<QHash<QString, QString>> m_departments;
    QHash<QString, QList<Region>> m_regionsByDistrict;
};

} // namespace gd
