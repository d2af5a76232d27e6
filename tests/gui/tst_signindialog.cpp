// SignInDialog (offscreen, Chinese translation installed, fake network): the TOTP field appears only
// after the server asks, each failure shows its translated sentence (wrong password, locked account with
// the wait, rate limit, unreachable server, timeout, and certificate problems named one by one), Enter
// submits, the fields have accessible names, the server, username and staff id are remembered, and the
// busy state while a remembered session is resumed can be stopped.

#include "core/preferences.h"
#include "domain/codec.h"
#include "fakenetworkaccessmanager.h"
#include "net/apiclient.h"
#include "ui/signindialog.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gd;
using gd::test::FakeNetworkAccessManager;
using gd::test::FakeResponse;
using gd::test::RecordedRequest;

namespace {

const QString kLogin = QStringLiteral("/api/v1/auth/login");

QJsonObject tokenReply()
{
    AuthTokens tokens;
    tokens.accessToken = QStringLiteral("a1");
    tokens.tokenType = QStringLiteral("Bearer");
    tokens.expiresIn = 900;
    tokens.refreshToken = QStringLiteral("r1");
    tokens.refreshExpiresIn = 86400;
    tokens.user.id = QStringLiteral("u1");
    tokens.user.username = QStringLiteral("totp_admin");
    tokens.user.displayName = QStringLiteral("系统管理员");
    tokens.user.role = QStringLiteral("admin");
    return toJson(tokens);
}

} // namespace

class TestSignInDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void totpFieldAppearsOnlyWhenAsked();
    void failureMessages_data();
    void failureMessages();
    void enterSubmits();
    void validatesBeforeSending();
    void busyWhileSigningInAndEscapeCancels();
    void fieldsHaveAccessibleNames();
    void remembersServerAndUsername();
    void warnsAboutUnencryptedRemoteServer();
    void certificateProblemsAreNamed_data();
    void certificateProblemsAreNamed();
    void untrustedCertificateFromTheNetwork();
    void resumingCanBeStopped();

private:
    SignInDialog *makeDialog();
    void fillIn(SignInDialog *dialog, const QString &server = QStringLiteral("http://127.0.0.1:8470"));
    template <typename T> T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    QTranslator m_chinese;
    QTemporaryDir m_dir;
    QSettings *m_settings = nullptr;
    Preferences *m_preferences = nullptr;
    FakeNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    SignInDialog *m_dialog = nullptr;
};

void TestSignInDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/govdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_chinese);
}

void TestSignInDialog::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("govdesk.ini")));
    m_settings = new QSettings(m_dir.filePath(QStringLiteral("govdesk.ini")), QSettings::IniFormat);
    m_preferences = new Preferences(*m_settings);
    m_network = new FakeNetworkAccessManager;
    m_client = new ApiClient(m_network);
}

void TestSignInDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    delete m_client;
    delete m_network;
    delete m_preferences;
    delete m_settings;
}

SignInDialog *TestSignInDialog::makeDialog()
{
    delete m_dialog;
    m_dialog = new SignInDialog(m_client, m_preferences);
    m_dialog->show();
    m_dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(m_dialog))
        qFatal("sign-in dialog not active");
    return m_dialog;
}

void TestSignInDialog::fillIn(SignInDialog *dialog, const QString &server)
{
    child<QLineEdit>(dialog, "serverEdit")->setText(server);
    child<QLineEdit>(dialog, "usernameEdit")->setText(QStringLiteral("totp_admin"));
    child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("GovDesk!2026"));
}

void TestSignInDialog::totpFieldAppearsOnlyWhenAsked()
{
    m_network->on("POST", kLogin, [](const RecordedRequest &request) {
        const QJsonValue totp = request.json().value(QStringLiteral("totp"));
        if (totp.isNull())
            return FakeResponse::apiError(401, QStringLiteral("totp_required"));
        if (totp.toString() != QLatin1String("123456"))
            return FakeResponse::apiError(401, QStringLiteral("totp_required"), {},
                                          QJsonObject{{QStringLiteral("totp_invalid"), true}});
        return FakeResponse::json(200, tokenReply());
    });
    SignInDialog *dialog = makeDialog();
    auto *totp = child<QLineEdit>(dialog, "totpEdit");
    QVERIFY(!totp->isVisible());
    QVERIFY(!child<QLabel>(dialog, "totpLabel")->isVisible());

    fillIn(dialog);
    QSignalSpy signedIn(dialog, &SignInDialog::signedIn);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY(totp->isVisible());
    QVERIFY(dialog->isTotpRequested());
    QVERIFY(child<QLabel>(dialog, "totpLabel")->isVisible());
    QVERIFY2(dialog->messageText().contains(QStringLiteral("6 位验证码")), qPrintable(dialog->messageText()));
    QTRY_VERIFY(totp->hasFocus());
    QCOMPARE(signedIn.count(), 0);

    QTest::keyClicks(totp, QStringLiteral("000000"));
    QTest::keyClick(totp, Qt::Key_Return);
    QTRY_VERIFY(dialog->messageText().contains(QStringLiteral("验证码不正确")));
    QVERIFY(totp->isVisible());

    QTest::keyClicks(totp, QStringLiteral("123456"));
    QTest::keyClick(totp, Qt::Key_Return);
    QVERIFY(signedIn.wait());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_client->isSignedIn());
    QCOMPARE(m_network->requests().constLast().json().value(QStringLiteral("totp")).toString(),
             QStringLiteral("123456"));
}

void TestSignInDialog::failureMessages_data()
{
    QTest::addColumn<int>("status");   // 0 = transport failure
    QTest::addColumn<QString>("code"); // error code, or the QNetworkReply error as a number
    QTest::addColumn<QJsonObject>("details");
    QTest::addColumn<QString>("expected"); // a part of the Chinese sentence
    QTest::newRow("wrong password") << 401 << QStringLiteral("unauthorized") << QJsonObject()
                                    << QStringLiteral("用户名或密码不正确");
    QTest::newRow("locked, minutes left")
        << 423 << QStringLiteral("account_locked")
        << QJsonObject{{QStringLiteral("retry_after_seconds"), 541}} << QStringLiteral("10 分钟后");
    QTest::newRow("too many attempts")
        << 429 << QStringLiteral("too_many_requests")
        << QJsonObject{{QStringLiteral("retry_after_seconds"), 30}} << QStringLiteral("30 秒");
    QTest::newRow("server error") << 500 << QStringLiteral("internal") << QJsonObject()
                                  << QStringLiteral("服务器出错");
    QTest::newRow("server unavailable")
        << 503 << QStringLiteral("unavailable") << QJsonObject() << QStringLiteral("暂时不可用");
    QTest::newRow("connection refused") << 0 << QString::number(QNetworkReply::ConnectionRefusedError)
                                        << QJsonObject() << QStringLiteral("无法连接到 127.0.0.1:8470");
    QTest::newRow("host not found") << 0 << QString::number(QNetworkReply::HostNotFoundError) << QJsonObject()
                                    << QStringLiteral("找不到服务器");
    QTest::newRow("timeout") << 0 << QString::number(QNetworkReply::TimeoutError) << QJsonObject()
                             << QStringLiteral("未能及时响应");
    QTest::newRow("tls, no details") << 0 << QString::number(QNetworkReply::SslHandshakeFailedError)
                                     << QJsonObject() << QStringLiteral("127.0.0.1:8470");
}

void TestSignInDialog::failureMessages()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QJsonObject, details);
    QFETCH(QString, expected);
    FakeResponse response =
        status == 0 ? FakeResponse::transport(QNetworkReply::NetworkError(code.toInt()))
                    : FakeResponse::apiError(status, code, QStringLiteral("developer text"), details);
    m_network->on("POST", kLogin, response);

    SignInDialog *dialog = makeDialog();
    fillIn(dialog);
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    const QString message = dialog->messageText();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(!child<QLineEdit>(dialog, "totpEdit")->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_client->isSignedIn());
    // The password field is cleared after a wrong password, and only then.
    QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty(),
             code == QLatin1String("unauthorized"));
}

void TestSignInDialog::enterSubmits()
{
    m_network->on("POST", kLogin, FakeResponse::json(200, tokenReply()));
    SignInDialog *dialog = makeDialog();
    fillIn(dialog);
    QSignalSpy signedIn(dialog, &SignInDialog::signedIn);
    auto *password = child<QLineEdit>(dialog, "passwordEdit");
    password->setFocus();
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(signedIn.wait());
    QCOMPARE(m_network->count("POST", kLogin), 1);
    const QJsonObject body = m_network->requests().constFirst().json();
    QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("totp_admin"));
    QCOMPARE(m_client->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8470")));
    QTRY_VERIFY(!dialog->isVisible());
}

void TestSignInDialog::validatesBeforeSending()
{
    SignInDialog *dialog = makeDialog();
    fillIn(dialog, QStringLiteral("ftp://gov.example.cn"));
    dialog->submit();
    QVERIFY(dialog->messageText().contains(QStringLiteral("服务器地址")));
    QTRY_VERIFY(child<QLineEdit>(dialog, "serverEdit")->hasFocus());

    fillIn(dialog);
    child<QLineEdit>(dialog, "passwordEdit")->clear();
    dialog->submit();
    QVERIFY(dialog->messageText().contains(QStringLiteral("密码")));
    QCOMPARE(m_network->requests().size(), 0);
}

void TestSignInDialog::busyWhileSigningInAndEscapeCancels()
{
    m_network->on("POST", kLogin, FakeResponse::json(200, tokenReply()).withDelay(5000));
    SignInDialog *dialog = makeDialog();
    fillIn(dialog);
    QSignalSpy signedIn(dialog, &SignInDialog::signedIn);
    dialog->submit();
    QVERIFY(dialog->isBusy());
    QVERIFY(child<QProgressBar>(dialog, "signInProgress")->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "signInButton")->isEnabled());

    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY(!child<QProgressBar>(dialog, "signInProgress")->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
    QVERIFY(dialog->messageText().contains(QStringLiteral("已取消")));
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(!m_client->isSignedIn());

    // Escape again closes the dialog.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
}

void TestSignInDialog::fieldsHaveAccessibleNames()
{
    SignInDialog *dialog = makeDialog();
    for (const char *name : {"serverEdit", "usernameEdit", "passwordEdit", "totpEdit"}) {
        auto *field = child<QLineEdit>(dialog, name);
        QVERIFY2(!field->accessibleName().isEmpty(), name);
    }
    QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->accessibleName(), QStringLiteral("密码"));
    QCOMPARE(child<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QLabel>(dialog, "messageLabel")->accessibleName().isEmpty());
    // Every field has a label with a mnemonic pointing at it (keyboard-only use).
    int buddies = 0;
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy())
            ++buddies;
    }
    QCOMPARE(buddies, 4);
}

void TestSignInDialog::remembersServerAndUsername()
{
    m_network->on("POST", kLogin, FakeResponse::json(200, tokenReply()));
    SignInDialog *dialog = makeDialog();
    fillIn(dialog, QStringLiteral("127.0.0.1:8470"));
    QSignalSpy signedIn(dialog, &SignInDialog::signedIn);
    dialog->submit();
    QVERIFY(signedIn.wait());

    SignInDialog *again = makeDialog();
    QCOMPARE(child<QLineEdit>(again, "serverEdit")->text(), QStringLiteral("http://127.0.0.1:8470"));
    QCOMPARE(child<QLineEdit>(again, "usernameEdit")->text(), QStringLiteral("totp_admin"));
    QVERIFY(child<QLineEdit>(again, "passwordEdit")->text().isEmpty());
    QTRY_VERIFY(child<QLineEdit>(again, "passwordEdit")->hasFocus());
    // The staff id names the keychain entry of the session's refresh token (resuming at the next start).
    QCOMPARE(m_preferences->lastStaffId(), QStringLiteral("u1"));
    // The password is never stored.
    const QStringList keys = m_settings->allKeys();
    for (const QString &key : keys)
        QVERIFY(!m_settings->value(key).toString().contains(QLatin1String("GovDesk!2026")));
}

void TestSignInDialog::warnsAboutUnencryptedRemoteServer()
{
    SignInDialog *dialog = makeDialog();
    auto *hint = child<QLabel>(dialog, "serverHintLabel");
    dialog->setServerAddress(QStringLiteral("http://gov.example.cn"));
    QVERIFY(hint->isVisible());
    dialog->setServerAddress(QStringLiteral("https://gov.example.cn"));
    QVERIFY(!hint->isVisible());
    dialog->setServerAddress(QStringLiteral("http://127.0.0.1:8470"));
    QVERIFY(!hint->isVisible());
}

void TestSignInDialog::certificateProblemsAreNamed_data()
{
    QTest::addColumn<QList<int>>("errors"); // QSslError::SslError values the TLS handshake reported
    QTest::addColumn<QStringList>("expected");
    const auto text = [](const char *source) {
        return QCoreApplication::translate("gd::SignInDialog", source);
    };
    QTest::newRow("expired") << QList<int>{QSslError::CertificateExpired}
                             << QStringList{text("• The certificate has expired.")};
    QTest::newRow("not yet valid")
        << QList<int>{QSslError::CertificateNotYetValid}
        << QStringList{text("• The certificate is not valid yet. Check the date and time of this computer.")};
    QTest::newRow("wrong name") << QList<int>{QSslError::HostNameMismatch}
                                << QStringList{
                                       text("• The certificate was issued for a different server name. "
                                            "Check that the address is exactly the one your "
                                            "administrator gave you.")};
    QTest::newRow("self-signed") << QList<int>{QSslError::SelfSignedCertificate}
                                 << QStringList{text("• The certificate was not issued by an authority this "
                                                     "computer trusts (for example, it is self-signed).")};
    QTest::newRow("unknown issuer") << QList<int>{QSslError::UnableToGetLocalIssuerCertificate}
                                    << QStringList{
                                           text("• The certificate was not issued by an authority this "
                                                "computer trusts (for example, it is self-signed).")};
    QTest::newRow("revoked") << QList<int>{QSslError::CertificateRevoked}
                             << QStringList{text("• The certificate has been revoked.")};
    QTest::newRow("expired and wrong name")
        << QList<int>{QSslError::CertificateExpired, QSslError::HostNameMismatch}
        << QStringList{
               text("• The certificate has expired."),
               text("• The certificate was issued for a different server name. Check that the address "
                    "is exactly the one your administrator gave you.")};
}

void TestSignInDialog::certificateProblemsAreNamed()
{
    QFETCH(QList<int>, errors);
    QFETCH(QStringList, expected);
    // As the network layer reports a failed handshake: the transport kind and each QSslError's text.
    QJsonArray reported;
    for (int error : errors)
        reported.append(QSslError(QSslError::SslError(error)).errorString());
    const Error error = makeError(ErrorCode::Network, QStringLiteral("SSL handshake failed"),
                                  QJsonObject{{QStringLiteral("transport"), QStringLiteral("tls")},
                                              {QStringLiteral("tls_errors"), reported}});
    SignInDialog *dialog = makeDialog();
    dialog->setServerAddress(QStringLiteral("https://govdesk.example.gov.cn"));
    dialog->showError(error);
    const QString message = dialog->messageText();
    QVERIFY2(message.contains(QStringLiteral("govdesk.example.gov.cn")), qPrintable(message));
    for (const QString &line : expected)
        QVERIFY2(message.contains(line), qPrintable(message));
    QVERIFY(message.contains(QCoreApplication::translate(
        "gd::SignInDialog",
        "GovDesk never connects to a server it cannot verify. Ask your administrator to check the server's "
        "certificate.")));
}

void TestSignInDialog::untrustedCertificateFromTheNetwork()
{
    // The fake reply reports a self-signed certificate, then fails the handshake; nothing is ignored.
    FakeResponse response = FakeResponse::transport(QNetworkReply::SslHandshakeFailedError);
    response.tlsErrors = true;
    m_network->on("POST", kLogin, response);
    SignInDialog *dialog = makeDialog();
    fillIn(dialog, QStringLiteral("https://127.0.0.1:8470"));
    dialog->submit();
    QTRY_VERIFY(!dialog->isBusy());
    const QString message = dialog->messageText();
    QVERIFY2(message.contains(QCoreApplication::translate(
                 "gd::SignInDialog", "• The certificate was not issued by an authority this computer trusts "
                                     "(for example, it is self-signed).")),
             qPrintable(message));
    QVERIFY(!m_client->isSignedIn());
    QVERIFY(dialog->isVisible());
}

void TestSignInDialog::resumingCanBeStopped()
{
    SignInDialog *dialog = makeDialog();
    fillIn(dialog);
    QSignalSpy cancelled(dialog, &SignInDialog::resumeCancelled);
    dialog->setResuming(true);
    QVERIFY(dialog->isResuming());
    QVERIFY(dialog->isBusy());
    QVERIFY(child<QProgressBar>(dialog, "signInProgress")->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
    QVERIFY2(dialog->messageText().contains(QStringLiteral("totp_admin")), qPrintable(dialog->messageText()));
    dialog->submit(); // nothing while busy
    QCOMPARE(m_network->requests().size(), 0);

    QTest::keyClick(dialog, Qt::Key_Escape); // Stop
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!dialog->isResuming());
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
    QCOMPARE(dialog->messageText(),
             QCoreApplication::translate("gd::SignInDialog", "Enter your password to sign in."));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
