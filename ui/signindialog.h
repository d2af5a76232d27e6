#pragma once
// The sign-in dialog: server address, username, password, and a verification-code field that appears
// only after the server answered "totp_required". Remembers the server and username (Preferences, never
// the password). While a LoginJob runs it shows a busy indicator and locks the fields; every failure is
// shown as one translated sentence (ErrorText). Fully keyboard-operable: Tab moves through the fields,
// Enter signs in, Escape cancels a running sign-in or closes the dialog.
//
// Certificate problems are named (expired, not yet valid, issued for another name, untrusted issuer,
// revoked; describeError()); GovDesk never ignores them.
//
// While the composition root resumes a remembered session (refresh token from the keychain) the dialog
// can show that as its busy state (setResuming()); Stop ends it (resumeCancelled()) and the user signs in
// with the password instead.
//
// On success the ApiClient holds the tokens, the server, username and staff id are remembered, signedIn()
// fires and the dialog is accepted. GUI thread. Does not own the ApiClient or the Preferences.

#include "domain/error.h"
#include "domain/staff.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gd {

class ApiClient;
class LoginJob;
class Preferences;

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(ApiClient *client, Preferences *preferences, QWidget *parent = nullptr);
    ~SignInDialog() override;

    QString serverAddress() const;
    void setServerAddress(const QString &address);
    QString username() const;
    void setUsername(const QString &username);
    void setPassword(const QString &password);

    // Shows why signing in did not work (e.g. after a failed automatic sign-in from the command line),
    // with an optional note on a line of its own after it.
    void showError(const Error &error, const QString &note = {});
    // Shows a neutral note, e.g. that the session ended.
    void showNotice(const QString &text);

    // The busy state while a remembered session is resumed (no LoginJob runs; the fields are locked).
    void setResuming(bool resuming);
    bool isResuming() const { return m_resuming; }

    bool isBusy() const;
    bool isTotpRequested() const { return m_totpRequested; }
    QString messageText() const;

    // One translated sentence (or a short paragraph for certificate problems) for a failed sign-in to
    // `server` (as shown to the user). Also used by the lock screen.
    static QString describeError(const Error &error, const QString &server);

public slots:
    // Validates the fields and starts signing in; the same as pressing Enter.
    void submit();

signals:
    void signedIn(const gd::AuthTokens &tokens);
    // The user stopped the resuming of a remembered session (Stop / Escape).
    void resumeCancelled();

protected:
    void reject() override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Tone { Neutral, Error };

    void buildUi();
    void setBusy(bool busy);
    void setMessage(const QString &text, Tone tone);
    void setTotpRequested(bool requested);
    void onLoginFinished(const Result<AuthTokens> &result);
    void updateServerHint();
    void focusFirstEmptyField();
    QString serverForMessages() const;

    ApiClient *m_client;
    Preferences *m_preferences;
    QPointer<LoginJob> m_job;
    bool m_totpRequested = false;
    bool m_resuming = false;

    QLineEdit *m_server = nullptr;
    QLabel *m_serverHint = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_totpLabel = nullptr;
    QLineEdit *m_totp = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace gd
