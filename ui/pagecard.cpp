#include "ui/pagecard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gd {

PageCard::PageCard(QWidget *parent, const QString &heading)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_body = new QVBoxLayout(this);
    m_body->setContentsMargins(20, 16, 20, 18);
    m_body->setSpacing(10);
    if (!heading.isEmpty()) {
        m_heading = new QLabel(heading, this);
        makeTitle(m_heading, 1.15);
        m_body->addWidget(m_heading);
    }
}

void PageCard::makeTitle(QLabel *label, qreal scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

} // namespace gd
