#pragma once
// What the recommendation engine learns from, as plain rows: the catalogue (services with their tags, the
// tags' names), the districts, the citizens with their tags, the citizens' applications and their recent
// activity on the portal (service views, pushes they opened). RecoLoader reads it from the database; tests
// and the offline evaluation (govdesk-bench reco-eval) build or filter one by hand. A value type; no
// threads, no database.

#include "domain/citizen.h"

#include <QDateTime>

#include <vector>

namespace gd::server {

struct RecoDataset {
    struct Service {
        QString id;
        QString name;
        QString category;
        QString applicantType; // "citizen" / "enterprise": only citizen services are recommended
        QStringList tagIds;    // the catalogue's tags; those that apply to citizens are its rules
    };
    struct Tag {
        QString id;
        QString name;
        QString appliesTo; // "citizen", "enterprise", "service"
    };
    struct District {
        QString code;
        QString name;
    };
    struct Citizen {
        QString id;
        QString districtCode;
        QString gender; // "male" / "female"
        QDate birthDate;
        QList<TagAssignment> tags; // with the day each was acquired (a life event's date)
    };
    struct Application {
        QString citizenId;
        QString serviceId;
        QString districtCode; // where it was filed (the applicant's district at the time)
        QDateTime submittedAt;
        QString status; // "submitted", "in_progress", "supplement", "completed", "rejected"
    };
    enum class ActivityKind { View, PushOpened };
    struct Activity {
        QString citizenId;
        QString serviceId;
        QDateTime at;
        ActivityKind kind = ActivityKind::View;
    };

    std::vector<Service> services;
    std::vector<Tag> tags;
    std::vector<District> districts;
    std::vector<Citizen> citizens;
    std::vector<Application> applications;
    std::vector<Activity> activities;
};

} // namespace gd::server
