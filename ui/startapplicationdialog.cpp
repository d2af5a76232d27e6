#include "ui/startapplicationdialog.h"

#include "ui/pagecard.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace gd {

namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel *bodyLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

StartApplicationDialog::StartApplicationDialog(const QString &applicantType, const QString &applicantId,
                                               const QString &applicantName,
                                               const QList<ServiceItem> &services,
                                               const QHash<QString, QString> &departmentNames,
                                               QWidget *parent)
    : QDialog(parent)
    , m_applicantType(applicantType)
    , m_applicantId(applicantId)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_departments(departmentNames)
{
    setObjectName(QStringLiteral("startApplicationDialog"));
    setWindowTitle(tr("Start an application for %1").arg(applicantName));
    for (const ServiceItem &s : services) {
        if (s.applicantType == applicantType)
            m_services.append(s);
    }
    std::stable_sort(m_services.begin(), m_services.end(),
                     [](const ServiceItem &a, const ServiceItem &b) { return a.code < b.code; });

    auto *intro = new QLabel(tr("The application is started at the counter on the applicant's behalf. It is "
                                "kept on this computer and sent when the server can be reached; the server "
                                "numbers it and starts its first step."),
                             this);
    intro->setWordWrap(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("serviceFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter services by name or code"));
    m_filter->setAccessibleName(tr("Filter services"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("serviceList"));
    m_list->setAccessibleName(tr("Services"));
    m_list->setMinimumWidth(300);
    m_list->setUniformItemSizes(true);
    for (const ServiceItem &s : std::as_const(m_services)) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(s.code);
    }
    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(m_filter);
    left->addWidget(m_list, 1);

    auto *details = new PageCard(this);
    details->setObjectName(QStringLiteral("serviceDetails"));
    m_name = bodyLabel(details, QStringLiteral("serviceNameLabel"));
    PageCard::makeTitle(m_name, 1.1);
    m_facts = bodyLabel(details, QStringLiteral("serviceFactsLabel"));
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_description = bodyLabel(details, QStringLiteral("serviceDescriptionLabel"));
    m_steps = bodyLabel(details, QStringLiteral("stepsLabel"));
    m_materials = bodyLabel(details, QStringLiteral("materialsLabel"));
    details->body()->addWidget(m_name);
    details->body()->addWidget(m_facts);
    details->body()->addWidget(m_description);
    details->body()->addWidget(sectionLabel(tr("Workflow steps"), details));
    details->body()->addWidget(m_steps);
    details->body()->addWidget(sectionLabel(tr("Materials to collect"), details));
    details->body()->addWidget(m_materials);
    details->body()->addStretch(1);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(14);
    columns->addLayout(left, 2);
    columns->addWidget(detailsScroll, 3);

    m_remark = new QLineEdit(this);
    m_remark->setObjectName(QStringLiteral("remarkEdit"));
    m_remark->setPlaceholderText(tr("Optional: a remark for the handling officers"));
    m_remark->setAccessibleName(tr("Remark"));
    m_remark->setMaxLength(kMaximumRemark);
    auto *remarkLabel = new QLabel(tr("&Remark:"), this);
    remarkLabel->setBuddy(m_remark);
    auto *remarkRow = new QHBoxLayout;
    remarkRow->addWidget(remarkLabel);
    remarkRow->addWidget(m_remark, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Start application"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startSubmitButton"));
    m_start->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setText(tr("Cancel"));
    cancel->setAutoDefault(false);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!selectedServiceId().isEmpty())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addLayout(remarkRow);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &StartApplicationDialog::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showDetails(); });
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    showDetails();
    setTabOrder(m_filter, m_list);
    setTabOrder(m_list, m_remark);
    resize(900, 600);
}

QString StartApplicationDialog::departmentName(const QString &id) const
{
    const QString name = m_departments.value(id);
    return name.isEmpty() ? id : name;
}

void StartApplicationDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    int firstVisible = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        const ServiceItem &s = m_services.at(row);
        const bool match = needle.isEmpty() || s.name.contains(needle, Qt::CaseInsensitive) ||
                           s.code.contains(needle, Qt::CaseInsensitive);
        m_list->item(row)->setHidden(!match);
        if (match && firstVisible < 0)
            firstVisible = row;
    }
    QListWidgetItem *current = m_list->currentItem();
    if ((!current || current->isHidden()) && firstVisible >= 0)
        m_list->setCurrentRow(firstVisible);
    else if (firstVisible < 0)
        m_list->setCurrentRow(-1);
    showDetails();
}

void StartApplicationDialog::selectService(const QString &serviceId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == serviceId) {
            m_list->item(row)->setHidden(false);
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return;
        }
    }
}

QString StartApplicationDialog::selectedServiceId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

void StartApplicationDialog::showDetails()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0 && row < m_services.size() && !m_list->item(row)->isHidden();
    m_start->setEnabled(has);
    if (!has) {
        m_name->setText(m_services.isEmpty() ? tr("No services are available for this applicant.")
                                             : tr("No service matches the filter."));
        for (QLabel *label : {m_facts, m_description, m_steps, m_materials})
            label->clear();
        return;
    }
    const ServiceItem &s = m_services.at(row);
    m_name->setText(s.name);
    QStringList facts{s.code, tr("Lead department: %1").arg(departmentName(s.departmentId))};
    if (s.slaDays > 0)
        facts.append(tr("Time limit: %1 days").arg(s.slaDays));
    facts.append(s.online ? tr("Also online") : tr("Counter only"));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_description->setText(s.description);
    m_description->setVisible(!s.description.isEmpty());

    QStringList steps;
    QList<WorkflowStep> ordered = s.steps;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const WorkflowStep &a, const WorkflowStep &b) { return a.seq < b.seq; });
    for (const WorkflowStep &step : std::as_const(ordered)) {
        QString line = tr("%1. %2 — %3").arg(step.seq).arg(step.name, departmentName(step.departmentId));
        if (step.slaDays > 0)
            line += tr(" (%1 days)").arg(step.slaDays);
        steps.append(line);
    }
    m_steps->setText(steps.isEmpty() ? tr("Handled in one step by the lead department.")
                                     : steps.join(QLatin1Char('\n')));
    QStringList materials;
    for (const QString &m : s.materials)
        materials.append(QStringLiteral("•  ") + m);
    m_materials->setText(materials.isEmpty() ? tr("No materials are listed.")
                                             : materials.join(QLatin1Char('\n')));
}

ApplicationCreateRequest StartApplicationDialog::request() const
{
    ApplicationCreateRequest r;
    r.id = m_id;
    r.serviceId = selectedServiceId();
    r.applicantType = m_applicantType;
    r.applicantId = m_applicantId;
    const QString remark = m_remark->text().trimmed();
    if (!remark.isEmpty())
        r.remark = remark;
    return r;
}

} // namespace gd
