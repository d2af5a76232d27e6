#pragma once
// govdesk-bench demo-data [--citizens N] [--seed S] [--today yyyy-MM-dd] [--database URL [--reset]]
// Generates the demo data into a fresh temporary SQLite file, or into the PostgreSQL database of URL
// (which must be empty, or is emptied first with --reset), and prints
// {"scenario":"demo-data","backend":…,"citizens":N,"seconds":…,"citizens_per_s":…,"rows":{…},…}.

#include <QStringList>

namespace gd::bench {
int runDemoData(const QStringList &args);
}
