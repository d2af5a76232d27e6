#include "ui/workflowdiagram.h"

#include "domain/worktime.h"
#include "ui/casetext.h"
#include "ui/slastyle.h"
#include "ui/theme.h"

#include <QEvent>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace gd {

namespace {

// Lines (arrows, box borders) that read on the light and the dark palette: the text colour, faded
// toward the background (QPalette::Mid is nearly the background in the dark palette).
QColor lineColor(const QPalette &p)
{
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    const qreal t = 0.45;
    return QColor::fromRgbF(text.redF() * t + base.redF() * (1 - t),
                            text.greenF() * t + base.greenF() * (1 - t),
                            text.blueF() * t + base.blueF() * (1 - t));
}

} // namespace

WorkflowDiagram::WorkflowDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("workflowDiagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void WorkflowDiagram::setApplication(const Application &application,
                                     const QHash<QString, QString> &departmentNames, const QDateTime &now)
{
    m_application = application;
    m_departments = departmentNames;
    m_now = now;
    QMap<int, QList<int>> stages;
    QList<ApplicationStep> steps = application.steps;
    std::sort(steps.begin(), steps.end(),
              [](const ApplicationStep &a, const ApplicationStep &b) { return a.seq < b.seq; });
    for (const ApplicationStep &s : steps)
        stages[s.stage.value_or(s.seq)].append(s.seq);
    m_stages = stages.values();
    m_stageNumbers = stages.keys();
    setAccessibleName(tr("Workflow"));
    setAccessibleDescription(describe());
    relayout();
    updateGeometry();
    update();
}

void WorkflowDiagram::clear()
{
    setApplication(Application{}, {}, m_now);
}

const ApplicationStep *WorkflowDiagram::step(int seq) const
{
    for (const ApplicationStep &s : m_application.steps) {
        if (s.seq == seq)
            return &s;
    }
    return nullptr;
}

const QList<WorkflowDiagram::Box> &WorkflowDiagram::boxes() const
{
    // A hidden widget gets its resize event only when shown: lay out for the width it has now.
    if (m_layoutWidth != width())
        relayout();
    return m_boxes;
}

QRect WorkflowDiagram::stepRect(int seq) const
{
    for (const Box &box : boxes()) {
        if (box.seq == seq)
            return box.rect;
    }
    return {};
}

WorkflowDiagram::Metrics WorkflowDiagram::metrics() const
{
    const QFontMetrics fm = fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const int cjk = fm.horizontalAdvance(QChar(0x6C49)); // 汉
    Metrics m;
    m.margin = qMax(2, em / 4);
    m.line = fm.height();
    m.padding = qMax(6, em / 2);
    m.boxHeight = 4 * m.line + 2 * m.padding + m.line / 4;
    m.rowGap = qMax(6, em / 2);
    m.arrowGap = 2 * em + em / 2;
    m.heading = m.line + m.rowGap / 2;
    m.minBox = 10 * cjk + 2 * m.padding;
    m.preferredBox = 13 * cjk + 2 * m.padding;
    m.maxBox = 16 * cjk + 2 * m.padding;
    return m;
}

QSize WorkflowDiagram::sizeFor(int boxWidth) const
{
    const Metrics m = metrics();
    int rows = 1;
    for (const QList<int> &stage : m_stages)
        rows = qMax(rows, int(stage.size()));
    const int columns = qMax(1, int(m_stages.size()));
    const int width = 2 * m.margin + columns * boxWidth + (columns - 1) * m.arrowGap;
    const int height = 2 * m.margin + m.heading + rows * m.boxHeight + (rows - 1) * m.rowGap;
    return {width, height};
}

QSize WorkflowDiagram::sizeHint() const
{
    return sizeFor(metrics().preferredBox);
}

QSize WorkflowDiagram::minimumSizeHint() const
{
    return sizeFor(metrics().minBox);
}

void WorkflowDiagram::relayout() const
{
    m_boxes.clear();
    m_layoutWidth = width();
    const Metrics m = metrics();
    const int columns = int(m_stages.size());
    if (columns == 0)
        return;
    const int available = width() - 2 * m.margin - (columns - 1) * m.arrowGap;
    const int boxWidth = std::clamp(available / columns, m.minBox, m.maxBox);
    for (int column = 0; column < columns; ++column) {
        const QList<int> &seqs = m_stages.at(column);
        for (int row = 0; row < seqs.size(); ++row) {
            Box box;
            box.seq = seqs.at(row);
            box.stage = m_stageNumbers.at(column);
            box.column = column;
            box.row = row;
            box.rect = QRect(m.margin + column * (boxWidth + m.arrowGap),
                             m.margin + m.heading + row * (m.boxHeight + m.rowGap), boxWidth, m.boxHeight);
            m_boxes.append(box);
        }
    }
}

void WorkflowDiagram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void WorkflowDiagram::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        relayout();
        updateGeometry();
    } else if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Workflow"));
        setAccessibleDescription(describe());
    }
    update();
}

QString WorkflowDiagram::departmentText(const ApplicationStep &s) const
{
    const auto name = [this](const QString &id) {
        const QString n = m_departments.value(id);
        return n.isEmpty() ? id : n;
    };
    if (s.transferredFrom && !s.transferredFrom->isEmpty() && *s.transferredFrom != s.departmentId)
        return tr("%1 → %2").arg(name(*s.transferredFrom), name(s.departmentId));
    return name(s.departmentId);
}

QString WorkflowDiagram::stateText(const ApplicationStep &s) const
{
    QString symbol;
    if (s.status == QLatin1String("done"))
        symbol = QStringLiteral("✓");
    else if (s.status == QLatin1String("active"))
        symbol = QStringLiteral("●");
    else if (s.status == QLatin1String("rejected"))
        symbol = QStringLiteral("✕");
    else
        symbol = QStringLiteral("○");
    QString text = symbol + QLatin1Char(' ') + CaseText::stepStatus(s.status);
    if (s.status == QLatin1String("active")) {
        const QString holder = s.claimedByName.value_or(s.claimedBy.value_or(QString()));
        text = holder.isEmpty() ? tr("%1 · unclaimed").arg(text) : tr("%1 · %2").arg(text, holder);
    }
    return text;
}

SlaState WorkflowDiagram::slaOf(const ApplicationStep &s) const
{
    if (s.slaState) {
        if (const auto state = slaStateFromName(*s.slaState))
            return *state;
    }
    const bool done = s.status == QLatin1String("done") || s.status == QLatin1String("rejected");
    const bool paused = m_application.status == QLatin1String("supplement");
    return slaState(s.dueAt.value_or(QDateTime()), m_now, paused, done || !s.dueAt);
}

QString WorkflowDiagram::clockText(const ApplicationStep &s, bool compact) const
{
    if (s.status == QLatin1String("done") || s.status == QLatin1String("rejected")) {
        if (s.finishedAt)
            return tr("Finished %1").arg(CaseText::date(*s.finishedAt));
        return CaseText::stepStatus(s.status);
    }
    if (s.status == QLatin1String("waiting")) {
        if (s.slaDays)
            return tr("Limit %n working day(s)", nullptr, *s.slaDays);
        return tr("Not started");
    }
    if (!s.dueAt)
        return {};
    const SlaState state = slaOf(s);
    const QString remaining = CaseText::slaRemaining(state, worktime::workingDaysLeft(*s.dueAt, m_now));
    if (compact) // the box is narrow: the time left only (the due date is in the description)
        return remaining;
    return tr("%1 · due %2").arg(remaining, CaseText::date(*s.dueAt));
}

QColor WorkflowDiagram::stateColor(const ApplicationStep &s) const
{
    const QPalette &p = palette();
    if (s.status == QLatin1String("done"))
        return Theme::successColor(p);
    if (s.status == QLatin1String("rejected"))
        return Theme::errorColor(p);
    if (s.status == QLatin1String("active"))
        return p.color(QPalette::Highlight);
    return lineColor(p);
}

QString WorkflowDiagram::describe() const
{
    if (m_stages.isEmpty())
        return tr("No workflow steps.");
    QStringList parts;
    for (int column = 0; column < m_stages.size(); ++column) {
        QStringList steps;
        for (int seq : m_stages.at(column)) {
            const ApplicationStep *s = step(seq);
            if (!s)
                continue;
            QStringList facts{s->name, departmentText(*s), stateText(*s)};
            const QString clock = clockText(*s);
            if (!clock.isEmpty())
                facts << clock;
            steps << facts.join(tr(", "));
        }
        const QString stage = m_stages.at(column).size() > 1
                                  ? tr("Stage %1 (in parallel): %2").arg(column + 1).arg(steps.join(tr("; ")))
                                  : tr("Stage %1: %2").arg(column + 1).arg(steps.join(tr("; ")));
        parts << stage;
    }
    return parts.join(QStringLiteral(". ")) + QLatin1Char('.');
}

void WorkflowDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    const Metrics m = metrics();
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);

    if (boxes().isEmpty()) {
        painter.setPen(p.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No workflow steps."));
        return;
    }

    // Stage headings and the arrows between stages.
    for (int column = 0; column < m_stages.size(); ++column) {
        QRect first;
        int bottom = 0;
        for (const Box &box : std::as_const(m_boxes)) {
            if (box.column != column)
                continue;
            if (first.isNull())
                first = box.rect;
            bottom = qMax(bottom, box.rect.bottom());
        }
        painter.setPen(p.color(QPalette::PlaceholderText));
        const QString heading = m_stages.at(column).size() > 1 ? tr("Stage %1 · in parallel").arg(column + 1)
                                                               : tr("Stage %1").arg(column + 1);
        painter.drawText(QRect(first.left(), m.margin, first.width(), m.line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(heading, Qt::ElideRight, first.width()));
        if (column + 1 < m_stages.size()) {
            const int y = (first.top() + bottom) / 2;
            const int x1 = first.right() + m.arrowGap / 6;
            const int x2 = first.right() + m.arrowGap - m.arrowGap / 6;
            QPen pen(lineColor(p), qMax(1.5, fm.height() / 10.0));
            painter.setPen(pen);
            painter.drawLine(QPointF(x1, y), QPointF(x2 - 2, y));
            const qreal head = fm.height() / 3.0;
            QPainterPath arrow;
            arrow.moveTo(x2, y);
            arrow.lineTo(x2 - head, y - head / 1.6);
            arrow.lineTo(x2 - head, y + head / 1.6);
            arrow.closeSubpath();
            painter.fillPath(arrow, lineColor(p));
        }
    }

    for (const Box &box : std::as_const(m_boxes)) {
        const ApplicationStep *s = step(box.seq);
        if (!s)
            continue;
        const QColor accent = stateColor(*s);
        const bool active = s->status == QLatin1String("active");
        const QRectF frame = QRectF(box.rect).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = fm.height() / 4.0;
        painter.setPen(QPen(active ? accent : lineColor(p), active ? 2.0 : 1.0));
        painter.setBrush(s->status == QLatin1String("waiting") ? p.color(QPalette::Window)
                                                               : p.color(QPalette::Base));
        painter.drawRoundedRect(frame, radius, radius);
        // The state stripe on the left.
        const int stripe = qMax(3, m.padding / 2);
        QPainterPath clip;
        clip.addRoundedRect(frame, radius, radius);
        painter.save();
        painter.setClipPath(clip);
        painter.fillRect(QRect(box.rect.left(), box.rect.top(), stripe, box.rect.height()), accent);
        painter.restore();

        const int textLeft = box.rect.left() + stripe + m.padding;
        const int textWidth = box.rect.right() - m.padding - textLeft;
        int y = box.rect.top() + m.padding;
        const auto line = [&](const QString &text, const QFont &f, const QColor &color) {
            painter.setFont(f);
            painter.setPen(color);
            const QFontMetrics lm(f);
            painter.drawText(QRect(textLeft, y, textWidth, m.line), Qt::AlignLeft | Qt::AlignVCenter,
                             lm.elidedText(text, Qt::ElideRight, textWidth));
            y += m.line;
        };
        line(s->name, bold, p.color(QPalette::Text));
        line(departmentText(*s), font(), p.color(QPalette::Text));
        line(stateText(*s), font(),
             s->status == QLatin1String("waiting") ? p.color(QPalette::PlaceholderText)
                                                   : accent.darker(Theme::isDark(p) ? 80 : 110));
        const QString clock = clockText(*s, true);
        QColor clockColor = p.color(QPalette::PlaceholderText);
        if (active)
            clockColor = SlaStyle::colors(slaOf(*s), p).text;
        if (active && slaOf(*s) == SlaState::Normal)
            clockColor = p.color(QPalette::Text);
        line(clock, font(), clockColor);
    }
}

} // namespace gd
