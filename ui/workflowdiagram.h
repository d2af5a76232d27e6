#pragma once
// The workflow of one application drawn as a diagram: its stages left to right joined by arrows, the
// parallel steps of a stage stacked in its column. Each step is a box with the step's name, its owner
// department (a transferred step shows "from → to"), its state with a symbol and colour (done ✓, active ●,
// waiting ○, rejected ✕), who holds it, and its due date or SLA clock ("2 working days left", coloured by
// the SLA state). The accessible description lists the same as text, stage by stage.
//
// Sizes come from the font (HiDPI-correct; no pixel constants that ignore the font): sizeHint() is the
// comfortable width, minimumSizeHint() the narrowest (put it in a horizontally scrolling area). Boxes
// share the width they are given between those two. GUI thread.

#include "domain/casework.h"
#include "domain/worktime.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

namespace gd {

class WorkflowDiagram : public QWidget {
    Q_OBJECT
public:
    struct Box {
        int seq = 0;
        int stage = 0;  // the stage number (ApplicationStep::stage, else seq)
        int column = 0; // 0-based stage column
        int row = 0;    // 0-based position in the stage
        QRect rect;
    };

    explicit WorkflowDiagram(QWidget *parent = nullptr);

    // `departmentNames`: department id → name (unknown ids are shown as they are).
    void setApplication(const Application &application, const QHash<QString, QString> &departmentNames,
                        const QDateTime &now);
    void clear();

    const QList<Box> &boxes() const; // laid out for the current width
    QRect stepRect(int seq) const;   // empty when there is no such step
    int stageCount() const { return int(m_stages.size()); }
    QString describe() const; // the accessible description

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Metrics {
        int margin, line, padding, boxHeight, rowGap, arrowGap, heading, minBox, preferredBox, maxBox;
    };
    Metrics metrics() const;
    void relayout() const;
    QSize sizeFor(int boxWidth) const;
    const ApplicationStep *step(int seq) const;
    QString departmentText(const ApplicationStep &step) const;
    QString stateText(const ApplicationStep &step) const;
    QString clockText(const ApplicationStep &step, bool compact = false) const;
    SlaState slaOf(const ApplicationStep &step) const;
    QColor stateColor(const ApplicationStep &step) const;

    Application m_application;
    QHash<QString, QString> m_departments;
    QDateTime m_now;
    QList<QList<int>> m_stages; // seqs per stage column
    QList<int> m_stageNumbers;
    mutable QList<Box> m_boxes;
    mutable int m_layoutWidth = -1; // the width m_boxes were laid out for
};

} // namespace gd
