#pragma once
// Item-to-item correlation from co-applications: for every pair of services, how many citizens applied
// for both, and for every service how many applied for it (each citizen counted once per service). The
// recommendation's correlation signal reads confidence(a, s) = both(a, s) / (applied(a) + shrinkage): of
// the citizens who applied for a, the share who also applied for s, pulled towards 0 while a has few
// applicants. A dense service × service table (250 services: 250 kB). Not thread-safe: the engine's owner
// serialises writes against reads.

#include <QtGlobal>

#include <vector>

namespace gd::server {

class CoApplications {
public:
    explicit CoApplications(int serviceCount);

    // A citizen applied for `service` for the first time; `before` are the other services they applied
    // for earlier (distinct, without `service`).
    void add(int service, const std::vector<int> &before);

    quint32 both(int a, int b) const { return m_both[size_t(a) * size_t(m_services) + size_t(b)]; }
    quint32 applied(int service) const { return m_applied[size_t(service)]; }
    double confidence(int a, int b, double shrinkage) const
    {
        return double(both(a, b)) / (double(applied(a)) + shrinkage);
    }
    int serviceCount() const { return m_services; }

private:
    int m_services;
    std::vector<quint32> m_both; // row a, column b
    std::vector<quint32> m_applied;
};

} // namespace gd::server
