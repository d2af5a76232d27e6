#include "ui/visitdialog.h"

#include "models/hometext.h"
#include "ui/homepagewidgets.h"
#include "ui/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace gd {

namespace {

QComboBox *pickerCombo(const QList<VisitChoice> &choices, const QString &none, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(none, QString());
    for (const VisitChoice &c : choices)
        combo->addItem(c.label, c.id);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setMinimumContentsLength(24);
    return combo;
}

} // namespace

VisitDialog::VisitDialog(const QString &gridId, const QList<VisitChoice> &households,
                         const QList<VisitChoice> &residents, const QDateTime &nowLocal, QWidget *parent)
    : QDialog(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_gridId(gridId)
    , m_errors(this, QStringLiteral("visitError"))
{
    setObjectName(QStringLiteral("visitDialog"));
    setWindowTitle(tr("Record a visit"));

    m_household = pickerCombo(households, tr("(no household)"), this);
    m_household->setObjectName(QStringLiteral("visitHouseholdCombo"));
    m_household->setAccessibleName(tr("Household"));
    m_resident = pickerCombo(residents, tr("(no resident)"), this);
    m_resident->setObjectName(QStringLiteral("visitResidentCombo"));
    m_resident->setAccessibleName(tr("Resident"));
    // Choosing a resident fills in the household when none is chosen yet.
    QHash<QString, QString> householdOf;
    for (const VisitChoice &r : residents)
        householdOf.insert(r.id, r.householdId);
    connect(m_resident, &QComboBox::currentIndexChanged, this, [this, householdOf](int) {
        const QString household = householdOf.value(m_resident->currentData().toString());
        if (!household.isEmpty() && m_household->currentIndex() <= 0)
            setHousehold(household);
    });

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("visitKindCombo"));
    m_kind->setAccessibleName(tr("Kind of visit"));
    for (const QString &kind : visitKinds())
        m_kind->addItem(HomeText::visitKind(kind), kind);

    m_visitedAt = new QDateTimeEdit(nowLocal, this);
    m_visitedAt->setObjectName(QStringLiteral("visitedAtEdit"));
    m_visitedAt->setAccessibleName(tr("When the visit took place"));
    m_visitedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_visitedAt->setCalendarPopup(true);
    m_visitedAt->setMaximumDateTime(nowLocal.addSecs(3600));

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("visitSummaryEdit"));
    m_summary->setAccessibleName(tr("Notes"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What you found, what was agreed"));
    m_summary->setMinimumHeight(110);

    m_hasFollowUp = new QCheckBox(tr("&Follow-up needed"), this);
    m_hasFollowUp->setObjectName(QStringLiteral("visitFollowUpCheck"));
    m_followUp = new QLineEdit(this);
    m_followUp->setObjectName(QStringLiteral("visitFollowUpEdit"));
    m_followUp->setAccessibleName(tr("Follow-up"));
    m_followUp->setPlaceholderText(tr("What is to be done next"));
    m_followUp->setMaxLength(int(kVisitMaxFollowUp));
    m_followUpDue = new QDateEdit(nowLocal.date().addDays(7), this);
    m_followUpDue->setObjectName(QStringLiteral("visitFollowUpDueEdit"));
    m_followUpDue->setAccessibleName(tr("Follow-up due"));
    m_followUpDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_followUpDue->setCalendarPopup(true);
    m_followUpDue->setMinimumDate(nowLocal.date());
    const auto followUpEnabled = [this] {
        m_followUp->setEnabled(m_hasFollowUp->isChecked());
        m_followUpDue->setEnabled(m_hasFollowUp->isChecked());
    };
    connect(m_hasFollowUp, &QCheckBox::toggled, this, followUpEnabled);
    connect(m_followUp, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_hasFollowUp->setChecked(true);
    });
    followUpEnabled();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto row = [this, form](const QString &label, QWidget *field, const QString &errorKey) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        v->addWidget(m_errors.label(errorKey));
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, box);
    };
    row(tr("&Household:"), m_household, QStringLiteral("household_id"));
    row(tr("&Resident:"), m_resident, QStringLiteral("subject"));
    row(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    row(tr("Visited &at:"), m_visitedAt, QStringLiteral("visited_at"));
    row(tr("&Notes:"), m_summary, QStringLiteral("summary"));
    form->addRow(QString(), m_hasFollowUp);
    row(tr("&Next step:"), m_followUp, QStringLiteral("follow_up"));
    row(tr("&Due by:"), m_followUpDue, QStringLiteral("follow_up_due"));

    auto *hint =
        new QLabel(tr("Saved on this computer at once and sent to the server when it can be reached. "
                      "Ctrl+Enter saves."),
                   this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    QDialogButtonBox *buttons = formButtons(
        this, tr("&Save"), QStringLiteral("visitSaveButton"), [this] { submit(); }, &m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->addLayout(form, 1);
    layout->addWidget(m_errors.label(QString()));
    layout->addWidget(hint);
    layout->addWidget(buttons);
    submitOnCtrlEnter(m_summary, [this] { submit(); });
    const QList<std::pair<const char *, QWidget *>> inputs{
        {"summary", m_summary},      {"follow_up", m_followUp},     {"follow_up_due", m_followUpDue},
        {"visited_at", m_visitedAt}, {"household_id", m_household}, {"subject", m_resident}};
    for (const auto &[field, input] : inputs)
        m_errors.setInput(QLatin1String(field), input);
    resize(600, sizeHint().height());
    m_household->setFocus();
}

void VisitDialog::setHousehold(const QString &id)
{
    const int index = m_household->findData(id);
    if (index >= 0)
        m_household->setCurrentIndex(index);
}

void VisitDialog::setResident(const QString &id)
{
    const int index = m_resident->findData(id);
    if (index >= 0)
        m_resident->setCurrentIndex(index);
}

void VisitDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
}

QString VisitDialog::chosen(const QComboBox *combo)
{
    // What was typed must name an entry: the type-ahead may leave the text without choosing.
    const int index = combo->findText(combo->currentText().trimmed(), Qt::MatchFixedString);
    return index > 0 ? combo->itemData(index).toString() : QString();
}

Visit VisitDialog::visit() const
{
    Visit v;
    v.id = m_id;
    v.gridId = m_gridId;
    if (const QString h = chosen(m_household); !h.isEmpty())
        v.householdId = h;
    if (const QString c = chosen(m_resident); !c.isEmpty())
        v.citizenId = c;
    v.kind = m_kind->currentData().toString();
    v.visitedAt = m_visitedAt->dateTime().toUTC();
    v.summary = m_summary->toPlainText().trimmed();
    if (m_hasFollowUp->isChecked()) {
        v.followUp = m_followUp->text().trimmed();
        v.followUpDue = m_followUpDue->date();
    }
    return v;
}

QString VisitDialog::fieldError(const QString &field) const
{
    return m_errors.text(field);
}

void VisitDialog::showError(const QString &field, const QString &text)
{
    m_errors.show(field, text);
}

void VisitDialog::submit()
{
    m_errors.clear();
    Visit v = visit();
    const bool typedHousehold =
        m_household->currentIndex() != 0 || m_household->currentText() != m_household->itemText(0);
    if (!v.householdId && typedHousehold && !m_household->currentText().trimmed().isEmpty()) {
        showError(QStringLiteral("household_id"), tr("Choose a household of this grid from the list."));
        return;
    }
    const bool typedResident =
        m_resident->currentIndex() != 0 || m_resident->currentText() != m_resident->itemText(0);
    if (!v.citizenId && typedResident && !m_resident->currentText().trimmed().isEmpty()) {
        showError(QStringLiteral("subject"), tr("Choose a resident of this grid from the list."));
        return;
    }
    if (!v.householdId && !v.citizenId) {
        showError(QStringLiteral("subject"), tr("Choose the household or the resident you visited."));
        return;
    }
    if (v.summary.isEmpty()) {
        showError(QStringLiteral("summary"), tr("Write what you found during the visit."));
        return;
    }
    if (v.summary.size() > kVisitMaxSummary) {
        showError(QStringLiteral("summary"), tr("At most %1 characters.").arg(kVisitMaxSummary));
        return;
    }
    if (m_hasFollowUp->isChecked() && m_followUp->text().trimmed().isEmpty()) {
        showError(QStringLiteral("follow_up"), tr("Write the next step, or untick \"Follow-up needed\"."));
        return;
    }
    if (auto ok = normalizeVisit(v); !ok) {
        showError(ok.error().details.value(QLatin1String("field")).toString(), ok.error().message);
        return;
    }
    accept();
}

} // namespace gd
