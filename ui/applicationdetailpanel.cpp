#include "ui/applicationdetailpanel.h"

#include "domain/worktime.h"
#include "ui/applicationactiondialog.h"
#include "ui/applicationactionrules.h"
#include "ui/casetext.h"
#include "ui/homepagewidgets.h"
#include "ui/pagecard.h"
#include "ui/slastyle.h"
#include "ui/theme.h"
#include "ui/workflowdiagram.h"

#include <QAction>
#include <QBoxLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>

namespace gd {

namespace {

// Wide enough for the two columns (actions + applicant + materials | workflow + history) side by side.
constexpr int kTwoColumnEms = 62;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

QLabel *wrapping(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// Ctrl+Enter in the comment box adds the comment.
class CommentKeys : public QObject {
public:
    CommentKeys(QObject *parent, std::function<void()> submit)
        : QObject(parent)
        , m_submit(std::move(submit))
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                key->modifiers().testFlag(Qt::ControlModifier)) {
                m_submit();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_submit;
};

} // namespace

ApplicationDetailPanel::ApplicationDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("applicationDetailPanel"));
    makeActions();
    buildUi();
    retranslate();
    showNothing();
}

void ApplicationDetailPanel::makeActions()
{
    const QList<std::pair<QString, QKeySequence>> actions = {
        {QStringLiteral("claim"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {QStringLiteral("release"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
        {QStringLiteral("approve"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {QStringLiteral("return"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {QStringLiteral("resume"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {QStringLiteral("reject"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)},
        {QStringLiteral("transfer"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {QStringLiteral("comment"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
    };
    for (const auto &[name, keys] : actions) {
        auto *action = new QAction(this);
        action->setObjectName(name + QStringLiteral("Action"));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, name = name] { trigger(name); });
        addAction(action);
        m_actions.insert(name, action);
    }
}

void ApplicationDetailPanel::buildUi()
{
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("detailStateLabel"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stateLabel->setMargin(24);

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("detailContent"));

    // Header.
    m_number = new QLabel(m_content);
    m_number->setObjectName(QStringLiteral("detailNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PageCard::makeTitle(m_number, 1.3);
    m_status = new QLabel(m_content);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_sla = new QLabel(m_content);
    m_sla->setObjectName(QStringLiteral("detailSla"));
    m_sla->setAutoFillBackground(true);
    m_sla->setContentsMargins(6, 1, 6, 1);
    m_pending = new QLabel(m_content);
    m_pending->setObjectName(QStringLiteral("detailPendingSync"));
    m_service = wrapping(m_content, "detailService");
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_number);
    headerRow->addSpacing(8);
    headerRow->addWidget(m_status);
    headerRow->addWidget(m_sla);
    headerRow->addWidget(m_pending);
    headerRow->addStretch(1);

    // Actions.
    auto *buttonRow = new QHBoxLayout;
    buttonRow->setSpacing(6);
    for (const QString &name : {QStringLiteral("claim"), QStringLiteral("approve"), QStringLiteral("return"),
                                QStringLiteral("resume"), QStringLiteral("transfer"),
                                QStringLiteral("reject"), QStringLiteral("release")}) {
        auto *button = new QToolButton(m_content);
        button->setObjectName(name + QStringLiteral("Button"));
        button->setDefaultAction(m_actions.value(name));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        buttonRow->addWidget(button);
        m_buttons << button;
    }
    buttonRow->addStretch(1);

    m_notice = wrapping(m_content, "detailNotice");
    m_notice->setAutoFillBackground(true);
    m_notice->setMargin(6);
    m_notice->hide();
    m_refusal = wrapping(m_content, "detailRefusal");
    m_refusal->setAutoFillBackground(true);
    m_refusal->setMargin(6);
    m_refusal->hide();

    // Cards.
    auto *workflowCard = new PageCard(m_content, QStringLiteral(" "));
    workflowCard->setObjectName(QStringLiteral("workflowCard"));
    m_diagram = new WorkflowDiagram(workflowCard);
    auto *diagramScroll = new QScrollArea(workflowCard);
    m_diagramScroll = diagramScroll;
    diagramScroll->setObjectName(QStringLiteral("workflowScroll"));
    diagramScroll->setWidget(m_diagram);
    diagramScroll->setWidgetResizable(true);
    diagramScroll->setFrameShape(QFrame::NoFrame);
    diagramScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    diagramScroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    diagramScroll->setBackgroundRole(QPalette::Base);
    diagramScroll->viewport()->setBackgroundRole(QPalette::Base);
    workflowCard->body()->addWidget(diagramScroll);

    auto *applicantCard = new PageCard(m_content, QStringLiteral(" "));
    applicantCard->setObjectName(QStringLiteral("applicantCard"));
    m_applicantName = new QLabel(applicantCard);
    m_applicantName->setObjectName(QStringLiteral("applicantLink"));
    m_applicantName->setTextFormat(Qt::RichText);
    m_applicantName->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_applicantName, &QLabel::linkActivated, this, [this] {
        if (m_application.applicantType == QLatin1String("enterprise"))
            emit enterpriseRequested(m_application.applicantId);
        else
            emit citizenRequested(m_application.applicantId);
    });
    m_applicantFacts = wrapping(applicantCard, "applicantFacts");
    applicantCard->body()->addWidget(m_applicantName);
    applicantCard->body()->addWidget(m_applicantFacts);

    auto *materialsCard = new PageCard(m_content, QStringLiteral(" "));
    materialsCard->setObjectName(QStringLiteral("materialsCard"));
    m_materials = wrapping(materialsCard, "materialsLabel");
    m_materials->setTextFormat(Qt::RichText);
    materialsCard->body()->addWidget(m_materials);

    auto *historyCard = new PageCard(m_content, QStringLiteral(" "));
    historyCard->setObjectName(QStringLiteral("historyCard"));
    m_history = wrapping(historyCard, "historyLabel");
    m_history->setTextFormat(Qt::RichText);
    historyCard->body()->addWidget(m_history);
    m_commentEdit = new QPlainTextEdit(historyCard);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setFixedHeight(3 * fontMetrics().height() + 14);
    m_commentEdit->installEventFilter(new CommentKeys(this, [this] { submitComment(); }));
    m_commentButton = new QPushButton(historyCard);
    m_commentButton->setObjectName(QStringLiteral("addCommentButton"));
    m_commentButton->setAutoDefault(false);
    connect(m_commentButton, &QPushButton::clicked, this, &ApplicationDetailPanel::submitComment);
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_commentEdit, 1);
    commentRow->addWidget(m_commentButton, 0, Qt::AlignBottom);
    historyCard->body()->addLayout(commentRow);

    // Compact cards: the panel shares the page with the table.
    for (PageCard *card : {workflowCard, applicantCard, materialsCard, historyCard}) {
        card->body()->setContentsMargins(14, 10, 14, 12);
        card->body()->setSpacing(6);
        PageCard::makeTitle(card->heading(), 1.0);
    }
    auto *cardRow = new QHBoxLayout;
    cardRow->setSpacing(12);
    cardRow->addWidget(applicantCard, 1);
    cardRow->addWidget(materialsCard, 1);

    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(workflowCard); // first: the workflow is what the officer looks at
    left->addLayout(cardRow);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    right->addWidget(historyCard);
    right->addStretch(1);
    m_columns = new QBoxLayout(QBoxLayout::TopToBottom);
    m_columns->setSpacing(12);
    m_columns->addLayout(left, 2);
    m_columns->addLayout(right, 1);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(4, 4, 12, 12);
    contentLayout->setSpacing(10);
    contentLayout->addLayout(headerRow);
    contentLayout->addWidget(m_service);
    contentLayout->addLayout(buttonRow);
    contentLayout->addWidget(m_refusal);
    contentLayout->addWidget(m_notice);
    contentLayout->addLayout(m_columns, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_stateLabel);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_buttons.isEmpty() ? nullptr : m_buttons.last(), m_applicantName);
}

void ApplicationDetailPanel::retranslate()
{
    const auto describe = [this](const QString &name, const QString &text, const QString &tip) {
        QAction *action = m_actions.value(name);
        action->setText(text);
        action->setData(tip);
    };
    describe(QStringLiteral("claim"), tr("Claim"),
             tr("Take this step: nobody else can handle it until you release it."));
    describe(QStringLiteral("release"), tr("Release"),
             tr("Give the step back so that another officer can claim it."));
    describe(QStringLiteral("approve"), tr("Approve"), tr("Finish this step and pass the application on."));
    describe(QStringLiteral("return"), tr("Return for supplement"),
             tr("Ask the applicant for missing materials; the time limit pauses."));
    describe(QStringLiteral("resume"), tr("Supplement received"),
             tr("The missing materials arrived; the time limit goes on."));
    describe(QStringLiteral("reject"), tr("Reject"), tr("End the application with a reason."));
    describe(QStringLiteral("transfer"), tr("Transfer"), tr("Hand this step to another department."));
    describe(QStringLiteral("comment"), tr("Comment"), tr("Add a comment to the history."));
    for (QAction *action : std::as_const(m_actions))
        action->setToolTip(tr("%1 (%2)").arg(action->data().toString(),
                                             action->shortcut().toString(QKeySequence::NativeText)));

    if (auto *card = findChild<PageCard *>(QStringLiteral("workflowCard")))
        card->heading()->setText(tr("Workflow"));
    if (auto *card = findChild<PageCard *>(QStringLiteral("applicantCard")))
        card->heading()->setText(tr("Applicant"));
    if (auto *card = findChild<PageCard *>(QStringLiteral("materialsCard")))
        card->heading()->setText(tr("Materials"));
    if (auto *card = findChild<PageCard *>(QStringLiteral("historyCard")))
        card->heading()->setText(tr("History and comments"));
    m_commentEdit->setPlaceholderText(tr("Write a comment (Ctrl+Enter adds it)"));
    m_commentEdit->setAccessibleName(tr("New comment"));
    m_commentButton->setText(tr("Add comment"));
    m_commentButton->setToolTip(
        tr("Add the comment to the history (Ctrl+Enter; %1 moves here)")
            .arg(m_actions.value(QStringLiteral("comment"))->shortcut().toString(QKeySequence::NativeText)));
    m_pending->setText(tr("Pending sync"));
    m_pending->setToolTip(tr("A change to this application is waiting to be sent to the server."));
    if (m_loaded)
        fill();
    else if (m_stack->currentIndex() == 0 &&
             m_stateLabel->property("state").toString() == QLatin1String("none"))
        showNothing();
}

void ApplicationDetailPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_loaded)
        fill();
}

void ApplicationDetailPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLayoutDirection();
}

void ApplicationDetailPanel::updateLayoutDirection()
{
    const int em = fontMetrics().horizontalAdvance(QChar(0x6C49));
    const auto direction = width() >= kTwoColumnEms * em ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_columns->direction() != direction)
        m_columns->setDirection(direction);
}

void ApplicationDetailPanel::setActor(const WorkflowActor &actor)
{
    m_actor = actor;
    updateActions();
}

void ApplicationDetailPanel::setCatalog(const QList<Department> &departments,
                                        const QHash<QString, ServiceItem> &services)
{
    m_departments = departments;
    m_departmentNames.clear();
    for (const Department &d : departments)
        m_departmentNames.insert(d.id, d.name);
    m_services = services;
    if (m_loaded)
        fill();
}

QString ApplicationDetailPanel::departmentName(const QString &id) const
{
    const QString name = m_departmentNames.value(id);
    return name.isEmpty() ? id : name;
}

QString ApplicationDetailPanel::serviceName(const QString &id) const
{
    const auto it = m_services.constFind(id);
    return it == m_services.constEnd() ? id : it->name;
}

void ApplicationDetailPanel::showNothing()
{
    m_loaded = false;
    m_stateLabel->setProperty("state", QStringLiteral("none"));
    m_stateLabel->setText(tr("Select an application in the list to see its workflow, materials and history. "
                             "Enter opens the selected one."));
    m_stack->setCurrentIndex(0);
    updateActions();
}

void ApplicationDetailPanel::showLoading()
{
    if (m_loaded)
        return; // keep showing the old one until the new one arrives
    m_stateLabel->setProperty("state", QStringLiteral("loading"));
    m_stateLabel->setText(tr("Loading the application…"));
    m_stack->setCurrentIndex(0);
    updateActions();
}

void ApplicationDetailPanel::showError(const QString &text)
{
    m_loaded = false;
    m_stateLabel->setProperty("state", QStringLiteral("error"));
    m_stateLabel->setText(text);
    m_stack->setCurrentIndex(0);
    updateActions();
}

void ApplicationDetailPanel::setApplication(const Application &application, const QDateTime &now,
                                            bool pendingSync)
{
    const bool other = !m_loaded || m_application.id != application.id;
    m_application = application;
    m_now = now;
    m_pendingSync = pendingSync;
    m_loaded = true;
    if (other) {
        m_notice->hide();
        m_refusal->hide();
        m_commentEdit->clear();
    }
    fill();
    m_stack->setCurrentIndex(1);
}

void ApplicationDetailPanel::setPendingSync(bool pending)
{
    m_pendingSync = pending;
    m_pending->setVisible(m_loaded && pending);
}

void ApplicationDetailPanel::showNotice(const QString &text, Tone tone)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    QPalette p = m_notice->palette();
    QColor background = toneColor(tone, palette());
    background.setAlpha(Theme::isDark(palette()) ? 56 : 30);
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    m_notice->setPalette(p);
    m_notice->setAccessibleName(text);
}

void ApplicationDetailPanel::setRefusal(const QString &text)
{
    m_refusal->setText(text);
    m_refusal->setVisible(!text.isEmpty());
    QPalette p = m_refusal->palette();
    QColor background = Theme::errorColor(palette());
    background.setAlpha(Theme::isDark(palette()) ? 56 : 30);
    p.setColor(QPalette::Window, background);
    m_refusal->setPalette(p);
    m_refusal->setAccessibleName(text);
}

QString ApplicationDetailPanel::refusalText() const
{
    return m_refusal->isVisible() ? m_refusal->text() : QString();
}

QString ApplicationDetailPanel::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void ApplicationDetailPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void ApplicationDetailPanel::fill()
{
    fillHeader();
    m_diagram->setApplication(m_application, m_departmentNames, m_now);
    // A scroll area does not follow its widget's size hint: as tall as the diagram (all its rows of
    // parallel steps) plus a horizontal scroll bar when it is narrower than the diagram's minimum.
    m_diagramScroll->setFixedHeight(m_diagram->minimumSizeHint().height() +
                                    m_diagramScroll->horizontalScrollBar()->sizeHint().height() + 2);
    fillApplicant();
    fillMaterials();
    fillHistory();
    updateActions();
    updateLayoutDirection();
}

void ApplicationDetailPanel::fillHeader()
{
    const Application &a = m_application;
    m_number->setText(a.number.isEmpty() ? tr("(number pending)") : a.number);
    m_status->setText(CaseText::status(a.status));
    const bool finished = ApplicationActionRules::isFinished(a);
    SlaState state = slaState(a.dueAt, m_now, a.status == QLatin1String("supplement"), finished);
    if (a.slaState) {
        if (const auto sent = slaStateFromName(*a.slaState); sent && !finished)
            state = *sent;
    }
    const QString remaining = CaseText::slaRemaining(state, worktime::workingDaysLeft(a.dueAt, m_now));
    m_sla->setText(finished ? CaseText::slaState(state)
                            : tr("%1 · due %2").arg(remaining, CaseText::date(a.dueAt)));
    const SlaColors colors = SlaStyle::colors(state, palette());
    QPalette p = m_sla->palette();
    p.setColor(QPalette::Window, colors.background);
    p.setColor(QPalette::WindowText, colors.text);
    m_sla->setPalette(p);
    m_sla->setAccessibleName(tr("Time limit: %1").arg(m_sla->text()));
    m_pending->setVisible(m_pendingSync);
    setTextColor(m_pending, Theme::warningColor(palette()));

    QStringList lines{serviceName(a.serviceId)};
    const QList<const ApplicationStep *> active = activeSteps(a);
    QStringList current;
    for (const ApplicationStep *s : active)
        current << tr("%1 (%2)").arg(s->name, departmentName(s->departmentId));
    if (!current.isEmpty())
        lines << tr("Now: %1").arg(current.join(tr(", ")));
    m_service->setText(lines.join(QStringLiteral(" · ")));
}

void ApplicationDetailPanel::fillApplicant()
{
    const Application &a = m_application;
    const QString link = QStringLiteral("<a href=\"applicant\">%1</a>").arg(esc(a.applicantName));
    m_applicantName->setText(link);
    const QString homepage = a.applicantType == QLatin1String("enterprise")
                                 ? tr("Open the enterprise's homepage")
                                 : tr("Open the citizen's homepage");
    m_applicantName->setToolTip(homepage);
    m_applicantName->setAccessibleName(tr("%1 — %2").arg(a.applicantName, homepage));
    QStringList facts;
    facts << (a.applicantType == QLatin1String("enterprise") ? tr("USCC: %1") : tr("ID number: %1"))
                 .arg(a.applicantIdMasked);
    facts << tr("Channel: %1").arg(CaseText::channel(a.channel));
    facts << tr("Submitted: %1").arg(CaseText::dateTime(a.submittedAt));
    if (a.priority && *a.priority == QLatin1String("urgent"))
        facts << tr("Urgent");
    if (a.allocation) {
        facts << tr("Allocation: rank %1, %2")
                     .arg(a.allocation->rank)
                     .arg(a.allocation->result == QLatin1String("admitted") ? tr("admitted")
                                                                            : tr("waitlisted"));
    }
    m_applicantFacts->setText(facts.join(QLatin1Char('\n')));
}

void ApplicationDetailPanel::fillMaterials()
{
    const Application &a = m_application;
    const QString missingColor = Theme::errorColor(palette()).name();
    const QString okColor = Theme::successColor(palette()).name();
    QStringList rows;
    const QList<ApplicationMaterial> materials = a.materials.value_or(QList<ApplicationMaterial>{});
    for (const ApplicationMaterial &m : materials) {
        if (m.received)
            rows << QStringLiteral("<span style=\"color:%1\">✓</span> %2 <span>(%3)</span>")
                        .arg(okColor, esc(m.name), esc(tr("received")));
        else
            rows << QStringLiteral("<b style=\"color:%1\">✗ %2 (%3)</b>")
                        .arg(missingColor, esc(m.name), esc(tr("missing")));
    }
    if (rows.isEmpty())
        rows << esc(tr("No materials are listed for this service."));
    if (a.missingMaterials && !a.missingMaterials->isEmpty()) {
        rows << QString();
        rows << esc(tr("The last return asked for: %1").arg(a.missingMaterials->join(tr(", "))));
    }
    m_materials->setText(rows.join(QStringLiteral("<br>")));
}

void ApplicationDetailPanel::fillHistory()
{
    const QList<ApplicationEvent> events = m_application.history.value_or(QList<ApplicationEvent>{});
    if (events.isEmpty()) {
        m_history->setText(esc(tr("No history yet.")));
        return;
    }
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    // Newest first: the latest step is what the officer reads for.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const ApplicationEvent &e = *it;
        const QString details = CaseText::eventDetails(e, m_application, m_departmentNames);
        html += QStringLiteral("<tr><td style=\"color:%1\" width=\"1%\"><nobr>%2</nobr></td>"
                               "<td><b>%3</b> · %4%5</td></tr>")
                    .arg(muted, esc(CaseText::dateTime(e.at)), esc(CaseText::action(e.action)),
                         esc(e.actorName.isEmpty() ? tr("System") : e.actorName),
                         details.isEmpty() ? QString() : QStringLiteral("<br>") + esc(details));
    }
    html += QStringLiteral("</table>");
    m_history->setText(html);
}

void ApplicationDetailPanel::updateActions()
{
    const QMap<QString, ApplicationActionRules::Verdict> verdicts =
        m_loaded ? ApplicationActionRules::checkAll(m_application, m_actor)
                 : QMap<QString, ApplicationActionRules::Verdict>{};
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QAction *action = it.value();
        const auto verdict = verdicts.value(it.key());
        const bool allowed = m_loaded && !m_busy && verdict.allowed;
        action->setEnabled(allowed);
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QString tip = tr("%1 (%2)").arg(action->data().toString(), keys);
        if (m_loaded && !verdict.allowed && !verdict.why.isEmpty())
            tip = tr("%1 (%2)\nNot now: %3").arg(action->data().toString(), keys, verdict.why);
        action->setToolTip(tip);
    }
    m_commentButton->setEnabled(m_loaded && !m_busy && verdicts.value(QStringLiteral("comment")).allowed);
    m_commentEdit->setEnabled(m_loaded && verdicts.value(QStringLiteral("comment")).allowed);
}

int ApplicationDetailPanel::runDialog(QDialog *dialog)
{
    if (m_dialogRunner)
        return m_dialogRunner(dialog);
    return dialog->exec();
}

void ApplicationDetailPanel::trigger(const QString &name)
{
    if (!m_loaded || m_busy || !ApplicationActionRules::check(m_application, m_actor, name).allowed)
        return;
    if (name == QLatin1String("comment")) {
        m_commentEdit->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    const ApplicationStep *step = ApplicationActionRules::targetStep(m_application, m_actor);
    ApplicationAction action;
    action.action = name;
    std::optional<ApplicationActionDialog::Kind> kind;
    QStringList materials;
    QList<Department> departments;
    if (name == QLatin1String("return")) {
        kind = ApplicationActionDialog::Kind::Return;
        materials = m_services.value(m_application.serviceId).materials;
        for (const ApplicationMaterial &m : m_application.materials.value_or(QList<ApplicationMaterial>{})) {
            if (!materials.contains(m.name))
                materials << m.name;
        }
    } else if (name == QLatin1String("resume")) {
        kind = ApplicationActionDialog::Kind::Resume;
        materials = m_application.missingMaterials.value_or(QStringList{});
    } else if (name == QLatin1String("reject")) {
        kind = ApplicationActionDialog::Kind::Reject;
    } else if (name == QLatin1String("transfer")) {
        kind = ApplicationActionDialog::Kind::Transfer;
        for (const Department &d : std::as_const(m_departments)) {
            if (!step || d.id != step->departmentId)
                departments << d;
        }
    } else if (name == QLatin1String("release") && step && step->claimedBy &&
               *step->claimedBy != m_actor.staffId) {
        kind = ApplicationActionDialog::Kind::Release;
    }
    if (kind) {
        ApplicationActionDialog dialog(*kind, m_application.number, materials, departments, this);
        if (runDialog(&dialog) != QDialog::Accepted)
            return;
        action = dialog.action();
    }
    emitAction(action);
}

void ApplicationDetailPanel::submitComment()
{
    const QString text = m_commentEdit->toPlainText().trimmed();
    if (text.isEmpty() || !m_loaded || m_busy ||
        !ApplicationActionRules::check(m_application, m_actor, QStringLiteral("comment")).allowed)
        return;
    ApplicationAction action;
    action.action = QStringLiteral("comment");
    action.comment = text.left(ApplicationActionDialog::kMaximumText);
    m_commentEdit->clear();
    emitAction(action);
}

void ApplicationDetailPanel::emitAction(ApplicationAction action)
{
    const ApplicationStep *step = ApplicationActionRules::targetStep(m_application, m_actor);
    if (step)
        action.stepSeq = step->seq;
    else if (!m_application.steps.isEmpty())
        action.stepSeq = m_application.currentStep; // comments on a finished application
    action.baseVersion = m_application.version;
    emit actionRequested(action);
}

} // namespace gd
