#include "ui/drilldowndialog.h"

#include "models/drilldownmodel.h"
#include "models/hometext.h"
#include "ui/errortext.h"
#include "ui/pagecard.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gd {

namespace {

// Enter on the table opens the homepage instead of closing the dialog.
class EnterFilter : public QObject {
public:
    EnterFilter(QTableView *table, std::function<void()> onEnter)
        : QObject(table)
        , m_onEnter(std::move(onEnter))
    {
        table->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_onEnter();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEnter;
};

} // namespace

DrillDownDialog::DrillDownDialog(DataContext *context, QWidget *parent)
    : QDialog(parent)
    , m_model(new DrillDownModel(context, this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(tr("Behind the figure"));
    resize(1080, 620);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("drillTitle"));
    PageCard::makeTitle(m_title, 1.2);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("drillCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_count);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_stack = new QStackedWidget(splitter);
    m_state = new QLabel(m_stack);
    m_state->setObjectName(QStringLiteral("drillState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("drillTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_stack->addWidget(m_state);
    m_stack->addWidget(m_table);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_detail = new QTextBrowser(detail);
    m_detail->setObjectName(QStringLiteral("drillDetail"));
    m_detail->setOpenLinks(false);
    m_openSubject = new QPushButton(detail);
    m_openSubject->setObjectName(QStringLiteral("openSubjectButton"));
    m_openSubject->setEnabled(false);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_openSubject);
    splitter->addWidget(m_stack);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_openSubject, &QPushButton::clicked, this, &DrillDownDialog::openCurrentSubject);
    connect(m_table, &QTableView::doubleClicked, this, &DrillDownDialog::openCurrentSubject);
    new EnterFilter(m_table, [this] { openCurrentSubject(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DrillDownDialog::showCurrent);
    connect(m_model, &DrillDownModel::loadingChanged, this, &DrillDownDialog::updateState);
    connect(m_model, &DrillDownModel::loaded, this, [this] {
        m_error.clear();
        updateState();
        if (m_model->rowCount() > 0) {
            m_table->setCurrentIndex(m_model->index(0, 0));
            m_table->resizeColumnsToContents();
        }
    });
    connect(m_model, &DrillDownModel::failed, this, [this](const Error &error) {
        m_error = ErrorText::describe(error, ErrorText::Context::Session, QString());
        updateState();
    });
}

void DrillDownDialog::open(const DrillRequest &request, const DashboardNames &names)
{
    m_error.clear();
    m_model->setNames(names);
    m_title->setText(request.title);
    m_openSubject->setText(request.kind == DrillRequest::Kind::Messages
                               ? tr("Open the citizen's homepage")
                               : tr("Open the applicant's homepage"));
    m_detail->clear();
    m_openSubject->setEnabled(false);
    m_model->fetch(request);
    updateState();
    show();
    raise();
    activateWindow();
    m_table->setFocus();
}

void DrillDownDialog::updateState()
{
    const bool messages = m_model->request().kind == DrillRequest::Kind::Messages;
    if (m_model->isLoading()) {
        m_state->setText(tr("Loading…"));
        m_count->clear();
        m_stack->setCurrentWidget(m_state);
    } else if (!m_error.isEmpty()) {
        m_state->setText(tr("The list could not be loaded: %1").arg(m_error));
        m_count->clear();
        m_stack->setCurrentWidget(m_state);
    } else if (m_model->rowCount() == 0) {
        m_state->setText(messages ? tr("No messages behind this figure.")
                                  : tr("No applications behind this figure."));
        m_count->clear();
        m_stack->setCurrentWidget(m_state);
    } else {
        const qint64 total = m_model->total();
        const QString count = messages ? tr("%n message(s)", nullptr, int(total))
                                       : tr("%n application(s)", nullptr, int(total));
        m_count->setText(
            total > m_model->rowCount()
                ? tr("%1, the newest %2 shown · personal data masked").arg(count).arg(m_model->rowCount())
                : tr("%1 · personal data masked").arg(count));
        m_stack->setCurrentWidget(m_table);
    }
}

void DrillDownDialog::showCurrent()
{
    const int row = m_table->currentIndex().row();
    if (auto m = m_model->messageAt(row)) {
        QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p style='color:gray'>%3</p>")
                           .arg(m->title.toHtmlEscaped(),
                                m->content.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                                tr("%1 · %2 · %3 · %4")
                                    .arg(HomeText::dateTime(m->createdAt), HomeText::messageKind(m->kind),
                                         HomeText::channel(m->channel), HomeText::messageStatus(m->status))
                                    .toHtmlEscaped());
        if (m->topic || m->sentiment)
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(tr("Topic: %1 · Sentiment: %2 (%3)")
                             .arg(m->topic ? DashboardModels::topicName(*m->topic) : QString(),
                                  m->sentiment ? DashboardModels::sentimentName(*m->sentiment) : QString(),
                                  QString::number(m->sentimentScore.value_or(0), 'f', 2))
                             .toHtmlEscaped());
        m_detail->setHtml(html);
        m_openSubject->setEnabled(!m->citizenId.isEmpty());
    } else if (auto a = m_model->applicationAt(row)) {
        const QModelIndex index = m_model->index(row, 0);
        m_detail->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p style='color:gray'>%4</p>")
                              .arg(a->number.toHtmlEscaped(),
                                   m_model->data(index.siblingAtColumn(1)).toString().toHtmlEscaped(),
                                   m_model->data(index.siblingAtColumn(2)).toString().toHtmlEscaped(),
                                   tr("%1 · submitted %2 through %3")
                                       .arg(HomeText::applicationStatus(a->status),
                                            HomeText::dateTime(a->submittedAt), HomeText::channel(a->channel))
                                       .toHtmlEscaped()));
        m_openSubject->setEnabled(!a->applicantId.isEmpty());
    } else {
        m_detail->clear();
        m_openSubject->setEnabled(false);
    }
}

void DrillDownDialog::openCurrentSubject()
{
    const auto [kind, id] = m_model->subjectAt(m_table->currentIndex().row());
    if (id.isEmpty())
        return;
    accept();
    if (kind == QLatin1String("enterprise"))
        emit enterpriseRequested(id);
    else
        emit citizenRequested(id);
}

} // namespace gd
