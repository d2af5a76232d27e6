#include "http/faultinjector.h"

namespace gd::server {

Result<FaultInjector::Spec> FaultInjector::parse(const QString &text)
{
    Spec spec;
    const auto bad = [](const QString &what) {
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("--inject-faults: ") + what +
                             QStringLiteral(" (expected e.g. seed=7,error-before=0.1,error-after=0.1,"
                                            "drop=0.1,truncate=0.1)"));
    };
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        bool ok = false;
        if (key == QLatin1String("seed")) {
            spec.seed = value.toULongLong(&ok);
            if (!ok)
                return bad(QStringLiteral("seed must be a non-negative integer"));
            continue;
        }
        double *target = key == QLatin1String("error-before")  ? &spec.errorBefore
                         : key == QLatin1String("error-after") ? &spec.errorAfter
                         : key == QLatin1String("drop")        ? &spec.drop
                         : key == QLatin1String("truncate")    ? &spec.truncate
                                                               : nullptr;
        if (!target)
            return bad(QStringLiteral("unknown key '%1'").arg(key.left(40)));
        *target = value.toDouble(&ok);
        if (!ok || *target < 0 || *target > 1)
            return bad(key + QStringLiteral(" must be a probability from 0 to 1"));
    }
    if (spec.errorBefore + spec.errorAfter + spec.drop + spec.truncate > 1.0 + 1e-9)
        return bad(QStringLiteral("the probabilities add up to more than 1"));
    return spec;
}

QString FaultInjector::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::ErrorBefore:
        return QStringLiteral("error-before");
    case Fault::ErrorAfter:
        return QStringLiteral("error-after");
    case Fault::Drop:
        return QStringLiteral("drop");
    case Fault::Truncate:
        return QStringLiteral("truncate");
    }
    return QStringLiteral("none");
}

FaultInjector::FaultInjector(const Spec &spec)
    : m_spec(spec)
    , m_random(spec.seed)
{
}

FaultInjector::Fault FaultInjector::next()
{
    double u = 0;
    {
        std::lock_guard lock(m_mutex);
        // 53 random bits as a double in [0, 1): the same on every platform, unlike the distributions.
        u = double(m_random() >> 11) * 0x1.0p-53;
    }
    double bound = m_spec.errorBefore;
    if (u < bound)
        return Fault::ErrorBefore;
    if (u < (bound += m_spec.errorAfter))
        return Fault::ErrorAfter;
    if (u < (bound += m_spec.drop))
        return Fault::Drop;
    if (u < bound + m_spec.truncate)
        return Fault::Truncate;
    return Fault::None;
}

} // namespace gd::server
