#include "ui/globalsearchpopup.h"

#include "ui/theme.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace gd {
namespace {

constexpr int kMinimumWidth = 520;
constexpr int kMaximumHeight = 520;
constexpr int kHeaderHeight = 26;
constexpr int kRowHeight = 34;
constexpr int kPadding = 12;

// Group headers in small grey capitals; results as the name with the details after it in grey; "show
// all" in the link colour.
class ResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QPalette &palette = opt.palette;
        const auto kind = GlobalSearchModel::RowKind(index.data(GlobalSearchModel::KindRole).toInt());
        painter->save();
        QRect rect = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
        if (kind == GlobalSearchModel::RowKind::Header) {
            QFont font = opt.font;
            font.setPointSizeF(font.pointSizeF() * 0.85);
            font.setBold(true);
            painter->setFont(font);
            painter->setPen(palette.color(QPalette::PlaceholderText));
            painter->drawText(rect.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, opt.text);
            painter->restore();
            return;
        }
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        if (selected || opt.state.testFlag(QStyle::State_MouseOver)) {
            QColor tint = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Text);
            tint.setAlpha(selected ? (Theme::isDark(palette) ? 90 : 48) : 16);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(tint);
            painter->drawRoundedRect(opt.rect.adjusted(4, 1, -4, -1), 5, 5);
        }
        QFont font = opt.font;
        if (kind == GlobalSearchModel::RowKind::ShowAllCitizens) {
            painter->setFont(font);
            painter->setPen(palette.color(QPalette::Link));
            painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(font).elidedText(opt.text, Qt::ElideRight, rect.width()));
            painter->restore();
            return;
        }
        const QString subtitle = index.data(GlobalSearchModel::SubtitleRole).toString();
        const QFontMetrics metrics(font);
        // Names are short and the details (masked ID, district, USCC) are what tells two 张伟 apart: the
        // details get the room the name does not need, the name at least a third of the row.
        // (+2: horizontalAdvance() rounds, and elidedText() would cut a text that fits.)
        const int titleNeeds = qMin(metrics.horizontalAdvance(opt.text) + 2, rect.width() / 3);
        const int subtitleWidth = subtitle.isEmpty() ? 0
                                                     : qMin(metrics.horizontalAdvance(subtitle) + 2,
                                                            rect.width() - titleNeeds - 16);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::Text));
        const QRect titleRect = rect.adjusted(0, 0, -(subtitleWidth + (subtitleWidth ? 16 : 0)), 0);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(opt.text, Qt::ElideRight, titleRect.width()));
        if (!subtitle.isEmpty()) {
            painter->setPen(palette.color(QPalette::PlaceholderText));
            const QRect subtitleRect(rect.right() - subtitleWidth, rect.top(), subtitleWidth, rect.height());
            painter->drawText(subtitleRect, Qt::AlignRight | Qt::AlignVCenter,
                              metrics.elidedText(subtitle, Qt::ElideMiddle, subtitleWidth));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto kind = GlobalSearchModel::RowKind(index.data(GlobalSearchModel::KindRole).toInt());
        return QSize(option.rect.width(),
                     kind == GlobalSearchModel::RowKind::Header ? kHeaderHeight : kRowHeight);
    }
};

} // namespace

GlobalSearchPopup::GlobalSearchPopup(QLineEdit *box, DataContext *context, QWidget *window)
    : QFrame(window)
    , m_box(box)
    , m_model(new GlobalSearchModel(context, this))
    , m_view(new QListView(this))
    , m_state(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("globalSearchPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::NoFocus);

    m_view->setObjectName(QStringLiteral("globalSearchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ResultDelegate(m_view));
    m_view->setFocusPolicy(Qt::NoFocus); // the box keeps the keyboard
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setUniformItemSizes(false);

    m_state->setObjectName(QStringLiteral("globalSearchState"));
    m_state->setWordWrap(true);
    m_state->setContentsMargins(kPadding, 10, kPadding, 10);
    m_state->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 4, 1, 4);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    layout->addWidget(m_state);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setQuery(m_box->text()); });
    connect(m_box, &QLineEdit::textEdited, this, &GlobalSearchPopup::onTextEdited);
    // The clear button and programmatic changes do not emit textEdited.
    connect(m_box, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_debounce->stop();
            m_model->clear();
            dismiss();
        }
    });
    connect(m_model, &GlobalSearchModel::answered, this, &GlobalSearchPopup::onAnswered);
    connect(m_model, &GlobalSearchModel::stateChanged, this, [this] { updateState(); });
    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    m_box->installEventFilter(this);
    window->installEventFilter(this);
    hide();
}

int GlobalSearchPopup::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_model->isSelectable(current.row()) ? current.row() : -1;
}

QString GlobalSearchPopup::stateText() const
{
    return m_state->isVisibleTo(this) ? m_state->text() : QString();
}

void GlobalSearchPopup::onTextEdited(const QString &text)
{
    if (text.trimmed().isEmpty())
        return; // textChanged clears
    m_debounce->start();
    showPopup();
}

void GlobalSearchPopup::searchNow()
{
    m_debounce->stop();
    if (m_box->text().trimmed().isEmpty())
        return;
    m_model->setQuery(m_box->text());
    showPopup();
}

void GlobalSearchPopup::onAnswered()
{
    const int first = m_model->nextSelectableRow(-1, 1);
    m_view->setCurrentIndex(first >= 0 ? m_model->index(first) : QModelIndex());
    updateState();
    if (isVisible())
        place();
}

void GlobalSearchPopup::updateState()
{
    QString text;
    switch (m_model->state()) {
    case GlobalSearchModel::State::Idle:
        break;
    case GlobalSearchModel::State::Searching:
        if (m_model->rowCount() == 0)
            text = tr("Searching…");
        break;
    case GlobalSearchModel::State::NoLocalData:
        text = tr("Search needs the local copy of your data, which is not open on this computer (it is being "
                  "unlocked, or GovDesk works online only).");
        break;
    case GlobalSearchModel::State::NoResults:
        text = tr("No citizens, enterprises or services match “%1”.").arg(m_model->query());
        break;
    case GlobalSearchModel::State::Results:
        break;
    case GlobalSearchModel::State::Failed:
        text = tr("The search could not read the local copy. Try again.");
        break;
    }
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
    m_view->setVisible(m_model->rowCount() > 0);
    if (isVisible())
        place();
}

void GlobalSearchPopup::showPopup()
{
    updateState();
    place();
    show();
    raise();
}

void GlobalSearchPopup::dismiss()
{
    hide();
}

void GlobalSearchPopup::place()
{
    QWidget *window = parentWidget();
    int height = 8;
    if (m_model->rowCount() > 0) {
        int rows = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows += m_model->kindAt(row) == GlobalSearchModel::RowKind::Header ? kHeaderHeight : kRowHeight;
        height += rows + 2;
        m_view->setFixedHeight(qMin(rows + 2, kMaximumHeight));
    }
    const int width = qMax(m_box->width(), kMinimumWidth);
    if (m_state->isVisibleTo(this))
        height += m_state->heightForWidth(width - 2);
    height = qMin(height, kMaximumHeight + 60);
    const QPoint anchor = m_box->mapTo(window, QPoint(m_box->width(), m_box->height()));
    const int x = qBound(4, anchor.x() - width, qMax(4, window->width() - width - 4));
    setGeometry(x, anchor.y() + 2, width, height);
}

void GlobalSearchPopup::moveCurrent(int step)
{
    const int next = m_model->nextSelectableRow(currentRow(), step);
    if (next >= 0)
        m_view->setCurrentIndex(m_model->index(next));
}

void GlobalSearchPopup::activateCurrent()
{
    int row = currentRow();
    if (row < 0)
        row = m_model->nextSelectableRow(-1, 1);
    if (row >= 0)
        activateRow(row);
}

void GlobalSearchPopup::activateRow(int row)
{
    if (!m_model->isSelectable(row))
        return;
    const GlobalSearchModel::RowKind kind = m_model->kindAt(row);
    const QString id = m_model->idAt(row);
    const QString query = m_model->query();
    // Done with this search: the box empties (which closes the list) before the page opens.
    m_box->clear();
    switch (kind) {
    case GlobalSearchModel::RowKind::Citizen:
        emit citizenActivated(id);
        break;
    case GlobalSearchModel::RowKind::Enterprise:
        emit enterpriseActivated(id);
        break;
    case GlobalSearchModel::RowKind::Service:
        emit serviceActivated(id);
        break;
    case GlobalSearchModel::RowKind::ShowAllCitizens:
        emit showAllCitizensRequested(query);
        break;
    case GlobalSearchModel::RowKind::Header:
        break;
    }
}

bool GlobalSearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize && isVisible())
            place();
        return QFrame::eventFilter(watched, event);
    }
    if (watched != m_box)
        return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (!isVisible() && !m_box->text().trimmed().isEmpty()) {
                showPopup();
                return true;
            }
            if (isVisible()) {
                moveCurrent(key->key() == Qt::Key_Down ? 1 : -1);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_box->text().trimmed().isEmpty())
                break;
            // Enter right after typing searches now (a no-op when this text was searched already) and
            // opens the first result when the answer is there.
            searchNow();
            if (m_model->state() == GlobalSearchModel::State::Searching) {
                connect(m_model, &GlobalSearchModel::answered, this, &GlobalSearchPopup::activateCurrent,
                        Qt::SingleShotConnection);
                return true;
            }
            activateCurrent();
            return true;
        case Qt::Key_Escape:
            if (isVisible()) {
                dismiss();
                return true;
            }
            if (!m_box->text().isEmpty()) {
                m_box->clear();
                return true;
            }
            break;
        default:
            break;
        }
        break;
    }
    case QEvent::FocusOut:
        dismiss();
        break;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace gd
