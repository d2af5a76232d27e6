#include "ui/campaigndetailpanel.h"

#include "models/audiencebuilder.h"
#include "models/campaigntext.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "ui/campaignresultsview.h"
#include "ui/homepagewidgets.h"
#include "ui/pagecard.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace gd {

namespace {

QString when(const std::optional<QDateTime> &at)
{
    if (!at)
        return {};
    return QLocale().toString(at->toTimeZone(QTimeZone::systemTimeZone()),
                              QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A line of facts: "<b>label</b> value", escaped.
QString fact(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

CampaignDetailPanel::CampaignDetailPanel(DataContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    buildUi();
}

void CampaignDetailPanel::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    PageCard::makeTitle(m_title, 1.3);
    m_state = new QLabel(this);
    top->addWidget(m_title, 1);
    top->addWidget(m_state);
    outer->addLayout(top);

    auto *actions = new QHBoxLayout;
    m_edit = new QPushButton(tr("&Edit draft"), this);
    m_submit = new QPushButton(tr("&Submit for approval"), this);
    m_approve = new QPushButton(tr("&Approve"), this);
    m_reject = new QPushButton(tr("&Return to the creator…"), this);
    m_cancel = new QPushButton(tr("&Cancel campaign…"), this);
    for (QPushButton *b : {m_edit, m_submit, m_approve, m_reject, m_cancel})
        actions->addWidget(b);
    actions->addStretch(1);
    outer->addLayout(actions);
    m_notice = new NoticeBar(this);
    m_notice->hide();
    outer->addWidget(m_notice);

    m_tabs = new QTabWidget(this);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *overview = new QWidget(scroll);
    auto *body = new QVBoxLayout(overview);
    auto *message = new PageCard(overview, tr("Message"));
    m_content = new QLabel(message);
    m_content->setWordWrap(true);
    m_content->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->body()->addWidget(m_content);
    body->addWidget(message);
    auto *audience = new PageCard(overview, tr("Audience"));
    m_audience = new QLabel(audience);
    m_audience->setWordWrap(true);
    audience->body()->addWidget(m_audience);
    m_progress = new QProgressBar(audience);
    m_progress->setAccessibleName(tr("Sending progress"));
    audience->body()->addWidget(m_progress);
    m_progressText = new QLabel(audience);
    m_progressText->setWordWrap(true);
    audience->body()->addWidget(m_progressText);
    body->addWidget(audience);
    auto *facts = new PageCard(overview, tr("Sending"));
    m_facts = new QLabel(facts);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    facts->body()->addWidget(m_facts);
    body->addWidget(facts);
    auto *history = new PageCard(overview, tr("History"));
    m_history = new QLabel(history);
    m_history->setTextFormat(Qt::RichText);
    m_history->setWordWrap(true);
    history->body()->addWidget(m_history);
    body->addWidget(history);
    body->addStretch(1);
    scroll->setWidget(overview);
    m_tabs->addTab(scroll, tr("Overview"));
    m_results = new CampaignResultsView(m_context, m_tabs);
    m_tabs->addTab(m_results, tr("Results"));
    outer->addWidget(m_tabs, 1);

    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_campaign.id); });
    connect(m_submit, &QPushButton::clicked, this,
            [this] { emit actionRequested(m_campaign.id, QStringLiteral("submit")); });
    connect(m_approve, &QPushButton::clicked, this,
            [this] { emit actionRequested(m_campaign.id, QStringLiteral("approve")); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { emit actionRequested(m_campaign.id, QStringLiteral("reject")); });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { emit actionRequested(m_campaign.id, QStringLiteral("cancel")); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && hasCampaign() && m_results->campaignId() != m_campaign.id)
            m_results->setCampaign(m_campaign.id, m_campaign.title);
    });
    updateActions();
}

void CampaignDetailPanel::setUser(const StaffUser &user)
{
    m_user = user;
    updateActions();
}

void CampaignDetailPanel::setNames(const QHash<QString, QString> &services,
                                   const QHash<QString, QString> &tags,
                                   const QHash<QString, QString> &regions)
{
    m_serviceNames = services;
    m_tagNames = tags;
    m_regionNames = regions;
    if (hasCampaign())
        setCampaign(m_campaign, m_pending);
}

QString CampaignDetailPanel::audienceText() const
{
    // The expression in words, tags and regions by name; one the builder cannot show as JSON.
    auto builder = AudienceBuilder::fromExpression(m_campaign.audience);
    if (!builder)
        return QString::fromUtf8(QJsonDocument(m_campaign.audience).toJson(QJsonDocument::Compact));
    AudienceNames names;
    names.tags = m_tagNames;
    names.regions = m_regionNames;
    return builder->describe(names);
}

void CampaignDetailPanel::setCampaign(const Campaign &c, bool pending)
{
    const bool other = c.id != m_campaign.id;
    m_campaign = c;
    m_pending = pending;
    m_title->setText(c.title);
    m_state->setText(pending ? tr("%1 · not synced").arg(CampaignText::state(c.state))
                             : CampaignText::state(c.state));
    Tone tone = Tone::Neutral;
    QString notice;
    if (pending) {
        notice = tr("Changed on this computer: the change goes to the server with the next sync.");
        tone = Tone::Warning;
    } else if (c.state == QLatin1String("draft") && c.rejectionReason) {
        notice = tr("Returned by the approver: %1").arg(*c.rejectionReason);
        tone = Tone::Warning;
    } else if (c.state == QLatin1String("pending_approval")) {
        notice = tr("Waiting for a supervisor's approval (%Ln citizen(s)).", nullptr, int(c.audienceSize));
        tone = Tone::Accent;
    } else if (c.state == QLatin1String("cancelled") && c.cancelReason) {
        notice = tr("Cancelled: %1").arg(*c.cancelReason);
    }
    m_notice->setVisible(!notice.isEmpty());
    if (!notice.isEmpty())
        m_notice->showMessage(notice, tone);

    QString content = c.content;
    if (c.serviceId)
        content += QStringLiteral("\n\n") +
                   tr("Linked service: %1").arg(m_serviceNames.value(*c.serviceId, *c.serviceId));
    if (c.policy)
        content += QStringLiteral("\n") + tr("Policy: %1").arg(*c.policy);
    m_content->setText(content);
    m_audience->setText(tr("%1\nSize: %2").arg(audienceText(), CampaignText::audienceSize(c)));
    const bool started = c.members > 0;
    m_progress->setVisible(started);
    m_progressText->setVisible(started);
    if (started) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * (c.members - c.queued) / qMax<qint64>(1, c.members)));
        m_progressText->setText(CampaignText::progress(c));
    }
    QString facts = QStringLiteral("<table>");
    facts +=
        fact(tr("When"),
             CampaignText::schedule(c.schedule, m_tagNames.value(c.schedule.triggerTag.value_or(QString()))));
    facts += fact(tr("Channel"), HomeText::pushChannel(c.channel));
    facts += fact(tr("Frequency cap"), CampaignText::frequencyCap(c.frequencyCapDays));
    facts += fact(tr("Hold-out group"), CampaignText::holdout(c.holdoutPercent));
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);
    QString history = QStringLiteral("<table>");
    history += fact(
        tr("Created"),
        tr("%1 by %2").arg(when(c.createdAt), c.createdByName.isEmpty() ? c.createdBy : c.createdByName));
    if (c.submittedAt)
        history += fact(tr("Submitted"), when(c.submittedAt));
    if (c.approvedAt)
        history +=
            fact(tr("Approved"), c.approvedBy == QLatin1String("system")
                                     ? tr("%1, without approval (a small audience)").arg(when(c.approvedAt))
                                     : when(c.approvedAt));
    if (c.startedAt)
        history += fact(tr("Sending started"), when(c.startedAt));
    if (c.finishedAt)
        history += fact(c.state == QLatin1String("cancelled") ? tr("Cancelled") : tr("Finished"),
                        when(c.finishedAt));
    history += QStringLiteral("</table>");
    m_history->setText(history);
    if (other) {
        m_tabs->setCurrentIndex(0);
    } else if (m_tabs->currentIndex() == 1 && m_results->campaignId() != c.id) {
        m_results->setCampaign(c.id, c.title);
    }
    updateActions();
}

void CampaignDetailPanel::showResults()
{
    m_tabs->setCurrentIndex(1);
}

void CampaignDetailPanel::showOverview()
{
    m_tabs->setCurrentIndex(0);
}

bool CampaignDetailPanel::canEdit() const
{
    return hasCampaign() && m_campaign.state == QLatin1String("draft") && m_campaign.createdBy == m_user.id;
}

bool CampaignDetailPanel::canSubmit() const
{
    return canEdit();
}

bool CampaignDetailPanel::canDecide() const
{
    return hasCampaign() && m_campaign.state == QLatin1String("pending_approval") &&
           isCampaignApprover(m_user.role) && m_campaign.createdBy != m_user.id;
}

bool CampaignDetailPanel::canCancel() const
{
    return hasCampaign() && m_campaign.state != QLatin1String("sent") &&
           m_campaign.state != QLatin1String("cancelled") &&
           (m_campaign.createdBy == m_user.id || isCampaignApprover(m_user.role));
}

void CampaignDetailPanel::updateActions()
{
    m_edit->setVisible(canEdit());
    m_submit->setVisible(canSubmit());
    m_approve->setVisible(canDecide());
    m_reject->setVisible(canDecide());
    m_cancel->setVisible(canCancel());
}

} // namespace gd
