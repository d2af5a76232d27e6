#pragma once
// The production Clock: the system's wall-clock time. Stateless; usable from any thread.

#include "core/clock.h"

namespace gd {

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override;
};

} // namespace gd
