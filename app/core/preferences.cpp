#include "core/preferences.h"

#include "core/settingsfile.h"

#include <QSettings>
#include <QStringList>

namespace gd {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kServer = QStringLiteral("signin/server");
const QString kUsername = QStringLiteral("signin/username");
const QString kStaffId = QStringLiteral("signin/staff_id");
const QString kIdleLock = QStringLiteral("security/idle_lock_minutes");
} // namespace

Preferences::Preferences(QSettings &settings)
    : m_settings(settings)
{
}

QString Preferences::language() const
{
    const QString value = m_settings.value(kLanguage).toString();
    return supportedLanguages().contains(value) ? value : defaultLanguage();
}

void Preferences::setLanguage(const QString &language)
{
    if (supportedLanguages().contains(language))
        m_settings.setValue(kLanguage, language);
}

QStringList Preferences::supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Preferences::defaultLanguage()
{
    return QStringLiteral("zh_CN");
}

QString Preferences::theme() const
{
    return m_settings.value(kTheme).toString() == QLatin1String("dark") ? QStringLiteral("dark")
                                                                        : QStringLiteral("light");
}

void Preferences::setTheme(const QString &theme)
{
    m_settings.setValue(kTheme,
                        theme == QLatin1String("dark") ? QStringLiteral("dark") : QStringLiteral("light"));
}

QString Preferences::lastServer() const
{
    return m_settings.value(kServer).toString();
}

void Preferences::setLastServer(const QString &server)
{
    m_settings.setValue(kServer, server);
}

QString Preferences::lastUsername() const
{
    return m_settings.value(kUsername).toString();
}

void Preferences::setLastUsername(const QString &username)
{
    m_settings.setValue(kUsername, username);
}

QString Preferences::lastStaffId() const
{
    return m_settings.value(kStaffId).toString();
}

void Preferences::setLastStaffId(const QString &staffId)
{
    m_settings.setValue(kStaffId, staffId);
}

int Preferences::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kIdleLock).toInt(&ok);
    if (!ok)
        return kDefaultIdleLockMinutes;
    return qBound(0, minutes, kMaxIdleLockMinutes);
}

void Preferences::setIdleLockMinutes(int minutes)
{
    m_settings.setValue(kIdleLock, qBound(0, minutes, kMaxIdleLockMinutes));
}

QByteArray Preferences::savedQueueViews() const
{
    return m_settings.value(QStringLiteral("queue/savedViews")).toByteArray();
}

void Preferences::setSavedQueueViews(const QByteArray &json)
{
    m_settings.setValue(QStringLiteral("queue/savedViews"), json);
}

void Preferences::sync()
{
    m_settings.sync();
    SettingsFile::backUp(m_settings);
}

} // namespace gd
