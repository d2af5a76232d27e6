#pragma once
// Asks for what an action on an application needs before it is taken:
//   Return    the missing materials (a checklist of the service's materials, plus other materials as
//             free text, one per line; at least one) and an optional note to the applicant
//   Resume    which of the missing materials arrived (all ticked at first)
//   Reject    the reason (required)
//   Transfer  the department to hand the step to and the reason (both required)
//   Release   the reason (required: a supervisor releasing someone else's claim)
//   Comment   the comment (required)
// Pure: action() gives the ApplicationAction (without step and base version, which the caller adds).
// Accepted means action() is complete. The controls have object names for tests. GUI thread.

#include "domain/casework.h"
#include "domain/catalog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace gd {

class ApplicationActionDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaximumText = 2000;
    enum class Kind { Return, Resume, Reject, Transfer, Release, Comment };

    // materials: the service's materials (Return) or the missing ones (Resume); departments: transfer
    // targets (not the step's own department).
    ApplicationActionDialog(Kind kind, const QString &applicationNumber, const QStringList &materials,
                            const QList<Department> &departments, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    ApplicationAction action() const;
    QStringList checkedMaterials() const;

    QListWidget *materialList() const { return m_materials; }
    QPlainTextEdit *otherMaterialsEdit() const { return m_other; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *departmentCombo() const { return m_department; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void submit();

private:
    QString validate() const; // "" when complete, else what is missing
    QStringList otherMaterials() const;

    Kind m_kind;
    QListWidget *m_materials = nullptr;
    QPlainTextEdit *m_other = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_department = nullptr;
    QPushButton *m_confirm = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace gd
