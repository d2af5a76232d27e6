#include "ui/settingspage.h"

#include "core/preferences.h"
#include "ui/pagecard.h"
#include "ui/synctext.h"
#include "ui/theme.h"
#include "ui/wipelocaldatadialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace gd {

SettingsPage::SettingsPage(Preferences *preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
    , m_startupLanguage(preferences->language())
{
    auto *title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    PageCard::makeTitle(title, 1.6);

    auto *appearance = new PageCard(this, tr("Appearance"));
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Interface language"));
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_startupLanguage)));
    m_languageNote =
        new QLabel(tr("A new interface language applies the next time you start GovDesk."), appearance);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);

    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Colour scheme"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(preferences->theme())));
    for (QComboBox *combo : {m_language, m_theme})
        combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *themeNote = new QLabel(tr("The colour scheme changes at once."), appearance);
    themeNote->setWordWrap(true);
    themeNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);
    auto *languageLabel = new QLabel(tr("&Language:"), appearance);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    form->addItem(new QSpacerItem(0, 10));
    auto *themeLabel = new QLabel(tr("&Colour scheme:"), appearance);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);
    form->addRow(QString(), themeNote);
    appearance->body()->addLayout(form);
    appearance->setMaximumWidth(820);

    // The cards scroll when the window is short (1280×800 with both cards open).
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("settingsContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addWidget(appearance);
    layout->addWidget(buildScreenLockCard());
    layout->addWidget(buildLocalDataCard());
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_language, &QComboBox::activated, this, &SettingsPage::onLanguageChosen);
    connect(m_theme, &QComboBox::activated, this, &SettingsPage::onThemeChosen);
}

QWidget *SettingsPage::buildScreenLockCard()
{
    auto *card = new PageCard(this, tr("Screen lock"));
    card->setObjectName(QStringLiteral("screenLockCard"));
    m_idleLock = new QSpinBox(card);
    m_idleLock->setObjectName(QStringLiteral("idleLockSpin"));
    m_idleLock->setAccessibleName(tr("Lock after minutes without input"));
    m_idleLock->setRange(0, Preferences::kMaxIdleLockMinutes);
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setValue(m_preferences->idleLockMinutes());
    m_idleLock->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *note = new QLabel(tr("After this time without keyboard or mouse input GovDesk hides your work and "
                               "asks for your password. Syncing goes on while it is locked. Ctrl+L locks at "
                               "once."),
                            card);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);
    auto *label = new QLabel(tr("Lock &after:"), card);
    label->setBuddy(m_idleLock);
    form->addRow(label, m_idleLock);
    form->addRow(QString(), note);
    card->body()->addLayout(form);
    card->setMaximumWidth(820);
    connect(m_idleLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_preferences->setIdleLockMinutes(minutes);
        m_preferences->sync();
        emit idleLockChanged(minutes);
    });
    return card;
}

QWidget *SettingsPage::buildLocalDataCard()
{
    auto *card = new PageCard(this, tr("Local data"));
    card->setObjectName(QStringLiteral("localDataCard"));
    auto *about = new QLabel(tr("GovDesk keeps an encrypted copy of the data in your area of work on this "
                                "computer, so you can keep working without a connection. Its key is kept "
                                "only in the system keychain."),
                             card);
    about->setWordWrap(true);
    about->setForegroundRole(QPalette::PlaceholderText);

    const auto value = [card](const char *name) {
        auto *label = new QLabel(card);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    m_localState = value("localStateLabel");
    m_cacheFile = value("cacheFileLabel");
    m_cacheSize = value("cacheSizeLabel");
    m_outbox = value("settingsOutboxLabel");
    m_conflicts = value("settingsConflictsLabel");
    m_lastSync = value("settingsLastSyncLabel");

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);
    form->addRow(tr("State:"), m_localState);
    form->addRow(tr("File:"), m_cacheFile);
    form->addRow(tr("Size on disk:"), m_cacheSize);
    form->addRow(tr("Unsent changes:"), m_outbox);
    form->addRow(tr("Conflicts:"), m_conflicts);
    form->addRow(tr("Last sync:"), m_lastSync);

    m_syncNow = new QPushButton(tr("Sync &now"), card);
    m_syncNow->setObjectName(QStringLiteral("settingsSyncNowButton"));
    connect(m_syncNow, &QPushButton::clicked, this, &SettingsPage::syncNowRequested);
    m_wipe = new QPushButton(tr("&Wipe local data…"), card);
    m_wipe->setObjectName(QStringLiteral("wipeLocalDataButton"));
    m_wipe->setToolTip(tr("Delete the local copy and its key from this computer, then sign out."));
    connect(m_wipe, &QPushButton::clicked, this, &SettingsPage::askToWipe);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_wipe);
    buttons->addStretch(1);

    card->body()->addWidget(about);
    card->body()->addLayout(form);
    card->body()->addLayout(buttons);
    card->setMaximumWidth(820);
    updateLocalData();
    return card;
}

qint64 SettingsPage::sizeOnDisk(const QString &cachePath)
{
    if (cachePath.isEmpty())
        return 0;
    qint64 total = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo info(cachePath + suffix);
        if (info.exists())
            total += info.size();
    }
    return total;
}

void SettingsPage::setLocalData(SyncStatusBar::Mode mode, const QString &cachePath)
{
    m_localMode = mode;
    m_cachePath = mode == SyncStatusBar::Mode::Sync ? cachePath : QString();
    if (mode != SyncStatusBar::Mode::Sync)
        m_status = SyncStatus{};
    updateLocalData();
}

void SettingsPage::setSyncStatus(const SyncStatus &status)
{
    m_status = status;
    updateLocalData(); // three stat() calls for the size: cheap enough for every status
}

void SettingsPage::updateLocalData()
{
    if (!m_localState)
        return;
    const bool open = m_localMode == SyncStatusBar::Mode::Sync;
    switch (m_localMode) {
    case SyncStatusBar::Mode::Hidden:
        m_localState->setText(tr("Not open"));
        break;
    case SyncStatusBar::Mode::Unlocking:
        m_localState->setText(tr("Unlocking…"));
        break;
    case SyncStatusBar::Mode::OnlineOnly:
        m_localState->setText(tr("Online only: the system keychain is not available, so there is no local "
                                 "copy on this computer."));
        break;
    case SyncStatusBar::Mode::Sync:
        if (m_status.phase == SyncStatus::Phase::Failed && m_status.lastError)
            m_localState->setText(SyncText::errorDetails(*m_status.lastError));
        else if (m_status.phase == SyncStatus::Phase::Stopped)
            m_localState->setText(tr("Encrypted; closed"));
        else
            m_localState->setText(tr("Encrypted; open"));
        break;
    }
    m_cacheFile->setText(open && !m_cachePath.isEmpty() ? QFileInfo(m_cachePath).fileName() : tr("—"));
    m_cacheFile->setToolTip(open ? tr("The file name is derived from your account; it contains neither your "
                                      "name nor the server's address.")
                                 : QString());
    const qint64 size = open ? sizeOnDisk(m_cachePath) : 0;
    m_cacheSize->setText(open ? QLocale().formattedDataSize(size) : tr("—"));
    const auto clamp = [](qint64 n) {
        return int(qMin<qint64>(n, std::numeric_limits<int>::max()));
    };
    m_outbox->setText(!open ? tr("—")
                      : m_status.outboxCount > 0
                          ? tr("%n change(s) not on the server yet", nullptr, clamp(m_status.outboxCount))
                          : tr("None"));
    m_conflicts->setText(!open                        ? tr("—")
                         : m_status.conflictCount > 0 ? tr("%n change(s) waiting for your decision", nullptr,
                                                           clamp(m_status.conflictCount))
                                                      : tr("None"));
    m_lastSync->setText(open ? SyncText::dateTime(m_status.lastSyncAt) : tr("—"));
    m_syncNow->setEnabled(open);
    m_wipe->setEnabled(open);
}

void SettingsPage::askToWipe()
{
    if (m_localMode != SyncStatusBar::Mode::Sync)
        return;
    if (m_wipeDialog) {
        m_wipeDialog->raise();
        m_wipeDialog->activateWindow();
        return;
    }
    auto *dialog = new WipeLocalDataDialog(m_status.outboxCount, m_status.conflictCount, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_wipeDialog = dialog;
    connect(dialog, &QDialog::accepted, this, &SettingsPage::wipeRequested);
    dialog->open();
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateLocalData(); // the size on disk may have grown since the page was last shown
}

void SettingsPage::onLanguageChosen(int index)
{
    const QString language = m_language->itemData(index).toString();
    m_preferences->setLanguage(language);
    m_preferences->sync();
    m_languageNote->setText(
        language == m_startupLanguage
            ? tr("A new interface language applies the next time you start GovDesk.")
            : tr("Saved. Restart GovDesk to see the interface in %1.").arg(m_language->itemText(index)));
    emit languageChanged(language);
}

void SettingsPage::onThemeChosen(int index)
{
    const QString theme = m_theme->itemData(index).toString();
    m_preferences->setTheme(theme);
    m_preferences->sync();
    Theme::apply(Theme::fromName(theme));
    emit themeChanged(theme);
}

} // namespace gd
