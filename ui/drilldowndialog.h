#pragma once
// The drill-down of a dashboard (issue 6): the messages or applications behind a point, bar or row — a
// masked list on the left, the selected item on the right — and from there the homepage of the citizen
// (or enterprise) behind it. Keyboard: arrows move, Enter opens the homepage, Esc closes.
//
// Non-modal; one per dashboard page, re-used for each drill-down. GUI thread.

#include "models/dashboardmodels.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace gd {

class DataContext;
class DrillDownModel;

class DrillDownDialog : public QDialog {
    Q_OBJECT
public:
    DrillDownDialog(DataContext *context, QWidget *parent = nullptr);

    void open(const DrillRequest &request, const DashboardNames &names);
    DrillDownModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Opens the homepage of the current row's citizen or enterprise (and closes the dialog).
    void openCurrentSubject();

signals:
    void citizenRequested(const QString &id);
    void enterpriseRequested(const QString &id);

private:
    void showCurrent();
    void updateState();

    DrillDownModel *m_model;
    QLabel *m_title;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QLabel *m_state;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QPushButton *m_openSubject;
    QString m_error;
};

} // namespace gd
