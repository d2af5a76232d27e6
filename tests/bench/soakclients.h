#pragma once
// govdesk-bench soak: the simulated staff members (one thread each) and what they record — latencies and
// statuses per operation (SoakTally) and every write the server acknowledged (SoakLedger).

#include "apitestclient.h"

#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>
#include <map>
#include <optional>
#include <vector>

namespace gd::bench::soak {

using Clock = std::chrono::steady_clock;

enum class Kind { Read, Write, Sync };
const char *kindName(Kind kind);

// Figures of one operation (e.g. "notes.create").
struct OpFigures {
    Kind kind = Kind::Read;
    std::vector<float> ms;
    std::map<int, qint64> statuses;         // every answer by status; 0 = transport failure
    std::map<int, qint64> expectedStatuses; // 4xx the scenario provokes (stale writes) or expects from races
    std::map<int, qint64> errorStatuses;    // 5xx, transport failures and 4xx nobody expected
    qint64 expected4xx = 0;
    qint64 errors = 0;
};

// Latencies and statuses of one client thread; merged at the end.
class SoakTally {
public:
    // `expected`: a 4xx answer the caller counts on; 2xx and expected 4xx are not errors.
    void record(const QString &op, Kind kind, double ms, int status, bool expected, const QString &detail);
    void merge(const SoakTally &other);
    const std::map<QString, OpFigures> &ops() const { return m_ops; }
    const QStringList &errorSamples() const { return m_errorSamples; }

private:
    std::map<QString, OpFigures> m_ops;
    QStringList m_errorSamples; // the first few errors, for diagnosis
};

// One write the server acknowledged (2xx): the object it answered with.
struct Ack {
    QString entity; // change-log entity: note, visit, incident, task, campaign, application
    QString id;
    qint64 version = 0;
    QString key; // Idempotency-Key
    int status = 0;
    QString op;
    bool creates = false; // made the object (version 1 under the client's id)
};

struct Attachment {
    QString id;
    QString incidentId;
    QString sha256;
};

// The writes of one client thread; merged at the end.
struct SoakLedger {
    std::vector<Ack> acks;
    std::vector<Attachment> attachments;
    qint64 replays = 0;          // the same request sent again with the same key after a 2xx
    qint64 replayMismatches = 0; // … answered with another status or body, or without Idempotent-Replayed
    qint64 sameIdRetries = 0;    // a create sent again under a new key with the same id
    qint64 sameIdMismatches = 0; // … not answered 200 with the stored object
    qint64 unresolved = 0;       // writes still failing (5xx / transport) after every retry
    QStringList unresolvedKeys;
    qint64 definitive4xx = 0; // writes answered with an expected 4xx (not applied)

    void merge(const SoakLedger &other);
};

// What the clients share, read before they start.
struct SoakDirectory {
    QMap<QString, QStringList> gridsByDistrict; // every grid
    QStringList gridManagerGrids;               // grids of the simulated grid managers (tasks go there)
    qint64 startSeq = 0;                        // change-log sequence when the soak started
};

struct SoakSettings {
    int port = 0;
    int thinkMs = 0;
    int replayPercent = 10;
    QList<QByteArray> photos; // small JPEGs for incidents
};

// One signed-in staff member doing their role's mix of work until a deadline.
class StaffSim {
public:
    StaffSim(QString username, const SoakSettings &settings, const SoakDirectory &directory, quint32 seed);
    virtual ~StaffSim();
    StaffSim(const StaffSim &) = delete;
    StaffSim &operator=(const StaffSim &) = delete;

    // Signs in and reads the staff member's profile; false (with a message) when that failed.
    bool signIn(QString *error);
    void runUntil(Clock::time_point deadline);
    // Closes the keep-alive connection (the server stops only after idle connections end).
    void disconnect() { m_client.disconnect(); }

    QString username() const { return m_username; }
    QString role() const { return m_role; }
    QStringList gridIds() const { return m_gridIds; }
    const SoakTally &tally() const { return m_tally; }
    const SoakLedger &ledger() const { return m_ledger; }
    qint64 changesPulled() const { return m_changesPulled; }
    qint64 pulls() const { return m_pulls; }

protected:
    // One step of the role's mix.
    virtual void act() = 0;

    test::ApiReply read(const QString &op, const QString &path, QList<int> expected4xx = {});
    // A write under a fresh Idempotency-Key, retried with the same key on 5xx and transport failures (as a
    // client's outbox does); a 2xx goes into the ledger (and is sometimes replayed on purpose). Returns
    // the answered object on 2xx.
    std::optional<QJsonObject> write(const QString &op, const QString &entity, const QString &method,
                                     const QString &path, const QJsonObject &body,
                                     QList<int> expected4xx = {}, bool creates = false);
    // Pulls the change feed from this client's cursor until has_more is false.
    void syncPull();
    // A note on a citizen this client has seen.
    void writeNote();
    // A draft push campaign to `audience`, edited once in a while.
    void writeCampaign(const QJsonObject &audience);
    // A citizen's homepage: the citizen, their applications, the notes on them.
    void readHomepage();
    void rememberCitizens(const test::ApiReply &reply);

    int pick(std::initializer_list<int> weights);
    QString pickOne(const QStringList &list);
    static QString uuid();
    QString tagged(const QString &text) const; // the text made unique per write
    void recordAttachment(const Attachment &a) { m_ledger.attachments.push_back(a); }

    SoakDirectory m_dir;
    SoakSettings m_settings;
    QRandomGenerator m_rng;
    QString m_username;
    QString m_role;
    QString m_staffId;
    QString m_departmentId;
    QString m_areaCode;
    QStringList m_gridIds;
    QStringList m_citizens; // recently listed citizens in scope

private:
    test::ApiReply call(const QString &op, Kind kind, const QString &method, const QString &path,
                        const QJsonObject &body, const test::HeaderList &headers,
                        const QList<int> &expected4xx);

    test::ApiTestClient m_client;
    SoakTally m_tally;
    SoakLedger m_ledger;
    qint64 m_cursor = 0;
    qint64 m_deviceSeq = 0;
    qint64 m_changesPulled = 0;
    qint64 m_pulls = 0;
    qint64 m_writes = 0;
    int m_stepsSincePull = 0;
};

// 办事员: the department's work queue, claims, comments, releases and approvals, remarks (with a
// deliberately stale edit now and then), notes on applicants, dashboards, campaign drafts.
class OfficerSim : public StaffSim {
public:
    using StaffSim::StaffSim;

protected:
    void act() override;

private:
    void actOnApplication();
    void editApplication();
    void rememberApplications(const test::ApiReply &reply);
    std::vector<QJsonObject> m_queue;
};

// 主管: citizens of the area, dashboards, incidents to accept and resolve, tasks for grids, notes,
// campaign drafts.
class SupervisorSim : public StaffSim {
public:
    using StaffSim::StaffSim;

protected:
    void act() override;

private:
    void handleIncident();
    void giveTask();
    void cancelTask();
    QStringList areaGrids() const;
    std::vector<QJsonObject> m_incidents;
    std::vector<QJsonObject> m_tasks;
};

// 网格员: the grid's residents, households, visits and tasks; visits, incidents with photos (and an edit,
// then a deliberately stale one), task acknowledgements and completions, notes, grid notices.
class GridManagerSim : public StaffSim {
public:
    using StaffSim::StaffSim;

protected:
    void act() override;

private:
    void recordVisit();
    void reportIncident();
    void workOnTask();
    std::vector<QJsonObject> m_tasks;
    QStringList m_households;
};

} // namespace gd::bench::soak
