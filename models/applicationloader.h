#pragma once
// Reads one application (gd::Application with its steps, materials and history) from the local copy on
// the reader thread for the application's detail view, with its SLA states worked out at the
// DataContext's clock (applySlaStates) and whether a local write of it still waits for the server.
//
//   load(id)   reads it → loaded(application, pendingSync) or failed(error) (NotFound when the local
//              copy does not have it; Unavailable without a local copy). Later change sets naming the
//              application (a pull, a local action, the server's answer) read it again and emit loaded()
//              again (or failed() when it is gone).
//   clear()    forgets the application: no more reads or signals.
//
// Answers to an earlier load() are dropped. GUI thread; does not own the DataContext.

#include "domain/casework.h"
#include "domain/error.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace gd {

class DataContext;
struct ChangeSet;

class ApplicationLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kRefreshDelayMs = 100;

    explicit ApplicationLoader(DataContext *context, QObject *parent = nullptr);

    void load(const QString &applicationId);
    void reload();
    void clear();

    QString applicationId() const { return m_id; }
    // The last application loaded (of the current id), if any.
    const std::optional<Application> &application() const { return m_application; }
    bool hasPendingSync() const { return m_pendingSync; }
    bool isLoading() const { return m_loading; }

signals:
    void loaded(const gd::Application &application, bool pendingSync);
    void failed(const gd::Error &error);

private:
    void onDataChanged(const ChangeSet &changes);

    DataContext *m_context;
    QString m_id;
    std::optional<Application> m_application;
    bool m_pendingSync = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    QTimer m_delay;
};

} // namespace gd
