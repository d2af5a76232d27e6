#include "ui/signindialog.h"

#include "core/logging.h"
#include "core/preferences.h"
#include "net/apiclient.h"
#include "net/loginjob.h"
#include "net/transportfailure.h"
#include "ui/branding.h"
#include "ui/errortext.h"
#include "ui/theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShowEvent>
#include <QVBoxLayout>
#include <QtNetwork/qtnetworkglobal.h>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace gd {
namespace {

enum class CertificateProblem { Expired, NotYetValid, WrongName, Untrusted, Revoked };

// The problems named in a TLS failure. The network layer records QSslError::errorString() for each
// error; the same strings of this Qt are matched back to the error kinds (never parsed as words).
QList<CertificateProblem> certificateProblems(const Error &error)
{
    QList<CertificateProblem> problems;
#if QT_CONFIG(ssl)
    if (transportFailureOf(error) != TransportFailure::Tls)
        return problems;
    struct Kind {
        QSslError::SslError error;
        CertificateProblem problem;
    };
    static const Kind kinds[] = {
        {QSslError::CertificateExpired, CertificateProblem::Expired},
        {QSslError::CertificateNotYetValid, CertificateProblem::NotYetValid},
        {QSslError::HostNameMismatch, CertificateProblem::WrongName},
        {QSslError::SelfSignedCertificate, CertificateProblem::Untrusted},
        {QSslError::SelfSignedCertificateInChain, CertificateProblem::Untrusted},
        {QSslError::UnableToGetLocalIssuerCertificate, CertificateProblem::Untrusted},
        {QSslError::UnableToGetIssuerCertificate, CertificateProblem::Untrusted},
        {QSslError::UnableToVerifyFirstCertificate, CertificateProblem::Untrusted},
        {QSslError::CertificateUntrusted, CertificateProblem::Untrusted},
        {QSslError::InvalidCaCertificate, CertificateProblem::Untrusted},
        {QSslError::CertificateRevoked, CertificateProblem::Revoked},
    };
    const QJsonArray reported = error.details.value(QStringLiteral("tls_errors")).toArray();
    for (const QJsonValue &value : reported) {
        const QString text = value.toString();
        for (const Kind &kind : kinds) {
            if (text == QSslError(kind.error).errorString() && !problems.contains(kind.problem))
                problems.append(kind.problem);
        }
    }
#else
    Q_UNUSED(error)
#endif
    return problems;
}

} // namespace

SignInDialog::SignInDialog(ApiClient *client, Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in")); // the platform appends the product name
    setWindowIcon(Branding::appIcon());
    buildUi();
    m_server->setText(m_preferences->lastServer());
    m_username->setText(m_preferences->lastUsername());
    updateServerHint();
}

QString SignInDialog::describeError(const Error &error, const QString &server)
{
    const QList<CertificateProblem> problems = certificateProblems(error);
    if (problems.isEmpty())
        return ErrorText::describe(error, ErrorText::Context::SignIn, server);
    QStringList lines;
    lines << tr("GovDesk did not connect to %1 because its security certificate cannot be trusted:")
                 .arg(server);
    for (CertificateProblem problem : problems) {
        switch (problem) {
        case CertificateProblem::Expired:
            lines << tr("• The certificate has expired.");
            break;
        case CertificateProblem::NotYetValid:
            lines << tr("• The certificate is not valid yet. Check the date and time of this computer.");
            break;
        case CertificateProblem::WrongName:
            lines << tr("• The certificate was issued for a different server name. Check that the address is "
                        "exactly the one your administrator gave you.");
            break;
        case CertificateProblem::Untrusted:
            lines << tr("• The certificate was not issued by an authority this computer trusts (for example, "
                        "it is self-signed).");
            break;
        case CertificateProblem::Revoked:
            lines << tr("• The certificate has been revoked.");
            break;
        }
    }
    lines << tr("GovDesk never connects to a server it cannot verify. Ask your administrator to check the "
                "server's certificate.");
    return lines.join(QLatin1Char('\n'));
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::buildUi()
{
    auto *icon = new QLabel(this);
    icon->setPixmap(Branding::appIcon().pixmap(QSize(48, 48)));
    icon->setAccessibleName(tr("%1 logo").arg(Branding::productName()));
    auto *title = new QLabel(Branding::productName(), this);
    title->setObjectName(QStringLiteral("signInTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle =
        new QLabel(tr("Staff workstation of the city's Internet + government services platform"), this);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://govdesk.example.gov.cn"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_serverHint = new QLabel(this);
    m_serverHint->setObjectName(QStringLiteral("serverHintLabel"));
    m_serverHint->setWordWrap(true);
    m_serverHint->setVisible(false);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    m_totp = new QLineEdit(this);
    m_totp->setObjectName(QStringLiteral("totpEdit"));
    m_totp->setAccessibleName(tr("Verification code"));
    m_totp->setAccessibleDescription(tr("The 6-digit code from your authenticator app"));
    m_totp->setPlaceholderText(tr("6 digits"));
    m_totp->setMaxLength(6);
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_totp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_totp));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_server);
    form->addRow(serverLabel, m_server);
    form->addRow(QString(), m_serverHint);
    auto *usernameLabel = new QLabel(tr("&Username:"), this);
    usernameLabel->setBuddy(m_username);
    form->addRow(usernameLabel, m_username);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    m_totpLabel = new QLabel(tr("&Verification code:"), this);
    m_totpLabel->setObjectName(QStringLiteral("totpLabel"));
    m_totpLabel->setBuddy(m_totp);
    form->addRow(m_totpLabel, m_totp);
    m_totpLabel->setVisible(false);
    m_totp->setVisible(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0); // busy indicator
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Signing in"));
    m_progress->setVisible(false);

    m_signIn = new QPushButton(tr("Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(m_server, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_totp);
    setTabOrder(m_totp, m_signIn);
    setTabOrder(m_signIn, m_cancel);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_server, &QLineEdit::textEdited, this, [this] {
        setTotpRequested(false);
        updateServerHint();
    });
    connect(m_username, &QLineEdit::textEdited, this, [this] { setTotpRequested(false); });

    setMinimumWidth(460);
}

QString SignInDialog::serverAddress() const
{
    return m_server->text().trimmed();
}

void SignInDialog::setServerAddress(const QString &address)
{
    m_server->setText(address);
    updateServerHint();
}

QString SignInDialog::username() const
{
    return m_username->text().trimmed();
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool SignInDialog::isBusy() const
{
    return !m_job.isNull() || m_resuming;
}

void SignInDialog::setResuming(bool resuming)
{
    if (m_resuming == resuming)
        return;
    m_resuming = resuming;
    setBusy(resuming);
    if (resuming) {
        const std::optional<QUrl> server = ApiClient::parseServerAddress(m_server->text());
        setMessage(
            tr("Signing in to %1 as %2…")
                .arg(server ? ErrorText::displayAddress(*server) : m_server->text().trimmed(), username()),
            Tone::Neutral);
    } else {
        setMessage(QString(), Tone::Neutral);
        focusFirstEmptyField();
    }
}

QString SignInDialog::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SignInDialog::showError(const Error &error, const QString &note)
{
    if (error.code == ErrorCode::TotpRequired)
        setTotpRequested(true);
    QString text = describeError(error, serverForMessages());
    if (!note.isEmpty())
        text += QLatin1Char('\n') + note;
    setMessage(text, error.code == ErrorCode::TotpRequired &&
                             !error.details.value(QStringLiteral("totp_invalid")).toBool()
                         ? Tone::Neutral
                         : Tone::Error);
}

void SignInDialog::showNotice(const QString &text)
{
    setMessage(text, Tone::Neutral);
}

void SignInDialog::submit()
{
    if (isBusy())
        return;
    const std::optional<QUrl> server = ApiClient::parseServerAddress(m_server->text());
    if (!server) {
        setMessage(tr("Enter the server address, for example https://govdesk.example.gov.cn."), Tone::Error);
        m_server->setFocus();
        return;
    }
    if (username().isEmpty()) {
        setMessage(tr("Enter your username."), Tone::Error);
        m_username->setFocus();
        return;
    }
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

    m_client->setBaseUrl(*server);
    LoginRequest request{username(), m_password->text(), std::nullopt};
    if (m_totpRequested)
        request.totp = m_totp->text();
    auto *job = new LoginJob(m_client, request, this);
    m_job = job;
    connect(job, &LoginJob::finished, this, &SignInDialog::onLoginFinished);
    setBusy(true);
    setMessage(tr("Signing in to %1…").arg(ErrorText::displayAddress(*server)), Tone::Neutral);
    job->start();
}

void SignInDialog::onLoginFinished(const Result<AuthTokens> &result)
{
    m_job = nullptr;
    setBusy(false);
    if (result) {
        m_preferences->setLastServer(m_client->baseUrl().toString());
        m_preferences->setLastUsername(username());
        m_preferences->setLastStaffId(result->user.id);
        m_preferences->sync();
        m_password->clear();
        m_totp->clear();
        setMessage(QString(), Tone::Neutral);
        emit signedIn(*result);
        accept();
        return;
    }
    const Error &error = result.error();
    showError(error);
    switch (error.code) {
    case ErrorCode::TotpRequired:
        m_totp->clear();
        m_totp->setFocus();
        break;
    case ErrorCode::Unauthorized:
        m_password->clear();
        m_password->setFocus();
        break;
    case ErrorCode::Network:
        m_server->setFocus();
        m_server->selectAll();
        break;
    default:
        m_signIn->setFocus();
        break;
    }
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!event->spontaneous())
        focusFirstEmptyField();
}

void SignInDialog::focusFirstEmptyField()
{
    if (isBusy())
        return;
    if (m_server->text().trimmed().isEmpty())
        m_server->setFocus(Qt::OtherFocusReason);
    else if (m_username->text().trimmed().isEmpty())
        m_username->setFocus(Qt::OtherFocusReason);
    else if (m_password->text().isEmpty())
        m_password->setFocus(Qt::OtherFocusReason);
    else if (m_totpRequested && m_totp->text().isEmpty())
        m_totp->setFocus(Qt::OtherFocusReason);
    else
        m_signIn->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::reject()
{
    if (m_resuming) {
        setResuming(false);
        setMessage(tr("Enter your password to sign in."), Tone::Neutral);
        emit resumeCancelled();
        return;
    }
    if (isBusy()) {
        // Escape while signing in cancels the attempt instead of closing the dialog.
        delete m_job.data();
        setBusy(false);
        setMessage(tr("Sign-in cancelled."), Tone::Neutral);
        return;
    }
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    for (QWidget *field : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_username),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_totp),
                           static_cast<QWidget *>(m_signIn)})
        field->setEnabled(!busy);
    m_cancel->setText(busy ? tr("Stop") : tr("Cancel"));
    if (busy)
        m_cancel->setFocus();
}

void SignInDialog::setMessage(const QString &text, Tone tone)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, tone == Tone::Error ? Theme::errorColor(this->palette())
                                                               : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SignInDialog::setTotpRequested(bool requested)
{
    if (m_totpRequested == requested)
        return;
    m_totpRequested = requested;
    m_totpLabel->setVisible(requested);
    m_totp->setVisible(requested);
    if (!requested)
        m_totp->clear();
}

void SignInDialog::updateServerHint()
{
    const std::optional<QUrl> server = ApiClient::parseServerAddress(m_server->text());
    if (server && server->scheme() == QLatin1String("http") && !ApiClient::isLoopbackHost(server->host())) {
        QPalette palette = m_serverHint->palette();
        palette.setColor(QPalette::WindowText, Theme::warningColor(this->palette()));
        m_serverHint->setPalette(palette);
        m_serverHint->setText(
            tr("This address is not encrypted (http). Use https:// unless the server runs on "
               "this computer."));
        m_serverHint->setVisible(true);
    } else {
        m_serverHint->setVisible(false);
    }
}

QString SignInDialog::serverForMessages() const
{
    const std::optional<QUrl> server = ApiClient::parseServerAddress(m_server->text());
    return server ? ErrorText::displayAddress(*server) : m_server->text().trimmed();
}

} // namespace gd
