#pragma once
// The colours of an SLA state on a palette (light or dark): text (foreground) and a soft background
// tint, used by the queue's SLA column (SlaDelegate) and the workflow diagram. The state is always
// written out too (CaseText::slaRemaining), so colour is never the only signal. Stateless; GUI thread.

#include "domain/worktime.h"

#include <QColor>
#include <QPalette>

namespace gd {

struct SlaColors {
    QColor text;
    QColor background; // transparent for Normal
};

class SlaStyle {
public:
    static SlaColors colors(SlaState state, const QPalette &palette);
};

} // namespace gd
