#pragma once
// Two columns of a table model as a line series' points (x, y), as QVXYModelMapper maps them, but replaced
// all at once whenever the model is reset. QVXYModelMapper reads a reset model back point by point
// (QXYSeries::append), and Qt Charts recomputes the whole line's path and its stroked outline after each
// point: quadratic in the days, about 250 ms of a year's dashboard (govdesk-bench dashboard). For models
// that only ever change by a reset (DashboardTable). An empty cell maps to 0. Owned by the series; GUI
// thread.

#include <QObject>

class QAbstractItemModel;
class QXYSeries;

namespace gd {

class LineMapper : public QObject {
    Q_OBJECT
public:
    LineMapper(QXYSeries *series, const QAbstractItemModel *model, int xColumn, int yColumn);

private:
    void map();

    QXYSeries *m_series;
    const QAbstractItemModel *m_model;
    int m_x;
    int m_y;
};

} // namespace gd
