#include "ui/pushservicedialog.h"

#include "models/hometext.h"
#include "ui/homepagewidgets.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace gd {

PushServiceDialog::PushServiceDialog(const QString &citizenId, const QList<Candidate> &candidates,
                                     QWidget *parent)
    : QDialog(parent)
    , m_citizenId(citizenId)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_candidates(candidates)
{
    setObjectName(QStringLiteral("pushServiceDialog"));
    setWindowTitle(tr("Push a service"));

    auto *intro = new QLabel(tr("The citizen receives the message on the chosen channel. The push is kept "
                                "on this computer and sent as soon as the server can be reached."),
                             this);
    intro->setWordWrap(true);

    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_service->setAccessibleName(tr("Service to push"));
    bool separated = false;
    int recommended = 0;
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (c.score >= 0) {
            m_service->addItem(tr("%1 — match %2%").arg(c.service.name).arg(c.score), c.service.id);
            ++recommended;
        } else {
            if (!separated && recommended > 0) {
                m_service->insertSeparator(m_service->count());
                separated = true;
            }
            m_service->addItem(c.service.name, c.service.id);
        }
    }
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("pushReasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setForegroundRole(QPalette::PlaceholderText);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setAccessibleName(tr("Channel"));
    const QStringList channels = pushChannels();
    for (const QString &channel : channels)
        m_channel->addItem(HomeText::pushChannel(channel), channel);

    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_message->setAccessibleName(tr("Message to the citizen"));
    m_message->setTabChangesFocus(true);
    m_message->setMinimumHeight(110);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("messageCounter"));
    m_counter->setAlignment(Qt::AlignRight);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pushErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    setTextColor(m_error, Theme::errorColor(palette()));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setVerticalSpacing(8);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(QString(), m_reason);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Message:"), m_message);
    form->addRow(QString(), m_counter);

    auto *buttons = new QDialogButtonBox(this);
    m_push = buttons->addButton(tr("&Push"), QDialogButtonBox::AcceptRole);
    m_push->setObjectName(QStringLiteral("pushSubmitButton"));
    m_push->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setText(tr("Cancel"));
    cancel->setAutoDefault(false);
    connect(m_push, &QPushButton::clicked, this, &PushServiceDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_service, &QComboBox::currentIndexChanged, this, [this] { onServiceChanged(); });
    connect(m_message, &QPlainTextEdit::textChanged, this, [this] { updateCounter(); });
    m_push->setEnabled(m_service->count() > 0);
    onServiceChanged();
    resize(600, sizeHint().height());
}

const PushServiceDialog::Candidate *PushServiceDialog::current() const
{
    const QString id = selectedServiceId();
    for (const Candidate &c : m_candidates) {
        if (c.service.id == id)
            return &c;
    }
    return nullptr;
}

QString PushServiceDialog::defaultMessage(const ServiceItem &service)
{
    return tr("Hello! Based on your situation you may be eligible for \"%1\". You can apply in the "
              "government services app or at a service counter.")
        .arg(service.name);
}

void PushServiceDialog::selectService(const QString &serviceId)
{
    const int index = m_service->findData(serviceId);
    if (index >= 0)
        m_service->setCurrentIndex(index);
}

QString PushServiceDialog::selectedServiceId() const
{
    return m_service->currentData().toString();
}

void PushServiceDialog::onServiceChanged()
{
    const Candidate *c = current();
    if (!c) {
        m_reason->setVisible(false);
        return;
    }
    QStringList facts;
    if (c->score >= 0)
        facts.append(tr("Match %1%").arg(c->score));
    if (!c->reason.isEmpty())
        facts.append(c->reason);
    m_reason->setText(facts.join(QStringLiteral(" · ")));
    m_reason->setVisible(!facts.isEmpty());
    // Follow the service until the user has written their own text.
    const QString text = m_message->toPlainText();
    if (text.isEmpty() || text == m_prefilled) {
        m_prefilled = defaultMessage(c->service);
        m_message->setPlainText(m_prefilled);
    }
    updateCounter();
}

void PushServiceDialog::updateCounter()
{
    const qsizetype length = m_message->toPlainText().trimmed().size();
    m_counter->setText(tr("%1 / %2 characters").arg(length).arg(kMaximumMessage));
    setTextColor(m_counter, length > kMaximumMessage ? Theme::errorColor(palette())
                                                     : palette().color(QPalette::PlaceholderText));
    if (m_error->isVisible() && length > 0 && length <= kMaximumMessage)
        m_error->setVisible(false);
}

PushCreateRequest PushServiceDialog::request() const
{
    PushCreateRequest r;
    r.id = m_id;
    r.citizenId = m_citizenId;
    r.serviceId = selectedServiceId();
    r.channel = m_channel->currentData().toString();
    r.message = m_message->toPlainText().trimmed();
    return r;
}

void PushServiceDialog::submit()
{
    const QString text = m_message->toPlainText().trimmed();
    QString problem;
    if (selectedServiceId().isEmpty())
        problem = tr("Choose the service to push.");
    else if (text.isEmpty())
        problem = tr("Write the message the citizen will read.");
    else if (text.size() > kMaximumMessage)
        problem = tr("The message is too long: at most %1 characters.").arg(kMaximumMessage);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        m_message->setFocus();
        return;
    }
    accept();
}

} // namespace gd
