#pragma once
// Confirms approving several queue items at once: lists them (number, applicant, step, department) and
// says that each is approved on its own (one action per application; a refused one is reported and the
// others go on). GUI thread.

#include <QDialog>

class QListWidget;
class QPushButton;

namespace gd {

class BatchApproveDialog : public QDialog {
    Q_OBJECT
public:
    struct Item {
        QString number;
        QString applicant;
        QString step;
        QString department;
    };

    BatchApproveDialog(const QString &serviceName, const QList<Item> &items, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QListWidget *m_list;
    QPushButton *m_confirm;
};

} // namespace gd
