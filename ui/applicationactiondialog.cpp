#include "ui/applicationactiondialog.h"

#include "ui/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

ApplicationActionDialog::ApplicationActionDialog(Kind kind, const QString &applicationNumber,
                                                 const QStringList &materials,
                                                 const QList<Department> &departments, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("applicationActionDialog"));
    QString title;
    QString intro;
    QString confirm;
    QString textLabel;
    QString textName;
    switch (kind) {
    case Kind::Return:
        title = tr("Return for supplement");
        intro = tr("Tick what the applicant still has to provide for %1. The time limit pauses until the "
                   "supplement arrives.")
                    .arg(applicationNumber);
        confirm = tr("&Return");
        textLabel = tr("&Note to the applicant (optional):");
        textName = tr("Note to the applicant");
        break;
    case Kind::Resume:
        title = tr("Supplement received");
        intro = tr("Tick the materials of %1 that arrived. The time limit goes on from today.")
                    .arg(applicationNumber);
        confirm = tr("&Record as received");
        break;
    case Kind::Reject:
        title = tr("Reject the application");
        intro = tr("Rejecting ends %1 for every department. The applicant sees the reason.")
                    .arg(applicationNumber);
        confirm = tr("Re&ject");
        textLabel = tr("&Reason (required):");
        textName = tr("Reason");
        break;
    case Kind::Transfer:
        title = tr("Transfer the step");
        intro = tr("Hand the current step of %1 to another department.").arg(applicationNumber);
        confirm = tr("&Transfer");
        textLabel = tr("&Reason (required):");
        textName = tr("Reason");
        break;
    case Kind::Release:
        title = tr("Release the claim");
        intro = tr("Someone else holds this step of %1. Releasing lets another officer claim it.")
                    .arg(applicationNumber);
        confirm = tr("Re&lease");
        textLabel = tr("&Reason (required):");
        textName = tr("Reason");
        break;
    case Kind::Comment:
        title = tr("Add a comment");
        intro = tr("The comment is added to the history of %1, which every department in the workflow "
                   "sees.")
                    .arg(applicationNumber);
        confirm = tr("&Add comment");
        textLabel = tr("&Comment:");
        textName = tr("Comment");
        break;
    }
    setWindowTitle(title);

    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);

    if (kind == Kind::Return || kind == Kind::Resume) {
        auto *label =
            new QLabel(kind == Kind::Return ? tr("&Missing materials:") : tr("&Received materials:"), this);
        m_materials = new QListWidget(this);
        m_materials->setObjectName(QStringLiteral("materialList"));
        m_materials->setAccessibleName(kind == Kind::Return ? tr("Missing materials")
                                                            : tr("Received materials"));
        for (const QString &material : materials) {
            auto *item = new QListWidgetItem(material, m_materials);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(kind == Kind::Resume ? Qt::Checked : Qt::Unchecked);
        }
        const int rows = qBound(3, int(materials.size()), 8);
        // As tall as its rows (up to 8; more scroll), not the list's default height.
        const int rowHeight = qMax(m_materials->sizeHintForRow(0), fontMetrics().height() + 4);
        m_materials->setFixedHeight(rows * rowHeight + 2 * m_materials->frameWidth() + 6);
        label->setBuddy(m_materials);
        layout->addWidget(label);
        layout->addWidget(m_materials);
        if (kind == Kind::Return) {
            auto *otherLabel = new QLabel(tr("&Other materials, one per line:"), this);
            m_other = new QPlainTextEdit(this);
            m_other->setObjectName(QStringLiteral("otherMaterialsEdit"));
            m_other->setAccessibleName(tr("Other missing materials"));
            m_other->setTabChangesFocus(true);
            m_other->setFixedHeight(3 * fontMetrics().height() + 12);
            otherLabel->setBuddy(m_other);
            layout->addWidget(otherLabel);
            layout->addWidget(m_other);
        }
    }
    if (kind == Kind::Transfer) {
        auto *label = new QLabel(tr("&Department:"), this);
        m_department = new QComboBox(this);
        m_department->setObjectName(QStringLiteral("departmentCombo"));
        m_department->setAccessibleName(tr("Department to transfer to"));
        m_department->addItem(tr("Choose a department"), QString());
        for (const Department &department : departments)
            m_department->addItem(department.name, department.id);
        label->setBuddy(m_department);
        layout->addWidget(label);
        layout->addWidget(m_department);
    }
    if (!textLabel.isEmpty()) {
        auto *label = new QLabel(textLabel, this);
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("actionTextEdit"));
        m_text->setAccessibleName(textName);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(4 * fontMetrics().height() + 12);
        label->setBuddy(m_text);
        layout->addWidget(label);
        layout->addWidget(m_text);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("actionErrorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::errorColor(palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirm, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmActionButton"));
    m_confirm->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    connect(m_confirm, &QPushButton::clicked, this, &ApplicationActionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QStringList ApplicationActionDialog::checkedMaterials() const
{
    QStringList checked;
    if (!m_materials)
        return checked;
    for (int row = 0; row < m_materials->count(); ++row) {
        if (m_materials->item(row)->checkState() == Qt::Checked)
            checked << m_materials->item(row)->text();
    }
    return checked;
}

QStringList ApplicationActionDialog::otherMaterials() const
{
    QStringList other;
    if (!m_other)
        return other;
    const QStringList lines = m_other->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !other.contains(trimmed))
            other << trimmed;
    }
    return other;
}

ApplicationAction ApplicationActionDialog::action() const
{
    ApplicationAction a;
    const QString text = m_text ? m_text->toPlainText().trimmed() : QString();
    switch (m_kind) {
    case Kind::Return:
        a.action = QStringLiteral("return");
        a.materials = checkedMaterials() + otherMaterials();
        if (!text.isEmpty())
            a.reason = text;
        break;
    case Kind::Resume:
        a.action = QStringLiteral("resume");
        a.materials = checkedMaterials();
        break;
    case Kind::Reject:
        a.action = QStringLiteral("reject");
        a.reason = text;
        break;
    case Kind::Transfer:
        a.action = QStringLiteral("transfer");
        a.toDepartmentId = m_department->currentData().toString();
        a.reason = text;
        break;
    case Kind::Release:
        a.action = QStringLiteral("release");
        a.reason = text;
        break;
    case Kind::Comment:
        a.action = QStringLiteral("comment");
        a.comment = text;
        break;
    }
    return a;
}

QString ApplicationActionDialog::validate() const
{
    const QString text = m_text ? m_text->toPlainText().trimmed() : QString();
    if (text.size() > kMaximumText)
        return tr("At most %1 characters.").arg(kMaximumText);
    switch (m_kind) {
    case Kind::Return:
        if (checkedMaterials().isEmpty() && otherMaterials().isEmpty())
            return tr("Tick at least one missing material, or write it under Other materials.");
        return {};
    case Kind::Resume:
        return {};
    case Kind::Transfer:
        if (m_department->currentData().toString().isEmpty())
            return tr("Choose the department to transfer to.");
        [[fallthrough]];
    case Kind::Reject:
    case Kind::Release:
        if (text.isEmpty())
            return tr("Write the reason.");
        return {};
    case Kind::Comment:
        if (text.isEmpty())
            return tr("Write the comment.");
        return {};
    }
    return {};
}

void ApplicationActionDialog::submit()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    accept();
}

} // namespace gd
