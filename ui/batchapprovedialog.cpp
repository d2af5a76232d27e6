#include "ui/batchapprovedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

BatchApproveDialog::BatchApproveDialog(const QString &serviceName, const QList<Item> &items, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("batchApproveDialog"));
    setWindowTitle(tr("Approve %n application(s)", nullptr, int(items.size())));
    const QString step = items.isEmpty() ? QString() : items.first().step;
    auto *intro = new QLabel(
        tr("Approve the step “%1” of these %n application(s) of %2? Each is approved on its own: one that "
           "cannot be approved now is reported and the others go on.",
           nullptr, int(items.size()))
            .arg(step, serviceName),
        this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("batchList"));
    m_list->setAccessibleName(tr("Applications to approve"));
    for (const Item &item : items)
        m_list->addItem(tr("%1 · %2 · %3 (%4)").arg(item.number, item.applicant, item.step, item.department));
    m_list->setMinimumHeight(qMin(int(items.size()), 10) * (fontMetrics().height() + 6) + 12);
    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("&Approve all"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmBatchButton"));
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

} // namespace gd
