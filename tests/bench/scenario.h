#pragma once
// govdesk-bench scenarios. A scenario measures one thing and prints exactly ONE compact JSON object
// on stdout with its figures (progress and diagnostics go to stderr); its return value is the
// process exit code (0 ok, 1 failed, 2 bad arguments). To add one: write `int runX(const QStringList &args)`
// and list it in scenarios() (scenario.cpp).

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd::bench {

struct Scenario {
    QString name;                                  // command-line name, e.g. "demo-data"
    QString description;                           // one line for --list
    int (*run)(const QStringList &args) = nullptr; // args after the scenario name
};

const QList<Scenario> &scenarios();
const Scenario *findScenario(const QString &name);

// Prints {"scenario":"<scenario>", …the fields of `figures`…} as one compact JSON line on stdout.
void printResult(const QString &scenario, const QJsonObject &figures);
// Peak resident memory of this process so far, in MiB (VmHWM), or -1 where unknown.
double peakResidentMiB();
// Resident memory of this process now, in MiB (VmRSS), or -1 where unknown.
double residentMiB();
// Resident memory of another process now (a server the scenario started), in MiB, or -1.
double residentMiB(qint64 pid);

} // namespace gd::bench
