#include "ui/lockscreen.h"

#include "core/logging.h"
#include "net/apiclient.h"
#include "net/loginjob.h"
#include "net/logoutjob.h"
#include "ui/branding.h"
#include "ui/errortext.h"
#include "ui/pagecard.h"
#include "ui/roletext.h"
#include "ui/signindialog.h"
#include "ui/theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace gd {

LockScreen::LockScreen(ApiClient *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_verifier(new ApiClient(session->network(), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    buildUi();
}

LockScreen::~LockScreen() = default;

void LockScreen::buildUi()
{
    auto *card = new PageCard(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFixedWidth(460);

    auto *icon = new QLabel(card);
    icon->setPixmap(Branding::appIcon().pixmap(QSize(48, 48)));
    icon->setAccessibleName(tr("%1 logo").arg(Branding::productName()));
    auto *title = new QLabel(tr("GovDesk is locked"), card);
    title->setObjectName(QStringLiteral("lockTitleLabel"));
    PageCard::makeTitle(title, 1.4);
    m_name = new QLabel(card);
    m_name->setObjectName(QStringLiteral("lockUserLabel"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_account = new QLabel(card);
    m_account->setObjectName(QStringLiteral("lockAccountLabel"));
    m_account->setForegroundRole(QPalette::PlaceholderText);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(m_name);
    titles->addWidget(m_account);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    auto *explanation = new QLabel(tr("Your work is hidden because GovDesk was not used for a while. Enter "
                                      "your password to continue. Syncing goes on in the background."),
                                   card);
    explanation->setObjectName(QStringLiteral("lockExplanationLabel"));
    explanation->setWordWrap(true);

    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_totp = new QLineEdit(card);
    m_totp->setObjectName(QStringLiteral("lockTotpEdit"));
    m_totp->setAccessibleName(tr("Verification code"));
    m_totp->setAccessibleDescription(tr("The 6-digit code from your authenticator app"));
    m_totp->setPlaceholderText(tr("6 digits"));
    m_totp->setMaxLength(6);
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_totp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_totp));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *passwordLabel = new QLabel(tr("&Password:"), card);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    m_totpLabel = new QLabel(tr("&Verification code:"), card);
    m_totpLabel->setObjectName(QStringLiteral("lockTotpLabel"));
    m_totpLabel->setBuddy(m_totp);
    form->addRow(m_totpLabel, m_totp);
    m_totpLabel->setVisible(false);
    m_totp->setVisible(false);

    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("lockMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Unlock message"));
    m_message->setVisible(false);

    m_progress = new QProgressBar(card);
    m_progress->setObjectName(QStringLiteral("lockProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Checking the password"));
    m_progress->setVisible(false);

    m_unlock = new QPushButton(tr("&Unlock"), card);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_signOut = new QPushButton(tr("Sign &out"), card);
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    m_signOut->setToolTip(tr("End the session; unsent changes stay in the local copy."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    card->body()->setSpacing(12);
    card->body()->addLayout(header);
    card->body()->addWidget(explanation);
    card->body()->addLayout(form);
    card->body()->addWidget(m_message);
    card->body()->addWidget(m_progress);
    card->body()->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(3);

    setTabOrder(m_password, m_totp);
    setTabOrder(m_totp, m_unlock);
    setTabOrder(m_unlock, m_signOut);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_totp, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        delete m_job.data();
        setBusy(false);
        emit signOutRequested();
    });
}

void LockScreen::reset()
{
    delete m_job.data();
    setBusy(false);
    const StaffUser &user = m_session->user();
    m_name->setText(user.displayName.isEmpty() ? user.username : user.displayName);
    m_account->setText(tr("%1 · %2 · %3")
                           .arg(user.username, RoleText::roleTitle(user.role),
                                ErrorText::displayAddress(m_session->baseUrl())));
    m_password->clear();
    m_totp->clear();
    m_totpRequested = false;
    setTotpRequested(user.totpEnabled);
    setMessage(QString(), Tone::Neutral);
    m_password->setFocus(Qt::OtherFocusReason);
}

QString LockScreen::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void LockScreen::submit()
{
    if (isBusy())
        return;
    if (m_password->text().isEmpty()) {
        setMessage(tr("Enter your password."), Tone::Error);
        m_password->setFocus();
        return;
    }
    if (m_totpRequested && m_totp->text().size() != 6) {
        setMessage(tr("Enter the 6-digit verification code from your authenticator app."), Tone::Error);
        m_totp->setFocus();
        return;
    }
    m_verifier->setBaseUrl(m_session->baseUrl());
    m_verifier->setTimeout(m_session->timeout());
    LoginRequest request{m_session->user().username, m_password->text(), std::nullopt};
    if (m_totpRequested)
        request.totp = m_totp->text();
    auto *job = new LoginJob(m_verifier, request, this);
    m_job = job;
    connect(job, &LoginJob::finished, this, &LockScreen::onLoginFinished);
    setBusy(true);
    setMessage(tr("Checking your password…"), Tone::Neutral);
    job->start();
}

void LockScreen::onLoginFinished(const Result<AuthTokens> &result)
{
    m_job = nullptr;
    setBusy(false);
    if (result && result->user.id != m_session->user().id) {
        // Cannot happen for the same username on the same server; never unlock someone else's session.
        qCWarning(lcApp) << "the lock screen's check answered for another account";
        m_verifier->clearTokens();
        setMessage(tr("The server answered for a different account. GovDesk stays locked."), Tone::Error);
        return;
    }
    if (result) {
        // The check's own session is not needed: end it on the server (the window's session goes on).
        auto *logout = new LogoutJob(m_verifier, this);
        connect(logout, &LogoutJob::finished, this, [](const Result<void> &) {});
        logout->start();
        m_password->clear();
        m_totp->clear();
        setMessage(QString(), Tone::Neutral);
        emit unlocked();
        return;
    }
    const Error &error = result.error();
    switch (error.code) {
    case ErrorCode::Unauthorized:
        setMessage(tr("The password is incorrect."), Tone::Error);
        m_password->clear();
        m_password->setFocus();
        return;
    case ErrorCode::TotpRequired: {
        const bool wrongCode = error.details.value(QStringLiteral("totp_invalid")).toBool();
        setTotpRequested(true);
        setMessage(SignInDialog::describeError(error, ErrorText::displayAddress(m_session->baseUrl())),
                   wrongCode ? Tone::Error : Tone::Neutral);
        m_totp->clear();
        m_totp->setFocus();
        return;
    }
    case ErrorCode::Network:
        setMessage(SignInDialog::describeError(error, ErrorText::displayAddress(m_session->baseUrl())) +
                       QLatin1Char('\n') +
                       tr("GovDesk stays locked until the server can check your password."),
                   Tone::Error);
        m_password->setFocus();
        return;
    default:
        setMessage(SignInDialog::describeError(error, ErrorText::displayAddress(m_session->baseUrl())),
                   Tone::Error);
        m_password->setFocus();
        return;
    }
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !isBusy()) {
        m_password->clear();
        m_totp->clear();
        m_password->setFocus();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LockScreen::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_password->setEnabled(!busy);
    m_totp->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
}

void LockScreen::setMessage(const QString &text, Tone tone)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, tone == Tone::Error ? Theme::errorColor(this->palette())
                                                               : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LockScreen::setTotpRequested(bool requested)
{
    if (m_totpRequested == requested && m_totp->isVisibleTo(this) == requested)
        return;
    m_totpRequested = requested;
    m_totpLabel->setVisible(requested);
    m_totp->setVisible(requested);
    if (!requested)
        m_totp->clear();
}

} // namespace gd
