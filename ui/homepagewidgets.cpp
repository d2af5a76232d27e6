#include "ui/homepagewidgets.h"

#include "core/clock.h"
#include "domain/codec.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "net/apiclient.h"
#include "net/revealjob.h"
#include "store/store.h"
#include "sync/synchost.h"
#include "ui/errortext.h"
#include "ui/theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPainter>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

#include <algorithm>

namespace gd {

namespace {

constexpr int kPaidBillsShown = 3;

QColor tint(Tone tone, const QPalette &palette)
{
    QColor color = toneColor(tone, palette);
    const bool dark = Theme::isDark(palette);
    if (tone == Tone::Neutral)
        color.setAlpha(dark ? 40 : 22);
    else
        color.setAlpha(dark ? 56 : 30);
    return color;
}

// Rows are replaced while a signal of one of their children may still be on the stack: take the widget
// out of the tree at once (so findChildren and layouts no longer see it) and delete it later.
void discard(QWidget *widget)
{
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
}

void setMuted(QWidget *widget)
{
    widget->setForegroundRole(QPalette::PlaceholderText);
}

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void colorLabel(QLabel *label, Tone tone)
{
    setTextColor(label, toneColor(tone, label->palette()));
}

// Re-colours a label in its tone when the palette changes (light ↔ dark).
class ToneLabel : public QLabel {
public:
    ToneLabel(const QString &text, Tone tone, QWidget *parent)
        : QLabel(text, parent)
        , m_tone(tone)
    {
        colorLabel(this, m_tone);
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::PaletteChange && !m_updating) {
            m_updating = true;
            colorLabel(this, m_tone);
            m_updating = false;
        }
    }

private:
    Tone m_tone;
    bool m_updating = false;
};

QLabel *makeToneLabel(const QString &text, Tone tone, QWidget *parent)
{
    if (tone == Tone::Neutral)
        return new QLabel(text, parent);
    return new ToneLabel(text, tone, parent);
}

} // namespace

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = Theme::isDark(palette);
    switch (tone) {
    case Tone::Neutral:
        return palette.color(QPalette::WindowText);
    case Tone::Accent:
        return palette.color(QPalette::Link);
    case Tone::Success:
        return Theme::successColor(palette);
    case Tone::Warning:
        return Theme::warningColor(palette);
    case Tone::Error:
        return Theme::errorColor(palette);
    case Tone::Violet:
        return dark ? QColor(0xc0, 0x9c, 0xff) : QColor(0x6a, 0x3d, 0xc4);
    case Tone::Teal:
        return dark ? QColor(0x4f, 0xd1, 0xc5) : QColor(0x0b, 0x6e, 0x6e);
    }
    return palette.color(QPalette::WindowText);
}

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette p = widget->palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::WindowText, color);
        p.setColor(group, QPalette::Text, color);
    }
    widget->setPalette(p);
}

// --- WrapLabel ----------------------------------------------------------------------------------------

WrapLabel::WrapLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

QSize WrapLabel::sizeHint() const
{
    const QFontMetrics metrics(font());
    const QMargins m = contentsMargins();
    return {metrics.horizontalAdvance(text()) + m.left() + m.right() + 2,
            metrics.height() + m.top() + m.bottom()};
}

// --- Badge ---------------------------------------------------------------------------------------------

Badge::Badge(const QString &text, Tone tone, QWidget *parent)
    : QLabel(text, parent)
    , m_tone(tone)
{
    setContentsMargins(8, 1, 8, 2);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    setFont(f);
    applyColors();
}

void Badge::setTone(Tone tone)
{
    m_tone = tone;
    applyColors();
    update();
}

void Badge::applyColors()
{
    setTextColor(this, toneColor(m_tone, palette()));
}

void Badge::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const QColor wanted = toneColor(m_tone, palette());
        if (palette().color(QPalette::WindowText) != wanted)
            applyColors();
    }
}

void Badge::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(tint(m_tone, palette()));
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    }
    QLabel::paintEvent(event);
}

// --- NoticeBar -----------------------------------------------------------------------------------------

NoticeBar::NoticeBar(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("noticeBar"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(16, 8, 12, 8);
    setVisible(false);
}

void NoticeBar::showMessage(const QString &text, Tone tone)
{
    m_tone = tone;
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
    update();
}

void NoticeBar::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(tint(m_tone, palette()));
        painter.drawRoundedRect(QRectF(rect()), 6, 6);
        painter.setBrush(toneColor(m_tone, palette()));
        painter.drawRoundedRect(QRectF(0, 0, 4, height()), 2, 2);
    }
    QLabel::paintEvent(event);
}

// --- FlowLayout ----------------------------------------------------------------------------------------

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    return minimumSize();
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        int nextX = x + hint.width() + m_spacing;
        if (nextX - m_spacing > area.right() + 1 && lineHeight > 0) {
            x = area.x();
            y += lineHeight + m_spacing;
            nextX = x + hint.width() + m_spacing;
            lineHeight = 0;
        }
        if (!testOnly)
            item->setGeometry(QRect(QPoint(x, y), hint));
        x = nextX;
        lineHeight = qMax(lineHeight, hint.height());
    }
    return y + lineHeight - rect.y() + m.bottom();
}

// --- LinkButton ----------------------------------------------------------------------------------------

LinkButton::LinkButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
{
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    setAutoDefault(false);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
}

QSize LinkButton::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(text()) + 6, metrics.height() + 4};
}

QSize LinkButton::minimumSizeHint() const
{
    return sizeHint();
}

void LinkButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QFont f = font();
    const bool active = underMouse() || hasFocus();
    f.setUnderline(active);
    painter.setFont(f);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Link));
    painter.drawText(rect().adjusted(3, 0, -3, 0), Qt::AlignLeft | Qt::AlignVCenter, text());
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect();
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

// --- KeyValueGrid --------------------------------------------------------------------------------------

KeyValueGrid::KeyValueGrid(int pairs, QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_pairs(qMax(1, pairs))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(8);
}

QLabel *KeyValueGrid::addRow(const QString &key, const QString &value, const QString &objectName)
{
    QLabel *label = wrappingLabel(value.isEmpty() ? QStringLiteral("—") : value, this);
    label->setObjectName(objectName);
    label->setAccessibleName(key);
    auto *keyLabel = new QLabel(key, this);
    keyLabel->setObjectName(objectName + QStringLiteral("Key"));
    keyLabel->setBuddy(label);
    setMuted(keyLabel);
    m_entries.append({keyLabel, label, 1});
    relayout();
    return label;
}

void KeyValueGrid::addRow(const QString &key, QWidget *value, int span)
{
    auto *keyLabel = new QLabel(key, this);
    if (!value->objectName().isEmpty())
        keyLabel->setObjectName(value->objectName() + QStringLiteral("Key"));
    keyLabel->setBuddy(value);
    setMuted(keyLabel);
    value->setParent(this);
    m_entries.append({keyLabel, value, qMax(1, span)});
    relayout();
}

void KeyValueGrid::setPairs(int pairs)
{
    pairs = qMax(1, pairs);
    if (pairs == m_pairs)
        return;
    m_pairs = pairs;
    relayout();
}

void KeyValueGrid::relayout()
{
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item; // the widgets stay: they are placed again below
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    for (int pair = 0; pair < m_pairs; ++pair)
        m_grid->setColumnStretch(pair * 2 + 1, 1);
    int row = 0;
    int column = 0;
    for (const Entry &e : std::as_const(m_entries)) {
        const int span = qMin(e.span, m_pairs);
        if (column + span > m_pairs) {
            column = 0;
            ++row;
        }
        // Keys line up with one-line values; values with buttons (Reveal) are taller.
        const bool plain = qobject_cast<QLabel *>(e.value) != nullptr;
        m_grid->addWidget(e.key, row, column * 2, plain ? Qt::AlignTop : Qt::AlignVCenter);
        m_grid->addWidget(e.value, row, column * 2 + 1, 1, span * 2 - 1,
                          plain ? Qt::AlignTop : Qt::Alignment());
        column += span;
        if (column >= m_pairs) {
            column = 0;
            ++row;
        }
    }
}

// --- ItemRow -------------------------------------------------------------------------------------------

ItemRow::ItemRow(QWidget *parent)
    : QWidget(parent)
    , m_titleRow(new QHBoxLayout)
    , m_lines(new QVBoxLayout)
    , m_trailing(new QVBoxLayout)
{
    m_titleRow->setSpacing(8);
    m_titleRow->setContentsMargins(0, 0, 0, 0);
    m_titleRow->addStretch(1);
    m_lines->setSpacing(3);
    m_lines->setContentsMargins(0, 0, 0, 0);
    m_lines->addLayout(m_titleRow);
    m_trailing->setContentsMargins(0, 0, 0, 0);
    m_trailing->setSpacing(4);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(16);
    layout->addLayout(m_lines, 1);
    layout->addLayout(m_trailing);
}

QLabel *ItemRow::setTitle(const QString &title)
{
    auto *label = new WrapLabel(title, this);
    label->setObjectName(QStringLiteral("rowTitle"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_titleRow->insertWidget(0, label, 0);
    return label;
}

void ItemRow::setTitleWidget(QWidget *widget)
{
    widget->setParent(this);
    m_titleRow->insertWidget(0, widget);
}

Badge *ItemRow::addBadge(const QString &text, Tone tone)
{
    auto *badge = new Badge(text, tone, this);
    m_titleRow->insertWidget(m_titleRow->count() - 1, badge, 0, Qt::AlignVCenter);
    return badge;
}

QLabel *ItemRow::addDetail(const QString &text, Tone tone, bool muted)
{
    QLabel *label = tone == Tone::Neutral ? wrappingLabel(text, this) : makeToneLabel(text, tone, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (tone == Tone::Neutral && muted)
        setMuted(label);
    m_lines->addWidget(label);
    return label;
}

QLabel *ItemRow::setTrailing(const QString &text, Tone tone, bool bold)
{
    QLabel *label = makeToneLabel(text, tone, this);
    label->setObjectName(QStringLiteral("rowTrailing"));
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    if (bold) {
        QFont f = label->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.05);
        label->setFont(f);
    }
    m_trailing->addWidget(label, 0, Qt::AlignRight | Qt::AlignTop);
    m_trailing->addStretch(1);
    return label;
}

void ItemRow::setTrailingWidget(QWidget *widget)
{
    widget->setParent(this);
    m_trailing->addWidget(widget, 0, Qt::AlignRight | Qt::AlignTop);
    m_trailing->addStretch(1);
}

// --- SectionCard ---------------------------------------------------------------------------------------

SectionCard::SectionCard(const QString &title, const QString &emptyText, QWidget *parent)
    : PageCard(parent)
    , m_title(new QLabel(title, this))
    , m_count(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(emptyText, this))
    , m_content(new QVBoxLayout)
{
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    PageCard::makeTitle(m_title, 1.1);
    m_count->setObjectName(QStringLiteral("sectionCount"));
    setMuted(m_count);
    QFont countFont = m_count->font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.05);
    m_count->setFont(countFont);
    m_count->setVisible(false);
    m_summary->setObjectName(QStringLiteral("sectionSummary"));
    m_summary->setVisible(false);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    setMuted(m_empty);
    m_empty->setContentsMargins(0, 4, 0, 4);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(8);
    heading->addWidget(m_title);
    heading->addWidget(m_count);
    heading->addStretch(1);
    heading->addWidget(m_summary);
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(0);
    body()->setSpacing(8);
    body()->addLayout(heading);
    body()->addWidget(m_empty);
    body()->addLayout(m_content);
    setAccessibleName(title);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

QString SectionCard::title() const
{
    return m_title->text();
}

void SectionCard::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void SectionCard::setSummary(const QString &text, Tone tone)
{
    m_summary->setText(text);
    m_summaryTone = tone;
    setTextColor(m_summary, toneColor(tone, palette()));
    QFont f = m_summary->font();
    f.setBold(tone != Tone::Neutral);
    m_summary->setFont(f);
    m_summary->setVisible(!text.isEmpty());
}

void SectionCard::changeEvent(QEvent *event)
{
    PageCard::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setTextColor(m_summary, toneColor(m_summaryTone, palette())); // light ↔ dark
}

void SectionCard::setCount(int count)
{
    m_countValue = count;
    m_count->setText(QString::number(count));
    m_count->setVisible(count > 0);
    m_empty->setVisible(count == 0);
}

void SectionCard::addRow(QWidget *row)
{
    if (m_rows > 0) {
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Plain);
        line->setForegroundRole(QPalette::Midlight);
        m_content->addWidget(line);
    }
    row->setParent(this);
    m_content->addWidget(row);
    ++m_rows;
}

void SectionCard::addWidget(QWidget *widget, int stretch)
{
    widget->setParent(this);
    m_content->addWidget(widget, stretch);
}

void SectionCard::addLayout(QLayout *layout)
{
    m_content->addLayout(layout);
}

void SectionCard::clearContent()
{
    std::function<void(QLayout *)> wipe = [&wipe](QLayout *layout) {
        while (QLayoutItem *item = layout->takeAt(0)) {
            if (QWidget *w = item->widget()) {
                discard(w);
            } else if (QLayout *child = item->layout()) {
                wipe(child);
            }
            delete item;
        }
    };
    wipe(m_content);
    m_rows = 0;
}

// --- RevealableField -----------------------------------------------------------------------------------

RevealableField::RevealableField(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_value(new QLabel(this))
    , m_button(new QPushButton(tr("Reveal"), this))
    , m_countdown(new QLabel(this))
{
    m_value->setObjectName(QStringLiteral("maskedValue"));
    m_value->setTextFormat(Qt::PlainText);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("revealButton"));
    m_button->setAutoDefault(false);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    setMuted(m_countdown);
    m_countdown->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_value);
    layout->addWidget(m_button);
    layout->addWidget(m_countdown);
    layout->addStretch(1);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RevealableField::updateCountdown);
    m_backstop.setSingleShot(true);
    connect(&m_backstop, &QTimer::timeout, this, &RevealableField::remask);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_revealed)
            remask();
        else
            emit revealRequested();
    });
}

void RevealableField::setMasked(const QString &masked)
{
    // A quiet reload of the same object keeps a revealed value until its time is up.
    if (m_revealed && masked == m_masked)
        return;
    m_masked = masked;
    if (m_revealed)
        remask();
    else
        m_value->setText(masked.isEmpty() ? QStringLiteral("—") : masked);
    m_button->setEnabled(!masked.isEmpty());
}

QString RevealableField::displayedValue() const
{
    return m_value->text();
}

void RevealableField::setRemaskDelay(std::chrono::milliseconds delay)
{
    m_delay = delay;
}

int RevealableField::secondsLeft() const
{
    if (!m_revealed)
        return 0;
    const qint64 ms = m_clock.nowUtc().msecsTo(m_until);
    return int(qMax<qint64>(0, (ms + 999) / 1000));
}

void RevealableField::showRevealed(const QString &value)
{
    m_revealed = true;
    m_until = m_clock.nowUtc().addMSecs(m_delay.count());
    m_value->setText(value);
    m_button->setText(tr("Hide"));
    m_countdown->setVisible(true);
    m_tick.start();
    m_backstop.start(m_delay);
    updateCountdown();
}

void RevealableField::remask()
{
    const bool was = m_revealed;
    m_revealed = false;
    m_tick.stop();
    m_backstop.stop();
    m_value->setText(m_masked.isEmpty() ? QStringLiteral("—") : m_masked);
    m_button->setText(tr("Reveal"));
    m_countdown->clear();
    m_countdown->setVisible(false);
    if (was)
        emit remasked();
}

void RevealableField::updateCountdown()
{
    if (!m_revealed)
        return;
    const int left = secondsLeft();
    if (left <= 0) {
        remask();
        return;
    }
    m_countdown->setText(tr("Hidden again in %1 s").arg(left));
}

// --- HomePageShell -------------------------------------------------------------------------------------

HomePageShell::HomePageShell(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    // Loading
    m_loadingPage = new QWidget(m_stack);
    m_loadingText = new QLabel(m_loadingPage);
    m_loadingText->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingText->setAlignment(Qt::AlignCenter);
    setMuted(m_loadingText);
    auto *busy = new QProgressBar(m_loadingPage);
    busy->setObjectName(QStringLiteral("loadingProgress"));
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setFixedWidth(240);
    busy->setMaximumHeight(6);
    busy->setAccessibleName(tr("Loading"));
    auto *loadingLayout = new QVBoxLayout(m_loadingPage);
    loadingLayout->addStretch(2);
    loadingLayout->addWidget(m_loadingText);
    loadingLayout->addWidget(busy, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(3);

    // Not found / error
    m_messagePage = new QWidget(m_stack);
    m_messageTitle = new QLabel(m_messagePage);
    m_messageTitle->setObjectName(QStringLiteral("messageTitleLabel"));
    m_messageTitle->setAlignment(Qt::AlignCenter);
    PageCard::makeTitle(m_messageTitle, 1.3);
    m_messageText = new QLabel(m_messagePage);
    m_messageText->setObjectName(QStringLiteral("messageTextLabel"));
    m_messageText->setAlignment(Qt::AlignCenter);
    m_messageText->setWordWrap(true);
    m_messageText->setFixedWidth(560); // a wrapping label needs a width to compute its height
    setMuted(m_messageText);
    m_retry = new QPushButton(tr("&Retry"), m_messagePage);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Try loading again"));
    connect(m_retry, &QPushButton::clicked, this, &HomePageShell::retryRequested);
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->setSpacing(12);
    messageLayout->addStretch(2);
    messageLayout->addWidget(m_messageTitle);
    messageLayout->addWidget(m_messageText, 0, Qt::AlignHCenter);
    messageLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    messageLayout->addStretch(3);

    // Content
    auto *contentPage = new QWidget(m_stack);
    m_notice = new NoticeBar(contentPage);
    m_scroll = new QScrollArea(contentPage);
    m_scroll->setObjectName(QStringLiteral("homeScrollArea"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("homeContent"));
    m_content->setBackgroundRole(QPalette::Window);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(24, 16, 24, 24);
    m_contentLayout->setSpacing(16);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    m_left = new QVBoxLayout;
    m_left->setSpacing(16);
    m_left->setContentsMargins(0, 0, 0, 0);
    m_rightColumn = new QWidget(m_content);
    m_right = new QVBoxLayout(m_rightColumn);
    m_right->setSpacing(16);
    m_right->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(m_left, 3);
    columns->addWidget(m_rightColumn, 2, Qt::AlignTop);
    m_contentLayout->addLayout(columns);
    m_contentLayout->addStretch(1);
    m_scroll->setWidget(m_content);
    auto *contentLayout = new QVBoxLayout(contentPage);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    auto *noticeRow = new QHBoxLayout;
    noticeRow->setContentsMargins(24, 12, 24, 0);
    noticeRow->addWidget(m_notice);
    contentLayout->addLayout(noticeRow);
    contentLayout->addWidget(m_scroll, 1);

    m_stack->addWidget(m_loadingPage);
    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(contentPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void HomePageShell::setHeader(QWidget *header)
{
    header->setParent(m_content);
    m_contentLayout->insertWidget(0, header);
    m_header = header;
}

void HomePageShell::setSections(const QList<QWidget *> &single, const QList<QWidget *> &left,
                                const QList<QWidget *> &right)
{
    m_single = single;
    m_leftSections = left;
    m_rightSections = right;
    arrange(width() >= kTwoColumnWidth);
}

void HomePageShell::arrange(bool twoColumns)
{
    for (QWidget *w : std::as_const(m_single)) {
        m_left->removeWidget(w);
        m_right->removeWidget(w);
    }
    while (QLayoutItem *item = m_left->takeAt(0))
        delete item;
    while (QLayoutItem *item = m_right->takeAt(0))
        delete item;
    if (twoColumns) {
        for (QWidget *w : std::as_const(m_leftSections)) {
            w->setParent(m_content);
            m_left->addWidget(w);
        }
        for (QWidget *w : std::as_const(m_rightSections)) {
            w->setParent(m_rightColumn);
            m_right->addWidget(w);
        }
    } else {
        for (QWidget *w : std::as_const(m_single)) {
            w->setParent(m_content);
            m_left->addWidget(w);
        }
    }
    for (QWidget *w : std::as_const(m_single))
        w->show();
    m_left->addStretch(1);
    m_right->addStretch(1);
    m_rightColumn->setVisible(twoColumns);
    const bool changed = !m_arranged || m_twoColumns != twoColumns;
    m_twoColumns = twoColumns;
    m_arranged = true;
    updateTabOrder();
    if (changed)
        emit columnsChanged(twoColumns);
}

void HomePageShell::updateTabOrder()
{
    QList<QWidget *> containers;
    if (m_header)
        containers.append(m_header);
    containers += m_twoColumns ? m_leftSections + m_rightSections : m_single;
    QWidget *previous = m_scroll;
    for (QWidget *container : std::as_const(containers)) {
        // Children in creation order: the rows were added top to bottom.
        const auto children = container->findChildren<QWidget *>();
        for (QWidget *w : children) {
            if (!(w->focusPolicy() & Qt::TabFocus) || w->isWindow())
                continue;
            QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
}

void HomePageShell::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool two = event->size().width() >= kTwoColumnWidth;
    if (!m_arranged || two != m_twoColumns)
        arrange(two);
}

void HomePageShell::showLoading(const QString &text)
{
    m_loadingText->setText(text);
    m_stack->setCurrentWidget(m_loadingPage);
}

void HomePageShell::showMessage(const QString &title, const QString &text, bool offerRetry)
{
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_retry->setVisible(offerRetry);
    m_stack->setCurrentWidget(m_messagePage);
}

void HomePageShell::showContent()
{
    m_stack->setCurrentIndex(2);
}

bool HomePageShell::isShowingContent() const
{
    return m_stack->currentIndex() == 2;
}

void HomePageShell::showNotice(const QString &text, Tone tone)
{
    m_notice->showMessage(text, tone);
}

// --- HomeSections --------------------------------------------------------------------------------------

namespace HomeSections {

QString Catalogue::serviceName(const QString &id) const
{
    const auto it = services.constFind(id);
    if (it != services.cend() && !it->name.isEmpty())
        return it->name;
    return HomePageShell::tr("Service %1").arg(id);
}

QString Catalogue::departmentName(const QString &id) const
{
    const QString name = departmentNames.value(id);
    return name.isEmpty() ? id : name;
}

QHash<QString, QString> tagNames(const QList<store::TagView> &tags)
{
    QHash<QString, QString> names;
    for (const store::TagView &view : tags)
        names.insert(view.assignment.tagId, view.tag.name.isEmpty() ? view.assignment.tagId : view.tag.name);
    return names;
}

QString reasonText(const ServiceMatch &match, const QHash<QString, QString> &tagNames)
{
    QStringList names;
    for (const QString &id : match.matchedTagIds)
        names.append(tagNames.value(id, id));
    if (names.isEmpty())
        return {};
    return HomePageShell::tr("Because of the tags: %1").arg(names.join(HomePageShell::tr(", ")));
}

namespace {

const ApplicationStep *currentStep(const Application &a)
{
    for (const ApplicationStep &step : a.steps) {
        if (step.seq == a.currentStep)
            return &step;
    }
    for (const ApplicationStep &step : a.steps) {
        if (step.status == QLatin1String("active"))
            return &step;
    }
    return nullptr;
}

QDateTime dueOf(const Application &a)
{
    const ApplicationStep *step = currentStep(a);
    if (step && step->dueAt && step->dueAt->isValid())
        return *step->dueAt;
    return a.dueAt;
}

Tone applicationTone(const QString &status)
{
    if (status == QLatin1String("in_progress"))
        return Tone::Accent;
    if (status == QLatin1String("supplement"))
        return Tone::Warning;
    if (status == QLatin1String("completed"))
        return Tone::Success;
    if (status == QLatin1String("rejected"))
        return Tone::Error;
    return Tone::Neutral;
}

} // namespace

void fillPending(SectionCard *card, const QList<Application> &applications, const Catalogue &catalogue,
                 const QDateTime &now)
{
    card->clearContent();
    QList<Application> pending;
    for (const Application &a : applications) {
        if (a.status != QLatin1String("completed") && a.status != QLatin1String("rejected"))
            pending.append(a);
    }
    std::stable_sort(pending.begin(), pending.end(), [](const Application &a, const Application &b) {
        const QDateTime da = dueOf(a), db = dueOf(b);
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da < db;
    });
    int overdue = 0;
    for (const Application &a : std::as_const(pending)) {
        auto *row = new ItemRow;
        row->setObjectName(QStringLiteral("pendingRow"));
        row->setTitle(catalogue.serviceName(a.serviceId));
        row->addBadge(HomeText::applicationStatus(a.status), applicationTone(a.status));
        const QDateTime due = dueOf(a);
        const bool late = due.isValid() && due < now;
        if (late) {
            ++overdue;
            row->addBadge(HomePageShell::tr("Overdue"), Tone::Error);
        }
        if (const ApplicationStep *step = currentStep(a)) {
            row->addDetail(HomePageShell::tr("Step %1 of %2: %3 · %4")
                               .arg(step->seq)
                               .arg(a.steps.size())
                               .arg(step->name, catalogue.departmentName(step->departmentId)),
                           Tone::Neutral, false);
        } else {
            const auto it = catalogue.services.constFind(a.serviceId);
            if (it != catalogue.services.cend())
                row->addDetail(
                    HomePageShell::tr("Handled by %1").arg(catalogue.departmentName(it->departmentId)),
                    Tone::Neutral, false);
        }
        row->addDetail(HomePageShell::tr("No. %1 · submitted %2 via %3")
                           .arg(a.number, HomeText::date(a.submittedAt.toLocalTime().date()),
                                HomeText::channel(a.channel)));
        if (due.isValid()) {
            const QString dueText = HomePageShell::tr("Due %1").arg(HomeText::dateTime(due));
            QLabel *dueLabel = row->addDetail(late ? HomePageShell::tr("%1 — overdue").arg(dueText) : dueText,
                                              late ? Tone::Error : Tone::Neutral);
            dueLabel->setObjectName(late ? QStringLiteral("overdueLabel") : QStringLiteral("dueLabel"));
        }
        card->addRow(row);
    }
    card->setCount(int(pending.size()));
    card->setSummary(overdue > 0 ? HomePageShell::tr("%1 overdue").arg(overdue) : QString(), Tone::Error);
}

void fillBills(SectionCard *card, const QList<Bill> &bills, const QDate &today)
{
    card->clearContent();
    auto rank = [](const Bill &b) {
        if (b.status == QLatin1String("overdue"))
            return 0;
        if (b.status == QLatin1String("due"))
            return 1;
        return 2;
    };
    QList<Bill> sorted = bills;
    std::stable_sort(sorted.begin(), sorted.end(), [&rank](const Bill &a, const Bill &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (rank(a) == 2) // paid: latest first
            return a.dueDate > b.dueDate;
        return a.dueDate < b.dueDate;
    });
    qint64 unpaid = 0, overdue = 0;
    int paidShown = 0, paidHidden = 0;
    for (const Bill &b : std::as_const(sorted)) {
        const int r = rank(b);
        if (r == 0)
            overdue += b.amountCents;
        if (r < 2)
            unpaid += b.amountCents;
        if (r == 2 && paidShown >= kPaidBillsShown) {
            ++paidHidden;
            continue;
        }
        if (r == 2)
            ++paidShown;
        auto *row = new ItemRow;
        row->setObjectName(r == 0 ? QStringLiteral("overdueBillRow") : QStringLiteral("billRow"));
        row->setTitle(b.title.isEmpty() ? HomeText::billKind(b.kind) : b.title);
        const Tone tone = r == 0 ? Tone::Error : r == 1 ? Tone::Warning : Tone::Success;
        row->addBadge(HomeText::billStatus(b.status), tone);
        if (r == 2) {
            row->addDetail(b.paidAt ? HomePageShell::tr("%1 · paid %2")
                                          .arg(HomeText::billKind(b.kind), HomeText::dateTime(*b.paidAt))
                                    : HomeText::billKind(b.kind));
        } else {
            row->addDetail(
                HomePageShell::tr("%1 · due %2").arg(HomeText::billKind(b.kind), HomeText::date(b.dueDate)));
            if (r == 0 && b.dueDate.isValid() && today.isValid() && b.dueDate < today)
                row->addDetail(HomePageShell::tr("Overdue for %1 days").arg(b.dueDate.daysTo(today)),
                               Tone::Error);
        }
        QLabel *amount =
            row->setTrailing(HomeText::money(b.amountCents), r == 0 ? Tone::Error : Tone::Neutral, r < 2);
        amount->setObjectName(QStringLiteral("billAmount"));
        if (r == 2)
            setMuted(amount);
        card->addRow(row);
    }
    if (paidHidden > 0) {
        auto *more = new QLabel(HomePageShell::tr("%1 earlier paid bills are not shown").arg(paidHidden));
        more->setObjectName(QStringLiteral("morePaidLabel"));
        setMuted(more);
        more->setContentsMargins(0, 6, 0, 0);
        card->addWidget(more);
    }
    card->setCount(int(bills.size()));
    if (unpaid == 0) {
        card->setSummary(bills.isEmpty() ? QString() : HomePageShell::tr("Nothing to pay"), Tone::Success);
    } else if (overdue > 0) {
        card->setSummary(HomePageShell::tr("Unpaid %1 · overdue %2")
                             .arg(HomeText::money(unpaid), HomeText::money(overdue)),
                         Tone::Error);
    } else {
        card->setSummary(HomePageShell::tr("Unpaid %1").arg(HomeText::money(unpaid)), Tone::Warning);
    }
}

void fillBenefits(SectionCard *card, const QList<BenefitApplication> &benefits)
{
    card->clearContent();
    for (const BenefitApplication &b : benefits) {
        auto *row = new ItemRow;
        row->setObjectName(QStringLiteral("benefitRow"));
        row->setTitle(b.title.isEmpty() ? HomeText::benefitKind(b.kind) : b.title);
        row->addBadge(HomeText::benefitKind(b.kind),
                      b.kind == QLatin1String("tax_refund") ? Tone::Teal : Tone::Violet);
        Tone tone = Tone::Neutral;
        if (b.status == QLatin1String("approved") || b.status == QLatin1String("paid"))
            tone = Tone::Success;
        else if (b.status == QLatin1String("rejected"))
            tone = Tone::Error;
        else if (b.status == QLatin1String("reviewing"))
            tone = Tone::Accent;
        row->addBadge(HomeText::benefitStatus(b.status), tone);
        QString when =
            HomePageShell::tr("Applied %1").arg(HomeText::date(b.submittedAt.toLocalTime().date()));
        if (b.decidedAt)
            when = HomePageShell::tr("%1 · decided %2")
                       .arg(when, HomeText::date(b.decidedAt->toLocalTime().date()));
        row->addDetail(when);
        row->setTrailing(HomeText::money(b.amountCents))->setObjectName(QStringLiteral("benefitAmount"));
        card->addRow(row);
    }
    card->setCount(int(benefits.size()));
}

void fillRecommended(SectionCard *card, const QList<ServiceMatch> &matches, const Catalogue &catalogue,
                     const QHash<QString, QString> &tagNames, const QString &actionText,
                     const std::function<void(const QString &)> &action,
                     const QHash<QString, QString> &reasons)
{
    card->clearContent();
    for (const ServiceMatch &m : matches) {
        auto *row = new ItemRow;
        row->setObjectName(QStringLiteral("recommendedRow"));
        const QString name = catalogue.serviceName(m.serviceId);
        row->setTitle(name);
        row->addBadge(HomePageShell::tr("Match %1%").arg(m.score),
                      m.score >= 70 ? Tone::Accent : Tone::Neutral)
            ->setObjectName(QStringLiteral("matchBadge"));
        const QString reason = reasons.value(m.serviceId, reasonText(m, tagNames));
        if (!reason.isEmpty())
            row->addDetail(reason, Tone::Neutral, false)->setObjectName(QStringLiteral("reasonLabel"));
        const auto it = catalogue.services.constFind(m.serviceId);
        if (it != catalogue.services.cend()) {
            QStringList facts{catalogue.departmentName(it->departmentId)};
            if (it->slaDays > 0)
                facts.append(HomePageShell::tr("handled within %1 days").arg(it->slaDays));
            facts.append(it->online ? HomePageShell::tr("online") : HomePageShell::tr("at a counter"));
            row->addDetail(facts.join(QStringLiteral(" · ")));
        }
        if (action) {
            auto *button = new QPushButton(actionText);
            button->setObjectName(QStringLiteral("recommendedAction"));
            button->setAutoDefault(false);
            button->setAccessibleName(HomePageShell::tr("%1: %2").arg(actionText, name));
            const QString id = m.serviceId;
            QObject::connect(button, &QPushButton::clicked, card, [action, id] { action(id); });
            row->setTrailingWidget(button);
        }
        card->addRow(row);
    }
    card->setCount(int(matches.size()));
}

void fillNotes(SectionCard *card, const QList<Note> &notes)
{
    card->clearContent();
    for (const Note &n : notes) {
        auto *row = new ItemRow;
        row->setObjectName(QStringLiteral("noteRow"));
        row->setTitle(n.authorName.isEmpty() ? n.authorId : n.authorName);
        if (n.version == 0)
            row->addBadge(HomePageShell::tr("Waiting to be sent"), Tone::Warning);
        row->addDetail(n.text, Tone::Neutral, false);
        row->setTrailing(HomeText::dateTime(n.createdAt.isValid() ? n.createdAt : n.updatedAt), Tone::Neutral,
                         false);
        card->addRow(row);
    }
    card->setCount(int(notes.size()));
}

void fillTags(SectionCard *card, const QList<store::TagView> &tags)
{
    card->clearContent();
    QStringList classes = HomeText::tagClasses();
    for (const store::TagView &view : tags) {
        if (!classes.contains(view.tag.tagClass))
            classes.append(view.tag.tagClass);
    }
    int captionWidth = 0;
    const QFontMetrics captionMetrics(card->font());
    for (const QString &tagClass : std::as_const(classes))
        captionWidth = qMax(captionWidth, captionMetrics.horizontalAdvance(HomeText::tagClass(tagClass)) + 4);
    for (const QString &tagClass : std::as_const(classes)) {
        QList<const store::TagView *> inClass;
        for (const store::TagView &view : tags) {
            if (view.tag.tagClass == tagClass)
                inClass.append(&view);
        }
        if (inClass.isEmpty())
            continue;
        Tone tone = Tone::Neutral;
        if (tagClass == QLatin1String("basic"))
            tone = Tone::Accent;
        else if (tagClass == QLatin1String("social"))
            tone = Tone::Teal;
        else if (tagClass == QLatin1String("behaviour"))
            tone = Tone::Violet;
        auto *group = new QWidget;
        group->setObjectName(QStringLiteral("tagGroup_") +
                             (tagClass.isEmpty() ? QStringLiteral("other") : tagClass));
        // The class on the left, its chips flowing to the right: one line per class.
        auto *layout = new QHBoxLayout(group);
        layout->setContentsMargins(0, 3, 0, 3);
        layout->setSpacing(12);
        auto *caption = new QLabel(HomeText::tagClass(tagClass), group);
        caption->setObjectName(QStringLiteral("tagClassCaption"));
        setMuted(caption);
        caption->setFixedWidth(captionWidth);
        caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        caption->setContentsMargins(0, 2, 0, 0);
        layout->addWidget(caption, 0, Qt::AlignTop);
        auto *chips = new QWidget(group);
        auto *flow = new FlowLayout(chips, 6);
        for (const store::TagView *view : std::as_const(inClass)) {
            const QString name = view->tag.name.isEmpty() ? view->assignment.tagId : view->tag.name;
            const QDate since = view->assignment.since;
            const QString text =
                since.isValid()
                    ? HomePageShell::tr("%1 · since %2").arg(name, since.toString(QStringLiteral("yyyy-MM")))
                    : name;
            auto *chip = new Badge(text, tone, chips);
            chip->setObjectName(QStringLiteral("tagChip"));
            QStringList lines{name};
            if (!view->tag.description.isEmpty())
                lines.append(view->tag.description);
            lines.append(HomePageShell::tr("Set on %1 · source: %2")
                             .arg(HomeText::date(since), HomeText::tagSource(view->assignment.source)));
            chip->setToolTip(lines.join(QLatin1Char('\n')));
            chip->setAccessibleName(lines.join(QStringLiteral("; ")));
            flow->addWidget(chip);
        }
        layout->addWidget(chips, 1);
        card->addWidget(group);
    }
    card->setCount(int(tags.size()));
}

void fillChips(QWidget *container, const QStringList &texts, Tone tone)
{
    auto *flow = static_cast<FlowLayout *>(container->layout());
    if (!flow)
        flow = new FlowLayout(container, 6);
    while (QLayoutItem *item = flow->takeAt(0)) {
        if (QWidget *w = item->widget())
            discard(w);
        delete item;
    }
    if (texts.isEmpty()) {
        flow->addWidget(new QLabel(QStringLiteral("—"), container));
        return;
    }
    for (const QString &text : texts)
        flow->addWidget(new Badge(text, tone, container));
}

} // namespace HomeSections

namespace HomeActions {

QPushButton *actionButton(const QString &text, const QString &objectName, const QKeySequence &shortcut,
                          const QString &accessibleName, QWidget *scope)
{
    auto *button = new QPushButton(text, scope);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    button->setAccessibleName(accessibleName);
    button->setToolTip(
        HomePageShell::tr("%1 (%2)").arg(accessibleName, shortcut.toString(QKeySequence::NativeText)));
    auto *sc = new QShortcut(shortcut, scope);
    sc->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(sc, &QShortcut::activated, button, [button] {
        if (button->isEnabled() && button->isVisible())
            button->click();
    });
    return button;
}

void writeThroughOutbox(DataContext *context, HomePageShell *shell, QObject *receiver,
                        std::function<Result<store::OutboxItem>(store::Store &)> action,
                        const QString &doneText)
{
    SyncHost *sync = context->sync();
    if (!sync || !sync->isRunning()) {
        shell->showNotice(
            HomePageShell::tr("Not saved: the local copy of your data is not open on this computer, "
                              "so the change cannot be queued for the server."),
            Tone::Error);
        return;
    }
    QPointer<HomePageShell> guard(shell);
    const QString server = ErrorText::displayAddress(context->client()->baseUrl());
    sync->run<Result<store::OutboxItem>>(
        receiver, [action](SyncEngine &engine) { return engine.write(action); },
        [guard, doneText, server](Result<store::OutboxItem> result) {
            if (!guard)
                return;
            if (result)
                guard->showNotice(doneText, Tone::Success);
            else
                guard->showNotice(
                    HomePageShell::tr("Not saved: %1")
                        .arg(ErrorText::describe(result.error(), ErrorText::Context::Session, server)),
                    Tone::Error);
        });
}

namespace {

RevealDialog::Revealer revealer(ApiClient *client, RevealJob::Subject subject, const QString &id,
                                const QString &field)
{
    QPointer<ApiClient> guardClient(client);
    return [guardClient, subject, id, field](const QString &reason, QObject *context,
                                             std::function<void(const Result<QString> &)> done) {
        if (!guardClient) {
            done(makeError(ErrorCode::Network, QStringLiteral("no client")));
            return;
        }
        RevealRequest request;
        request.fields_ = {field};
        request.reason = reason;
        auto *job = new RevealJob(guardClient.data(), subject, id, request, context);
        QObject::connect(
            job, &RevealJob::finished, context, [done, field](const Result<RevealedIdentifiers> &result) {
                if (!result) {
                    done(result.error());
                    return;
                }
                // Only the value goes on; nothing of it is logged or kept.
                const std::optional<QString> &value =
                    field == QLatin1String("phone") ? result->phone : result->idNumber;
                if (!value || value->isEmpty()) {
                    done(makeError(ErrorCode::Internal, QStringLiteral("the answer has no value")));
                    return;
                }
                done(*value);
            });
        job->start();
    };
}

} // namespace

RevealDialog::Revealer citizenRevealer(ApiClient *client, const QString &citizenId, const QString &field)
{
    return revealer(client, RevealJob::Subject::Citizen, citizenId, field);
}

RevealDialog::Revealer enterpriseRevealer(ApiClient *client, const QString &enterpriseId)
{
    return revealer(client, RevealJob::Subject::Enterprise, enterpriseId, QStringLiteral("phone"));
}

void loadServices(DataContext *context, QObject *receiver, const QString &applicantType,
                  const QList<ServiceItem> &fallback, std::function<void(const QList<ServiceItem> &)> then)
{
    store::LocalReader *reader = context->reader();
    if (!reader || !context->hasLocalData()) {
        then(fallback);
        return;
    }
    reader->run<QList<ServiceItem>>(
        receiver,
        [applicantType](store::Store &s) -> Result<QList<ServiceItem>> {
            store::ListQuery query;
            query.limit = 1000;
            auto page = s.services().list(query);
            if (!page)
                return page.error();
            QList<ServiceItem> services;
            for (ServiceItem &item : page->items) {
                if (item.applicantType == applicantType)
                    services.append(std::move(item));
            }
            return services;
        },
        [then, fallback](Result<QList<ServiceItem>> result) { then(result ? *result : fallback); });
}

} // namespace HomeActions

} // namespace gd
