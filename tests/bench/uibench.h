#pragma once
// govdesk-bench ui-citizens [--citizens N] [--searches Q]
//   The Citizens page (CitizensPage over CitizenListModel and the LocalReader) on a local copy of N demo
//   citizens (default 100000) synced from a real govdesk-server as the admin: opening the list, scrolling
//   to row 5000 page by page, sorting (name descending, age), filtering (district, district + tag,
//   real-name level, overdue bills) and Q type-ahead searches (names, pinyin, initials, phone fragments)
//   through the page's own search field. Reports the longest UI-thread stall (the longest gap between two
//   turns of the event loop, measured by a zero-interval timer; goal ≤ 16 ms) overall and per phase, and
//   the search latency from the query to its rows in the model (p50/p95/max; goal p95 ≤ 50 ms; the
//   page's 200 ms type-ahead debounce is not included).
// govdesk-bench startup [--citizens N] [--runs R]
//   Cold start of the govdesk executable to a usable main window on an existing local copy of N demo
//   citizens (default 50000): the first run signs in and syncs, then R runs (default 5) each start the
//   process with the same cache and report when the window is shown with the Today page's figures read
//   from the cache (govdesk --startup-probe). Goal ≤ 1.5 s. Needs a D-Bus session with an unlocked
//   keyring (./govdesk.sh bench provides one).

// govdesk-bench queue [--items N]
//   The pending queue (QueueListModel in a QTableView, the LocalReader) over a local copy of N
//   applications (default 100000) of three cross-department services, generated through the workflow
//   state machine (claims, later stages, supplements, due dates around now) and written through the sync
//   apply path: opening the whole queue, scrolling to row 5000, filtering (department, overdue,
//   unclaimed, service, claimed by me, …), sorting every column both ways, number and applicant
//   searches. Reports open_ms, the longest UI-thread stall per phase (goal ≤ 16 ms) with the GUI
//   thread's own CPU time in that turn (*_busy_ms: a stall much longer than its busy time was the thread
//   waiting for a core on a loaded machine) and the time from a filter / sort / search to its first rows
//   (p50 / max).

// govdesk-bench dashboard [--runs N] [--days D] [--citizens C] [--png FILE]
//   The Dashboards page (DashboardPage, 1920×1080, shown on the offscreen platform) fed a generated
//   bundle of the dashboard's 12 reports for a city of C citizens (default 2000000: ~120k sign-ins,
//   ~25k applications over 5 channels and ~10k messages a day; 150 services, 30 departments, 6 districts,
//   11 topics, 30 spikes) over D days up to today (default 365), serialised with the domain codec as the
//   loader's bundle. N runs (default 20, after one cold run reported apart) each measure decode
//   (decodeDashboard), apply (DashboardPage::showData: models, tiles, chart mappers) and render (the
//   layouts the change requested, then the whole scrollable content painted into an image), and the
//   total from the bundle's bytes to the painted dashboard (goal p95 ≤ 200 ms); the same for the 30-day
//   dashboard (*_30d_*). No server and no local copy are needed. --png saves the year's dashboard as
//   painted (DashboardPage::exportPng).

#include <QStringList>

namespace gd::bench {
int runUiCitizens(const QStringList &args);
int runStartup(const QStringList &args);
int runUiQueue(const QStringList &args);
int runUiDashboard(const QStringList &args);
} // namespace gd::bench
