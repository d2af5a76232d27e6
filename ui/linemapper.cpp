#include "ui/linemapper.h"

#include <QAbstractItemModel>
#include <QXYSeries>

namespace gd {

LineMapper::LineMapper(QXYSeries *series, const QAbstractItemModel *model, int xColumn, int yColumn)
    : QObject(series)
    , m_series(series)
    , m_model(model)
    , m_x(xColumn)
    , m_y(yColumn)
{
    connect(model, &QAbstractItemModel::modelReset, this, &LineMapper::map);
    map();
}

void LineMapper::map()
{
    QList<QPointF> points;
    const int rows = m_model->rowCount();
    points.reserve(rows);
    for (int row = 0; row < rows; ++row)
        points.append(
            QPointF(m_model->index(row, m_x).data().toReal(), m_model->index(row, m_y).data().toReal()));
    m_series->replace(points);
}

} // namespace gd
