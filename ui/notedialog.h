#pragma once
// Writes a note (工作备注) about a citizen or an enterprise, or — for grid managers — a visit record
// (走访记录) about a citizen: the kind of record, for a visit its kind (routine, special group, incident
// follow-up, other) and when it took place, and the text (1–2000 characters).
//
// Pure: the homepage turns the answers into a NoteCreateRequest or a Visit and writes them through the
// outbox (both work offline). Accepted means text() is valid. GUI thread.

#include "domain/outreach.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace gd {

class NoteDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaximumText = 2000;

    enum class Kind { Note, Visit };
    enum class VisitOption {
        Hidden,   // no visit records here (enterprises)
        Disabled, // shown but not allowed (staff who are not grid managers)
        Enabled,
    };

    NoteDialog(VisitOption visits, const QDateTime &nowLocal, QWidget *parent = nullptr);

    Kind kind() const;
    void setKind(Kind kind);
    QString text() const;
    QString visitKind() const;      // visitKinds()
    QDateTime visitedAtUtc() const; // when the visit took place

    NoteCreateRequest noteRequest(const QString &subjectType, const QString &subjectId) const;

    QRadioButton *noteRadio() const { return m_noteRadio; }
    QRadioButton *visitRadio() const { return m_visitRadio; }
    QComboBox *visitKindCombo() const { return m_visitKind; }
    QDateTimeEdit *visitedAtEdit() const { return m_visitedAt; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void submit();

private:
    void updateKind();
    void updateCounter();

    QString m_id;
    QRadioButton *m_noteRadio = nullptr;
    QRadioButton *m_visitRadio = nullptr;
    QWidget *m_visitFields = nullptr;
    QComboBox *m_visitKind = nullptr;
    QDateTimeEdit *m_visitedAt = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace gd
