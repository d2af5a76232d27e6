#pragma once
// Pieces shared by the quick-record forms (the visit and incident dialogs):
//   FormErrors         the inline error labels: one hidden label per field, created on first use and placed
//                      by the form, plus a general one (field "") for errors of no known field; show() puts
//                      the text under its field (or in the general label) and moves the focus to its input
//   formButtons()      the save / Cancel row, and Ctrl+Enter anywhere in the form saves
//   submitOnCtrlEnter  Ctrl+Enter in a multi-line input saves too (the input itself takes plain Return)
//
// GUI thread.

#include <QHash>
#include <QString>

#include <functional>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QWidget;

namespace gd {

class FormErrors {
public:
    // Labels are children of `form`; the general label's object name is `generalName`, a field's
    // "<field>Error" (tests find them by name).
    FormErrors(QWidget *form, QString generalName);

    QLabel *label(const QString &field);
    // Where show() moves the focus for `field`.
    void setInput(const QString &field, QWidget *input);
    void show(const QString &field, const QString &text);
    // Hides every label except those of `keep`.
    void clear(const QStringList &keep = {});
    // The text shown for `field`, or "" when its label is hidden.
    QString text(const QString &field) const;

private:
    QWidget *m_form;
    QString m_generalName;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_inputs;
};

// A button box with `saveText` (object name `saveName`; not a default button, so Return in a field does not
// save) and Cancel (rejects the form); Ctrl+Enter / Ctrl+Return in the form calls `submit`, as does the
// save button. *save is the save button.
QDialogButtonBox *formButtons(QDialog *form, const QString &saveText, const QString &saveName,
                              const std::function<void()> &submit, QPushButton **save);

// Ctrl+Enter (or Ctrl+Return) in `input` calls `submit` instead of reaching the input.
void submitOnCtrlEnter(QWidget *input, std::function<void()> submit);

} // namespace gd
