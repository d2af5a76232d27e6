#pragma once
// What the main window shows instead of its pages while it is locked (IdleLock: idle time, or Ctrl+L):
// the signed-in staff member's name, a password field, a verification-code field when the account uses
// two-step verification, and "Sign out". The password is checked by the server: a LoginJob for the same
// username on a client of the lock screen's own (same server and network), whose throwaway session is
// signed out again at once — the window's session, and the sync that runs on it, stay untouched. Wrong
// password, lockout (with the wait), rate limits, unreachable server and certificate problems are
// shown as one message (SignInDialog::describeError); the server's lockout after repeated failures
// applies as for any sign-in. Enter unlocks, Escape clears the password.
//
// unlocked() fires after a successful check; signOutRequested() when the user chooses to sign out.
// GUI thread. Uses the window's ApiClient (not owned).

#include "domain/error.h"
#include "domain/staff.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gd {

class ApiClient;
class LoginJob;

class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(ApiClient *session, QWidget *parent = nullptr);
    ~LockScreen() override;

    // Shows the current user, empties the fields and the message; focus goes to the password.
    void reset();

    bool isBusy() const { return !m_job.isNull(); }
    bool isTotpRequested() const { return m_totpRequested; }
    QString messageText() const;
    // The client that checks the password (tests point it at a fake network).
    ApiClient *verifier() const { return m_verifier; }

public slots:
    void submit();

signals:
    void unlocked();
    void signOutRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Tone { Neutral, Error };

    void buildUi();
    void setBusy(bool busy);
    void setMessage(const QString &text, Tone tone);
    void setTotpRequested(bool requested);
    void onLoginFinished(const Result<AuthTokens> &result);

    ApiClient *m_session;
    ApiClient *m_verifier;
    QPointer<LoginJob> m_job;
    bool m_totpRequested = false;

    QLabel *m_name = nullptr;
    QLabel *m_account = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_totpLabel = nullptr;
    QLineEdit *m_totp = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_signOut = nullptr;
};

} // namespace gd
