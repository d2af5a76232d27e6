#include "ui/settingspage.h"

#include "core/preferences.h"
#include "ui/pagecard.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addWidget(appearance);
    layout->addStretch(1);

    connect(m_language, &QComboBox::activated, this, &SettingsPage::onLanguageChosen);
    connect(m_theme, &QComboBox::activated, this, &SettingsPage::onThemeChosen);
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
