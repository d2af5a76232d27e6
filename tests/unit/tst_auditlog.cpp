// The hash-chained audit log on a real SQLite database: appends chain, and any edit, deletion or
// reordering is detected by verify().
#include "db/auditlog.h"
#include "db/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gd::server;

class TestAuditLog : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    void exec(const QString &sql)
    {
        auto conn = m_db->connection();
        QVERIFY(conn.ok());
        QSqlQuery q(*conn);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(DatabaseConfig::sqliteInDirectory(m_dir->path()));
        QVERIFY(m_db->migrate().ok());
        AuditLog log(*m_db);
        for (int i = 0; i < 5; ++i) {
            auto e = log.append(QStringLiteral("s_admin"), QStringLiteral("admin"),
                                QStringLiteral("citizen.view"), QStringLiteral("citizen"),
                                QStringLiteral("c%1").arg(i), {}, QStringLiteral("127.0.0.1"));
            QVERIFY(e.ok());
            QCOMPARE(e->seq, i + 1);
        }
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }
    void intactChainVerifies()
    {
        AuditLog log(*m_db);
        auto v = log.verify();
        QVERIFY(v.ok());
        QVERIFY(v->ok);
        QCOMPARE(v->entries, 5);
        auto entries = log.list(0, 10);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 5);
        QCOMPARE(entries->at(0).prevHash, AuditLog::genesisHash());
        QCOMPARE(entries->at(1).prevHash, entries->at(0).hash);
    }
    void editedEntryIsDetected()
    {
        exec(QStringLiteral("UPDATE audit_log SET target_id = 'c99' WHERE seq = 3"));
        auto v = AuditLog(*m_db).verify();
        QVERIFY(v.ok());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadSeq, 3);
    }
    void deletedEntryIsDetected()
    {
        exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
        auto v = AuditLog(*m_db).verify();
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadSeq, 3);
    }
    void rehashedEntryBreaksTheNextLink()
    {
        // An attacker who recomputes the edited entry's own hash still breaks the link to the next one.
        AuditLog log(*m_db);
        auto entries = log.list(0, 10);
        gd::AuditEntry e = entries->at(1);
        e.reason = QStringLiteral("forged");
        exec(QStringLiteral("UPDATE audit_log SET reason = 'forged', hash = '%1' WHERE seq = 2")
                 .arg(e.computeHash()));
        auto v = log.verify();
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadSeq, 3);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
