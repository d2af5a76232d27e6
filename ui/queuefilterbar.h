#pragma once
// The filters above the pending queue: search (number or applicant), status, service, step, SLA
// (overdue / due soon / paused), department (supervisors and admins only: an officer's queue is always
// their department's), "claimed by me" and "unclaimed". query() / setQuery() give and take them as a
// QueueQuery (without the sort). Every control has a label with a mnemonic, an accessible name and an
// object name.
//
//   searchEdited()   the search text changed (the page debounces it)
//   searchSubmitted() Enter in the search field
//   filtersChanged() a choice changed (at once)
//   moveToResultsRequested()  Down arrow in the search field
// GUI thread.

#include "domain/catalog.h"
#include "ui/queuequery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace gd {

class QueueFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit QueueFilterBar(QWidget *parent = nullptr);

    void setDepartmentChoice(bool shown);
    void setCatalog(const QList<Department> &departments, const QList<ServiceItem> &services);

    QueueQuery query() const;               // sort left empty
    void setQuery(const QueueQuery &query); // no signals
    QLineEdit *searchField() const { return m_search; }
    QWidget *lastInTabOrder() const;

signals:
    void searchEdited();
    void searchSubmitted();
    void filtersChanged();
    void moveToResultsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QComboBox *addCombo(const char *objectName, QLabel **label);
    void retranslate();
    void fillSteps();
    static void select(QComboBox *combo, const QString &value);

    QList<ServiceItem> m_services;
    bool m_updating = false;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QComboBox *m_service = nullptr;
    QLabel *m_stepLabel = nullptr;
    QComboBox *m_step = nullptr;
    QLabel *m_slaLabel = nullptr;
    QComboBox *m_sla = nullptr;
    QLabel *m_departmentLabel = nullptr;
    QComboBox *m_department = nullptr;
    QCheckBox *m_mine = nullptr;
    QCheckBox *m_unclaimed = nullptr;
};

} // namespace gd
