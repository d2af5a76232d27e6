#pragma once
// The message boxes the composition root and pages ask questions with (the keychain is unavailable: work
// online only or sign out?; wiping failed), built on QMessageBox with GovDesk's own buttons. A test seam
// in the KeePassXC manner: setNextAnswer() makes the next ask() return that answer at once without
// showing anything, and lastMessage() tells the test what would have been asked.
//
// GUI thread. ask() is modal (a nested event loop) unless an answer is queued.

#include <QCoreApplication>
#include <QFlags>
#include <QString>

#include <optional>

class QWidget;

namespace gd {

class MessageBox {
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
public:
    enum Button {
        NoButton = 0,
        Ok = 0x1,
        Close = 0x2,
        Cancel = 0x4,
        WorkOnline = 0x8, // "Work online only" (no local copy)
        SignOut = 0x10,
        Retry = 0x20,
    };
    Q_DECLARE_FLAGS(Buttons, Button)

    enum class Icon { Information, Warning, Critical };

    struct Message {
        QString objectName; // of the QMessageBox, for tests and screenshots
        Icon icon = Icon::Information;
        QString title;
        QString text;
        QString informativeText;
        Buttons buttons = Ok;
        Button defaultButton = Ok;
        Button escapeButton = Ok; // also the answer when the box is closed
    };

    static Button ask(QWidget *parent, const Message &message);

    // The next ask() returns `answer` without showing a box (tests). NoButton clears it.
    static void setNextAnswer(Button answer);
    // The last message passed to ask(), shown or answered by setNextAnswer().
    static std::optional<Message> lastMessage();
    static void clearLastMessage();

    static QString buttonText(Button button);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MessageBox::Buttons)

} // namespace gd
