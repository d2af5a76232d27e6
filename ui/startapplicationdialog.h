#pragma once
// Starts an application (代办) on a citizen's or an enterprise's behalf at the counter: a filterable
// list of the catalogue's services for that kind of applicant, and for the chosen one its lead
// department, time limit, the workflow steps across departments and the materials to collect; an
// optional remark for the handling officers.
//
// Pure: it builds the ApplicationCreateRequest (with a new client-made id); the homepage writes it
// through the outbox. Accepted means request() names a service. GUI thread.

#include "domain/catalog.h"
#include "domain/outreach.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gd {

class StartApplicationDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaximumRemark = 2000;

    // applicantType: "citizen" / "enterprise"; only services of that type are offered.
    StartApplicationDialog(const QString &applicantType, const QString &applicantId,
                           const QString &applicantName, const QList<ServiceItem> &services,
                           const QHash<QString, QString> &departmentNames, QWidget *parent = nullptr);

    void selectService(const QString &serviceId);
    QString selectedServiceId() const;
    ApplicationCreateRequest request() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *serviceList() const { return m_list; }
    QLabel *stepsLabel() const { return m_steps; }
    QLabel *materialsLabel() const { return m_materials; }
    QLineEdit *remarkEdit() const { return m_remark; }
    QPushButton *startButton() const { return m_start; }

private:
    void applyFilter(const QString &text);
    void showDetails();
    QString departmentName(const QString &id) const;

    QString m_applicantType;
    QString m_applicantId;
    QString m_id;
    QList<ServiceItem> m_services;
    QHash<QString, QString> m_departments;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_materials = nullptr;
    QLineEdit *m_remark = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace gd
