#include "ui/placeholderpage.h"

#include "ui/pagecard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gd {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    PageCard::makeTitle(m_title, 1.6);

    auto *card = new PageCard(this);
    m_description = new QLabel(description, card);
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(tr("This page arrives in a later release of GovDesk."), card);
    note->setObjectName(QStringLiteral("laterReleaseNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    card->body()->addWidget(m_description);
    card->body()->addWidget(note);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(card);
    layout->addStretch(1);
    card->setMaximumWidth(820);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

QString PlaceholderPage::description() const
{
    return m_description->text();
}

} // namespace gd
