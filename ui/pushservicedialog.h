#pragma once
// Pushes one service to one citizen (主动推送): a service picker that lists the citizen's recommended
// services first (with the match degree and the reason), then the other citizen services of the
// catalogue; the channel (government services app, text message, WeChat); and the message the citizen
// will see (1–500 characters), prefilled for the chosen service until the user edits it.
//
// Pure: it only builds the PushCreateRequest (with a new client-made id); the homepage writes it through
// the outbox. Accepted means request() is valid. GUI thread.

#include "domain/catalog.h"
#include "domain/outreach.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gd {

class PushServiceDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaximumMessage = 500;

    struct Candidate {
        ServiceItem service;
        int score = -1; // match degree 0..100; -1 for a service that was not recommended
        QString reason; // "Because of the tags: …" (empty when not recommended)
    };

    PushServiceDialog(const QString &citizenId, const QList<Candidate> &candidates,
                      QWidget *parent = nullptr);

    void selectService(const QString &serviceId);
    QString selectedServiceId() const;
    // The message prefilled for a service (what the citizen reads).
    static QString defaultMessage(const ServiceItem &service);

    // The push as it will be sent (a new id per dialog).
    PushCreateRequest request() const;

    QComboBox *serviceCombo() const { return m_service; }
    QComboBox *channelCombo() const { return m_channel; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QPushButton *pushButton() const { return m_push; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    // Checks the message and accepts.
    void submit();

private:
    void onServiceChanged();
    void updateCounter();
    const Candidate *current() const;

    QString m_citizenId;
    QString m_id;
    QList<Candidate> m_candidates;
    QComboBox *m_service = nullptr;
    QLabel *m_reason = nullptr;
    QComboBox *m_channel = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_push = nullptr;
    QString m_prefilled; // the last prefilled text; the message is "edited" once it differs
};

} // namespace gd
