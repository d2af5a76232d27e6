#include "ui/queuefilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSet>

#include <algorithm>

namespace gd {

QueueFilterBar::QueueFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("queueFilterBar"));
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textEdited, this, &QueueFilterBar::searchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &QueueFilterBar::searchSubmitted);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_updating)
            emit searchEdited(); // the clear button
    });

    m_status = addCombo("queueStatusFilter", &m_statusLabel);
    m_service = addCombo("queueServiceFilter", &m_serviceLabel);
    m_step = addCombo("queueStepFilter", &m_stepLabel);
    m_sla = addCombo("queueSlaFilter", &m_slaLabel);
    m_department = addCombo("queueDepartmentFilter", &m_departmentLabel);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_service->setMinimumContentsLength(10);
    m_step->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_step->setMinimumContentsLength(8);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(8);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            fillSteps();
    });
    m_mine = new QCheckBox(this);
    m_mine->setObjectName(QStringLiteral("queueMineFilter"));
    m_unclaimed = new QCheckBox(this);
    m_unclaimed->setObjectName(QStringLiteral("queueUnclaimedFilter"));
    for (QCheckBox *box : {m_mine, m_unclaimed}) {
        connect(box, &QCheckBox::toggled, this, [this, box](bool on) {
            if (m_updating)
                return;
            // Mine and unclaimed exclude each other.
            QCheckBox *other = box == m_mine ? m_unclaimed : m_mine;
            if (on && other->isChecked()) {
                m_updating = true;
                other->setChecked(false);
                m_updating = false;
            }
            emit filtersChanged();
        });
    }

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_searchLabel);
    top->addWidget(m_search, 2);
    top->addSpacing(8);
    top->addWidget(m_statusLabel);
    top->addWidget(m_status);
    top->addWidget(m_slaLabel);
    top->addWidget(m_sla);
    top->addWidget(m_mine);
    top->addWidget(m_unclaimed);
    auto *second = new QHBoxLayout;
    second->setSpacing(8);
    second->addWidget(m_serviceLabel);
    second->addWidget(m_service, 2);
    second->addWidget(m_stepLabel);
    second->addWidget(m_step, 1);
    second->addWidget(m_departmentLabel);
    second->addWidget(m_department, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(second);
    setDepartmentChoice(false);
    retranslate();

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_sla);
    setTabOrder(m_sla, m_mine);
    setTabOrder(m_mine, m_unclaimed);
    setTabOrder(m_unclaimed, m_service);
    setTabOrder(m_service, m_step);
    setTabOrder(m_step, m_department);
}

QComboBox *QueueFilterBar::addCombo(const char *objectName, QLabel **label)
{
    *label = new QLabel(this);
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(objectName));
    (*label)->setBuddy(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit filtersChanged();
    });
    return combo;
}

void QueueFilterBar::setDepartmentChoice(bool shown)
{
    m_department->setVisible(shown);
    m_departmentLabel->setVisible(shown);
}

QWidget *QueueFilterBar::lastInTabOrder() const
{
    return m_department->isVisible() ? static_cast<QWidget *>(m_department) : m_step;
}

void QueueFilterBar::retranslate()
{
    m_updating = true;
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Application number or applicant"));
    m_search->setAccessibleName(tr("Search pending applications"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_status->setAccessibleName(tr("Status"));
    const QString status = m_status->currentData().toString();
    m_status->clear();
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("In progress"), QStringLiteral("in_progress"));
    m_status->addItem(tr("Waiting for supplement"), QStringLiteral("supplement"));
    select(m_status, status);
    m_slaLabel->setText(tr("Time &limit:"));
    m_sla->setAccessibleName(tr("Time limit"));
    const QString sla = m_sla->currentData().toString();
    m_sla->clear();
    m_sla->addItem(tr("Any"), QString());
    m_sla->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_sla->addItem(tr("Due soon"), QStringLiteral("due_soon"));
    m_sla->addItem(tr("Paused"), QStringLiteral("paused"));
    select(m_sla, sla);
    m_serviceLabel->setText(tr("Ser&vice:"));
    m_service->setAccessibleName(tr("Service"));
    m_stepLabel->setText(tr("St&ep:"));
    m_step->setAccessibleName(tr("Step"));
    m_departmentLabel->setText(tr("&Department:"));
    m_department->setAccessibleName(tr("Department"));
    m_mine->setText(tr("Claimed by &me"));
    m_mine->setAccessibleName(tr("Claimed by me"));
    m_unclaimed->setText(tr("&Unclaimed"));
    m_unclaimed->setAccessibleName(tr("Unclaimed"));
    m_updating = false;
    setCatalog({}, m_services); // the "any" texts
}

void QueueFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void QueueFilterBar::select(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void QueueFilterBar::setCatalog(const QList<Department> &departments, const QList<ServiceItem> &services)
{
    m_updating = true;
    m_services = services;
    std::sort(m_services.begin(), m_services.end(),
              [](const ServiceItem &a, const ServiceItem &b) { return a.code < b.code; });
    const QString service = m_service->currentData().toString();
    m_service->clear();
    m_service->addItem(tr("Any service"), QString());
    for (const ServiceItem &s : std::as_const(m_services)) {
        if (!s.steps.isEmpty())
            m_service->addItem(s.name, s.id);
    }
    select(m_service, service);
    if (!departments.isEmpty() || m_department->count() == 0) {
        const QString department = m_department->currentData().toString();
        m_department->clear();
        m_department->addItem(tr("All departments"), QString());
        for (const Department &d : departments)
            m_department->addItem(d.name, d.id);
        select(m_department, department);
    } else {
        m_department->setItemText(0, tr("All departments"));
    }
    fillSteps();
    m_updating = false;
}

void QueueFilterBar::fillSteps()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const QString step = m_step->currentData().toString();
    const QString service = m_service->currentData().toString();
    QStringList names;
    for (const ServiceItem &s : std::as_const(m_services)) {
        if (!service.isEmpty() && s.id != service)
            continue;
        for (const WorkflowStep &w : s.steps) {
            if (!names.contains(w.name))
                names << w.name;
        }
    }
    m_step->clear();
    m_step->addItem(tr("Any step"), QString());
    for (const QString &name : std::as_const(names))
        m_step->addItem(name, name);
    const int index = m_step->findData(step);
    m_step->setCurrentIndex(index >= 0 ? index : 0);
    m_updating = wasUpdating;
    if (!m_updating && index < 0 && !step.isEmpty())
        emit filtersChanged();
}

QueueQuery QueueFilterBar::query() const
{
    QueueQuery q;
    q.search = m_search->text().trimmed();
    q.status = m_status->currentData().toString();
    q.serviceId = m_service->currentData().toString();
    q.step = m_step->currentData().toString();
    q.sla = m_sla->currentData().toString();
    q.department = m_department->isHidden() ? QString() : m_department->currentData().toString();
    q.mine = m_mine->isChecked();
    q.unclaimed = m_unclaimed->isChecked();
    return q;
}

void QueueFilterBar::setQuery(const QueueQuery &q)
{
    m_updating = true;
    m_search->setText(q.search);
    select(m_status, q.status);
    select(m_service, q.serviceId);
    fillSteps();
    m_updating = true;
    if (m_step->findData(q.step) < 0 && !q.step.isEmpty())
        m_step->addItem(q.step, q.step);
    select(m_step, q.step);
    select(m_sla, q.sla);
    select(m_department, q.department);
    m_mine->setChecked(q.mine);
    m_unclaimed->setChecked(q.unclaimed);
    m_updating = false;
}

bool QueueFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        emit moveToResultsRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gd
