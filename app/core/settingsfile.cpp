#include "core/settingsfile.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryFile>

#include <fcntl.h>
#include <unistd.h>

namespace gd {

QString SettingsFile::backupPath(const QString &path)
{
    return path + QStringLiteral(".bak");
}

QString SettingsFile::damagedPath(const QString &path)
{
    return path + QStringLiteral(".damaged");
}

QString SettingsFile::damage(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable");
    const QByteArray bytes = file.readAll();
    file.close();
    if (bytes.isEmpty())
        return QStringLiteral("empty");
    if (bytes.contains('\0'))
        return QStringLiteral("binary");
    // QSettings ends every line it writes, the last one too.
    if (!bytes.endsWith('\n'))
        return QStringLiteral("truncated");
    // Parsed from a copy under a new name: QSettings caches the files it has read in this process, and
    // would answer for `path` from that cache when size and time look unchanged.
    QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/govdesk-settings-check-XXXXXX.conf"));
    if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
        return {}; // cannot check further; the file looked whole
    copy.close();
    const QSettings parsed(copy.fileName(), QSettings::IniFormat);
    if (parsed.status() == QSettings::FormatError)
        return QStringLiteral("unparsable");
    return {};
}

SettingsFile::Recovery SettingsFile::recoverIfDamaged(const QString &path)
{
    const QString reason = damage(path);
    if (reason.isEmpty())
        return Recovery::NotNeeded;
    const QString name = QFileInfo(path).fileName();
    QFile::remove(damagedPath(path));
    QFile::rename(path, damagedPath(path));

    QFile backup(backupPath(path));
    if (damage(backup.fileName()).isEmpty() && backup.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = backup.readAll();
        if (!bytes.isEmpty() && writeAtomically(path, bytes)) {
            QFile::setPermissions(path, backup.permissions());
            syncDirectory(QFileInfo(path).absolutePath());
            qCWarning(lcCore).noquote()
                << QStringLiteral("settings file %1 was damaged (%2); restored the last good copy")
                       .arg(name, reason);
            return Recovery::Restored;
        }
    }
    qCWarning(lcCore).noquote()
        << QStringLiteral("settings file %1 was damaged (%2); no good copy, starting with the defaults")
               .arg(name, reason);
    return Recovery::Defaults;
}

bool SettingsFile::backUp(QSettings &settings)
{
    if (settings.status() != QSettings::NoError)
        return false;
    const QString path = settings.fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    const QFile::Permissions permissions = file.permissions();
    file.close();
    // QSettings wrote it whole; still, never let a damaged file replace the good copy.
    if (bytes.isEmpty() || !bytes.endsWith('\n') || bytes.contains('\0'))
        return false;
    const QString directory = QFileInfo(path).absolutePath();
    syncDirectory(directory); // the rename of QSettings' own write
    if (!writeAtomically(backupPath(path), bytes))
        return false;
    QFile::setPermissions(backupPath(path), permissions);
    syncDirectory(directory);
    return true;
}

bool SettingsFile::writeAtomically(const QString &path, const QByteArray &bytes)
{
    // QSaveFile: a temporary file in the same folder, fsync()ed on commit, then renamed over `path`.
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

void SettingsFile::syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace gd
