#pragma once
// Asks before "Wipe local data": says what happens (the encrypted local copy and its key are deleted,
// then GovDesk signs out; the next sign-in downloads the data again) and how many unsent changes and
// unresolved conflicts would be lost. When any would be lost the Wipe button stays disabled until the
// user types the confirmation word (清除 / "wipe"). Cancel is the default; Escape cancels.
//
// GUI thread. Accepted means "wipe".

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace gd {

class WipeLocalDataDialog : public QDialog {
    Q_OBJECT
public:
    WipeLocalDataDialog(qint64 unsentChanges, qint64 conflicts, QWidget *parent = nullptr);

    // Unsent changes or conflicts would be lost, so the word must be typed.
    bool needsTypedConfirmation() const { return m_confirm != nullptr; }
    // The word to type, in the interface language ("清除").
    static QString confirmationWord();

private:
    bool isConfirmed() const;

    QLineEdit *m_confirm = nullptr;
    QPushButton *m_wipe = nullptr;
};

} // namespace gd
