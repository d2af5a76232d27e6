#pragma once
// The service catalogue (事项): ~250 service items of 21 departments with materials, SLA, tags and
// workflow steps. Most items run through their own department (受理 → 审查 → 办结); the "one thing"
// bundles (一件事) chain several departments, e.g. 新生儿出生一件事 (卫健 → 公安 → 医保 → 人社),
// 结婚登记 (民政 → 公安 → 卫健), 积分入学申请 (教育 → 公安 → 人社 → 教育) and 失业人员一条龙服务
// (人社 → 司法 → 人社). 居住证办理 and 户籍迁入 are handled by 公安 alone.
// Service ids are UUIDs from the seeded generator; codes read "3502-GAJ-001".

#include "demo/demorecords.h"
#include "demo/weightedpicker.h"

#include <array>

namespace gd::server {

struct DemoWorkflowStep {
    QString name;
    QString departmentId;
    int slaDays = 1;
    int stage = 1; // steps sharing a stage run in parallel
};

struct DemoService {
    QString id;
    QString code;
    QString name;
    QString departmentId; // the lead department (owner of the first step)
    QString category;
    QString applicantType; // "citizen" / "enterprise"
    int slaDays = 1;       // working days: the sum over the stages of their longest step's SLA
    QString materialsJson; // JSON array of material names
    QString description;
    bool online = true;
    QStringList tagIds;
    std::vector<DemoWorkflowStep> steps;
    Audience audience = Audience::General;
    double popularity = 1; // relative demand inside its audience
    int monthFrom = 0; // 1-12: applications only in these months (e.g. 积分入学 April-June); 0 = all year
    int monthTo = 0;
};

class ServiceCatalogue {
public:
    explicit ServiceCatalogue(DemoRandom &rng);

    const std::vector<DemoService> &services() const { return m_services; }
    const DemoService *findByName(const QString &name) const;

    // Services of one audience and a popularity-weighted picker over them (indices into services()).
    const std::vector<int> &pool(Audience audience) const { return m_pools[size_t(audience)]; }
    const WeightedPicker &picker(Audience audience) const { return m_pickers[size_t(audience)]; }

private:
    std::vector<DemoService> m_services;
    std::array<std::vector<int>, size_t(Audience::Count)> m_pools;
    std::array<WeightedPicker, size_t(Audience::Count)> m_pickers;
};

} // namespace gd::server
