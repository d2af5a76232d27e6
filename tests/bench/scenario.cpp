#include "scenario.h"

#include "demodata.h"
#include "serverload.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>

namespace gd::bench {

const QList<Scenario> &scenarios()
{
    static const QList<Scenario> list{
        {QStringLiteral("demo-data"),
         QStringLiteral(
             "generate demo data into a fresh SQLite file (or --database postgresql://…): citizens/s, rows"),
         &runDemoData},
        {QStringLiteral("server-load"),
         QStringLiteral(
             "list and change-feed endpoints of govdesk-server over loopback: req/s, p50/p99 latency"),
         &runServerLoad},
    };
    return list;
}

const Scenario *findScenario(const QString &name)
{
    for (const Scenario &s : scenarios()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

void printResult(const QString &scenario, const QJsonObject &figures)
{
    // QJsonObject sorts its keys; the scenario name goes first so that a line says what it measured.
    QByteArray rest = QJsonDocument(figures).toJson(QJsonDocument::Compact);
    rest.remove(0, 1); // "{"
    const QByteArray head = QJsonDocument(QJsonObject{{QStringLiteral("scenario"), scenario}})
                                .toJson(QJsonDocument::Compact)
                                .chopped(1);
    std::cout << head.toStdString() << (rest == "}" ? "" : ",") << rest.toStdString() << std::endl;
}

double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace gd::bench
