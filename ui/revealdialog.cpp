#include "ui/revealdialog.h"

#include "ui/errortext.h"
#include "ui/homepagewidgets.h"
#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

RevealDialog::RevealDialog(const QString &fieldLabel, const QString &maskedValue, bool online, int seconds,
                           Revealer revealer, QWidget *parent)
    : QDialog(parent)
    , m_revealer(std::move(revealer))
    , m_online(online)
{
    setObjectName(QStringLiteral("revealDialog"));
    setWindowTitle(tr("Reveal the full %1").arg(fieldLabel));

    auto *intro = new QLabel(tr("Showing the full %1 is recorded in the audit log with your name and the "
                                "reason you give. It is shown for %2 seconds, then hidden again, and it is "
                                "not stored on this computer.")
                                 .arg(fieldLabel)
                                 .arg(seconds),
                             this);
    intro->setObjectName(QStringLiteral("revealIntroLabel"));
    intro->setWordWrap(true);

    auto *current = new QLabel(tr("Now shown: %1").arg(maskedValue), this);
    current->setObjectName(QStringLiteral("revealMaskedLabel"));
    current->setForegroundRole(QPalette::PlaceholderText);

    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(
        tr("Why do you need the full number? At least %1 characters").arg(kMinimumReason));
    m_reason->setAccessibleName(tr("Reason for revealing"));
    m_reason->setMaxLength(kMaximumReason);
    reasonLabel->setBuddy(m_reason);

    m_suggestions = new QWidget(this);
    m_suggestions->setObjectName(QStringLiteral("reasonSuggestions"));
    m_suggestions->setVisible(false);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("revealErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(current);
    if (!m_online) {
        auto *offline = new NoticeBar(this);
        offline->setObjectName(QStringLiteral("revealOfflineNotice"));
        offline->showMessage(tr("The server cannot be reached. Revealing a number needs a connection to the "
                                "server; try again when you are online."),
                             Tone::Warning);
        layout->addWidget(offline);
    }
    layout->addSpacing(4);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_suggestions);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_reveal = buttons->addButton(tr("Re&veal"), QDialogButtonBox::AcceptRole);
    m_reveal->setObjectName(QStringLiteral("revealSubmitButton"));
    m_reveal->setDefault(true);
    m_reveal->setEnabled(m_online);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setText(tr("Cancel"));
    cancel->setAutoDefault(false);
    connect(m_reveal, &QPushButton::clicked, this, &RevealDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        if (m_error->isVisible() && reason().size() >= kMinimumReason)
            m_error->setVisible(false);
    });
    layout->addSpacing(4);
    layout->addWidget(buttons);

    setMinimumWidth(520);
    m_reason->setFocus();
}

void RevealDialog::setSuggestedReasons(const QStringList &reasons)
{
    delete m_suggestions->layout();
    const auto old = m_suggestions->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(old);
    auto *flow = new FlowLayout(m_suggestions, 8);
    auto *caption = new QLabel(tr("For example:"), m_suggestions);
    caption->setForegroundRole(QPalette::PlaceholderText);
    flow->addWidget(caption);
    for (const QString &text : reasons) {
        auto *link = new LinkButton(text, m_suggestions);
        link->setObjectName(QStringLiteral("reasonSuggestion"));
        link->setAccessibleName(tr("Use the reason: %1").arg(text));
        connect(link, &QPushButton::clicked, this, [this, text] {
            m_reason->setText(text);
            m_reason->setFocus();
        });
        flow->addWidget(link);
    }
    m_suggestions->setVisible(!reasons.isEmpty());
}

QString RevealDialog::reason() const
{
    return m_reason->text().simplified();
}

void RevealDialog::showError(const QString &text)
{
    setTextColor(m_error, Theme::errorColor(palette()));
    m_error->setText(text);
    m_error->setAccessibleName(text);
    m_error->setVisible(true);
}

void RevealDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_reveal->setEnabled(!busy && m_online);
    m_reason->setReadOnly(busy);
    m_reveal->setText(busy ? tr("Asking the server…") : tr("Re&veal"));
}

void RevealDialog::submit()
{
    if (m_busy)
        return;
    const QString why = reason();
    if (why.isEmpty()) {
        showError(tr("Enter the reason why you need the full number."));
        m_reason->setFocus();
        return;
    }
    if (why.size() < kMinimumReason) {
        showError(tr("The reason is too short: write at least %1 characters.").arg(kMinimumReason));
        m_reason->setFocus();
        return;
    }
    if (!m_online) {
        showError(tr("Revealing needs a connection to the server."));
        return;
    }
    if (!m_revealer)
        return;
    m_error->setVisible(false);
    setBusy(true);
    m_revealer(why, this, [this](const Result<QString> &result) {
        setBusy(false);
        if (!result) {
            showError(ErrorText::describe(result.error(), ErrorText::Context::Session, m_server));
            return;
        }
        m_value = *result;
        accept();
    });
}

} // namespace gd
