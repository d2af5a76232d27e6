#include "ui/campaigneditor.h"

#include "core/clock.h"
#include "models/campaigntext.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "ui/audiencebuilderwidget.h"
#include "ui/homepagewidgets.h"
#include "ui/pagecard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeZone>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace gd {

namespace {

// SMS segments of a text in UCS-2: 70 characters alone, 67 each when split.
int smsSegments(qsizetype characters)
{
    if (characters <= 70)
        return 1;
    return int((characters + 66) / 67);
}

} // namespace

CampaignEditor::CampaignEditor(DataContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    buildUi();
    startNew();
}

void CampaignEditor::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    PageCard::makeTitle(m_heading, 1.3);
    top->addWidget(m_heading, 1);
    m_close = new QPushButton(tr("Close"), this);
    m_save = new QPushButton(tr("Save draft"), this);
    m_save->setToolTip(tr("Save the draft (Ctrl+S). It is kept on this computer and sent to the server with "
                          "the next sync."));
    m_submit = new QPushButton(tr("Submit for approval"), this);
    m_submit->setDefault(true);
    m_submit->setToolTip(
        tr("Save and submit for approval (Ctrl+Enter): a large audience waits for a supervisor's "
           "approval, a small one is approved at once."));
    top->addWidget(m_close);
    top->addWidget(m_save);
    top->addWidget(m_submit);
    outer->addLayout(top);
    m_error = new NoticeBar(this);
    m_error->hide();
    outer->addWidget(m_error);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *canvas = new QWidget(scroll);
    auto *columns = new QHBoxLayout(canvas);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    scroll->setWidget(canvas);
    outer->addWidget(scroll, 1);

    // What is sent.
    auto *message = new PageCard(canvas, tr("Message"));
    auto *messageForm = new QFormLayout;
    message->body()->addLayout(messageForm);
    m_title = new QLineEdit(message);
    m_title->setMaxLength(int(kCampaignMaxTitle));
    m_title->setPlaceholderText(tr("e.g. 孕期产检提醒"));
    messageForm->addRow(tr("&Title"), m_title);
    m_content = new QPlainTextEdit(message);
    m_content->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("What the citizen reads: what to do, by when, and how."));
    m_content->setMinimumHeight(90);
    m_content->setMaximumHeight(140);
    auto *contentBox = new QVBoxLayout;
    contentBox->addWidget(m_content);
    m_contentCount = new QLabel(message);
    m_contentCount->setAlignment(Qt::AlignRight);
    contentBox->addWidget(m_contentCount);
    auto *contentLabel = new QLabel(tr("&Message"), message);
    contentLabel->setBuddy(m_content);
    messageForm->addRow(contentLabel, contentBox);
    m_service = new QComboBox(message);
    m_service->setEditable(true);
    m_service->setInsertPolicy(QComboBox::NoInsert);
    m_service->completer()->setFilterMode(Qt::MatchContains);
    m_service->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_service->setMinimumContentsLength(16);
    messageForm->addRow(tr("Linked &service"), m_service);
    m_policy = new QLineEdit(message);
    m_policy->setMaxLength(int(kCampaignMaxPolicy));
    m_policy->setPlaceholderText(tr("or a policy, e.g. 厦门市育儿补贴实施办法"));
    messageForm->addRow(tr("&Policy"), m_policy);
    left->addWidget(message);

    // To whom.
    auto *audience = new PageCard(canvas, tr("Audience"));
    m_audience = new AudienceBuilderWidget(audience);
    m_audience->setContext(m_context);
    audience->body()->addWidget(m_audience);
    left->addWidget(audience);
    left->addStretch(1);

    // Whom it reaches, always in sight (the builder's conditions may scroll away).
    auto *reach = new PageCard(canvas, tr("Reach"));
    m_reachCount = new QLabel(reach);
    PageCard::makeTitle(m_reachCount, 1.2);
    m_reachCount->setWordWrap(true);
    m_reachCount->setObjectName(QStringLiteral("campaignReachCount"));
    m_reachText = new QLabel(reach);
    m_reachText->setWordWrap(true);
    reach->body()->addWidget(m_reachCount);
    reach->body()->addWidget(m_reachText);
    right->addWidget(reach);
    connect(m_audience, &AudienceBuilderWidget::summaryChanged, this, [this] {
        m_reachCount->setText(m_audience->countText());
        m_reachText->setText(m_audience->description());
    });

    // When and how.
    auto *sending = new PageCard(canvas, tr("Sending"));
    auto *sendForm = new QFormLayout;
    sending->body()->addLayout(sendForm);
    m_scheduleKind = new QButtonGroup(this);
    m_now = new QRadioButton(tr("As soon as approved"), sending);
    m_at = new QRadioButton(tr("At a time"), sending);
    m_trigger = new QRadioButton(tr("When a life event happens"), sending);
    m_scheduleKind->addButton(m_now);
    m_scheduleKind->addButton(m_at);
    m_scheduleKind->addButton(m_trigger);
    auto *kinds = new QVBoxLayout;
    kinds->addWidget(m_now);
    auto *atRow = new QHBoxLayout;
    atRow->addWidget(m_at);
    m_atTime = new QDateTimeEdit(sending);
    m_atTime->setCalendarPopup(true);
    m_atTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_atTime->setAccessibleName(tr("Sending time"));
    atRow->addWidget(m_atTime, 1);
    kinds->addLayout(atRow);
    kinds->addWidget(m_trigger);
    auto *triggerRow = new QHBoxLayout;
    triggerRow->setContentsMargins(24, 0, 0, 0);
    m_triggerTag = new QComboBox(sending);
    m_triggerTag->setEditable(true);
    m_triggerTag->setInsertPolicy(QComboBox::NoInsert);
    m_triggerTag->completer()->setFilterMode(Qt::MatchContains);
    m_triggerTag->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_triggerTag->setAccessibleName(tr("Life event (tag)"));
    m_offsetDays = new QSpinBox(sending);
    m_offsetDays->setRange(0, kCampaignMaxOffsetDays);
    m_offsetDays->setSuffix(tr(" days after"));
    m_offsetDays->setAccessibleName(tr("Days after the life event"));
    triggerRow->addWidget(m_triggerTag, 2);
    triggerRow->addWidget(m_offsetDays, 1);
    kinds->addLayout(triggerRow);
    auto *scheduleLabel = new QLabel(tr("Send"), sending);
    sendForm->addRow(scheduleLabel, kinds);
    m_channel = new QComboBox(sending);
    for (const QString &channel : campaignChannels())
        m_channel->addItem(HomeText::pushChannel(channel), channel);
    sendForm->addRow(tr("C&hannel"), m_channel);
    m_cap = new QSpinBox(sending);
    m_cap->setRange(0, kCampaignMaxCapDays);
    m_cap->setSpecialValueText(tr("No cap"));
    m_cap->setSuffix(tr(" days"));
    m_cap->setToolTip(tr("A citizen who got any campaign message within this many days is skipped."));
    sendForm->addRow(tr("&Frequency cap"), m_cap);
    m_holdout = new QSpinBox(sending);
    m_holdout->setRange(0, kCampaignMaxHoldoutPercent);
    m_holdout->setSuffix(QStringLiteral(" %"));
    sendForm->addRow(tr("&Hold-out group"), m_holdout);
    m_holdoutHint = new QLabel(sending);
    m_holdoutHint->setWordWrap(true);
    m_holdoutHint->setForegroundRole(QPalette::PlaceholderText);
    sendForm->addRow(QString(), m_holdoutHint);
    right->addWidget(sending);

    // The citizen's view.
    auto *preview = new PageCard(canvas, tr("Preview"));
    auto *bubble = new QFrame(preview);
    bubble->setFrameShape(QFrame::StyledPanel);
    bubble->setBackgroundRole(QPalette::AlternateBase);
    bubble->setAutoFillBackground(true);
    auto *bubbleLayout = new QVBoxLayout(bubble);
    m_previewChannel = new QLabel(bubble);
    m_previewChannel->setForegroundRole(QPalette::PlaceholderText);
    m_previewTitle = new QLabel(bubble);
    PageCard::makeTitle(m_previewTitle, 1.05);
    m_previewTitle->setWordWrap(true);
    m_previewBody = new QLabel(bubble);
    m_previewBody->setWordWrap(true);
    m_previewBody->setTextFormat(Qt::PlainText);
    m_previewLink = new QLabel(bubble);
    m_previewLink->setForegroundRole(QPalette::Link);
    m_previewLink->setWordWrap(true);
    for (QLabel *label : {m_previewChannel, m_previewTitle, m_previewBody, m_previewLink})
        bubbleLayout->addWidget(label);
    preview->body()->addWidget(bubble);
    m_previewNote = new QLabel(preview);
    m_previewNote->setWordWrap(true);
    m_previewNote->setForegroundRole(QPalette::PlaceholderText);
    preview->body()->addWidget(m_previewNote);
    right->addWidget(preview);
    right->addStretch(1);

    m_title->setObjectName(QStringLiteral("campaignTitle"));
    m_content->setObjectName(QStringLiteral("campaignContent"));
    m_service->setObjectName(QStringLiteral("campaignService"));
    m_policy->setObjectName(QStringLiteral("campaignPolicy"));
    m_atTime->setObjectName(QStringLiteral("campaignAt"));
    m_triggerTag->setObjectName(QStringLiteral("campaignTriggerTag"));
    m_offsetDays->setObjectName(QStringLiteral("campaignOffsetDays"));
    m_cap->setObjectName(QStringLiteral("campaignCap"));
    m_channel->setObjectName(QStringLiteral("campaignChannel"));
    m_holdout->setObjectName(QStringLiteral("campaignHoldout"));
    m_save->setObjectName(QStringLiteral("campaignSave"));
    m_close->setObjectName(QStringLiteral("campaignClose"));
    m_submit->setObjectName(QStringLiteral("campaignSubmit"));
    m_previewBody->setObjectName(QStringLiteral("campaignPreviewBody"));

    setTabOrder(m_title, m_content);
    setTabOrder(m_content, m_service);
    setTabOrder(m_service, m_policy);

    const auto preview_ = [this] {
        updatePreview();
    };
    connect(m_title, &QLineEdit::textChanged, this, preview_);
    connect(m_content, &QPlainTextEdit::textChanged, this, preview_);
    connect(m_service, &QComboBox::currentIndexChanged, this, preview_);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] { suggestAudience(); });
    connect(m_policy, &QLineEdit::textChanged, this, preview_);
    connect(m_channel, &QComboBox::currentIndexChanged, this, preview_);
    connect(m_holdout, &QSpinBox::valueChanged, this, preview_);
    connect(m_scheduleKind, &QButtonGroup::buttonToggled, this, [this] { updateSchedule(); });
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(false); });
    connect(m_submit, &QPushButton::clicked, this, [this] { emit saveRequested(true); });
    connect(m_close, &QPushButton::clicked, this, &CampaignEditor::closeRequested);
    auto *save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] { emit saveRequested(false); });
    auto *submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    submit->setContext(Qt::WidgetWithChildrenShortcut);
    connect(submit, &QShortcut::activated, this, [this] { emit saveRequested(true); });
}

void CampaignEditor::setCatalog(const QList<ServiceItem> &services, const QList<Tag> &tags)
{
    const std::optional<QString> service = serviceId();
    const QString trigger = m_triggerTag->currentData().toString();
    m_services.clear();
    for (const ServiceItem &s : services) {
        if (s.applicantType == QLatin1String("citizen"))
            m_services.append(s);
    }
    m_tags.clear();
    for (const Tag &t : tags) {
        if (t.appliesTo == QLatin1String("citizen"))
            m_tags.append(t);
    }
    const QSignalBlocker block(m_service);
    m_service->clear();
    m_service->addItem(tr("(none — a policy only)"), QString());
    for (const ServiceItem &s : std::as_const(m_services))
        m_service->addItem(s.name, s.id);
    m_service->setCurrentIndex(qMax(0, m_service->findData(service.value_or(QString()))));
    const QSignalBlocker blockTag(m_triggerTag);
    m_triggerTag->clear();
    for (const Tag &t : std::as_const(m_tags))
        m_triggerTag->addItem(t.name, t.id);
    m_triggerTag->setCurrentIndex(qMax(0, m_triggerTag->findData(trigger)));
    updatePreview();
}

void CampaignEditor::suggestAudience()
{
    // A new campaign about a service whose audience is still everyone: start from the citizens the
    // catalogue's rules aim the service at (any of its tags); the user narrows it down from there.
    if (m_editing || m_suggesting || !m_audience->builder().isEmpty() || m_audience->isReadOnly())
        return;
    const std::optional<QString> id = serviceId();
    if (!id)
        return;
    for (const ServiceItem &s : std::as_const(m_services)) {
        if (s.id != *id || s.tagIds.isEmpty())
            continue;
        QJsonArray anyOf;
        for (const QString &tag : s.tagIds) {
            // Only citizen tags (a service's tags also name its category).
            const bool citizenTag =
                std::any_of(m_tags.cbegin(), m_tags.cend(), [&](const Tag &t) { return t.id == tag; });
            if (citizenTag)
                anyOf.append(QJsonObject{{QStringLiteral("tag"), tag}});
        }
        if (anyOf.isEmpty())
            return;
        m_audience->setExpression(
            QJsonObject{{QStringLiteral("op"), QStringLiteral("or")}, {QStringLiteral("args"), anyOf}});
        return;
    }
}

void CampaignEditor::startNew(const QString &serviceIdToLink)
{
    m_editing.reset();
    m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_heading->setText(tr("New campaign"));
    m_title->clear();
    m_content->clear();
    m_audience->clear();
    m_service->setCurrentIndex(qMax(0, m_service->findData(serviceIdToLink)));
    m_policy->clear();
    suggestAudience();
    m_now->setChecked(true);
    const QDateTime tomorrow9 =
        QDateTime(m_context->clock().nowLocal().date().addDays(1), QTime(9, 0), QTimeZone::systemTimeZone());
    m_atTime->setDateTime(tomorrow9);
    m_offsetDays->setValue(0);
    m_cap->setValue(kCampaignDefaultCapDays);
    m_channel->setCurrentIndex(0);
    m_holdout->setValue(kCampaignDefaultHoldoutPercent);
    clearError();
    updateSchedule();
    updatePreview();
}

void CampaignEditor::edit(const Campaign &c)
{
    m_editing = c;
    m_id = c.id;
    m_heading->setText(tr("Edit draft: %1").arg(c.title));
    // The draft's fields go into the form the same way as any others.
    CampaignCreateRequest fields;
    fields.title = c.title;
    fields.content = c.content;
    fields.serviceId = c.serviceId;
    fields.policy = c.policy;
    fields.audience = c.audience;
    fields.schedule = c.schedule;
    fields.frequencyCapDays = c.frequencyCapDays;
    fields.channel = c.channel;
    fields.holdoutPercent = c.holdoutPercent;
    setFields(fields);
    clearError();
    if (c.rejectionReason)
        showError(tr("Returned by the approver: %1").arg(*c.rejectionReason));
}

void CampaignEditor::setFields(const CampaignCreateRequest &r)
{
    const QScopedValueRollback suggesting(m_suggesting, true);
    m_title->setText(r.title);
    m_content->setPlainText(r.content);
    m_service->setCurrentIndex(qMax(0, m_service->findData(r.serviceId.value_or(QString()))));
    m_policy->setText(r.policy.value_or(QString()));
    m_audience->setExpression(r.audience);
    if (r.schedule.kind == QLatin1String("at") && r.schedule.at) {
        m_at->setChecked(true);
        m_atTime->setDateTime(r.schedule.at->toTimeZone(QTimeZone::systemTimeZone()));
    } else if (r.schedule.kind == QLatin1String("trigger")) {
        m_trigger->setChecked(true);
        m_triggerTag->setCurrentIndex(
            qMax(0, m_triggerTag->findData(r.schedule.triggerTag.value_or(QString()))));
        m_offsetDays->setValue(r.schedule.offsetDays.value_or(0));
    } else {
        m_now->setChecked(true);
    }
    m_cap->setValue(r.frequencyCapDays.value_or(kCampaignDefaultCapDays));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(r.channel)));
    m_holdout->setValue(r.holdoutPercent.value_or(kCampaignDefaultHoldoutPercent));
    updateSchedule();
    updatePreview();
}

QString CampaignEditor::serviceIdByName(const QString &name) const
{
    for (const ServiceItem &s : m_services) {
        if (s.name == name)
            return s.id;
    }
    return {};
}

std::optional<QString> CampaignEditor::serviceId() const
{
    // An edited text that names no service counts as none.
    const int index = m_service->findText(m_service->currentText());
    const QString id = index >= 0 ? m_service->itemData(index).toString() : QString();
    if (id.isEmpty())
        return std::nullopt;
    return id;
}

CampaignSchedule CampaignEditor::schedule() const
{
    CampaignSchedule s;
    if (m_at->isChecked()) {
        s.kind = QStringLiteral("at");
        s.at = m_atTime->dateTime().toUTC();
    } else if (m_trigger->isChecked()) {
        s.kind = QStringLiteral("trigger");
        const int index = m_triggerTag->findText(m_triggerTag->currentText());
        s.triggerTag = index >= 0 ? m_triggerTag->itemData(index).toString() : QString();
        s.offsetDays = m_offsetDays->value();
    } else {
        s.kind = QStringLiteral("now");
    }
    return s;
}

CampaignCreateRequest CampaignEditor::createRequest() const
{
    CampaignCreateRequest r;
    r.id = m_id;
    r.title = m_title->text();
    r.content = m_content->toPlainText();
    r.serviceId = serviceId();
    const QString policy = m_policy->text().trimmed();
    if (!policy.isEmpty())
        r.policy = policy;
    r.audience = m_audience->expression();
    r.schedule = schedule();
    r.frequencyCapDays = m_cap->value();
    r.channel = m_channel->currentData().toString();
    r.holdoutPercent = m_holdout->value();
    return r;
}

CampaignUpdate CampaignEditor::changes() const
{
    CampaignUpdate u;
    if (!m_editing)
        return u;
    const Campaign &c = *m_editing;
    u.baseVersion = c.version;
    const CampaignCreateRequest now = createRequest();
    if (now.title.trimmed() != c.title)
        u.title = now.title;
    if (now.content.trimmed() != c.content)
        u.content = now.content;
    if (now.serviceId != c.serviceId)
        u.serviceId = now.serviceId.value_or(QString());
    if (now.policy != c.policy)
        u.policy = now.policy.value_or(QString());
    if (now.audience != c.audience)
        u.audience = now.audience;
    if (toJson(now.schedule) != toJson(c.schedule))
        u.schedule = now.schedule;
    if (now.frequencyCapDays != c.frequencyCapDays)
        u.frequencyCapDays = now.frequencyCapDays;
    if (now.channel != c.channel)
        u.channel = now.channel;
    if (now.holdoutPercent != c.holdoutPercent)
        u.holdoutPercent = now.holdoutPercent;
    return u;
}

bool CampaignEditor::hasChanges() const
{
    if (!m_editing)
        return true;
    const CampaignUpdate u = changes();
    return u.title || u.content || u.serviceId || u.policy || u.audience || u.schedule ||
           u.frequencyCapDays || u.channel || u.holdoutPercent;
}

QWidget *CampaignEditor::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("title"))
        return m_title;
    if (field == QLatin1String("content"))
        return m_content;
    if (field == QLatin1String("service_id"))
        return m_service;
    if (field == QLatin1String("policy"))
        return m_policy;
    if (field.startsWith(QLatin1String("audience")))
        return m_audience;
    if (field == QLatin1String("schedule.at"))
        return m_atTime;
    if (field.startsWith(QLatin1String("schedule.")))
        return m_triggerTag;
    if (field == QLatin1String("frequency_cap_days"))
        return m_cap;
    if (field == QLatin1String("channel"))
        return m_channel;
    if (field == QLatin1String("holdout_percent"))
        return m_holdout;
    return nullptr;
}

void CampaignEditor::showError(const QString &text, const QString &field)
{
    m_error->showMessage(text, Tone::Error);
    m_error->show();
    if (QWidget *w = fieldWidget(field))
        w->setFocus(Qt::OtherFocusReason);
}

void CampaignEditor::clearError()
{
    m_error->hide();
}

void CampaignEditor::updateSchedule()
{
    m_atTime->setEnabled(m_at->isChecked());
    m_triggerTag->setEnabled(m_trigger->isChecked());
    m_offsetDays->setEnabled(m_trigger->isChecked());
    updatePreview();
}

void CampaignEditor::updatePreview()
{
    const QString content = m_content->toPlainText();
    m_contentCount->setText(tr("%1 / %2").arg(content.size()).arg(kCampaignMaxContent));
    const QString channel = m_channel->currentData().toString();
    const QString title = m_title->text().trimmed();
    const QString body = content.trimmed();
    const std::optional<QString> service = serviceId();
    const QString policy = m_policy->text().trimmed();
    QString link;
    if (service)
        link = tr("Apply now: %1 ›").arg(m_service->currentText());
    if (!policy.isEmpty())
        link += (link.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Read the policy: %1 ›").arg(policy);

    if (channel == QLatin1String("sms")) {
        // One text: the sender's signature, the title and the message; links become a short URL.
        const QString text =
            tr("【i厦门】%1：%2")
                .arg(title.isEmpty() ? tr("(title)") : title, body.isEmpty() ? tr("(message)") : body) +
            (service ? tr(" Apply: https://s.gov.cn/…") : QString());
        m_previewChannel->setText(HomeText::pushChannel(channel));
        m_previewTitle->hide();
        m_previewBody->setText(text);
        m_previewLink->hide();
        m_previewNote->setText(tr("%n character(s)", nullptr, int(text.size())) + QStringLiteral(" · ") +
                               tr("%n text message(s) per citizen", nullptr, smsSegments(text.size())));
    } else {
        m_previewChannel->setText(tr("%1 · message centre").arg(HomeText::pushChannel(channel)));
        m_previewTitle->show();
        m_previewTitle->setText(title.isEmpty() ? tr("(title)") : title);
        m_previewBody->setText(body.isEmpty() ? tr("(message)") : body);
        m_previewLink->setVisible(!link.isEmpty());
        m_previewLink->setText(link);
        m_previewNote->setText(tr("Shown in the citizen's message centre of the app; opening it and applying "
                                  "are counted for the campaign's effect."));
    }
    m_holdoutHint->setText(CampaignText::holdout(m_holdout->value()));
}

} // namespace gd
