#include "main/configfile.h"

#include <QFile>
#include <QSet>

namespace gd::server {

namespace {

enum class OptionKind { Unknown, Switch, Value };

// Asks the parser itself, so the file knows exactly the options main() defines.
OptionKind probe(QCommandLineParser &parser, const QString &name)
{
    if (parser.parse({QStringLiteral("govdesk-server"), QStringLiteral("--") + name}))
        return OptionKind::Switch;
    return parser.unknownOptionNames().contains(name) ? OptionKind::Unknown : OptionKind::Value;
}

std::optional<bool> parseBoolean(const QString &text)
{
    const QString value = text.toLower();
    if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("on") ||
        value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("off") ||
        value == QLatin1String("0"))
        return false;
    return std::nullopt;
}

// The long option names the command line gives ("--name" or "--name=value"), up to a "--".
QSet<QString> commandLineNames(const QStringList &arguments)
{
    QSet<QString> names;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1String("--")))
            names.insert(argument.mid(2).section(QLatin1Char('='), 0, 0));
    }
    return names;
}

} // namespace

std::optional<QStringList> ConfigFile::expand(const QStringList &arguments, QCommandLineParser &parser,
                                              const QList<QStringList> &alternatives, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QStringList> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString flag = QStringLiteral("--") + kOptionName;
    QString path;
    int given = 0;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--"))
            break;
        if (argument == flag) {
            if (i + 1 >= arguments.size())
                return fail(QStringLiteral("--config needs a file"));
            path = arguments[++i];
            ++given;
        } else if (argument.startsWith(flag + QLatin1Char('='))) {
            path = argument.mid(flag.size() + 1);
            ++given;
        }
    }
    if (given == 0)
        return arguments;
    if (given > 1)
        return fail(QStringLiteral("give --config once"));
    if (path.isEmpty())
        return fail(QStringLiteral("--config needs a file"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(
            QStringLiteral("cannot read the configuration file %1: %2").arg(path, file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));

    // The command line wins: drop what it names, and the alternatives of what it names.
    QSet<QString> overridden = commandLineNames(arguments);
    for (const QStringList &group : alternatives) {
        for (const QString &name : group) {
            if (overridden.contains(name)) {
                for (const QString &other : group)
                    overridden.insert(other);
                break;
            }
        }
    }
    static const QSet<QString> notInFile{QStringLiteral("help"), QStringLiteral("help-all"),
                                         QStringLiteral("h"),    QStringLiteral("version"),
                                         QStringLiteral("v"),    QString(kOptionName)};

    QStringList fromFile;
    QSet<QString> seen;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        const auto lineError = [&](const QString &message) {
            return fail(QStringLiteral("%1 line %2: %3").arg(path).arg(n + 1).arg(message));
        };
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            return lineError(QStringLiteral("expected key = value"));
        const QString key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (key.isEmpty() || key.startsWith(QLatin1Char('-')) || key.contains(QLatin1Char(' ')))
            return lineError(QStringLiteral("expected key = value"));
        if (notInFile.contains(key))
            return lineError(QStringLiteral("\"%1\" cannot be set in a configuration file").arg(key));
        if (seen.contains(key))
            return lineError(QStringLiteral("\"%1\" is given twice").arg(key));
        seen.insert(key);
        const OptionKind kind = probe(parser, key);
        if (kind == OptionKind::Unknown)
            return lineError(QStringLiteral("unknown option \"%1\"").arg(key));
        if (kind == OptionKind::Switch) {
            const std::optional<bool> on = parseBoolean(value);
            if (!on)
                return lineError(QStringLiteral("\"%1\" is a switch: true or false").arg(key));
            if (*on && !overridden.contains(key))
                fromFile.append(QStringLiteral("--") + key);
            continue;
        }
        if (value.isEmpty())
            return lineError(QStringLiteral("\"%1\" needs a value").arg(key));
        if (!overridden.contains(key))
            fromFile.append(QStringLiteral("--%1=%2").arg(key, value));
    }

    QStringList expanded;
    expanded.reserve(arguments.size() + fromFile.size());
    expanded.append(arguments.value(0));
    expanded.append(fromFile);
    expanded.append(arguments.mid(1));
    return expanded;
}

} // namespace gd::server
