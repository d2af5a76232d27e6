#pragma once
// Fetches the dashboards' reports (issue 6) and keeps the last answer of each in the encrypted local copy.
//
//   load(query)  shows what the local copy has for the query at once (loaded(…, fromCache true), with its
//                age), then asks the server for all of dashboardRequests(query) in parallel; when every
//                answer is in → loaded(…, fromCache false) and the bundle is stored for next time.
//                When the server cannot be reached or refuses, failed(error, hasData): hasData = the
//                cached figures stay on screen (offline) — nothing shown is ever thrown away by a failure.
//   refresh()    asks the server again for the current query (auto-refresh, sync changes, F5).
//   loadNames()  reads the names of districts, streets, services and departments from the local copy
//                → namesLoaded().
//
// Answers to an earlier load() are dropped. GUI thread; does not own the DataContext.

#include "domain/error.h"
#include "models/cachedreports.h"
#include "models/dashboarddata.h"
#include "models/dashboardmodels.h"
#include "net/apiresponse.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace gd {

class DataContext;

using DashboardSource = ReportSource;

class DashboardLoader : public QObject {
    Q_OBJECT
public:
    explicit DashboardLoader(DataContext *context, QObject *parent = nullptr);

    void load(const DashboardQuery &query);
    void refresh();
    void loadNames();

    const DashboardQuery &query() const { return m_query; }
    bool isLoading() const { return m_pending > 0; }
    bool hasData() const { return m_hasData; }
    const DashboardNames &names() const { return m_names; }
    bool hasNames() const { return m_hasNames; }

signals:
    void loaded(const gd::DashboardData &data, const gd::DashboardSource &source);
    void failed(const gd::Error &error, bool hasData);
    void loadingChanged(bool loading);
    void namesLoaded();

private:
    void readCache(quint64 generation);
    void fetch(quint64 generation);
    void onAnswer(quint64 generation, const QString &id, const Result<ApiResponse> &reply);
    void store(const QByteArray &bundle, const QDateTime &fetchedAt);
    void setPending(int pending);

    DataContext *m_context;
    DashboardQuery m_query;
    DashboardNames m_names;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_failed = false;
    bool m_hasData = false;
    bool m_networkAnswered = false;
    bool m_hasNames = false;
    QHash<QString, QByteArray> m_bodies;
    QPointer<QObject> m_calls; // parent of this load's calls; deleted to abandon them
};

} // namespace gd

Q_DECLARE_METATYPE(gd::DashboardData)
