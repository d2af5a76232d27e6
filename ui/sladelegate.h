#pragma once
// Paints the queue's SLA column as a tinted pill in the colour of the row's SLA state
// (QueueListModel::SlaStateRole: normal plain, due soon amber, overdue red, paused grey — SlaStyle, on the
// light and the dark palette) around the text the model gives ("剩 3 个工作日", "逾期 2 个工作日"), and marks
// rows with a change waiting for the server (PendingSyncRole) with "待同步" in the Number column.
// GUI thread.

#include <QStyledItemDelegate>

namespace gd {

class SlaDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    SlaDelegate(int slaColumn, int numberColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // The marker's text (translated).
    static QString pendingSyncText();

private:
    int m_slaColumn;
    int m_numberColumn;
};

} // namespace gd
