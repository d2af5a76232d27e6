#pragma once
// Crash-safe settings: the checks and the last-good copy around the client's QSettings INI file.
//
// Qt 6.4 already writes the INI file safely: QSettings::sync() writes a temporary file next to it with
// QSaveFile, fsync()s it and renames it over the old one, so a crash or power loss leaves the old or the
// new file, whole. What Qt does not do, and this adds:
//   - fsync the folder after the rename (so the new name itself survives a power loss);
//   - keep a last-good copy, "<file>.bak", written the same way after every successful sync;
//   - at start, before the QSettings is made: a file that is empty, ends mid-line, contains NUL bytes or
//     that QSettings cannot parse (status() == FormatError) is moved aside to "<file>.damaged" and the
//     last-good copy is restored (or, without a good copy, the defaults apply). One warning line in
//     govdesk.core says which, naming the file but never its contents.
// Free functions of files; no state. Used by the composition root and Preferences::sync().

#include <QString>

class QSettings;

namespace gd {

class SettingsFile {
public:
    enum class Recovery { NotNeeded, Restored, Defaults };

    static QString backupPath(const QString &path);  // "<path>.bak"
    static QString damagedPath(const QString &path); // "<path>.damaged"

    // Why the file at `path` is not a whole settings file ("empty", "truncated", "binary", "unparsable"),
    // or empty when it is (a missing file is not damaged: there is nothing yet).
    static QString damage(const QString &path);

    // At start: restores the last-good copy over a damaged file (see above).
    static Recovery recoverIfDamaged(const QString &path);

    // After `settings` was synced: when its status is NoError, fsyncs the folder and copies the file to
    // backupPath() atomically. False when nothing was backed up (an error, or no file).
    static bool backUp(QSettings &settings);

private:
    static bool writeAtomically(const QString &path, const QByteArray &bytes);
    static void syncDirectory(const QString &directory);
};

} // namespace gd
