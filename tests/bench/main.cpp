// govdesk-bench: performance scenarios of GovDesk (DESIGN.md "Performance goals"). Benchmarks are not
// tests: they measure and print figures, one JSON object per run, for people and scripts to compare.
//   govdesk-bench --list
//   govdesk-bench SCENARIO [options]      (govdesk-bench SCENARIO --help for its options)

#include "scenario.h"

#include <QApplication>

#include <iostream>

int main(int argc, char *argv[])
{
    // A GUI application for the ui-* scenarios, headless unless a platform is chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("govdesk-bench"));
    const QStringList args = QCoreApplication::arguments().mid(1);

    auto usage = [](std::ostream &out) {
        out << "usage: govdesk-bench --list | govdesk-bench SCENARIO [options]\nscenarios:\n";
        for (const gd::bench::Scenario &s : gd::bench::scenarios())
            out << "  " << s.name.toStdString() << "  " << s.description.toStdString() << "\n";
    };
    if (args.isEmpty()) {
        usage(std::cerr);
        return 2;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        usage(std::cout);
        return 0;
    }
    if (first == QLatin1String("--list")) {
        for (const gd::bench::Scenario &s : gd::bench::scenarios())
            std::cout << s.name.toStdString() << "\t" << s.description.toStdString() << "\n";
        return 0;
    }
    const gd::bench::Scenario *scenario = gd::bench::findScenario(first);
    if (!scenario) {
        std::cerr << "unknown scenario: " << first.toStdString() << "\n";
        usage(std::cerr);
        return 2;
    }
    return scenario->run(args.mid(1));
}
