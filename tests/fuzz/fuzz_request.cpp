// libFuzzer target: govdesk-server's request handling without sockets. Input: the raw bytes of one HTTP
// request. They go through cpp-httplib's request parser (Server::process_request over a Stream that reads
// the input and collects the answer, as cpp-httplib's own fuzzers do) into GovDesk's Router with every
// /api/v1 route (buildApiRouter), on a small demo database (a temporary SQLite directory, made once per
// process) with the audience index and the recommendation engine.
//
// Requests may carry `Authorization: Bearer gda_fuzz_<who>` for who = admin, officer, officer2,
// supervisor, district, grid, grid2, portal: sessions with those tokens are made at start-up (signed-out
// or rotated ones are restored after each input), so the seed corpus reaches the handlers of every role.
// Checks: an answer is always written and is HTTP/1.1; no 500 (a handler that failed or threw); a JSON
// body (uncompressed) is valid JSON. Writes accumulate in the database over a run, which is fine.
// A streamed answer (the live change stream) ends at its first chunk: the stream refuses to write it.

#include "fuzzscratch.h"
#include "fuzzsupport.h"

#include "audience/audienceservice.h"
#include "auth/authservice.h"
#include "db/auditlog.h"
#include "db/changenotifier.h"
#include "db/database.h"
#include "db/sessionrepository.h"
#include "db/staffrepository.h"
#include "db/usageaggregates.h"
#include "demo/demogenerator.h"
#include "http/api.h"
#include "reco/recommendationservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <httplib.h>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace gd;
using namespace gd::server;

namespace {

// The demo population: small enough to generate in seconds under the sanitizers.
constexpr int kDemoCitizens = 300;

// Fixed bearer tokens of the corpus, by demo username.
const QList<QPair<QString, QString>> kTokens{
    {QStringLiteral("gda_fuzz_admin"), QStringLiteral("admin")},
    {QStringLiteral("gda_fuzz_officer"), QStringLiteral("officer_wjw")},
    {QStringLiteral("gda_fuzz_officer2"), QStringLiteral("officer_gaj")},
    {QStringLiteral("gda_fuzz_supervisor"), QStringLiteral("supervisor_city")},
    {QStringLiteral("gda_fuzz_district"), QStringLiteral("supervisor_huli")},
    {QStringLiteral("gda_fuzz_grid"), QStringLiteral("grid_huli")},
    {QStringLiteral("gda_fuzz_grid2"), QStringLiteral("grid_siming")},
    {QStringLiteral("gda_fuzz_portal"), QStringLiteral("portal")},
};

// Reads the fuzz input as the request; collects what the server writes.
class InputStream : public httplib::Stream {
public:
    InputStream(const char *data, size_t size)
        : m_data(data)
        , m_size(size)
    {
    }

    bool is_readable() const override { return true; }
    bool is_writable() const override { return !streaming(); }
    ssize_t read(char *ptr, size_t size) override
    {
        size = std::min(size, m_size - m_pos);
        std::memcpy(ptr, m_data + m_pos, size);
        m_pos += size;
        return ssize_t(size);
    }
    ssize_t write(const char *ptr, size_t size) override
    {
        if (streaming())
            return -1; // the client of a streamed answer has gone
        m_out.append(ptr, size);
        return ssize_t(size);
    }
    void get_remote_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 40000;
    }
    void get_local_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 8080;
    }
    socket_t socket() const override { return INVALID_SOCKET; }

    const std::string &output() const { return m_out; }

private:
    bool streaming() const
    {
        const size_t end = m_out.find("\r\n\r\n");
        return end != std::string::npos && m_out.find("Transfer-Encoding: chunked") < end;
    }

    const char *m_data;
    size_t m_size;
    size_t m_pos = 0;
    std::string m_out;
};

class FuzzServer : public httplib::Server {
public:
    bool handle(httplib::Stream &stream)
    {
        bool closed = false;
        return process_request(stream, true, closed, [](httplib::Request &) {});
    }
};

struct Backend {
    QTemporaryDir dir{fuzz::scratchTemplate()};
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<RecommendationService> recommendations;
    std::unique_ptr<AuthService> auth;
    ChangeNotifier notifier;
    std::unique_ptr<AudienceService> audiences;
    std::unique_ptr<Router> router;
    FuzzServer server;

    Backend()
    {
        FUZZ_CHECK(dir.isValid(), QStringLiteral("no temporary directory"));
        db = std::make_unique<Database>(DatabaseConfig::sqliteInDirectory(dir.path()));
        auto migrated = db->migrate();
        FUZZ_CHECK(migrated.ok(),
                   QStringLiteral("migrate: ") + (migrated ? QString() : migrated.error().message));
        DemoOptions options;
        options.citizens = kDemoCitizens;
        options.today = QDate(2026, 11, 24);
        auto demo = DemoGenerator(*db, options).run();
        FUZZ_CHECK(demo.ok(), QStringLiteral("demo data: ") + (demo ? QString() : demo.error().message));
        FUZZ_CHECK(UsageAggregates(*db).ensureBuilt().ok(), QStringLiteral("usage aggregates"));
        audit = std::make_unique<AuditLog>(*db);
        recommendations = std::make_unique<RecommendationService>(*db);
        FUZZ_CHECK(recommendations->rebuild().ok(), QStringLiteral("recommendations"));
        AuthConfig config;
        config.accessTtlSeconds = 10 * 365 * 24 * 3600;
        auth = std::make_unique<AuthService>(*db, *audit, config);
        audiences = std::make_unique<AudienceService>(*db);
        FUZZ_CHECK(audiences->rebuild().ok(), QStringLiteral("audience index"));
        ApiOptions api;
        api.recommendations = recommendations.get();
        api.events.heartbeatSeconds = 1;
        api.events.lifetimeSeconds = 1;
        router =
            std::make_unique<Router>(buildApiRouter({*db, *auth, *audit, notifier, api, audiences.get()}));
        router->install(server, *auth);
        makeSessions();
        if (qEnvironmentVariableIsSet("GOVDESK_FUZZ_TRACE"))
            printIds();
    }

    // For writing seeds: a few ids of the demo data (the demo generator is deterministic).
    void printIds()
    {
        auto conn = db->connection();
        for (const char *table : {"citizens", "enterprises", "applications", "households", "visits",
                                  "incidents", "grid_tasks", "campaigns", "notes", "pushes", "messages",
                                  "bills", "benefits", "services", "enrolment_rounds", "citizen_inbox"}) {
            QSqlQuery q(*conn);
            if (!q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT 3").arg(QLatin1String(table))))
                continue;
            while (q.next())
                std::fprintf(stderr, "ID %s %s\n", table, q.value(0).toString().toUtf8().constData());
        }
    }

    ~Backend() { notifier.shutdown(); }

    void makeSessions()
    {
        StaffRepository staff(*db);
        SessionRepository sessions(*db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[token, username] : kTokens) {
            auto found = staff.findByUsername(username);
            FUZZ_CHECK(found.ok() && found->has_value(), QStringLiteral("no demo account ") + username);
            SessionRecord s;
            s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            s.staffId = (*found)->id;
            s.familyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            s.accessExpiresAt = now.addYears(10);
            s.refreshExpiresAt = now.addYears(10);
            const QString refresh = QStringLiteral("gdr_") + token.mid(4);
            FUZZ_CHECK(sessions
                           .create(s, AuthService::hashToken(token), AuthService::hashToken(refresh),
                                   QStringLiteral("127.0.0.1"))
                           .ok(),
                       QStringLiteral("session for ") + username);
        }
    }

    // Sign-outs and refreshes revoke or rotate sessions; the corpus's tokens keep working.
    void restoreSessions()
    {
        auto conn = db->connection();
        FUZZ_CHECK(conn.ok(), QStringLiteral("no connection"));
        QSqlQuery q(*conn);
        FUZZ_CHECK(q.exec(QStringLiteral("UPDATE sessions SET revoked = 0, rotated = 0")),
                   QStringLiteral("cannot restore sessions"));
    }
};

Backend &backend()
{
    static Backend b;
    return b;
}

void checkAnswer(const std::string &out)
{
    FUZZ_CHECK(out.compare(0, 9, "HTTP/1.1 ") == 0,
               QStringLiteral("no HTTP answer: ") + QString::fromStdString(out.substr(0, 200)));
    const int status = std::atoi(out.c_str() + 9);
    const size_t end = out.find("\r\n\r\n");
    const std::string headers = out.substr(0, end);
    FUZZ_CHECK(status != 500, QStringLiteral("500 answer:\n") + QString::fromStdString(out.substr(0, 2000)));
    if (end == std::string::npos || headers.find("Content-Type: application/json") == std::string::npos ||
        headers.find("Content-Encoding") != std::string::npos ||
        headers.find("Transfer-Encoding") != std::string::npos)
        return;
    const std::string body = out.substr(end + 4);
    if (body.empty())
        return;
    QJsonParseError error{};
    (void)QJsonDocument::fromJson(QByteArray::fromStdString(body), &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError,
               QStringLiteral("invalid JSON body: ") + QString::fromStdString(body.substr(0, 500)));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    gd::fuzz::startQuietApplication(argc, argv);
    (void)backend();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Backend &b = backend();
    InputStream stream(reinterpret_cast<const char *>(data), size);
    b.server.handle(stream);
    if (!stream.output().empty())
        checkAnswer(stream.output());
    static const bool trace = qEnvironmentVariableIsSet("GOVDESK_FUZZ_TRACE");
    if (trace) {
        // For writing seeds: the request line and the answer's status line.
        const std::string_view request(reinterpret_cast<const char *>(data), size);
        const std::string &answer = stream.output();
        std::fprintf(stderr, "TRACE %.*s -> %.*s\n", int(std::min(request.find('\r'), request.size())),
                     request.data(), int(std::min(answer.find('\r'), answer.size())), answer.data());
    }
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    if (input.find("/auth/") != std::string_view::npos)
        b.restoreSessions();
    return 0;
}
