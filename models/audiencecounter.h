#pragma once
// The live size of an audience being edited (issue 7): POST /api/v1/audiences/count with a masked sample
// of kAudienceDefaultSample members, a moment after the last edit.
//
//   setExpression(json)  remembers the expression and counts it after delay() ms without another
//                        setExpression() (a burst of edits makes one request, for the last one); a
//                        request still running for an earlier expression is abandoned.
//   countNow()           counts the current expression at once (a refresh).
//   → counted(count, sample, elapsedMs, asOf) for the latest expression only: how many citizens of the
//     caller's scope match, up to 20 masked members, the server's time for the count (elapsed_us / 1000)
//     and the day ages and life events were counted on;
//   → failed(error) likewise: without a signed-in ApiClient (offline, signed out, no context) at once
//     with Unavailable, without waiting for the delay; otherwise the server's or the network's error.
//   → busyChanged(busy): true from setExpression()/countNow() until the answer (or clear()).
//
// Answers for an expression that has been replaced since are dropped (a generation counter, as in
// RecommendationLoader). GUI thread; does not own the DataContext.

#include "domain/audience.h"
#include "domain/error.h"
#include "net/apiresponse.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace gd {

class DataContext;

class AudienceCounter : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultDelayMs = 300;

    explicit AudienceCounter(DataContext *context, QObject *parent = nullptr);

    DataContext *context() const { return m_context; }
    void setContext(DataContext *context);

    // The debounce; 0 counts on the next turn of the event loop (tests).
    int delay() const { return m_timer.interval(); }
    void setDelay(int milliseconds);

    QJsonObject expression() const { return m_expression; }
    void setExpression(const QJsonObject &expression);
    void countNow();
    // Forgets the pending count (nothing more is emitted for it).
    void clear();

    bool isBusy() const { return m_busy; }

signals:
    void counted(qint64 count, const QList<gd::AudienceMember> &sample, double elapsedMs, const QDate &asOf);
    void failed(const gd::Error &error);
    void busyChanged(bool busy);

private:
    void start();
    void setBusy(bool busy);
    void abandon();

    DataContext *m_context;
    QTimer m_timer;
    QJsonObject m_expression;
    quint64 m_generation = 0;
    QPointer<QObject> m_call;
    bool m_busy = false;
};

} // namespace gd
