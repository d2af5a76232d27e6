#pragma once
// Public-opinion messages (社情民意): complaints, consultations, suggestions and praise about everyday
// city topics — noise from night-time construction, square dancing, barbecue stalls and renovation;
// parking, property management, school places, medical insurance, traffic, sanitation, waste sorting,
// illegal building, cooking fumes, water supply, buses, social insurance, household registration,
// e-bike charging. Texts are assembled from several varied fragments (opener, place, time, problem,
// impact, request) with the resident's own community and real Xiamen roads, so no two read alike.
//
// Over the 120 days before today with weekly patterns (noise complaints peak at weekends and at
// night, consultations on weekdays), about 0.3 per resident. Deliberately, noise complaints in 湖里区
// (350206) are more than twice as many as usual on the most recent weekend before today
// (spikeWeekendSaturday()), for the dashboards' spike detection.

#include "demo/democlock.h"
#include "demo/demorecords.h"
#include "demo/weightedpicker.h"

#include <array>

namespace gd::server {

class MessageGenerator {
public:
    // `spikeDistrictAdults`: residents aged 16+ expected in spikeDistrict(), to size the spike so that
    // it shows even in a small demo (at least kMinSpike extra complaints).
    MessageGenerator(DemoRandom &rng, const DemoClock &clock, int spikeDistrictAdults);
    ~MessageGenerator();

    void forCitizen(const DemoCitizen &citizen, DemoBatch &batch);

    static constexpr int kHistoryDays = 120;
    static constexpr double kMessagesPerAdult = 0.36;
    static constexpr int kMinSpike = 12;
    // The Saturday of the last complete weekend before `today`.
    static QDate spikeWeekendSaturday(QDate today);
    static QString spikeDistrict() { return QStringLiteral("350206"); }

private:
    struct Topic;
    enum Kind { Complaint, Consultation, Suggestion, Praise, KindCount };
    enum DayClass { NoiseComplaint, OtherComplaint, Consult, Other, DayClassCount };

    void compose(const DemoCitizen &c, Kind kind, const Topic &topic, qint64 createdMs, DemoBatch &batch);
    QString fillPlaceholders(QString text, const DemoGrid &grid);
    qint64 timeOn(QDate day, bool noisy);

    DemoRandom &m_rng;
    const DemoClock &m_clock;
    std::vector<Topic> m_topics;
    std::array<WeightedPicker, KindCount> m_topicPickers; // per kind, over m_topics
    std::array<WeightedPicker, DayClassCount> m_days;     // index 0 = 1 day ago
    WeightedPicker m_kinds;
    WeightedPicker m_channels;
    WeightedPicker m_noiseHours;
    WeightedPicker m_dayHours;
    QDate m_spikeSaturday;
    double m_spikeChance = 0; // extra weekend noise complaint per adult of the spike district
};

} // namespace gd::server
