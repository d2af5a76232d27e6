#pragma once
// Records a visit (走访记录) in a grid: the household and / or resident (pickers with type-ahead), the
// kind of visit, when it took place (now by default), the notes and what is to be done next with its due
// date. Fully keyboard-usable: Ctrl+Enter saves, every problem is shown under its field.
//
// Pure: the Grid page turns visit() into a local write through the outbox (works offline). Accepted means
// visit() passed normalizeVisit(). GUI thread.

#include "domain/grid.h"
#include "ui/quickform.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gd {

struct VisitChoice {
    QString id;
    QString label;       // address, or name
    QString householdId; // residents: their household
};

class VisitDialog : public QDialog {
    Q_OBJECT
public:
    VisitDialog(const QString &gridId, const QList<VisitChoice> &households,
                const QList<VisitChoice> &residents, const QDateTime &nowLocal, QWidget *parent = nullptr);

    // Preselects a household or a resident (by id).
    void setHousehold(const QString &id);
    void setResident(const QString &id);
    void setKind(const QString &kind);

    // The visit as entered (id made when the dialog opened; staff and district are the caller's).
    Visit visit() const;
    // The error shown under a field ("summary", "follow_up", "follow_up_due", "visited_at", "subject"),
    // or "" (tests).
    QString fieldError(const QString &field) const;

    QComboBox *householdCombo() const { return m_household; }
    QComboBox *residentCombo() const { return m_resident; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QPushButton *saveButton() const { return m_save; }

public slots:
    void submit();
    // Shows an error (e.g. the local write's) under the field it names, or under the form.
    void showError(const QString &field, const QString &text);

protected:
private:
    static QString chosen(const QComboBox *combo);

    QString m_id;
    QString m_gridId;
    QComboBox *m_household = nullptr;
    QComboBox *m_resident = nullptr;
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_visitedAt = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QCheckBox *m_hasFollowUp = nullptr;
    QLineEdit *m_followUp = nullptr;
    QDateEdit *m_followUpDue = nullptr;
    QPushButton *m_save = nullptr;
    FormErrors m_errors;
};

} // namespace gd
