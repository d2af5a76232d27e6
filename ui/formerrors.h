#pragma once
// The inline error labels of a form dialog (the visit and incident forms): one hidden label per field,
// created on first use and placed by the form, plus a general one (field "") for errors of no known field.
// show() puts the text under its field (or in the general label) and moves the focus to the field's input.
// Also: Ctrl+Enter in a multi-line input submits the form (the input itself takes plain Return).
//
// GUI thread.

#include <QHash>
#include <QString>

#include <functional>

class QLabel;
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

// Ctrl+Enter (or Ctrl+Return) in `input` calls `submit` instead of reaching the input.
void submitOnCtrlEnter(QWidget *input, std::function<void()> submit);

} // namespace gd
