// TimelineModel: a citizen profile's applications, pushes (with the citizen's response), messages,
// visits and notes become one newest-first list; ties keep the kind order; texts name the service and
// the state in words (HomeText); entries without a time go last; the model passes
// QAbstractItemModelTester.

#include "models/hometext.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace gd;

namespace {

QDateTime utc(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

store::CitizenProfile profile()
{
    store::CitizenProfile p;
    p.citizen.id = QStringLiteral("c1");
    p.citizen.name = QStringLiteral("林晓梅");
    ServiceItem birth;
    birth.id = QStringLiteral("s-birth");
    birth.name = QStringLiteral("出生医学证明办理");
    ServiceItem subsidy;
    subsidy.id = QStringLiteral("s-childcare");
    subsidy.name = QStringLiteral("育儿补贴申领");
    p.services.insert(birth.id, birth);
    p.services.insert(subsidy.id, subsidy);

    Application open;
    open.id = QStringLiteral("a1");
    open.number = QStringLiteral("2026-1110-000123");
    open.serviceId = birth.id;
    open.status = QStringLiteral("in_progress");
    open.channel = QStringLiteral("mobile");
    open.submittedAt = utc(11, 10);
    Application done;
    done.id = QStringLiteral("a2");
    done.number = QStringLiteral("2026-0801-000044");
    done.serviceId = subsidy.id;
    done.status = QStringLiteral("completed");
    done.channel = QStringLiteral("counter");
    done.submittedAt = utc(8, 1);
    done.completedAt = utc(8, 20);
    done.rating = 5;
    p.applications = {open, done};

    Push applied;
    applied.id = QStringLiteral("p1");
    applied.serviceId = subsidy.id;
    applied.channel = QStringLiteral("sms");
    applied.status = QStringLiteral("applied");
    applied.sentAt = utc(11, 15);
    applied.respondedAt = utc(11, 16);
    Push ignored;
    ignored.id = QStringLiteral("p2");
    ignored.serviceId = QStringLiteral("s-unknown");
    ignored.channel = QStringLiteral("app");
    ignored.status = QStringLiteral("ignored");
    ignored.sentAt = utc(9, 1);
    p.pushes = {applied, ignored};

    Message message;
    message.id = QStringLiteral("m1");
    message.kind = QStringLiteral("complaint");
    message.channel = QStringLiteral("hotline");
    message.title = QStringLiteral("小区夜间施工噪音扰民");
    message.content = QStringLiteral("晚上十点以后仍在施工");
    message.status = QStringLiteral("assigned");
    message.createdAt = utc(10, 30);
    p.messages = {message};

    Visit visit;
    visit.id = QStringLiteral("v1");
    visit.kind = QStringLiteral("routine");
    visit.summary = QStringLiteral("入户走访，了解新生儿家庭情况");
    visit.visitedAt = utc(11, 15); // the same time as the push: the push comes first
    visit.version = 0;             // not on the server yet
    p.visits = {visit};

    Note note;
    note.id = QStringLiteral("n1");
    note.authorName = QStringLiteral("王芳");
    note.text = QStringLiteral("已电话催办");
    note.createdAt = utc(11, 22);
    Note undated;
    undated.id = QStringLiteral("n2");
    undated.authorName = QStringLiteral("李强");
    undated.text = QStringLiteral("无时间的备注");
    p.notes = {note, undated};
    return p;
}

} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT

private slots:
    void newestFirst();
    void textsNameServiceAndState();
    void modelRolesAndTester();
    void emptyProfile();
};

void TestTimelineModel::newestFirst()
{
    const QList<TimelineModel::Entry> entries = TimelineModel::entriesFor(profile());
    QStringList ids;
    for (const TimelineModel::Entry &e : entries)
        ids.append(e.id);
    // n1 22 Nov, p1 15 Nov (before v1 at the same time), v1 15 Nov, a1 10 Nov, m1 30 Oct, p2 1 Sep,
    // a2 completed 20 Aug, n2 without a time last.
    QCOMPARE(ids, (QStringList{QStringLiteral("n1"), QStringLiteral("p1"), QStringLiteral("v1"),
                               QStringLiteral("a1"), QStringLiteral("m1"), QStringLiteral("p2"),
                               QStringLiteral("a2"), QStringLiteral("n2")}));
    QCOMPARE(entries.at(6).time, utc(8, 20)); // a completed application sits at its completion
}

void TestTimelineModel::textsNameServiceAndState()
{
    const QList<TimelineModel::Entry> entries = TimelineModel::entriesFor(profile());
    const auto find = [&entries](const char *id) {
        for (const TimelineModel::Entry &e : entries) {
            if (e.id == QLatin1String(id))
                return e;
        }
        return TimelineModel::Entry{};
    };
    const TimelineModel::Entry open = find("a1");
    QCOMPARE(open.kind, TimelineModel::Kind::Application);
    QVERIFY(open.title.contains(QStringLiteral("出生医学证明办理")));
    QVERIFY(open.detail.contains(QStringLiteral("2026-1110-000123")));
    QVERIFY(open.detail.contains(HomeText::channel(QStringLiteral("mobile"))));
    QCOMPARE(open.status, HomeText::applicationStatus(QStringLiteral("in_progress")));

    const TimelineModel::Entry done = find("a2");
    QVERIFY(done.title.contains(QStringLiteral("育儿补贴申领")));
    QVERIFY(done.title != TimelineModel::tr("Applied: %1").arg(QStringLiteral("育儿补贴申领")));
    QVERIFY(done.detail.contains(QStringLiteral("5")));

    const TimelineModel::Entry pushed = find("p1");
    QCOMPARE(pushed.kind, TimelineModel::Kind::Push);
    QVERIFY(pushed.title.contains(QStringLiteral("育儿补贴申领")));
    QCOMPARE(pushed.status, HomeText::pushStatus(QStringLiteral("applied")));
    QVERIFY(pushed.detail.contains(HomeText::pushChannel(QStringLiteral("sms"))));
    QVERIFY(pushed.detail.contains(HomeText::dateTime(utc(11, 16))));
    const TimelineModel::Entry unknownService = find("p2");
    QVERIFY(unknownService.title.contains(QStringLiteral("s-unknown")));
    QCOMPARE(unknownService.status, HomeText::pushStatus(QStringLiteral("ignored")));

    const TimelineModel::Entry message = find("m1");
    QCOMPARE(message.kind, TimelineModel::Kind::Message);
    QVERIFY(message.title.contains(HomeText::messageKind(QStringLiteral("complaint"))));
    QVERIFY(message.title.contains(QStringLiteral("小区夜间施工噪音扰民")));
    QVERIFY(message.detail.contains(QStringLiteral("晚上十点以后仍在施工")));
    QCOMPARE(message.status, HomeText::messageStatus(QStringLiteral("assigned")));

    const TimelineModel::Entry visit = find("v1");
    QCOMPARE(visit.kind, TimelineModel::Kind::Visit);
    QVERIFY(visit.title.contains(HomeText::visitKind(QStringLiteral("routine"))));
    QCOMPARE(visit.detail, QStringLiteral("入户走访，了解新生儿家庭情况"));
    QVERIFY(!visit.status.isEmpty()); // waiting to be sent

    const TimelineModel::Entry note = find("n1");
    QCOMPARE(note.kind, TimelineModel::Kind::Note);
    QVERIFY(note.title.contains(QStringLiteral("王芳")));
    QCOMPARE(note.detail, QStringLiteral("已电话催办"));
    QVERIFY(note.status.isEmpty());
}

void TestTimelineModel::modelRolesAndTester()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProfile(profile());
    QCOMPARE(model.rowCount(), 8);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(TimelineModel::IdRole).toString(), QStringLiteral("n1"));
    QCOMPARE(first.data(Qt::DisplayRole).toString(), first.data(TimelineModel::TitleRole).toString());
    QCOMPARE(first.data(TimelineModel::KindRole).toInt(), int(TimelineModel::Kind::Note));
    QCOMPARE(first.data(TimelineModel::TimeRole).toDateTime(), utc(11, 22));
    QCOMPARE(first.data(TimelineModel::TimeTextRole).toString(), HomeText::dateTime(utc(11, 22)));
    QCOMPARE(first.data(TimelineModel::KindTextRole).toString(),
             TimelineModel::kindText(TimelineModel::Kind::Note));
    QVERIFY(first.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("已电话催办")));
    QVERIFY(model.roleNames().contains(TimelineModel::DetailRole));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTimelineModel::emptyProfile()
{
    TimelineModel model;
    model.setProfile(store::CitizenProfile{});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
