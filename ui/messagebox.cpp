#include "ui/messagebox.h"

#include <QHash>
#include <QMessageBox>
#include <QPushButton>

namespace gd {

namespace {

MessageBox::Button g_nextAnswer = MessageBox::NoButton;
std::optional<MessageBox::Message> g_lastMessage;

QMessageBox::ButtonRole roleOf(MessageBox::Button button)
{
    switch (button) {
    case MessageBox::Ok:
    case MessageBox::WorkOnline:
        return QMessageBox::AcceptRole;
    case MessageBox::Retry:
        return QMessageBox::ActionRole;
    case MessageBox::SignOut:
        return QMessageBox::DestructiveRole;
    case MessageBox::Close:
    case MessageBox::Cancel:
    case MessageBox::NoButton:
        break;
    }
    return QMessageBox::RejectRole;
}

} // namespace

QString MessageBox::buttonText(Button button)
{
    switch (button) {
    case Ok:
        return tr("OK");
    case Close:
        return tr("Close");
    case Cancel:
        return tr("Cancel");
    case WorkOnline:
        return tr("Work online only");
    case SignOut:
        return tr("Sign out");
    case Retry:
        return tr("Try again");
    case NoButton:
        break;
    }
    return {};
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

std::optional<MessageBox::Message> MessageBox::lastMessage()
{
    return g_lastMessage;
}

void MessageBox::clearLastMessage()
{
    g_lastMessage.reset();
}

MessageBox::Button MessageBox::ask(QWidget *parent, const Message &message)
{
    g_lastMessage = message;
    if (g_nextAnswer != NoButton)
        return std::exchange(g_nextAnswer, NoButton);

    QMessageBox box(parent);
    box.setObjectName(message.objectName);
    switch (message.icon) {
    case Icon::Information:
        box.setIcon(QMessageBox::Information);
        break;
    case Icon::Warning:
        box.setIcon(QMessageBox::Warning);
        break;
    case Icon::Critical:
        box.setIcon(QMessageBox::Critical);
        break;
    }
    box.setWindowTitle(message.title);
    box.setText(message.text);
    box.setInformativeText(message.informativeText);
    QHash<QAbstractButton *, Button> buttons;
    for (Button button : {WorkOnline, Retry, Ok, SignOut, Cancel, Close}) {
        if (!message.buttons.testFlag(button))
            continue;
        QPushButton *pushButton = box.addButton(buttonText(button), roleOf(button));
        buttons.insert(pushButton, button);
        if (button == message.defaultButton)
            box.setDefaultButton(pushButton);
        if (button == message.escapeButton)
            box.setEscapeButton(pushButton);
    }
    box.exec();
    return buttons.value(box.clickedButton(), message.escapeButton);
}

} // namespace gd
