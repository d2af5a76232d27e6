#pragma once
// The campaign editor of the Push page: what is sent (title, message, the linked service or a policy),
// to whom (the audience builder with its live count and masked sample), when (now once approved, at a
// time, or triggered by a life event with an offset), how often at most (frequency cap), by which
// channel and with which hold-out share — with a preview of the message as the citizen will see it.
//
// The editor edits; the Push page writes (through the outbox) what createRequest() / changes() give.
// Field errors from the local checks or the server are shown at the field (showError()).
//
// GUI thread. Does not own the DataContext.

#include "domain/campaign.h"
#include "domain/catalog.h"
#include "domain/error.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace gd {

class AudienceBuilderWidget;
class DataContext;
class NoticeBar;

class CampaignEditor : public QWidget {
    Q_OBJECT
public:
    explicit CampaignEditor(DataContext *context, QWidget *parent = nullptr);

    // The citizen services and the citizen tags (trigger life events) of the local catalogue.
    void setCatalog(const QList<ServiceItem> &services, const QList<Tag> &tags);

    // An empty new draft (a new id), optionally about one service.
    void startNew(const QString &serviceId = {});
    // The draft to change.
    void edit(const Campaign &campaign);
    // Puts a request's fields into the form (its id is ignored).
    void setFields(const CampaignCreateRequest &fields);
    // The id of the citizen service with this name in the catalogue; "" when there is none.
    QString serviceIdByName(const QString &name) const;
    bool hasCatalog() const { return !m_services.isEmpty(); }
    bool isNew() const { return !m_editing.has_value(); }
    QString campaignId() const { return m_id; }

    // The fields as a new draft / as changes to the draft being edited (only what differs).
    CampaignCreateRequest createRequest() const;
    CampaignUpdate changes() const;
    bool hasChanges() const;

    // An error of the save: at its field (details.field) when it has one, otherwise above the form.
    void showError(const QString &text, const QString &field = {});
    void clearError();

    AudienceBuilderWidget *audienceBuilder() const { return m_audience; }

signals:
    // Save the draft; submit: then send it for approval.
    void saveRequested(bool submit);
    void closeRequested();

private:
    void buildUi();
    void updatePreview();
    void updateSchedule();
    void suggestAudience();
    CampaignSchedule schedule() const;
    std::optional<QString> serviceId() const;
    QWidget *fieldWidget(const QString &field) const;

    DataContext *m_context;
    QString m_id;
    std::optional<Campaign> m_editing;
    bool m_suggesting = false; // setFields(): the fields given are kept as they are
    QList<ServiceItem> m_services;
    QList<Tag> m_tags;

    QLabel *m_heading = nullptr;
    NoticeBar *m_error = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QLabel *m_contentCount = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_policy = nullptr;
    AudienceBuilderWidget *m_audience = nullptr;
    QButtonGroup *m_scheduleKind = nullptr;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_at = nullptr;
    QRadioButton *m_trigger = nullptr;
    QDateTimeEdit *m_atTime = nullptr;
    QComboBox *m_triggerTag = nullptr;
    QSpinBox *m_offsetDays = nullptr;
    QSpinBox *m_cap = nullptr;
    QComboBox *m_channel = nullptr;
    QSpinBox *m_holdout = nullptr;
    QLabel *m_holdoutHint = nullptr;
    QLabel *m_reachCount = nullptr;
    QLabel *m_reachText = nullptr;
    QLabel *m_previewChannel = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_previewBody = nullptr;
    QLabel *m_previewLink = nullptr;
    QLabel *m_previewNote = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace gd
