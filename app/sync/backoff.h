#pragma once
// Exponential backoff with jitter for retries: the n-th consecutive failure waits a random time in
// [delay/2, delay] where delay = min(initial × 2^n, maximum). The jitter spreads out the retries of many
// workstations after a server restart. Deterministic with a seeded generator (tests).

#include <QRandomGenerator>

#include <chrono>

namespace gd {

class Backoff {
public:
    Backoff(std::chrono::milliseconds initial = std::chrono::seconds(1),
            std::chrono::milliseconds maximum = std::chrono::seconds(60))
        : m_initial(initial)
        , m_maximum(maximum)
    {
    }

    std::chrono::milliseconds next()
    {
        const qint64 base = m_initial.count() << qMin(m_failures, 20);
        const qint64 delay = qMin<qint64>(base, m_maximum.count());
        ++m_failures;
        const qint64 low = delay / 2;
        return std::chrono::milliseconds(low + qint64(m_random.bounded(quint64(delay - low + 1))));
    }
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    void setSeed(quint32 seed) { m_random.seed(seed); }
    void setLimits(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
    {
        m_initial = initial;
        m_maximum = maximum;
    }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_maximum;
    int m_failures = 0;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
};

} // namespace gd
