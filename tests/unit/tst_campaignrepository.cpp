// Push campaigns in the encrypted local copy (issue 7): drafts, changes and the workflow's actions are
// written locally and queued in the outbox in one transaction, with the base version the sync engine
// needs; the local checks refuse what the server would refuse (fields, states, roles) before anything is
// written; the feed's campaigns are listed with the ids whose writes still wait.
#include "store/changeapplier.h"
#include "store/store.h"

#include "domain/codec.h"
#include "domain/grid.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gd;
using namespace gd::store;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(2, 0), QTimeZone::utc());

QByteArray randomKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key;
}

QJsonObject upsert(qint64 seq, const QString &entity, const QJsonObject &data)
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("op"), QStringLiteral("upsert")},
                       {QStringLiteral("id"), data.value(QStringLiteral("id"))},
                       {QStringLiteral("version"), data.value(QStringLiteral("version"))},
                       {QStringLiteral("data"), data}};
}

QJsonObject service(const QString &id, const QString &applicantType)
{
    ServiceItem s;
    s.id = id;
    s.code = id;
    s.name = QStringLiteral("生育登记");
    s.departmentId = QStringLiteral("wjw");
    s.category = QStringLiteral("生育");
    s.applicantType = applicantType;
    s.version = 1;
    return toJson(s);
}

StaffUser staff(const QString &id, const QString &role)
{
    StaffUser u;
    u.id = id;
    u.username = id;
    u.displayName = QStringLiteral("王") + id;
    u.role = role;
    if (role == QLatin1String("officer"))
        u.departmentId = QStringLiteral("wjw");
    if (role == QLatin1String("supervisor"))
        u.areaCode = QStringLiteral("350206");
    return u;
}

CampaignCreateRequest draft()
{
    CampaignCreateRequest r;
    r.title = QStringLiteral("  孕期产检提醒 ");
    r.content = QStringLiteral("请按时到社区卫生服务中心做产检。");
    r.serviceId = QStringLiteral("svc_c");
    r.audience = QJsonObject{{QStringLiteral("tag"), QStringLiteral("t_pregnant")}};
    r.schedule.kind = QStringLiteral("now");
    r.channel = QStringLiteral("app");
    return r;
}

} // namespace

class TestCampaignRepository : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_key;
    std::unique_ptr<Store> m_store;
    const StaffUser m_officer = staff(QStringLiteral("s-officer"), QStringLiteral("officer"));
    const StaffUser m_colleague = staff(QStringLiteral("s-colleague"), QStringLiteral("officer"));
    const StaffUser m_supervisor = staff(QStringLiteral("s-super"), QStringLiteral("supervisor"));

    Store &s() { return *m_store; }

    static bool refusedWith(const Result<OutboxItem> &r, ErrorCode code, const QString &detail = {})
    {
        if (r || r.error().code != code)
            return false;
        if (detail.isEmpty())
            return true;
        return r.error().details.value(QStringLiteral("field")).toString() == detail ||
               r.error().details.value(QStringLiteral("reason")).toString() == detail;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("c%1.db").arg(QRandomGenerator::global()->generate()));
        m_key = randomKey();
        auto store = Store::open(m_path, m_key);
        QVERIFY(store);
        m_store = std::move(*store);
        ChangeApplier applier(s());
        QVERIFY(
            applier.apply(QJsonArray{upsert(1, QStringLiteral("service"),
                                            service(QStringLiteral("svc_c"), QStringLiteral("citizen"))),
                                     upsert(2, QStringLiteral("service"),
                                            service(QStringLiteral("svc_e"), QStringLiteral("enterprise")))},
                          2));
    }

    void cleanup() { m_store.reset(); }

    void createWritesTheDraftAndItsOutboxItem()
    {
        auto item = s().campaigns().create(draft(), m_officer, kNow);
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        QCOMPARE(item->method, QStringLiteral("POST"));
        QCOMPARE(item->path, QStringLiteral("/api/v1/campaigns"));
        QCOMPARE(item->entity, QStringLiteral("campaign"));
        QVERIFY(!item->baseVersion);
        const QString id = item->entityId;
        QCOMPARE(id.size(), 36);
        QCOMPARE(item->body.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(item->body.value(QStringLiteral("title")).toString(), QStringLiteral("孕期产检提醒"));
        QCOMPARE(item->body.value(QStringLiteral("frequency_cap_days")).toInt(), kCampaignDefaultCapDays);
        QCOMPARE(item->body.value(QStringLiteral("holdout_percent")).toInt(), kCampaignDefaultHoldoutPercent);

        auto local = s().campaigns().get(id);
        QVERIFY(local && *local);
        const Campaign &c = **local;
        QCOMPARE(c.state, QStringLiteral("draft"));
        QCOMPARE(c.version, 0);
        QCOMPARE(c.createdBy, m_officer.id);
        QCOMPARE(c.createdByName, m_officer.displayName);
        QCOMPARE(c.departmentId, std::optional<QString>(QStringLiteral("wjw")));
        QCOMPARE(c.areaCode, QStringLiteral("city"));
        QCOMPARE(c.createdAt, kNow);

        auto listing = s().campaigns().listing();
        QVERIFY(listing);
        QCOMPARE(listing->items.size(), 1);
        QVERIFY(listing->pending.contains(id));
        QCOMPARE(*s().outbox().count(), 1);
    }

    void invalidDraftsAreRefusedBeforeAnythingIsWritten()
    {
        const auto refuse = [&](CampaignCreateRequest r, const QString &field) {
            return refusedWith(s().campaigns().create(r, m_officer, kNow), ErrorCode::BadRequest, field);
        };
        CampaignCreateRequest r = draft();
        r.title = QStringLiteral("   ");
        QVERIFY(refuse(r, QStringLiteral("title")));
        r = draft();
        r.content = QString(501, QLatin1Char('x'));
        QVERIFY(refuse(r, QStringLiteral("content")));
        r = draft();
        r.serviceId.reset();
        QVERIFY(refuse(r, QStringLiteral("service_id")));
        r.policy = QStringLiteral("厦门市育儿补贴实施办法"); // a policy alone is enough
        QVERIFY(s().campaigns().create(r, m_officer, kNow));
        r = draft();
        r.serviceId = QStringLiteral("svc_e");
        QVERIFY(refuse(r, QStringLiteral("service_id")));
        r.serviceId = QStringLiteral("svc_unknown");
        QVERIFY(refuse(r, QStringLiteral("service_id")));
        r = draft();
        r.channel = QStringLiteral("fax");
        QVERIFY(refuse(r, QStringLiteral("channel")));
        r = draft();
        r.holdoutPercent = 51;
        QVERIFY(refuse(r, QStringLiteral("holdout_percent")));
        r = draft();
        r.frequencyCapDays = -1;
        QVERIFY(refuse(r, QStringLiteral("frequency_cap_days")));
        r = draft();
        r.schedule.kind = QStringLiteral("at");
        r.schedule.at = kNow.addSecs(-60);
        QVERIFY(refuse(r, QStringLiteral("schedule.at")));
        r.schedule.at = kNow.addDays(1);
        QVERIFY(s().campaigns().create(r, m_officer, kNow));
        r = draft();
        r.schedule.kind = QStringLiteral("trigger");
        QVERIFY(refuse(r, QStringLiteral("schedule.trigger_tag")));
        r = draft();
        r.audience = QJsonObject{{QStringLiteral("op"), QStringLiteral("and")},
                                 {QStringLiteral("args"), QJsonArray{}}};
        auto bad = s().campaigns().create(r, m_officer, kNow);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::BadRequest);
        QVERIFY(bad.error()
                    .details.value(QStringLiteral("path"))
                    .toString()
                    .startsWith(QStringLiteral("audience")));
        r.audience = {};
        QVERIFY(refuse(r, QStringLiteral("audience")));
        // Only the two valid drafts were written.
        QCOMPARE(*s().outbox().count(), 2);
        QCOMPARE(s().campaigns().listing()->items.size(), 2);
    }

    void changesAndActionsQueueOnTheConfirmedVersion()
    {
        auto created = s().campaigns().create(draft(), m_officer, kNow);
        QVERIFY(created);
        const QString id = created->entityId;

        // A change to a draft the server has not seen yet is based on version 0 (the create's); the sync
        // engine rebases it when the create is answered.
        CampaignUpdate u;
        u.content = QStringLiteral("  新的内容  ");
        auto changed = s().campaigns().update(id, u, m_officer, kNow.addSecs(60));
        QVERIFY(changed);
        QCOMPARE(changed->method, QStringLiteral("PATCH"));
        QCOMPARE(changed->path, QStringLiteral("/api/v1/campaigns/") + id);
        QCOMPARE(changed->baseVersion, std::optional<qint64>(0));
        QCOMPARE(changed->body.value(QStringLiteral("content")).toString(), QStringLiteral("新的内容"));
        QVERIFY(!changed->body.contains(QStringLiteral("title"))); // only what changed
        QCOMPARE((*s().campaigns().get(id))->content, QStringLiteral("新的内容"));

        // Only the creator changes or submits it.
        QVERIFY(refusedWith(s().campaigns().update(id, u, m_colleague, kNow), ErrorCode::Forbidden));
        QVERIFY(refusedWith(s().campaigns().act(id, {QStringLiteral("submit"), {}, {}}, m_colleague, kNow),
                            ErrorCode::Forbidden));

        // The server answers the create: version 1, and the feed's copy replaces the local one.
        Campaign server = **s().campaigns().get(id);
        server.version = 1;
        server.audienceSize = 4200;
        QVERIFY(s().entities().upsert(*localTable(QStringLiteral("campaign")), toJson(server)));
        QVERIFY(s().outbox().remove(created->seq));
        // With the PATCH still queued, a submit is based on the PATCH's base, not on the local version.
        auto submitted = s().campaigns().act(id, {QStringLiteral("submit"), {}, {}}, m_officer, kNow);
        QVERIFY(submitted);
        QCOMPARE(submitted->path, QStringLiteral("/api/v1/campaigns/") + id + QStringLiteral("/actions"));
        QCOMPARE(submitted->baseVersion, std::optional<qint64>(0));
        QCOMPARE(submitted->body.value(QStringLiteral("action")).toString(), QStringLiteral("submit"));
        QCOMPARE((*s().campaigns().get(id))->state, QStringLiteral("pending_approval"));
        QVERIFY(isActionPath(submitted->path));

        // A submitted campaign is no draft any more.
        QVERIFY(refusedWith(s().campaigns().update(id, u, m_officer, kNow), ErrorCode::Conflict,
                            QStringLiteral("not_draft")));
        QVERIFY(refusedWith(s().campaigns().act(id, {QStringLiteral("submit"), {}, {}}, m_officer, kNow),
                            ErrorCode::Conflict, QStringLiteral("not_draft")));
    }

    void approvalsFollowTheRoles()
    {
        Campaign c;
        c.id = QStringLiteral("6a1c2f0e-3b1d-4c55-9a0e-111111111111");
        c.title = QStringLiteral("失业一件事");
        c.content = QStringLiteral("可线上办理失业登记和失业金申领。");
        c.serviceId = QStringLiteral("svc_c");
        c.audience = QJsonObject{{QStringLiteral("tag"), QStringLiteral("t_unemployed")}};
        c.schedule.kind = QStringLiteral("now");
        c.channel = QStringLiteral("sms");
        c.state = QStringLiteral("pending_approval");
        c.audienceSize = 3000;
        c.createdBy = m_officer.id;
        c.areaCode = QStringLiteral("city");
        c.createdAt = kNow;
        c.version = 3;
        c.updatedAt = kNow;
        ChangeApplier applier(s());
        QVERIFY(applier.apply(QJsonArray{upsert(3, QStringLiteral("campaign"), toJson(c))}, 3));
        auto listing = s().campaigns().listing();
        QVERIFY(listing);
        QCOMPARE(listing->items.size(), 1);
        QVERIFY(listing->pending.isEmpty());

        // Officers do not approve; nobody approves their own campaign.
        QVERIFY(refusedWith(s().campaigns().act(c.id, {QStringLiteral("approve"), {}, {}}, m_colleague, kNow),
                            ErrorCode::Forbidden, QStringLiteral("not_approver")));
        StaffUser creatorSupervisor = m_supervisor;
        creatorSupervisor.id = m_officer.id;
        QVERIFY(refusedWith(
            s().campaigns().act(c.id, {QStringLiteral("approve"), {}, {}}, creatorSupervisor, kNow),
            ErrorCode::Forbidden, QStringLiteral("own_campaign")));
        // A rejection needs a reason.
        QVERIFY(refusedWith(s().campaigns().act(c.id, {QStringLiteral("reject"), QStringLiteral(" "), {}},
                                                m_supervisor, kNow),
                            ErrorCode::BadRequest, QStringLiteral("reason")));

        auto approved = s().campaigns().act(c.id, {QStringLiteral("approve"), {}, {}}, m_supervisor, kNow);
        QVERIFY(approved);
        QCOMPARE(approved->baseVersion, std::optional<qint64>(3));
        QCOMPARE(approved->body.value(QStringLiteral("base_version")).toInteger(), 3);
        const Campaign after = **s().campaigns().get(c.id);
        QCOMPARE(after.state, QStringLiteral("approved"));
        QCOMPARE(after.approvedBy, std::optional<QString>(m_supervisor.id));
        // Decided: a second decision is refused locally.
        QVERIFY(
            refusedWith(s().campaigns().act(c.id, {QStringLiteral("reject"), QStringLiteral("不合适"), {}},
                                            m_supervisor, kNow),
                        ErrorCode::Conflict, QStringLiteral("not_pending")));

        // A cancel needs a reason, carries no base version (it stops the campaign whatever was sent
        // since) and is final.
        auto cancelled = s().campaigns().act(c.id, {QStringLiteral("cancel"), QStringLiteral("政策调整"), {}},
                                             m_supervisor, kNow);
        QVERIFY(cancelled);
        QVERIFY(!cancelled->baseVersion);
        QVERIFY(!cancelled->body.contains(QStringLiteral("base_version")));
        QCOMPARE(cancelled->body.value(QStringLiteral("reason")).toString(), QStringLiteral("政策调整"));
        QCOMPARE((*s().campaigns().get(c.id))->state, QStringLiteral("cancelled"));
        QVERIFY(refusedWith(s().campaigns().act(c.id, {QStringLiteral("cancel"), QStringLiteral("再次"), {}},
                                                m_supervisor, kNow),
                            ErrorCode::Conflict, QStringLiteral("finished")));
        QCOMPARE(*s().outbox().count(), 2);
        QVERIFY(s().campaigns().listing()->pending.contains(c.id));
    }
    // A grid manager's campaign is a notice to his grids (domain/grid.h gridAudience(), confiningGrids()):
    // an audience outside them is refused before anything is written, on create, change and submit; he
    // cancels his own notice but never decides one.
    void gridManagerNoticesStayInTheirGrids()
    {
        StaffUser manager = staff(QStringLiteral("s-grid"), QStringLiteral("grid_manager"));
        manager.gridIds = {QStringLiteral("g1"), QStringLiteral("g2")};
        QVERIFY(mayCreateCampaigns(manager.role));
        QVERIFY(!isCampaignApprover(manager.role));

        // The domain's expressions: the whole grid is the region; a group is its tag, its ages and the
        // region, as the audience builder writes them.
        QCOMPARE(audienceExpressionToJson(gridAudience(QStringLiteral("g1"))),
                 (QJsonObject{{QStringLiteral("region"), QStringLiteral("g1")}}));
        const AudienceExpression elderly =
            gridAudience(QStringLiteral("g2"), QStringLiteral("living_alone_elderly"));
        QCOMPARE(elderly,
                 AudienceExpression::allOf({AudienceExpression::tag(QStringLiteral("t_living_alone_elderly")),
                                            AudienceExpression::age(70, kAudienceMaxAge),
                                            AudienceExpression::region(QStringLiteral("g2"))}));
        QCOMPARE(gridAudience(QStringLiteral("g1"), QStringLiteral("disabled")),
                 AudienceExpression::allOf({AudienceExpression::tag(QStringLiteral("t_disabled")),
                                            AudienceExpression::region(QStringLiteral("g1"))}));
        QCOMPARE(confiningGrids(elderly, manager.gridIds), QStringList{QStringLiteral("g2")});
        QCOMPARE(confiningGrids(AudienceExpression::anyOf({AudienceExpression::region(QStringLiteral("g2")),
                                                           AudienceExpression::region(QStringLiteral("g1"))}),
                                manager.gridIds),
                 QStringList({QStringLiteral("g2"), QStringLiteral("g1")}));
        for (const AudienceExpression &outside :
             {AudienceExpression::region(QStringLiteral("g3")),
              AudienceExpression::tag(QStringLiteral("t_disabled")),
              AudienceExpression::anyOf({AudienceExpression::region(QStringLiteral("g1")),
                                         AudienceExpression::region(QStringLiteral("350206"))}),
              AudienceExpression::anyOf({AudienceExpression::region(QStringLiteral("g1")),
                                         AudienceExpression::tag(QStringLiteral("t_disabled"))}),
              AudienceExpression::negate(AudienceExpression::region(QStringLiteral("g1"))),
              gridAudience(QStringLiteral("g3"), QStringLiteral("veteran"))})
            QVERIFY(confiningGrids(outside, manager.gridIds).isEmpty());

        // Outside his grids: refused at the audience, nothing written.
        CampaignCreateRequest notice = draft();
        notice.serviceId.reset();
        notice.policy = QStringLiteral("网格通知");
        QVERIFY(refusedWith(s().campaigns().create(notice, manager, kNow), ErrorCode::BadRequest,
                            QStringLiteral("outside_grids")));
        notice.audience = audienceExpressionToJson(gridAudience(QStringLiteral("g3")));
        QVERIFY(refusedWith(s().campaigns().create(notice, manager, kNow), ErrorCode::BadRequest,
                            QStringLiteral("audience")));
        QCOMPARE(*s().outbox().count(), 0);

        // A special group of one of his grids: a draft of that grid, about a policy.
        notice.audience = audienceExpressionToJson(elderly);
        auto created = s().campaigns().create(notice, manager, kNow);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        const QString id = created->entityId;
        Campaign c = **s().campaigns().get(id);
        QCOMPARE(c.gridId, std::optional<QString>(QStringLiteral("g2")));
        QVERIFY(!c.departmentId);
        QVERIFY(!c.serviceId);
        QCOMPARE(c.policy, std::optional<QString>(QStringLiteral("网格通知")));

        // A change that leaves his grids is refused; one to his other grid moves the notice there.
        CampaignUpdate away;
        away.audience = QJsonObject{{QStringLiteral("region"), QStringLiteral("350206")}};
        QVERIFY(refusedWith(s().campaigns().update(id, away, manager, kNow), ErrorCode::BadRequest,
                            QStringLiteral("outside_grids")));
        CampaignUpdate moved;
        moved.audience =
            audienceExpressionToJson(gridAudience(QStringLiteral("g1"), QStringLiteral("disabled")));
        QVERIFY(s().campaigns().update(id, moved, manager, kNow));
        QCOMPARE((*s().campaigns().get(id))->gridId, std::optional<QString>(QStringLiteral("g1")));

        // Submitted: waiting for approval; he may not decide it (nor anyone's), only cancel his own.
        QVERIFY(s().campaigns().act(id, {QStringLiteral("submit"), {}, {}}, manager, kNow));
        QCOMPARE((*s().campaigns().get(id))->state, QStringLiteral("pending_approval"));
        QVERIFY(refusedWith(s().campaigns().act(id, {QStringLiteral("approve"), {}, {}}, manager, kNow),
                            ErrorCode::Forbidden, QStringLiteral("not_approver")));
        StaffUser other = staff(QStringLiteral("s-grid2"), QStringLiteral("grid_manager"));
        other.gridIds = manager.gridIds;
        QVERIFY(refusedWith(
            s().campaigns().act(id, {QStringLiteral("cancel"), QStringLiteral("不发了"), {}}, other, kNow),
            ErrorCode::Forbidden, QStringLiteral("not_creator")));
        QVERIFY(
            s().campaigns().act(id, {QStringLiteral("cancel"), QStringLiteral("改期"), {}}, manager, kNow));
        QCOMPARE(*s().outbox().count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCampaignRepository)
#include "tst_campaignrepository.moc"
