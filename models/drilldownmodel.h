#pragma once
// The messages or applications behind a point of a dashboard (a DrillRequest), fetched from the server's
// list endpoints (scope checked there), at most kLimit of them, newest first. Personal data stays masked:
// applicants are shown by surname (张**) and masked ID; a message shows its text, not its author — the
// author is one more step away (citizenIdAt → the citizen's homepage, audited like any homepage view).
//
//   fetch(request)  → loadingChanged(true) … loaded() or failed(error). Answers to an earlier fetch are
//                   dropped.
//
// Columns: messages — time, district, topic, sentiment, title; applications — number, service,
// applicant, status, submitted. GUI thread.

#include "domain/casework.h"
#include "domain/error.h"
#include "models/dashboardmodels.h"
#include "net/apiresponse.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace gd {

class DataContext;

class DrillDownModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kLimit = 200;
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit DrillDownModel(DataContext *context, QObject *parent = nullptr);

    void setNames(const DashboardNames &names) { m_names = names; }
    void fetch(const DrillRequest &request);

    const DrillRequest &request() const { return m_request; }
    bool isLoading() const { return m_loading; }
    qint64 total() const { return m_total; }

    // The row's message / application, when the model lists that kind.
    std::optional<Message> messageAt(int row) const;
    std::optional<Application> applicationAt(int row) const;
    // Whose homepage the row leads to: {"citizen" or "enterprise", id}.
    std::pair<QString, QString> subjectAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const gd::Error &error);

private:
    void onReply(quint64 generation, const Result<ApiResponse> &reply);

    DataContext *m_context;
    DashboardNames m_names;
    DrillRequest m_request;
    QList<Message> m_messages;
    QList<Application> m_applications;
    qint64 m_total = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
    QPointer<QObject> m_call;
};

} // namespace gd
