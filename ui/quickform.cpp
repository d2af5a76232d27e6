#include "ui/quickform.h"

#include "ui/homepagewidgets.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace gd {
namespace {

class CtrlEnterFilter : public QObject {
public:
    CtrlEnterFilter(QObject *parent, std::function<void()> submit)
        : QObject(parent)
        , m_submit(std::move(submit))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                key->modifiers().testFlag(Qt::ControlModifier)) {
                event->accept();
                if (event->type() == QEvent::KeyPress)
                    m_submit();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_submit;
};

} // namespace

FormErrors::FormErrors(QWidget *form, QString generalName)
    : m_form(form)
    , m_generalName(std::move(generalName))
{
}

QLabel *FormErrors::label(const QString &field)
{
    QLabel *&label = m_labels[field];
    if (!label) {
        label = new QLabel(m_form);
        label->setObjectName(field.isEmpty() ? m_generalName : field + QStringLiteral("Error"));
        label->setWordWrap(true);
        label->setVisible(false);
        setTextColor(label, Theme::errorColor(m_form->palette()));
    }
    return label;
}

void FormErrors::setInput(const QString &field, QWidget *input)
{
    m_inputs.insert(field, input);
}

void FormErrors::show(const QString &field, const QString &text)
{
    QLabel *shown = m_labels.value(field);
    if (!shown)
        shown = label(QString());
    shown->setText(text);
    shown->setVisible(true);
    if (QWidget *input = m_inputs.value(field))
        input->setFocus();
}

void FormErrors::clear(const QStringList &keep)
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        if (!keep.contains(it.key()))
            it.value()->setVisible(false);
    }
}

QString FormErrors::text(const QString &field) const
{
    const QLabel *label = m_labels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QDialogButtonBox *formButtons(QDialog *form, const QString &saveText, const QString &saveName,
                              const std::function<void()> &submit, QPushButton **save)
{
    auto *buttons = new QDialogButtonBox(form);
    QPushButton *saveButton = buttons->addButton(saveText, QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(saveName);
    saveButton->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(QCoreApplication::translate("QuickForm", "Cancel"));
    cancel->setAutoDefault(false);
    QObject::connect(saveButton, &QPushButton::clicked, form, submit);
    QObject::connect(cancel, &QPushButton::clicked, form, &QDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, form);
        QObject::connect(shortcut, &QShortcut::activated, form, submit);
    }
    if (save)
        *save = saveButton;
    return buttons;
}

void submitOnCtrlEnter(QWidget *input, std::function<void()> submit)
{
    input->installEventFilter(new CtrlEnterFilter(input, std::move(submit)));
}

} // namespace gd
