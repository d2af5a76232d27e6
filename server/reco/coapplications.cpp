#include "reco/coapplications.h"

namespace gd::server {

CoApplications::CoApplications(int serviceCount)
    : m_services(serviceCount)
    , m_both(size_t(serviceCount) * size_t(serviceCount), 0)
    , m_applied(size_t(serviceCount), 0)
{
}

void CoApplications::add(int service, const std::vector<int> &before)
{
    m_applied[size_t(service)] += 1;
    for (int other : before) {
        if (other == service)
            continue;
        m_both[size_t(service) * size_t(m_services) + size_t(other)] += 1;
        m_both[size_t(other) * size_t(m_services) + size_t(service)] += 1;
    }
}

} // namespace gd::server
