#include "ui/notedialog.h"

#include "domain/grid.h"
#include "models/hometext.h"
#include "ui/homepagewidgets.h"
#include "ui/theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUuid>
#include <QVBoxLayout>

namespace gd {

NoteDialog::NoteDialog(VisitOption visits, const QDateTime &nowLocal, QWidget *parent)
    : QDialog(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(visits == VisitOption::Hidden ? tr("Add a note") : tr("Add a note or visit record"));

    m_noteRadio = new QRadioButton(tr("&Note"), this);
    m_noteRadio->setObjectName(QStringLiteral("noteRadio"));
    m_noteRadio->setToolTip(tr("A working note for colleagues; the citizen does not see it."));
    m_visitRadio = new QRadioButton(tr("&Visit record"), this);
    m_visitRadio->setObjectName(QStringLiteral("visitRadio"));
    if (visits == VisitOption::Disabled) {
        m_visitRadio->setEnabled(false);
        m_visitRadio->setToolTip(tr("Only grid managers record visits."));
    } else {
        m_visitRadio->setToolTip(tr("A visit you made as the grid manager, with its kind and time."));
    }
    auto *group = new QButtonGroup(this);
    group->addButton(m_noteRadio);
    group->addButton(m_visitRadio);
    m_noteRadio->setChecked(true);
    auto *kindRow = new QWidget(this);
    auto *kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->setSpacing(18);
    kindLayout->addWidget(m_noteRadio);
    kindLayout->addWidget(m_visitRadio);
    if (visits == VisitOption::Disabled) {
        auto *why = new QLabel(tr("(grid managers only)"), kindRow);
        why->setForegroundRole(QPalette::PlaceholderText);
        kindLayout->addWidget(why);
    }
    kindLayout->addStretch(1);
    kindRow->setVisible(visits != VisitOption::Hidden);

    m_visitFields = new QWidget(this);
    m_visitKind = new QComboBox(m_visitFields);
    m_visitKind->setObjectName(QStringLiteral("visitKindCombo"));
    m_visitKind->setAccessibleName(tr("Kind of visit"));
    const QStringList kinds = visitKinds();
    for (const QString &kind : kinds)
        m_visitKind->addItem(HomeText::visitKind(kind), kind);
    m_visitedAt = new QDateTimeEdit(nowLocal, m_visitFields);
    m_visitedAt->setObjectName(QStringLiteral("visitedAtEdit"));
    m_visitedAt->setAccessibleName(tr("When the visit took place"));
    m_visitedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_visitedAt->setCalendarPopup(true);
    m_visitedAt->setMaximumDateTime(nowLocal.addSecs(3600));
    auto *visitForm = new QFormLayout(m_visitFields);
    visitForm->setContentsMargins(0, 0, 0, 0);
    visitForm->addRow(tr("&Kind of visit:"), m_visitKind);
    visitForm->addRow(tr("Visited &at:"), m_visitedAt);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteTextEdit"));
    m_text->setAccessibleName(tr("Text"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(140);
    auto *textLabel = new QLabel(tr("&Text:"), this);
    textLabel->setBuddy(m_text);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("noteCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    m_counter->setForegroundRole(QPalette::PlaceholderText);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("noteErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    setTextColor(m_error, Theme::errorColor(palette()));

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("noteSaveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setText(tr("Cancel"));
    cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &NoteDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(10);
    layout->addWidget(kindRow);
    layout->addWidget(m_visitFields);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_counter);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_visitRadio, &QRadioButton::toggled, this, [this] { updateKind(); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { updateCounter(); });
    updateKind();
    updateCounter();
    resize(560, sizeHint().height());
    m_text->setFocus();
}

NoteDialog::Kind NoteDialog::kind() const
{
    return m_visitRadio->isChecked() ? Kind::Visit : Kind::Note;
}

void NoteDialog::setKind(Kind kind)
{
    if (kind == Kind::Visit && !m_visitRadio->isEnabled())
        return;
    (kind == Kind::Visit ? m_visitRadio : m_noteRadio)->setChecked(true);
}

QString NoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString NoteDialog::visitKind() const
{
    return m_visitKind->currentData().toString();
}

QDateTime NoteDialog::visitedAtUtc() const
{
    return m_visitedAt->dateTime().toUTC();
}

NoteCreateRequest NoteDialog::noteRequest(const QString &subjectType, const QString &subjectId) const
{
    NoteCreateRequest r;
    r.id = m_id;
    r.subjectType = subjectType;
    r.subjectId = subjectId;
    r.text = text();
    return r;
}

void NoteDialog::updateKind()
{
    const bool visit = kind() == Kind::Visit;
    m_visitFields->setVisible(visit);
    m_text->setPlaceholderText(visit
                                   ? tr("What you found during the visit, what was agreed, what happens next")
                                   : tr("What colleagues should know about this citizen or enterprise"));
}

void NoteDialog::updateCounter()
{
    const qsizetype length = text().size();
    m_counter->setText(tr("%1 / %2 characters").arg(length).arg(kMaximumText));
    if (m_error->isVisible() && length > 0 && length <= kMaximumText)
        m_error->setVisible(false);
}

void NoteDialog::submit()
{
    const QString t = text();
    QString problem;
    if (t.isEmpty())
        problem = kind() == Kind::Visit ? tr("Write a summary of the visit.") : tr("Write the note.");
    else if (t.size() > kMaximumText)
        problem = tr("The text is too long: at most %1 characters.").arg(kMaximumText);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        m_text->setFocus();
        return;
    }
    accept();
}

} // namespace gd
