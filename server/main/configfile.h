#pragma once
// govdesk-server --config FILE: a file of "key = value" lines, one per long command-line option, that is
// turned into command-line arguments before the real parse (so every option is checked in one place,
// main.cpp). Blank lines and lines starting with '#' or ';' are ignored; a value may be wrapped in double
// quotes. A switch (an option without a value, e.g. demo) takes true/false, yes/no, on/off or 1/0.
//
// The command line wins: an option given on the command line drops the file's line for it, and so do the
// other members of its group of alternatives (e.g. --database on the command line drops data-dir from the
// file). Keys are checked against the parser: an unknown key, a switch with a value that is not a
// boolean, an empty value or a key given twice is an error naming the file and line.

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd::server {

class ConfigFile {
public:
    // The long name of the option that names the file ("config").
    static constexpr QLatin1StringView kOptionName{"config"};

    // `arguments` is the whole command line (program name first). Without --config it is returned as is;
    // with it, the file's options are inserted after the program name (before the command line's own, which
    // therefore win). `parser` must already have all options, --config among them; it is used to tell
    // switches from options with a value and unknown names, and is left unparsed. Alternatives: groups of
    // long names of which the command line may name one to drop all of them from the file.
    static std::optional<QStringList> expand(const QStringList &arguments, QCommandLineParser &parser,
                                             const QList<QStringList> &alternatives, QString *error);
};

} // namespace gd::server
