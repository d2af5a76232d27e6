#pragma once
// The server's recommendations for one citizen (GET /api/v1/citizens/{id}/recommendations, the engine in
// server/reco: rules, co-applications, similar citizens, district hot ranking, recent activity), for the
// citizen homepage. Online only: without a signed-in client it fails at once with Unavailable, and the
// homepage keeps the local tag-rule matches it already shows.
//
//   load(citizenId)  → loaded(citizenId, list) or failed(citizenId, error); an earlier load's answer is
//                      dropped.
//
// GUI thread; does not own the DataContext.

#include "domain/error.h"
#include "domain/recommendation.h"
#include "net/apiresponse.h"

#include <QObject>
#include <QPointer>

namespace gd {

class DataContext;

class RecommendationLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kLimit = 8;

    explicit RecommendationLoader(DataContext *context, QObject *parent = nullptr);

    void load(const QString &citizenId);
    void clear();

signals:
    void loaded(const QString &citizenId, const QList<gd::Recommendation> &items);
    void failed(const QString &citizenId, const gd::Error &error);

private:
    DataContext *m_context;
    quint64 m_generation = 0;
    QPointer<QObject> m_call;
};

} // namespace gd
