#pragma once
// Asks why a staff member needs to see a masked identifier (a citizen's ID number or phone, an
// enterprise's phone) in full, then asks the server for it. The reason is required (at least
// kMinimumReason characters after trimming, at most kMaximumReason — the server's limit) and goes into
// the server's audit log with the staff member's name. Revealing works online only: when the server is
// unreachable the dialog says so and the Reveal button stays disabled.
//
// The request itself is the caller's (a Revealer: the homepage runs a RevealJob), so the dialog can be
// tested without a network. Accepted means revealedValue() holds the full value; the caller shows it
// for a limited time (RevealableField) and must neither log nor store it.
//
// GUI thread.

#include "domain/result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gd {

class NoticeBar;

class RevealDialog : public QDialog {
    Q_OBJECT
public:
    // Asks the server for the full value with `reason`; calls `done` once (on the GUI thread, only while
    // `context` exists) with the value or the error.
    using Revealer = std::function<void(const QString &reason, QObject *context,
                                        std::function<void(const Result<QString> &)> done)>;

    static constexpr int kMinimumReason = 4;
    static constexpr int kMaximumReason = 200;

    // fieldLabel: "ID number" / "phone number" in words; maskedValue: what the page shows now;
    // seconds: how long the value will be shown.
    RevealDialog(const QString &fieldLabel, const QString &maskedValue, bool online, int seconds,
                 Revealer revealer, QWidget *parent = nullptr);

    // Quick choices under the reason field (clicking one fills it in).
    void setSuggestedReasons(const QStringList &reasons);
    // For error texts: the server as the user knows it ("govdesk.example.gov.cn").
    void setServerAddress(const QString &address) { m_server = address; }

    QString reason() const;
    QString revealedValue() const { return m_value; }
    bool isBusy() const { return m_busy; }

    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *revealButton() const { return m_reveal; }

public slots:
    // Checks the reason and, when it is good, asks the server.
    void submit();

private:
    void showError(const QString &text);
    void setBusy(bool busy);

    Revealer m_revealer;
    bool m_online;
    bool m_busy = false;
    QString m_server;
    QString m_value;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_reveal = nullptr;
    QWidget *m_suggestions = nullptr;
};

} // namespace gd
